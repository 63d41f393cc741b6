"""Shared fixtures. Qt runs offscreen; Qt warnings fail tests (see pyproject)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from jury_app.contest import create_contest
from jury_app.presets import kuzbass_2025
from jury_app.storage.engine import ContestDB

REPO = Path(__file__).resolve().parents[1]
DEMO_XLSX = REPO / "resources" / "demo" / "demo-applications.xlsx"


@pytest.fixture
def contest_path(tmp_path: Path) -> Path:
    """Path of a fresh kuzbass-2025 contest file (closed)."""
    path = tmp_path / "contest.jury"
    create_contest(path, kuzbass_2025()).close()
    return path


@pytest.fixture
def db(contest_path: Path) -> Iterator[ContestDB]:
    """A fresh kuzbass-2025 contest, open."""
    from jury_app.storage.engine import open_contest_file

    contest = open_contest_file(contest_path)
    yield contest
    contest.close()


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed contest file: the demo applications scored by 7 jurors, 5 per application."""
    from tests.results_fixtures import scored_demo

    path = tmp_path_factory.mktemp("scored") / "contest.jury"
    db = create_contest(path, kuzbass_2025())
    scored_demo(db)
    db.close()
    return path


@pytest.fixture
def sdb(scored: Path, tmp_path: Path) -> Iterator[ContestDB]:
    """A private, open copy of the scored contest."""
    import shutil

    from jury_app.storage.engine import open_contest_file

    copy = tmp_path / "copy.jury"
    shutil.copyfile(scored, copy)
    db = open_contest_file(copy)
    yield db
    db.close()


@pytest.fixture(autouse=True)
def _private_app_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings, recent files, logs and the demo go to a temporary folder per test, never
    into the developer's own settings and app-data folder."""
    from PySide6.QtCore import QSettings

    import ui.app_data

    folder = tmp_path_factory.mktemp("appdata")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings")
    )
    monkeypatch.setattr(ui.app_data, "app_data_folder", lambda: folder / "data")
    yield
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import remove_translators

    app = QCoreApplication.instance()
    if app is not None:
        remove_translators(app)
