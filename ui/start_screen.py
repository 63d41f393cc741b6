"""The first thing a user sees without a file to open: four ways in, and the recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from jury_app.contest import create_contest
from jury_app.demo_contest import ensure_demo_contest
from jury_app.errors import JuryError
from jury_app.presets import kuzbass_2025
from jury_app.storage.engine import CONTEST_SUFFIX
from ui import opening, recent, tasks
from ui.app_data import demo_folder


def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """Contests and jury packages among the dropped files."""
    paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in opening.OPENED_SUFFIXES]


class WayInButton(QPushButton):
    """A big button: a title, and one line saying what it leads to."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.setMinimumHeight(78)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet(
            "WayInButton { text-align: left; background: white; border: 1px solid #d1d5db;"
            " border-radius: 8px }"
            "WayInButton:hover { background: #eff6ff; border-color: #93c5fd }"
            "WayInButton:focus { border: 2px solid #3b82f6 }"
            "WayInButton:disabled { background: #f3f4f6 }"
        )
        self.title = QLabel(title, self)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold; color: #1e3a8a")
        self.description = QLabel(description, self)
        self.description.setStyleSheet("color: #4b5563")
        self.description.setWordWrap(True)
        self.labels = QVBoxLayout(self)
        self.labels.setContentsMargins(18, 10, 18, 10)
        self.labels.setSpacing(2)
        for label in (self.title, self.description):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.labels.addWidget(label)

    def sizeHint(self) -> QSize:
        hint = self.labels.sizeHint()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))


class StartScreen(QWidget):
    """Closes itself as soon as one of its ways in has opened a window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Jury App")
        self.setAcceptDrops(True)
        title = QLabel("Jury App", self)
        title.setStyleSheet("font-size: 22pt; font-weight: bold; color: #1e3a8a")
        subtitle = QLabel(
            self.tr(
                "The whole work of a contest commission, offline: applications, jury, "
                "scores, results and documents."
            ),
            self,
        )
        subtitle.setWordWrap(True)
        subtitle.setStyleSheet("color: #4b5563; font-size: 11pt")
        self.create_button = self._button(
            self.tr("Create a contest"),
            self.tr("A new contest file from the «Лучший госпаблик Кузбасса — 2025» template."),
            self.create_contest,
        )
        self.open_button = self._button(
            self.tr("Open a contest"),
            self.tr("A contest file (.jury): applications, commission, scores, results."),
            self.open_contest,
        )
        self.package_button = self._button(
            self.tr("Open a jury package"),
            self.tr("A juror's package (.jurypkg): score the applications assigned to you."),
            self.open_package,
        )
        self.demo_button = self._button(
            self.tr("Explore the demo contest"),
            self.tr("Made-up applications to try everything without risk."),
            self.explore_demo,
        )
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #4b5563")
        actions = QVBoxLayout()
        actions.setSpacing(10)
        for button in self._buttons():
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.status)
        recent_title = QLabel(self.tr("Recent files"), self)
        recent_title.setStyleSheet("font-size: 12pt; font-weight: bold")
        self.recent_list = QListWidget(self)
        self.recent_list.setAlternatingRowColors(True)
        self.recent_list.setStyleSheet("QListWidget::item { padding: 6px 4px }")
        self.recent_list.itemActivated.connect(self._recent_activated)
        self.recent_hint = QLabel(self)
        self.recent_hint.setWordWrap(True)
        self.recent_hint.setStyleSheet("color: #6b7280")
        recent_box = QVBoxLayout()
        recent_box.setSpacing(10)
        recent_box.addWidget(recent_title)
        recent_box.addWidget(self.recent_list, 1)
        recent_box.addWidget(self.recent_hint)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(actions, 3)
        body.addLayout(recent_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(10)
        layout.addLayout(body, 1)
        self.setMinimumSize(560, 460)
        self.resize(940, 560)
        self.reload_recent()

    def _button(self, text: str, description: str, slot: object) -> WayInButton:
        button = WayInButton(text, description, self)
        button.clicked.connect(slot)
        return button

    def _buttons(self) -> tuple[WayInButton, ...]:
        return (self.create_button, self.open_button, self.package_button, self.demo_button)

    # ------------------------------------------------------------------ recent files
    def reload_recent(self) -> None:
        self.recent_list.clear()
        for path in recent.recent_files():
            item = QListWidgetItem(f"{path.name}\n{path.parent}", self.recent_list)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
        if self.recent_list.count():
            self.recent_hint.setText(self.tr("Double-click a file to open it."))
            self.recent_list.setCurrentRow(0)
        else:
            self.recent_hint.setText(self.tr("Files you open will be listed here."))

    def _recent_activated(self, item: QListWidgetItem) -> None:
        self.open_file(Path(item.data(Qt.ItemDataRole.UserRole)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload_recent()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A contest or a jury package dropped on the start screen opens like File → Open."""
        files = _dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.open_file(files[0])

    # ------------------------------------------------------------------ ways in
    def open_file(self, path: Path) -> QMainWindow | None:
        return self._opened(opening.open_path(self, path))

    def open_contest(self) -> QMainWindow | None:
        return self._opened(opening.ask_and_open(self))

    def open_package(self) -> QMainWindow | None:
        return self._opened(opening.ask_and_open_package(self))

    def create_contest(self) -> QMainWindow | None:
        """Ask for a new file name, create the contest from the kuzbass-2025 preset, open it."""
        path = self._ask_new_contest_path()
        if path is None:
            return None
        try:
            create_contest(path, kuzbass_2025()).close()
        except JuryError as exc:
            self._warn(self.tr("Cannot create the contest"), str(exc))
            return None
        except (OSError, SQLAlchemyError) as exc:  # a read-only folder, a full disk
            self._warn(
                self.tr("Cannot create the contest"),
                self.tr("The file {0} could not be written: {1}").format(path, exc),
            )
            return None
        return self.open_file(path)

    def _ask_new_contest_path(self) -> Path | None:
        suggested = Path(opening.last_folder()) / (self.tr("New contest") + CONTEST_SUFFIX)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Create a contest"),
            str(suggested),
            self.tr("Contest files (*.jury)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != CONTEST_SUFFIX:
            path = path.with_name(path.name + CONTEST_SUFFIX)
        return path

    def explore_demo(self) -> None:
        """Build the demo contest off the GUI thread (the first time takes a few seconds)."""
        folder = demo_folder()
        self._set_busy(True)
        self.status.setText(self.tr("Preparing the demo contest…"))
        tasks.start(
            lambda _report: ensure_demo_contest(folder), self._demo_ready, self._demo_failed
        )

    def _demo_ready(self, path: object) -> None:
        self._set_busy(False)
        self.status.clear()
        assert isinstance(path, Path)
        self.open_file(path)

    def _demo_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.status.clear()
        if not isinstance(error, JuryError):
            raise error
        self._warn(self.tr("Cannot open the demo contest"), str(error))

    # ------------------------------------------------------------------ helpers
    def _set_busy(self, busy: bool) -> None:
        for button in self._buttons():
            button.setEnabled(not busy)
        self.recent_list.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _opened(self, window: QMainWindow | None) -> QMainWindow | None:
        if window is not None:
            self.close()
        return window

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)
