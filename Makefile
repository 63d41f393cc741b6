# Jury App — one command to set up and run, one to set up and test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck contracts pytest bench demo translations clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

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

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
