"""Item models of the jury and scores pages: the roster, conflicts, and the two matrices
(assignment, coverage) computed from sets, plus the progress tables and the missing list."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QTableView

from jury_app.collation import collation_key
from jury_app.jury.assignment import AssignmentMatrix
from jury_app.jury.coverage import (
    CONFLICT,
    MISSING,
    PARTIAL,
    SCORED,
    Coverage,
    CoverageApplication,
    JurorProgress,
    MissingRow,
    NominationCompleteness,
)
from jury_app.jury.roster import ConflictRow, JurorRow
from ui.labels import role_labels
from ui.table_model import RowsTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
FRACTION_ROLE = Qt.ItemDataRole.UserRole + 3  # 0..1 for the progress bar delegate

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)
MUTED = QColor("#6b7280")

STATE_COLORS = {
    SCORED: QColor("#bbf7d0"),
    PARTIAL: QColor("#fde68a"),
    MISSING: QColor("#fecaca"),
    CONFLICT: QColor("#d1d5db"),
}
STATE_MARKS = {SCORED: "✓", PARTIAL: "◐", MISSING: "·", CONFLICT: "✕"}
ASSIGNED_COLOR = QColor("#dcfce7")
CONFLICT_COLOR = QColor("#e5e7eb")


def short_name(name: str) -> str:
    """«Иванов Иван Иванович» → «Иванов И. И.»: column headers stay narrow."""
    parts = name.split()
    if len(parts) < 2:
        return name
    return parts[0] + " " + " ".join(p[0] + "." for p in parts[1:] if p)


def nominations_text(numbers: Sequence[int], all_label: str) -> str:
    return ", ".join(str(n) for n in numbers) if numbers else all_label


def fit_juror_columns(view: QTableView, model: _JurorMatrixModel) -> None:
    """Juror columns as wide as their headers («Кузнецова М. В. (285)»), from font metrics
    rather than resizeColumnsToContents, which would measure 20,000 rows."""
    metrics = QFontMetrics(view.horizontalHeader().font())
    for column in range(model.FIRST_JUROR, model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal))
        view.setColumnWidth(column, max(90, metrics.horizontalAdvance(text) + 24))


class RosterModel(RowsTableModel):
    """The commission, one juror a row, with the load the current assignment gives them."""

    COL_NAME, COL_ROLE, COL_POSITION, COL_STATUS = 0, 1, 2, 3
    COL_NOMINATIONS, COL_CONFLICTS, COL_LOAD = 4, 5, 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("Full name"),
            self.tr("Role"),
            self.tr("Position"),
            self.tr("Status"),
            self.tr("Nominations"),
            self.tr("Conflicts"),
            self.tr("Load"),
        ]
        self.role_labels = role_labels()
        self.status_labels = {"active": self.tr("active"), "absent": self.tr("absent")}
        self._all = self.tr("all")
        self._loads: dict[int, int] = {}

    def set_roster(self, rows: Sequence[JurorRow], loads: dict[int, int]) -> None:
        self._loads = dict(loads)
        self.set_rows(rows)

    def set_loads(self, loads: dict[int, int]) -> None:
        self._loads = dict(loads)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.COL_LOAD), self.index(len(self._rows) - 1, self.COL_LOAD)
            )

    def row_at(self, row: int) -> JurorRow:
        return self._rows[row]  # type: ignore[no-any-return]

    def cell(self, row: JurorRow, column: int, role: int) -> Any:
        if role == DISPLAY:
            return self._display(row, column)
        if role == SORT_ROLE:
            if column == self.COL_ROLE:
                return list(self.role_labels).index(row.role) if row.role in self.role_labels else 9
            if column == self.COL_CONFLICTS:
                return len(row.conflicts)
            if column == self.COL_LOAD:
                return self._loads.get(row.id, 0)
            return collation_key(self._display(row, column))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_CONFLICTS,
            self.COL_LOAD,
        ):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return MUTED
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_CONFLICTS and row.conflicts:
            return "\n".join(c.value or f"№ {c.application_id}" for c in row.conflicts)
        return None

    def _display(self, row: JurorRow, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_ROLE:
            return self.role_labels.get(row.role, row.role)
        if column == self.COL_POSITION:
            return row.position
        if column == self.COL_STATUS:
            return self.status_labels.get(row.status, row.status)
        if column == self.COL_NOMINATIONS:
            return nominations_text(row.nominations, self._all)
        if column == self.COL_CONFLICTS:
            return str(len(row.conflicts)) if row.conflicts else ""
        if column == self.COL_LOAD:
            return str(self._loads.get(row.id, 0))
        return ""


class ConflictsModel(RowsTableModel):
    """One juror's registered conflicts of interest."""

    COL_KIND, COL_VALUE, COL_REASON = 0, 1, 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [self.tr("Kind"), self.tr("Municipality, organization or application")]
        self._headers.append(self.tr("Reason"))
        self.kind_labels = {
            "municipality": self.tr("Municipality"),
            "organization": self.tr("Organization"),
            "application": self.tr("Application"),
        }
        self.organizations: dict[int, str] = {}

    def row_at(self, row: int) -> ConflictRow:
        return self._rows[row]  # type: ignore[no-any-return]

    def cell(self, row: ConflictRow, column: int, role: int) -> Any:
        if role in (DISPLAY, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_KIND:
                return self.kind_labels.get(row.kind, row.kind)
            if column == self.COL_VALUE:
                if row.kind == "application":
                    org = self.organizations.get(row.application_id or 0, "")
                    return f"№ {row.application_id}" + (f" — {org}" if org else "")
                return row.value
            if column == self.COL_REASON:
                return row.reason
        if role == ROW_ROLE:
            return row
        return None


class _JurorMatrixModel(QAbstractTableModel):
    """Applications as rows (by nomination), jurors as columns after three fixed columns.

    Cells are looked up in sets, never queried, so 200 × 20,000 stays instant; the nomination
    filter lives in the model to keep the view's row count small.
    """

    COL_ID, COL_NOMINATION, COL_ORGANIZATION = 0, 1, 2
    FIRST_JUROR = 3

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fixed_headers = list(headers)
        self._jurors: list[tuple[int, str]] = []
        self._all: list[CoverageApplication] = []
        self._apps: list[CoverageApplication] = []
        self._nomination: int | None = None

    # Subclasses say what a juror cell shows.
    def juror_cell(self, juror_id: int, app_id: int, role: int) -> Any:
        raise NotImplementedError

    def juror_header(self, juror_id: int, name: str) -> str:
        return short_name(name)

    def accepts(self, app: CoverageApplication) -> bool:
        return self._nomination is None or app.nomination == self._nomination

    def _set_data(self, jurors: Sequence[tuple[int, str]], apps: Sequence[Any]) -> None:
        self.beginResetModel()
        self._jurors = list(jurors)
        self._all = [CoverageApplication(a.id, a.nomination, a.organization) for a in apps]
        self._apps = [a for a in self._all if self.accepts(a)]
        self.endResetModel()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._apps = [a for a in self._all if self.accepts(a)]
        self.endResetModel()

    def set_nomination(self, number: int | None) -> None:
        if number != self._nomination:
            self._nomination = number
            self._refilter()

    def nominations(self) -> list[int]:
        return sorted({a.nomination for a in self._all})

    def organizations(self) -> dict[int, str]:
        return {a.id: a.organization for a in self._all}

    def pair_at(self, index: AnyIndex) -> tuple[int, int] | None:
        """(juror id, application id) of a juror cell, else None."""
        if not index.isValid() or index.column() < self.FIRST_JUROR:
            return None
        return self._jurors[index.column() - self.FIRST_JUROR][0], self._apps[index.row()].id

    def juror_column(self, juror_id: int) -> int:
        for i, (j, _) in enumerate(self._jurors):
            if j == juror_id:
                return self.FIRST_JUROR + i
        return -1

    def application_row(self, app_id: int) -> int:
        for i, app in enumerate(self._apps):
            if app.id == app_id:
                return i
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._apps)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIRST_JUROR + len(self._jurors)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section < self.FIRST_JUROR:
            return self._fixed_headers[section] if role == DISPLAY else None
        juror_id, name = self._jurors[section - self.FIRST_JUROR]
        if role == DISPLAY:
            return self.juror_header(juror_id, name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return name
        return None

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._apps):
            return None
        app = self._apps[index.row()]
        column = index.column()
        if column >= self.FIRST_JUROR:
            juror_id = self._jurors[column - self.FIRST_JUROR][0]
            return self.juror_cell(juror_id, app.id, role)
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_ID:
                return str(app.id)
            if column == self.COL_NOMINATION:
                return str(app.nomination)
            return app.organization
        if role == SORT_ROLE:
            if column == self.COL_ID:
                return app.id
            if column == self.COL_NOMINATION:
                return app.nomination * 10_000_000 + app.id
            return collation_key(app.organization)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_ORGANIZATION:
            return RIGHT
        return None


class AssignmentMatrixModel(_JurorMatrixModel):
    """Who is assigned what: ✓ assigned, ✕ conflict of interest, empty otherwise."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._fixed_headers = [self.tr("No."), self.tr("Nom."), self.tr("Organization")]
        self._assigned: set[tuple[int, int]] = set()
        self._conflicts: set[tuple[int, int]] = set()
        self._loads: Counter[int] = Counter()
        self._tips = {
            "assigned": self.tr("assigned"),
            "conflict": self.tr("conflict of interest: cannot be assigned"),
            "free": self.tr("not assigned"),
        }

    def set_matrix(self, matrix: AssignmentMatrix) -> None:
        self._assigned = set(matrix.assigned)
        self._conflicts = set(matrix.conflicts)
        self._loads = Counter(j for j, _ in self._assigned)
        self._set_data(matrix.jurors, matrix.applications)

    def loads(self) -> dict[int, int]:
        return dict(self._loads)

    def is_assigned(self, juror_id: int, app_id: int) -> bool:
        return (juror_id, app_id) in self._assigned

    def is_conflict(self, juror_id: int, app_id: int) -> bool:
        return (juror_id, app_id) in self._conflicts

    def set_assigned(self, juror_id: int, app_id: int, assigned: bool) -> None:
        """Mirror a change the core accepted, without reloading the whole matrix."""
        pair = (juror_id, app_id)
        if (pair in self._assigned) == assigned:
            return
        if assigned:
            self._assigned.add(pair)
            self._loads[juror_id] += 1
        else:
            self._assigned.discard(pair)
            self._loads[juror_id] -= 1
        column = self.juror_column(juror_id)
        row = self.application_row(app_id)
        if row >= 0 and column >= 0:
            index = self.index(row, column)
            self.dataChanged.emit(index, index)
        if column >= 0:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def juror_header(self, juror_id: int, name: str) -> str:
        return f"{short_name(name)} ({self._loads.get(juror_id, 0)})"

    def juror_cell(self, juror_id: int, app_id: int, role: int) -> Any:
        pair = (juror_id, app_id)
        state = (
            "assigned"
            if pair in self._assigned
            else "conflict"
            if pair in self._conflicts
            else "free"
        )
        if role == DISPLAY:
            return {"assigned": "✓", "conflict": "✕", "free": ""}[state]
        if role == SORT_ROLE:
            return {"assigned": 2, "conflict": 0, "free": 1}[state]
        if role == Qt.ItemDataRole.BackgroundRole:
            return {"assigned": ASSIGNED_COLOR, "conflict": CONFLICT_COLOR}.get(state)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[state]
        return None


class CoverageMatrixModel(_JurorMatrixModel):
    """Jurors × applications coloured by the state of the scores; optionally only the
    applications still waiting for someone."""

    def __init__(self, state_labels: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._fixed_headers = [self.tr("No."), self.tr("Nom."), self.tr("Organization")]
        self._labels = state_labels
        self._cells: dict[tuple[int, int], str] = {}
        self._incomplete: set[int] = set()
        self._only_incomplete = False

    def set_coverage(self, coverage: Coverage) -> None:
        self._cells = coverage.cells
        self._incomplete = coverage.incomplete
        self._set_data([(j.id, j.name) for j in coverage.jurors], coverage.applications)

    def set_only_incomplete(self, only: bool) -> None:
        if only != self._only_incomplete:
            self._only_incomplete = only
            self._refilter()

    def accepts(self, app: CoverageApplication) -> bool:
        if self._only_incomplete and app.id not in self._incomplete:
            return False
        return super().accepts(app)

    def juror_cell(self, juror_id: int, app_id: int, role: int) -> Any:
        state = self._cells.get((juror_id, app_id))
        if state is None:
            return None
        if role == DISPLAY:
            return STATE_MARKS[state]
        if role == SORT_ROLE:
            return (SCORED, CONFLICT, PARTIAL, MISSING).index(state)
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATE_COLORS[state]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._labels.get(state, state)
        return None


class ProgressModel(RowsTableModel):
    """Per-juror progress: how much of what they were assigned has come back."""

    COL_NAME, COL_ASSIGNED, COL_SCORED, COL_PARTIAL = 0, 1, 2, 3
    COL_MISSING, COL_CONFLICTS, COL_PROGRESS = 4, 5, 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("Juror"),
            self.tr("Assigned"),
            self.tr("Scored"),
            self.tr("Partial"),
            self.tr("Not scored"),
            self.tr("Conflicts"),
            self.tr("Progress"),
        ]
        self._absent = self.tr("{0} (absent)")

    def cell(self, row: JurorProgress, column: int, role: int) -> Any:
        numbers = (row.assigned, row.scored, row.partial, row.missing, row.conflicts)
        if role == DISPLAY:
            if column == self.COL_NAME:
                return row.name if row.active else self._absent.format(row.name)
            if column == self.COL_PROGRESS:
                return f"{round(row.fraction * 100)} %"
            return str(numbers[column - 1])
        if role == SORT_ROLE:
            if column == self.COL_NAME:
                return collation_key(row.name)
            if column == self.COL_PROGRESS:
                return row.fraction
            return numbers[column - 1]
        if role == FRACTION_ROLE and column == self.COL_PROGRESS:
            return row.fraction
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_NAME:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.active:
                return MUTED
            if column == self.COL_MISSING and row.missing:
                return QColor("#b91c1c")
        return None


class CompletenessModel(RowsTableModel):
    """Per nomination: applications fully scored by all their assigned jurors, of all."""

    COL_NUMBER, COL_TITLE, COL_COMPLETE, COL_PROGRESS = 0, 1, 2, 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("No."),
            self.tr("Nomination"),
            self.tr("Fully scored"),
            self.tr("Progress"),
        ]
        self.titles: dict[int, str] = {}

    def cell(self, row: NominationCompleteness, column: int, role: int) -> Any:
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_NUMBER:
                return str(row.number)
            if column == self.COL_TITLE:
                return row.title
            if column == self.COL_COMPLETE:
                return f"{row.complete} / {row.total}"
            if column == self.COL_PROGRESS:
                return f"{round(row.fraction * 100)} %"
        if role == SORT_ROLE:
            if column == self.COL_NUMBER:
                return row.number
            if column == self.COL_TITLE:
                return collation_key(row.title)
            if column == self.COL_COMPLETE:
                return row.complete
            return row.fraction
        if role == FRACTION_ROLE and column == self.COL_PROGRESS:
            return row.fraction
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_TITLE:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and row.total == 0:
            return MUTED
        return None


class MissingModel(RowsTableModel):
    """What is missing: one partial or unscored application of one juror a row."""

    COL_JUROR, COL_NOMINATION, COL_ID, COL_ORGANIZATION, COL_STATE = 0, 1, 2, 3, 4

    def __init__(self, state_labels: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("Juror"),
            self.tr("Nom."),
            self.tr("No."),
            self.tr("Organization"),
            self.tr("State"),
        ]
        self._labels = state_labels

    def rows(self) -> list[MissingRow]:
        return list(self._rows)

    def cell(self, row: MissingRow, column: int, role: int) -> Any:
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, column)
        if role == SORT_ROLE:
            if column == self.COL_NOMINATION:
                return row.nomination
            if column == self.COL_ID:
                return row.application_id
            if column == self.COL_STATE:
                return 0 if row.state == MISSING else 1
            return collation_key(self._display(row, column))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_STATE:
            return STATE_COLORS.get(row.state)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_NOMINATION,
            self.COL_ID,
        ):
            return RIGHT
        return None

    def _display(self, row: MissingRow, column: int) -> str:
        if column == self.COL_JUROR:
            return row.juror
        if column == self.COL_NOMINATION:
            return str(row.nomination)
        if column == self.COL_ID:
            return str(row.application_id)
        if column == self.COL_ORGANIZATION:
            return row.organization
        if column == self.COL_STATE:
            return self._labels.get(row.state, row.state)
        return ""
