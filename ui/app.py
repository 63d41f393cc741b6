"""``jury-app``: start the desktop program on a contest file or on the built-in demo."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from jury_app import __version__
from jury_app.demo_contest import ensure_demo_contest
from jury_app.errors import JuryError
from jury_app.resources import resource_path
from ui.i18n import install_translators, preferred_language


def _arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="jury-app")
    parser.add_argument("contest", nargs="?", help="contest file (.jury) to open")
    parser.add_argument("--demo", action="store_true", help="open the built-in demo contest")
    parser.add_argument("--lang", choices=("ru", "en"), help="interface language")
    return parser.parse_args(argv)


def _load_fonts() -> None:
    # Shipped fonts make Cyrillic look the same on every laptop, even without system fonts.
    for font in sorted(resource_path("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    if "PT Sans" in QFontDatabase.families():
        QApplication.setFont(QFont("PT Sans", 10))


def _demo_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "demo"


def create_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setOrganizationName("JuryApp")
    app.setApplicationName("Jury App")
    app.setApplicationVersion(__version__)
    return app


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(sys.argv[1:] if argv is None else argv)
    app = create_application(sys.argv[:1])
    install_translators(app, args.lang or preferred_language())
    _load_fonts()
    from ui.opening import window_for

    try:
        path = Path(args.contest) if args.contest else ensure_demo_contest(_demo_folder())
        window = window_for(path)
    except JuryError as exc:
        QMessageBox.critical(None, "Jury App", str(exc))
        return 2
    window.show()
    code = app.exec()
    database = getattr(window, "db", None)
    if database is not None:
        database.close()
    return code
