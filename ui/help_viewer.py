"""Help → User guide: the Markdown guide shown inside the program, with its pictures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jury_app.resources import guide_path


class HelpViewer(QDialog):
    """A non-modal window beside the work: the guide, and a search field (Enter: next)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide — Jury App"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(16)
        font = self.browser.font()
        font.setPointSizeF(font.pointSizeF() + 1)  # a text to read, not a table to scan
        self.browser.document().setDefaultFont(font)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find in the guide"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.not_found = QLabel(self)
        self.not_found.setStyleSheet("color: #b91c1c")
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.not_found)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        self.resize(900, 760)
        self.load(path)

    def load(self, path: Path) -> None:
        """Show the guide at ``path``; pictures are found relative to its folder."""
        self.path = path
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            self.found = False
            self.browser.setSearchPaths([])
            title = self.tr("The user guide is not available")
            message = self.tr(
                "The file {0} was not found. Reinstall the program or ask whoever "
                "supports it for the guide."
            ).format(_escape(str(path)))
            self.browser.setHtml(f"<h2>{title}</h2><p>{message}</p>")
            return
        self.found = True
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setMarkdown(text)

    def find_next(self) -> None:
        """Select the next match of the search text, wrapping around once at the end."""
        text = self.search.text()
        if not text:
            return
        hit = self.browser.find(text)
        if not hit:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            hit = self.browser.find(text)
        self.not_found.setText("" if hit else self.tr("Not found"))

    @classmethod
    def show_guide(cls, parent: QWidget | None, path: Path | None = None) -> HelpViewer:
        """Open the guide (one window per parent: a second call brings it forward)."""
        existing = parent.findChild(HelpViewer) if parent is not None else None
        if isinstance(existing, HelpViewer):
            existing.load(path or guide_path())
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        viewer = cls(path or guide_path(), parent)
        viewer.show()
        return viewer


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
