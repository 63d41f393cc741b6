"""Help → About: what the program is, which versions run it, and whose work it ships."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jury_app import __version__
from jury_app.resources import resource_path

FONT_LICENCE = ("fonts", "LICENSE-ParaType.txt")

# (component, licence): the third-party work inside the build.
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("PT Sans, PT Serif (ParaType)", "ParaType Free Font License"),
    ("Qt, PySide6", "LGPLv3"),
    ("SQLModel, SQLAlchemy", "MIT"),
    ("reportlab", "BSD"),
    ("pymorphy3", "MIT"),
    ("OpenCorpora dictionary (pymorphy3-dicts-ru)", "CC BY-SA 3.0"),
    ("openpyxl", "MIT"),
    ("python-calamine", "MIT"),
    ("NumPy", "BSD"),
    ("Pillow", "MIT-CMU (HPND)"),
)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Jury App"))
        self.setMinimumWidth(520)
        name = QLabel("Jury App", self)
        name.setStyleSheet("font-size: 18pt; font-weight: bold")
        version = QLabel(self.tr("Version {0}").format(__version__), self)
        purpose = QLabel(
            self.tr(
                "The whole work of a contest commission, offline: applications, jury, "
                "scores, results and documents."
            ),
            self,
        )
        purpose.setWordWrap(True)
        self.versions = QLabel(
            self.tr("Python {0} · Qt {1} · PySide6 {2}").format(
                platform.python_version(), qVersion(), PySide6.__version__
            ),
            self,
        )
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versions.setStyleSheet("color: #4b5563")
        heading = QLabel(self.tr("Third-party components and their licences"), self)
        heading.setStyleSheet("font-weight: bold; margin-top: 8px")
        rows = "".join(
            f"<tr><td style='padding-right: 18px'>{_escape(c)}</td><td>{_escape(lic)}</td></tr>"
            for c, lic in COMPONENTS
        )
        self.components = QLabel(f"<table cellspacing='2'>{rows}</table>", self)
        self.components.setTextFormat(Qt.TextFormat.RichText)
        self.components.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(self)
        licence = QPushButton(self.tr("Show font licence"), self)
        licence.clicked.connect(self.show_font_licence)
        close = QPushButton(self.tr("Close"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons.addButton(licence, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        for widget in (name, version, purpose, self.versions, heading, self.components):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.licence_dialog: LicenceDialog | None = None

    def show_font_licence(self) -> LicenceDialog:
        self.licence_dialog = LicenceDialog(self)
        self.licence_dialog.open()
        return self.licence_dialog

    @classmethod
    def show_for(cls, parent: QWidget | None) -> AboutDialog:
        """Open the dialog (modal to ``parent``, without blocking) and return it."""
        dialog = cls(parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class LicenceDialog(QDialog):
    """The full ParaType Free Font License, which must travel with the fonts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ParaType Free Font License"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        path = resource_path(*FONT_LICENCE)
        try:
            self.text.setPlainText(path.read_text(encoding="utf-8"))
        except OSError:
            self.text.setPlainText(self.tr("The licence file is missing: {0}").format(path))
        buttons = QDialogButtonBox(self)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(700, 560)
