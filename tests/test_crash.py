"""The safety net: uncaught exceptions are logged and shown, and the program keeps running."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jury_app import __version__
from jury_app.errors import JuryError
from ui import app_data, tasks
from ui.crash import CrashDialog, CrashHandler, install_crash_handler, setup_logging, stop_logging

# Our handler replaces sys.excepthook for the test; pytest-qt's own capture must stay out.
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def handler(qapp: QApplication) -> Iterator[CrashHandler]:
    crash = install_crash_handler(qapp, setup_logging())
    yield crash
    crash.uninstall()
    for dialog in _dialogs():
        dialog.close()
    crash.deleteLater()
    stop_logging()


def _dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]


def _visible_dialogs() -> list[CrashDialog]:
    return [d for d in _dialogs() if d.isVisible()]


def _raise_soon(error: BaseException) -> None:
    def boom() -> None:
        raise error

    QTimer.singleShot(0, boom)


def test_logging_goes_to_the_app_data_folder() -> None:
    path = setup_logging()
    try:
        assert path == app_data.log_file()
        assert path.parent.name == "logs" and path.name == "jury-app.log"
        text = path.read_text(encoding="utf-8")
        assert f"Jury App {__version__}" in text and "Qt " in text and "Python " in text
    finally:
        stop_logging()


def test_an_exception_in_a_slot_shows_the_dialog_and_logs_the_traceback(
    qtbot: QtBot, handler: CrashHandler
) -> None:
    _raise_soon(KeyError("nominations"))
    qtbot.waitUntil(lambda: bool(_visible_dialogs()))

    dialog = _visible_dialogs()[0]
    assert "KeyError: 'nominations'" in dialog.error_label.text()
    assert str(handler.log_path) in dialog.log_label.text()
    assert dialog.isModal()
    log = handler.log_path.read_text(encoding="utf-8")
    assert "Traceback" in log and "in boom" in log and "KeyError: 'nominations'" in log

    dialog.reject()  # «Закрыть»: the program keeps running
    qtbot.waitUntil(lambda: not _visible_dialogs())
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks))


def test_errors_while_the_dialog_is_open_do_not_stack_dialogs(
    qtbot: QtBot, handler: CrashHandler
) -> None:
    _raise_soon(ValueError("first"))
    qtbot.waitUntil(lambda: bool(_visible_dialogs()))
    for n in range(3):
        _raise_soon(RuntimeError(f"again {n}"))
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.more == 3)

    assert len(_visible_dialogs()) == 1
    assert "ValueError: first" in _visible_dialogs()[0].error_label.text()
    assert "again 2" in handler.log_path.read_text(encoding="utf-8")  # logged all the same

    _visible_dialogs()[0].reject()
    qtbot.waitUntil(lambda: handler.dialog is None)
    _raise_soon(ValueError("later"))  # once closed, the next error is shown again
    qtbot.waitUntil(lambda: bool(_visible_dialogs()))
    assert "later" in _visible_dialogs()[0].error_label.text()


def test_copy_details_puts_the_traceback_and_versions_on_the_clipboard(
    qtbot: QtBot, handler: CrashHandler
) -> None:
    _raise_soon(ZeroDivisionError("division by zero"))
    qtbot.waitUntil(lambda: bool(_visible_dialogs()))
    _visible_dialogs()[0].copy_button.click()

    text = QApplication.clipboard().text()
    assert "Traceback" in text and "ZeroDivisionError: division by zero" in text
    assert f"Jury App {__version__}" in text and sys.platform[:3].lower() in text.lower()


def test_a_long_message_is_one_short_line() -> None:
    from ui.crash import SUMMARY_CHARS, summary

    text = summary(ValueError("строка\n" * 200))
    assert "\n" not in text and len(text) <= SUMMARY_CHARS and text.startswith("ValueError: ")


def test_an_exception_in_another_thread_reaches_the_gui_thread(
    qtbot: QtBot, handler: CrashHandler
) -> None:
    def work() -> None:
        raise OSError("disk went away")

    thread = threading.Thread(target=work, name="worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(_visible_dialogs()))
    assert "OSError: disk went away" in _visible_dialogs()[0].error_label.text()
    assert "In thread worker" in handler.log_path.read_text(encoding="utf-8")


def test_a_failed_background_task_reaches_the_dialog(qtbot: QtBot, handler: CrashHandler) -> None:
    """The pages re-raise a task's unexpected error in their callback (a slot)."""

    def on_error(error: BaseException) -> None:
        if not isinstance(error, JuryError):
            raise error

    def work(_report: object) -> None:
        raise LookupError("no such criterion")

    tasks.start(work, lambda _result: None, on_error)
    qtbot.waitUntil(lambda: bool(_visible_dialogs()), timeout=10_000)
    assert "LookupError: no such criterion" in _visible_dialogs()[0].error_label.text()
    log = handler.log_path.read_text(encoding="utf-8")
    assert "in work" in log  # the worker's own frames are kept in the traceback


def test_the_handler_gives_the_hooks_back(qapp: QApplication, tmp_path: Path) -> None:
    before, before_thread = sys.excepthook, threading.excepthook
    crash = install_crash_handler(qapp, tmp_path / "x.log")
    assert sys.excepthook == crash.excepthook
    crash.uninstall()
    crash.deleteLater()
    assert sys.excepthook is before and threading.excepthook is before_thread


def test_a_bug_while_opening_the_first_file_is_reported_then_the_start_screen_shows(
    qapp: QApplication, contest_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import app as app_module
    from ui import opening
    from ui.start_screen import StartScreen

    reported: list[str] = []
    monkeypatch.setattr(CrashHandler, "present", lambda _self, d: reported.append(d.details_text))

    def broken(_path: Path) -> object:
        raise AttributeError("'NoneType' object has no attribute 'title'")

    monkeypatch.setattr(opening, "window_for", broken)
    screens: list[StartScreen] = []

    def look() -> None:
        screens.extend(w for w in qapp.topLevelWidgets() if isinstance(w, StartScreen))
        qapp.closeAllWindows()

    QTimer.singleShot(300, look)
    assert app_module.main([str(contest_path)]) == 0
    assert reported and "AttributeError" in reported[0]
    assert screens
