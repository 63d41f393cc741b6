"""The juror's work list as a tree (nomination → application), its filter, and the undo
commands of scoring (each calls the core with the old and the new value)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap, QUndoCommand
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from jury_app.jury import scoring
from jury_app.jury.scoring import CONFLICT, DONE, NOT_STARTED, PARTIAL, AssignedApplication
from ui.filtering import change_row_filter

AnyIndex = QModelIndex | QPersistentModelIndex
APPLICATION_ROLE = Qt.ItemDataRole.UserRole + 1  # the AssignedApplication of a row, or None
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMN_ORGANIZATION, COLUMN_SCORED = 0, 1

STATE_COLOURS = {
    NOT_STARTED: "#9ca3af",
    PARTIAL: "#d97706",
    DONE: "#16a34a",
    CONFLICT: "#dc2626",
}
_icons: dict[str, QIcon] = {}


def state_icon(state: str) -> QIcon:
    """A small dot: hollow grey (not started), amber, green, red with a bar (conflict)."""
    if state not in _icons:
        pixmap = QPixmap(14, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(STATE_COLOURS[state])
        painter.setPen(QPen(colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush if state == NOT_STARTED else QBrush(colour))
        painter.drawEllipse(2, 2, 10, 10)
        if state == PARTIAL:
            painter.setBrush(QBrush(QColor("white")))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPie(3, 3, 8, 8, 90 * 16, 180 * 16)
        if state == CONFLICT:
            painter.setPen(QPen(QColor("white"), 2))
            painter.drawLine(4, 7, 10, 7)
        painter.end()
        _icons[state] = QIcon(pixmap)
    return _icons[state]


class _Group:
    def __init__(self, number: int, title: str) -> None:
        self.number = number
        self.title = title
        self.items: list[AssignedApplication] = []


class JurorWorkModel(QAbstractItemModel):
    """Top level: nominations; children: the juror's applications in their own order."""

    def __init__(self, criteria_count: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.criteria_count = criteria_count
        self._groups: list[_Group] = []
        self._where: dict[int, tuple[int, int]] = {}  # application id → (group, row)

    # -- data in and out
    def set_work(self, work: list[AssignedApplication]) -> None:
        self.beginResetModel()
        self._groups = []
        for app in work:
            if not self._groups or self._groups[-1].number != app.nomination:
                self._groups.append(_Group(app.nomination, app.nomination_title))
            self._groups[-1].items.append(app)
        self._where = {
            app.id: (g, r)
            for g, group in enumerate(self._groups)
            for r, app in enumerate(group.items)
        }
        self.endResetModel()

    def update_application(self, app: AssignedApplication) -> None:
        """Replace one application's row after a change in the store."""
        g, r = self._where[app.id]
        self._groups[g].items[r] = app
        self.dataChanged.emit(
            self.index(r, 0, self.index(g, 0)), self.index(r, 1, self.index(g, 0))
        )
        group = self.index(g, 0)
        self.dataChanged.emit(group, self.index(g, 1))

    def applications(self) -> list[AssignedApplication]:
        return [app for group in self._groups for app in group.items]

    def application(self, index: AnyIndex) -> AssignedApplication | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].items[index.row()]

    def index_of(self, app_id: int) -> QModelIndex:
        if app_id not in self._where:
            return QModelIndex()
        g, r = self._where[app_id]
        return self.index(r, 0, self.index(g, 0))

    # -- QAbstractItemModel
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].items)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.tr("Application") if section == COLUMN_ORGANIZATION else self.tr("Scored")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        app = self.application(index)
        if app is None:
            return self._group_data(self._groups[index.row()], index.column(), role)
        return self._application_data(app, index.column(), role)

    def _group_data(self, group: _Group, column: int, role: int) -> Any:
        finished = sum(1 for a in group.items if a.state in (DONE, CONFLICT))
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_ORGANIZATION:
                return f"{group.number}. {group.title}"
            return f"{finished}/{len(group.items)}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1e3a8a"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return group.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMN_SCORED:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _application_data(self, app: AssignedApplication, column: int, role: int) -> Any:
        state = app.state
        if role == APPLICATION_ROLE:
            return app
        if role == STATE_ROLE:
            return state
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_ORGANIZATION:
                return app.organization
            if state == CONFLICT:
                return self.tr("conflict")
            return f"{len(app.scores)}/{self.criteria_count}"
        if role == Qt.ItemDataRole.DecorationRole and column == COLUMN_ORGANIZATION:
            return state_icon(state)
        if role == Qt.ItemDataRole.ForegroundRole:
            if state == CONFLICT:
                return QBrush(QColor(STATE_COLOURS[CONFLICT]))
            if column == COLUMN_SCORED:
                return QBrush(QColor(STATE_COLOURS[state]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{app.organization}\n{app.municipality}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMN_SCORED:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class JurorWorkFilter(QSortFilterProxyModel):
    """Search and «only not yet scored»; the open application always stays visible."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._only_unscored = False
        self._needle = ""
        self._pinned: int | None = None

    def set_only_unscored(self, on: bool) -> None:
        change_row_filter(self, lambda: setattr(self, "_only_unscored", on))

    def set_search(self, text: str) -> None:
        change_row_filter(self, lambda: setattr(self, "_needle", text.strip().casefold()))

    def set_pinned(self, app_id: int | None) -> None:
        if app_id != self._pinned:
            change_row_filter(self, lambda: setattr(self, "_pinned", app_id))

    def refilter(self) -> None:
        change_row_filter(self, lambda: None)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not source_parent.isValid():
            return False  # a nomination shows when any of its applications does
        model = self.sourceModel()
        assert isinstance(model, JurorWorkModel)
        app = model.application(model.index(source_row, 0, source_parent))
        if app is None:
            return False
        if app.id == self._pinned:
            return True
        if self._only_unscored and app.state in (DONE, CONFLICT):
            return False
        if self._needle:
            haystack = f"{app.id} {app.organization} {app.municipality}".casefold()
            return self._needle in haystack
        return True


class ScoringHost(Protocol):
    """What the undo commands need from the juror window."""

    def store_score(self, app_id: int, position: int, value: float | None) -> bool: ...
    def run_core(self, fn: Callable[..., Any], *args: Any, default: Any = None) -> Any: ...
    def refresh_application(self, app_id: int) -> None: ...


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
        self, window: ScoringHost, app_id: int, position: int, old: float | None, new: float | None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ScoreCommand", "score on criterion {0}").format(position)
        )
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

    def __init__(self, window: ScoringHost, app_id: int, reason: str, declare: bool) -> None:
        text = (
            QCoreApplication.translate("ConflictCommand", "declaring a conflict of interest")
            if declare
            else QCoreApplication.translate("ConflictCommand", "withdrawing a conflict of interest")
        )
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
