"""``jury-app``: start the desktop program on a file, on the built-in demo, or on the start
screen when neither is given."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from jury_app import __version__
from jury_app.demo_contest import ensure_demo_contest
from jury_app.errors import JuryError
from jury_app.resources import resource_path
from ui.app_data import demo_folder
from ui.crash import install_crash_handler, setup_logging, stop_logging
from ui.i18n import install_translators, preferred_language, remove_translators

_IMPORTED_AT = time.monotonic()

# Hooks for the frozen-bundle check (tests/dist_check.py); unused in everyday work.
QUIT_AFTER_ENV = "JURY_APP_QUIT_AFTER_MS"
REPORT_STARTUP_ENV = "JURY_APP_REPORT_STARTUP"


def _arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="jury-app")
    parser.add_argument(
        "contest", nargs="?", help="contest file (.jury) or jury package (.jurypkg) to open"
    )
    parser.add_argument("--demo", action="store_true", help="open the built-in demo contest")
    parser.add_argument("--lang", choices=("ru", "en"), help="interface language")
    return parser.parse_args(argv)


def _load_fonts() -> None:
    # Shipped fonts make Cyrillic look the same on every laptop, even without system fonts.
    for font in sorted(resource_path("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    if "PT Sans" in QFontDatabase.families():
        QApplication.setFont(QFont("PT Sans", 10))


def create_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setOrganizationName("JuryApp")
    app.setApplicationName("Jury App")
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "jury-app.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))  # every window and the taskbar
    return app


def _first_window(args: argparse.Namespace) -> QWidget:
    """The window asked for on the command line, or the start screen (also after a file
    that could not be opened, once the reason was shown)."""
    from ui import opening

    window: QMainWindow | None = None
    if args.demo:
        try:
            window = opening.open_path(None, ensure_demo_contest(demo_folder()))
        except JuryError as exc:
            QMessageBox.critical(None, "Jury App", str(exc))
    elif args.contest:
        window = opening.open_path(None, Path(args.contest))
    if window is not None:
        return window
    return _start_screen()


def _start_screen() -> QWidget:
    from ui.start_screen import StartScreen

    screen = StartScreen()
    screen.show()
    return screen


def _process_age_ms() -> int:
    """Milliseconds since the process started (Linux: from /proc; elsewhere: since this
    module was imported, which misses only the interpreter's own start)."""
    try:
        stat = Path("/proc/self/stat").read_text()
        started_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return round((uptime - started_ticks / os.sysconf("SC_CLK_TCK")) * 1000)
    except (OSError, ValueError, IndexError, AttributeError):
        return round((time.monotonic() - _IMPORTED_AT) * 1000)


def _report_startup() -> None:
    print(f"first-window-ms={_process_age_ms()}", file=sys.stderr, flush=True)


def _schedule_check_hooks(app: QApplication) -> None:
    quit_after = os.environ.get(QUIT_AFTER_ENV, "")
    if quit_after.isdigit():
        QTimer.singleShot(int(quit_after), app.quit)
    if os.environ.get(REPORT_STARTUP_ENV) == "1":
        # Runs once the event loop has shown the first window.
        QTimer.singleShot(0, _report_startup)


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(sys.argv[1:] if argv is None else argv)
    app = create_application(sys.argv[:1])
    crash = install_crash_handler(app, setup_logging())
    try:
        install_translators(app, args.lang or preferred_language())
        _load_fonts()
        try:
            _window = _first_window(args)  # referenced here while the program runs
        except Exception as exc:  # a bug while opening the file: say so, then offer the rest
            crash.report(exc)
            _window = _start_screen()
        _schedule_check_hooks(app)
        return app.exec()
    finally:
        from ui import opening, tasks

        tasks.shutdown()
        opening.close_all()
        crash.uninstall()
        crash.deleteLater()
        remove_translators(app)  # main() leaves the application as it found it
        stop_logging()
