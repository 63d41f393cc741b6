"""Help → User guide: the Markdown guide shown inside the program, with its pictures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QImageReader, QKeySequence, QShortcut, QTextCursor
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
from ui.screen_fit import fit_to_screen


class HelpViewer(QDialog):
    """A non-modal window beside the work: the guide, and a search field (Enter: next)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide — Jury App"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.browser = QTextBrowser(self)
        self.browser.viewport().installEventFilter(self)  # pictures follow the window's width
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
        fit_to_screen(self, 900, 760)
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
        self._image_sizes: dict[str, QSize] = {}
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setMarkdown(text)
        self._fit_images()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.browser.viewport()
            and event.type() == QEvent.Type.Resize
            and getattr(self, "found", False)
        ):
            self._fit_images()
        return super().eventFilter(watched, event)

    def _fit_images(self) -> None:
        """Screenshots are as wide as a laptop screen: shrink each to the window's width
        (never enlarge), keeping its proportions."""
        document = self.browser.document()
        room = max(self.browser.viewport().width() - 2 * int(document.documentMargin()) - 24, 200)
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                fragments += 1
                image = fragment.charFormat().toImageFormat()
                if not fragment.isValid() or not image.isValid():
                    continue
                size = self._image_sizes.get(image.name())
                if size is None:  # read once per guide, not on every resize
                    size = QImageReader(str(self.path.parent / image.name())).size()
                    self._image_sizes[image.name()] = size
                if not size.isValid() or size.width() <= 0:
                    continue
                width = min(size.width(), room)
                image.setWidth(width)
                image.setHeight(size.height() * width / size.width())
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(image)
            block = block.next()

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
