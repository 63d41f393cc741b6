"""The start screen and what ``jury-app`` opens for each command line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jury_app.contest import contest_status, load_settings
from jury_app.storage.engine import ContestDB, open_contest_file
from tests.qt_drop import drop_files
from ui import opening, recent
from ui import start_screen as start_module
from ui.i18n import remove_translators
from ui.juror_window import JurorWindow
from ui.main_window import MainWindow
from ui.start_screen import StartScreen


@pytest.fixture(autouse=True)
def _clean_up(qapp: QApplication) -> Iterator[None]:
    yield
    for window in opening.open_windows():
        window.hide()
    opening.close_all()
    remove_translators(qapp)


@pytest.fixture
def screen(qtbot: QtBot) -> StartScreen:
    widget = StartScreen()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def package(db: ContestDB, tmp_path: Path) -> Path:
    from tests.jury_fixtures import make_jury

    return next(iter(make_jury(db, tmp_path).packages.values()))


def _answer_open(monkeypatch: pytest.MonkeyPatch, path: Path, seen: list[str]) -> None:
    def fake(_parent: object, _title: str, _folder: str, filters: str) -> tuple[str, str]:
        seen.append(filters)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake)


def test_create_a_contest_from_the_kuzbass_preset(
    screen: StartScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "Мой конкурс"), "")
    )
    window = screen.create_contest()

    path = tmp_path / "Мой конкурс.jury"
    assert isinstance(window, MainWindow) and window.db.path == path
    assert not screen.isVisible()
    with open_contest_file(path) as db:
        settings = load_settings(db)
        assert settings.preset == "kuzbass-2025" and len(settings.nominations) == 12
        assert contest_status(db).applications == 0
    assert recent.recent_files() == [path.resolve()]


def test_an_existing_file_is_never_overwritten(
    screen: StartScreen, contest_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamp = contest_path.stat().st_mtime_ns
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(contest_path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    assert screen.create_contest() is None
    assert warned and "уже существует" in warned[0]
    assert contest_path.stat().st_mtime_ns == stamp
    assert screen.isVisible()


def test_cancelling_a_dialog_keeps_the_start_screen(
    screen: StartScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))
    assert screen.create_contest() is None
    assert screen.open_contest() is None
    assert screen.open_package() is None
    assert screen.isVisible()


def test_open_a_contest(
    screen: StartScreen, contest_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    _answer_open(monkeypatch, contest_path, seen)
    screen.open_button.click()
    assert "*.jury" in seen[0]
    assert isinstance(opening.open_windows()[0], MainWindow)
    assert not screen.isVisible()


def test_open_a_jury_package(
    screen: StartScreen, package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    _answer_open(monkeypatch, package, seen)
    window = screen.open_package()
    assert "*.jurypkg" in seen[0] and "*.jury " not in seen[0]
    assert isinstance(window, JurorWindow)
    assert not screen.isVisible()


def test_a_dropped_package_opens_and_other_files_are_refused(
    screen: StartScreen, package: Path, tmp_path: Path
) -> None:
    assert not drop_files(screen, tmp_path / "заявки.xlsx")
    assert screen.isVisible()
    assert drop_files(screen, package)
    assert [type(w) for w in opening.open_windows()] == [JurorWindow]
    assert not screen.isVisible()


def test_explore_the_demo(
    qtbot: QtBot, screen: StartScreen, contest_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folders: list[Path] = []

    def fake_demo(folder: Path) -> Path:
        folders.append(folder)
        return contest_path

    monkeypatch.setattr(start_module, "ensure_demo_contest", fake_demo)
    screen.demo_button.click()
    qtbot.waitUntil(lambda: bool(opening.open_windows()), timeout=10_000)
    assert isinstance(opening.open_windows()[0], MainWindow)
    assert folders and folders[0].name == "demo"  # in the app-data folder, not the cwd
    assert not screen.isVisible()


def test_recent_files_are_listed_and_open_on_double_click(
    qtbot: QtBot, contest_path: Path, package: Path
) -> None:
    recent.add_recent_file(package)
    recent.add_recent_file(contest_path)
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    names = [screen.recent_list.item(r).text() for r in range(screen.recent_list.count())]
    assert [n.splitlines()[0] for n in names] == [contest_path.name, package.name]

    view = screen.recent_list
    rect = view.visualItemRect(view.item(1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert isinstance(opening.open_windows()[0], JurorWindow)
    assert not screen.isVisible()


def test_without_recent_files_the_list_says_what_it_is_for(screen: StartScreen) -> None:
    assert screen.recent_list.count() == 0
    assert "listed here" in screen.recent_hint.text()


# ---------------------------------------------------------------- the command line
def _run_main(qapp: QApplication, args: list[str]) -> list[QWidget]:
    """Run ``jury-app ARGS``; return the visible windows it showed, then close them."""
    from ui import app as app_module

    shown: list[QWidget] = []

    def look() -> None:
        shown.extend(w for w in qapp.topLevelWidgets() if w.isVisible() and w.isWindow())
        qapp.closeAllWindows()  # the last window closed ends main()

    QTimer.singleShot(300, look)
    assert app_module.main(args) == 0
    return shown


def _kinds(windows: list[QWidget]) -> list[type]:
    return [type(w) for w in windows]


def test_no_arguments_show_the_start_screen(qapp: QApplication) -> None:
    assert _kinds(_run_main(qapp, [])) == [StartScreen]


def test_a_contest_argument_opens_the_contest(qapp: QApplication, contest_path: Path) -> None:
    assert _kinds(_run_main(qapp, [str(contest_path)])) == [MainWindow]


def test_a_package_argument_opens_the_juror_window(qapp: QApplication, package: Path) -> None:
    assert _kinds(_run_main(qapp, [str(package)])) == [JurorWindow]


def test_demo_argument_opens_the_demo(
    qapp: QApplication, contest_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import app as app_module

    monkeypatch.setattr(app_module, "ensure_demo_contest", lambda _folder: contest_path)
    assert _kinds(_run_main(qapp, ["--demo"])) == [MainWindow]


def test_a_missing_file_is_explained_then_the_start_screen_shows(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    assert _kinds(_run_main(qapp, [str(tmp_path / "нет такого.jury")])) == [StartScreen]
    assert warned and "не найден" in warned[0]


def test_the_start_screen_has_four_ways_in(screen: StartScreen) -> None:
    buttons = [screen.create_button, screen.open_button, screen.package_button]
    buttons.append(screen.demo_button)
    assert all(b.isVisible() and b.description.text() for b in buttons)
    assert _no_overlap([b.geometry() for b in buttons])


def _no_overlap(rects: list[QRect]) -> bool:
    return all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
