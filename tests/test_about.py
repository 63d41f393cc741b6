"""Help → About: versions and the licences of what the program ships."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jury_app import __version__
from jury_app.storage.engine import ContestDB
from ui.about_dialog import AboutDialog, LicenceDialog
from ui.main_window import MainWindow


def test_about_names_the_versions_and_the_licences(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.versions)))
    assert __version__ in texts
    assert platform.python_version() in texts and qVersion() in texts
    assert PySide6.__version__ in texts
    table = dialog.components.text()
    for name, licence in [
        ("PT Sans", "ParaType Free Font License"),
        ("PySide6", "LGPLv3"),
        ("SQLAlchemy", "MIT"),
        ("reportlab", "BSD"),
        ("pymorphy3", "MIT"),
        ("openpyxl", "MIT"),
        ("python-calamine", "MIT"),
        ("NumPy", "BSD"),
        ("Pillow", "MIT-CMU"),
    ]:
        assert name in table and licence in table


def test_the_font_licence_is_shown_in_full(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    licence = dialog.show_font_licence()
    assert isinstance(licence, LicenceDialog) and licence.isVisible()
    text = licence.text.toPlainText()
    assert "ParaType" in text and "GRANT OF LICENSE" in text
    licence.close()


def _action(window: MainWindow, text: str) -> QAction:
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            if action.text() == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


def test_help_about_opens_the_dialog_without_blocking(qtbot: QtBot, db: ContestDB) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    _action(window, "&About Jury App").trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible() and dialogs[0].parent() is window
    dialogs[0].close()


def test_help_user_guide_opens_the_viewer(qtbot: QtBot, db: ContestDB) -> None:
    from ui.help_viewer import HelpViewer

    window = MainWindow(db)
    qtbot.addWidget(window)
    _action(window, "&User guide").trigger()
    viewer = window.findChild(HelpViewer)
    assert isinstance(viewer, HelpViewer) and viewer.isVisible()
    viewer.close()
