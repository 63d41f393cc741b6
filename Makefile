# Jury App — one command to set up and run, one to set up and test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DIST_STAMP := $(VENV)/.installed-dist

.PHONY: run test lint typecheck contracts pytest bench demo translations dist dist-check clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

# PyInstaller (the `dist` extra), installed only by the targets that build the bundle.
$(DIST_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $(DIST_STAMP)

run: $(STAMP)
	$(BIN)/jury-app --demo

test: $(STAMP) lint typecheck contracts pytest

lint: $(STAMP)
	$(BIN)/ruff check jury_app ui tests
	$(BIN)/ruff format --check jury_app ui tests

typecheck: $(STAMP)
	$(BIN)/mypy jury_app ui

contracts: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m tests.benchmarks

demo: $(STAMP)
	$(BIN)/python -m jury_app.demo

translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find ui -name '*.py' | sort) -ts resources/translations/jury_app_ru.ts
	$(BIN)/pyside6-lrelease resources/translations/jury_app_ru.ts -qm resources/translations/jury_app_ru.qm

# The one-folder program for the laptops: dist/jury-app/ (jury-app, jury-cli, _internal/).
dist: $(DIST_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build build.spec

# Runs the frozen programs: the CLI from a new contest to the certificates, the GUI on the demo.
dist-check: dist
	$(BIN)/python tests/dist_check.py dist/jury-app

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
