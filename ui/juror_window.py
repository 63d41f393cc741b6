"""Juror mode: the window a commission member scores their assigned applications in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeyEvent,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jury_app.errors import JuryError
from jury_app.jury import scoring
from jury_app.jury.package import PackageInfo
from jury_app.jury.scoring import CONFLICT, DONE, AssignedApplication
from jury_app.storage.engine import ContestDB
from ui.juror_models import COLUMN_ORGANIZATION, COLUMN_SCORED, JurorWorkFilter, JurorWorkModel
from ui.score_panel import ScorePanel

COMMENT_PAUSE_MS = 1500
MAX_LINK_KEYS = 4


class ConflictDialog(QDialog):
    """Asks why the juror cannot judge an application impartially."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflict of interest"))
        text = QLabel(
            self.tr(
                "You will not score this application: its scores are removed and the "
                "secretary sees the reason. What is the conflict of interest?"
            ),
            self,
        )
        text.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. a relative works there"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.text().strip() or None


class ScoreCommand(QUndoCommand):
    """One score changed; the first redo is skipped: the change is already stored."""

    def __init__(
        self, window: JurorWindow, app_id: int, position: int, old: float | None, new: float | None
    ) -> None:
        super().__init__(window.tr("Score, criterion {0}").format(position))
        self.window, self.app_id, self.position = window, app_id, position
        self.old, self.new = old, new
        self._stored = True

    def redo(self) -> None:
        if self._stored:
            self._stored = False
            return
        self.window.store_score(self.app_id, self.position, self.new)

    def undo(self) -> None:
        self.window.store_score(self.app_id, self.position, self.old)


class ConflictCommand(QUndoCommand):
    """Declaring (``declare=True``) or withdrawing a conflict; undo restores removed scores."""

    def __init__(self, window: JurorWindow, app_id: int, reason: str, declare: bool) -> None:
        text = window.tr("Declare conflict") if declare else window.tr("Withdraw conflict")
        super().__init__(text)
        self.window, self.app_id, self.reason, self.declare = window, app_id, reason, declare
        self.removed: dict[int, float] = {}

    def _declare(self) -> None:
        self.removed = self.window.run_core(
            scoring.declare_conflict, self.app_id, self.reason, default={}
        )

    def _withdraw(self, restore: dict[int, float]) -> None:
        self.window.run_core(scoring.withdraw_conflict, self.app_id)
        for position, value in restore.items():
            self.window.run_core(scoring.set_score, self.app_id, position, value)

    def redo(self) -> None:
        self._declare() if self.declare else self._withdraw({})
        self.window.refresh_application(self.app_id)

    def undo(self) -> None:
        self._withdraw(self.removed) if self.declare else self._declare()
        self.window.refresh_application(self.app_id)


