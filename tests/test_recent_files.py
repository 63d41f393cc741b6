"""Recent files: the list in QSettings, File → Open recent in both windows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMenu
from pytestqt.qtbot import QtBot

from jury_app.storage.engine import ContestDB
from ui import opening, recent
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _close_opened_windows() -> Iterator[None]:
    yield
    for window in opening.open_windows():
        window.hide()
    opening.close_all()


def _files(tmp_path: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        path = tmp_path / f"конкурс {n}.jury"
        path.write_bytes(b"")
        paths.append(path)
    return paths


def test_most_recent_first_each_once_at_most_eight(tmp_path: Path) -> None:
    paths = _files(tmp_path, 10)
    for path in paths:
        recent.add_recent_file(path)
    recent.add_recent_file(paths[3])
    assert recent.recent_files() == [paths[n].resolve() for n in (3, 9, 8, 7, 6, 5, 4, 2)]


def test_the_same_file_by_another_spelling_is_not_listed_twice(tmp_path: Path) -> None:
    (path,) = _files(tmp_path, 1)
    (tmp_path / "sub").mkdir()
    recent.add_recent_file(path)
    recent.add_recent_file(tmp_path / "sub" / ".." / path.name)
    assert recent.recent_files() == [path.resolve()]


def test_files_that_are_gone_are_not_listed(tmp_path: Path) -> None:
    first, second = _files(tmp_path, 2)
    recent.add_recent_file(first)
    recent.add_recent_file(second)
    second.unlink()
    assert recent.recent_files() == [first.resolve()]


def test_clear_empties_the_list(tmp_path: Path) -> None:
    for path in _files(tmp_path, 2):
        recent.add_recent_file(path)
    recent.clear_recent_files()
    assert recent.recent_files() == []


def test_opening_a_file_puts_it_first(qtbot: QtBot, contest_path: Path, tmp_path: Path) -> None:
    (other,) = _files(tmp_path, 1)
    recent.add_recent_file(other)
    window = opening.open_path(None, contest_path)
    assert window is not None
    qtbot.addWidget(window)
    assert recent.recent_files()[0] == contest_path.resolve()


def test_a_file_that_cannot_be_opened_is_not_added(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: None)
    junk = tmp_path / "junk.jury"
    junk.write_text("не конкурс", encoding="utf-8")
    assert opening.open_path(None, junk) is None
    assert recent.recent_files() == []


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_opening_a_file_that_is_open_already_brings_its_window_forward(
    qtbot: QtBot, contest_path: Path
) -> None:
    first = opening.open_path(None, contest_path)
    assert first is not None
    qtbot.addWidget(first)
    assert opening.open_path(None, contest_path) is first


def _recent_menu(window: QMainWindow) -> QMenu:
    menu = window.findChild(QMenu, "recent_menu")
    assert isinstance(menu, QMenu)
    return menu


def test_main_window_open_recent_lists_and_opens(
    qtbot: QtBot, db: ContestDB, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    menu = _recent_menu(window)
    paths = _files(tmp_path, 2)
    for path in paths:
        recent.add_recent_file(path)
    menu.aboutToShow.emit()  # rebuilt on every show: files added since are listed
    files = [a for a in menu.actions() if a.data()]
    assert [Path(a.data()) for a in files] == [p.resolve() for p in reversed(paths)]
    assert paths[1].name in files[0].text()

    opened: list[Path] = []
    monkeypatch.setattr(opening, "open_path", lambda _parent, path: opened.append(path))
    files[1].trigger()
    assert opened == [paths[0].resolve()]

    clear = next(a for a in menu.actions() if a.text() == "Clear list")
    clear.trigger()
    menu.aboutToShow.emit()
    assert not [a for a in menu.actions() if a.data()]
    assert not next(a for a in menu.actions() if a.text() == "Clear list").isEnabled()


def test_juror_window_has_open_recent_too(qtbot: QtBot, db: ContestDB, tmp_path: Path) -> None:
    from jury_app.jury.package import open_package
    from tests.jury_fixtures import make_jury
    from ui.juror_window import JurorWindow

    jury = make_jury(db, tmp_path)
    package, info = open_package(next(iter(jury.packages.values())))
    try:
        window = JurorWindow(package, info)
        qtbot.addWidget(window)
        recent.add_recent_file(db.path)
        menu = _recent_menu(window)
        menu.aboutToShow.emit()
        assert [Path(a.data()) for a in menu.actions() if a.data()] == [db.path.resolve()]
    finally:
        package.close()
