"""Item models of the contest settings page: the nominations and the criteria being edited."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QStyledItemDelegate, QWidget

from jury_app.quota import allocate_finalists, fixed_finalists
from jury_app.settings import CriterionSpec, NominationSpec

AnyIndex = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MUTED = QColor("#6b7280")


def format_number(value: float) -> str:
    """A score or weight as people write it: 10, 0.5 (with the locale's decimal separator)."""
    return QLocale().toString(float(value), "g", 6)


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _as_float(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        number, ok = QLocale().toDouble(value.strip())
        if ok:
            return number
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class NominationRow:
    """A nomination as edited; ``origin`` is its number in the contest file (None if new)."""

    title: str
    finalist_quota: int | None = None
    applications: int = 0
    origin: int | None = None


def _first_renumbered(order: Sequence[NominationRow]) -> int | None:
    """Number of the first nomination with applications that this order would renumber."""
    for number, row in enumerate(order, 1):
        if row.applications and row.origin != number:
            return row.origin
    return None


class _EditableTable(QAbstractTableModel):
    """Shared plumbing: a flat list of rows, translated headers, an ``edited`` signal."""

    edited = Signal()
    COLUMN_COUNT = 0

    def _headers(self) -> list[str]:
        raise NotImplementedError

    def _header_tips(self) -> list[str]:
        return []

    def _row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == DISPLAY:
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = self._header_tips()
            return tips[section] if section < len(tips) and tips[section] else None
        return None

    def _valid(self, index: AnyIndex) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < self._row_count()
            and 0 <= index.column() < self.COLUMN_COUNT
        )

    def _changed(self, first: int, last: int, first_column: int = 0, last_column: int = -1) -> None:
        if last_column < 0:
            last_column = self.COLUMN_COUNT - 1
        if first <= last:
            self.dataChanged.emit(self.index(first, first_column), self.index(last, last_column))

    def _move(self, columns: Sequence[list[Any]], row: int, delta: int) -> bool:
        """Swap a row with its neighbour in each parallel list, telling the views."""
        target = row + delta
        count = self._row_count()
        if delta not in (-1, 1) or not 0 <= row < count or not 0 <= target < count:
            return False
        # Qt wants the destination as "insert before this row" in the old numbering.
        destination = target if delta < 0 else target + 1
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        for values in columns:
            values[row], values[target] = values[target], values[row]
        self.endMoveRows()
        return True


class NominationsModel(_EditableTable):
    """Nominations in order; the number is the position, as in the contest's rules."""

    COL_NUMBER, COL_TITLE, COL_APPLICATIONS, COL_QUOTA, COL_FINALISTS = range(5)
    COLUMN_COUNT = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[NominationRow] = []
        # Shown numbers and places are stored, not derived from the position, and refreshed
        # by dataChanged after a move or removal: a row's data must not change under a view
        # in the middle of a structural change.
        self._numbers: list[int] = []
        self._finalists: list[int] = []

    def _headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Nomination"),
            self.tr("Applications"),
            self.tr("Finalist quota"),
            self.tr("Finalists now"),
        ]

    def _header_tips(self) -> list[str]:
        return [
            "",
            "",
            self.tr("Active applications in this nomination"),
            self.tr("Places for finalists under the fixed quota rule"),
            self.tr("Finalist places with the current rule and applications"),
        ]

    def _row_count(self) -> int:
        return len(self._rows)

    def set_rows(self, rows: Sequence[NominationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._numbers = list(range(1, len(self._rows) + 1))
        self._finalists = [0] * len(self._rows)
        self.endResetModel()

    def rows(self) -> list[NominationRow]:
        return list(self._rows)

    def specs(self) -> tuple[NominationSpec, ...]:
        return tuple(
            NominationSpec(number, row.title, row.finalist_quota)
            for number, row in enumerate(self._rows, 1)
        )

    def set_applications(self, per_number: Mapping[int, int]) -> None:
        """Refresh the application counts (keyed by the number in the contest file)."""
        for position, row in enumerate(self._rows):
            count = per_number.get(row.origin, 0) if row.origin is not None else 0
            if count != row.applications:
                self._rows[position] = replace(row, applications=count)
                self._changed(position, position, self.COL_APPLICATIONS, self.COL_APPLICATIONS)

    def update_finalists(self, rule: str, total: int, minimum: int) -> list[int]:
        """Recompute the "Finalists now" column for this rule; return the places in row order."""
        counts = {number: row.applications for number, row in enumerate(self._rows, 1)}
        if rule == "fixed":
            quotas = {number: row.finalist_quota for number, row in enumerate(self._rows, 1)}
            places = fixed_finalists(counts, quotas)
        else:
            places = allocate_finalists(counts, total, minimum)
        values = [places[number] for number in range(1, len(self._rows) + 1)]
        if values != self._finalists:
            self._finalists = values
            self._changed(0, len(values) - 1, self.COL_FINALISTS, self.COL_FINALISTS)
        return values

    def removal_problem(self, row: int) -> str | None:
        """Why this nomination cannot be removed now (None if it can).

        Applications are filed under the nomination's number (see ``save_settings``): a
        nomination holding applications must keep its number, or they would change nomination.
        """
        if not 0 <= row < len(self._rows):
            return self.tr("Select a nomination first.")
        if self._rows[row].applications:
            return self.tr(
                "Cannot remove nomination No. {0}: it holds {1} applications. "
                "Move them to another nomination first."
            ).format(row + 1, self._rows[row].applications)
        blocked = _first_renumbered(self._rows[:row] + self._rows[row + 1 :])
        if blocked is not None:
            return self.tr(
                "Cannot remove nomination No. {0}: the nominations after it would be "
                "renumbered, and nomination No. {1} already holds applications."
            ).format(row + 1, blocked)
        return None

    def move_problem(self, row: int, delta: int) -> str | None:
        """Why this nomination cannot move by ``delta`` places (None if it can)."""
        order, target = list(self._rows), row + delta
        if not (0 <= row < len(order) and 0 <= target < len(order)):
            return self.tr("Select a nomination first.")
        order[row], order[target] = order[target], order[row]
        blocked = _first_renumbered(order)
        if blocked is not None:
            return self.tr(
                "Nomination No. {0} already holds applications, so its number cannot "
                "change. Put the nominations in order before the import."
            ).format(blocked)
        return None

    def add_row(self, title: str) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(NominationRow(title))
        self._numbers.append(row + 1)
        self._finalists.append(0)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        del self._numbers[row]
        del self._finalists[row]
        self.endRemoveRows()
        self._renumber()
        self.edited.emit()

    def _renumber(self) -> None:
        numbers = list(range(1, len(self._rows) + 1))
        changed = [
            i for i, (old, new) in enumerate(zip(self._numbers, numbers, strict=True)) if old != new
        ]
        self._numbers = numbers
        if changed:
            self._changed(changed[0], changed[-1], self.COL_NUMBER, self.COL_NUMBER)

    def move_row(self, row: int, delta: int) -> bool:
        if not self._move((self._rows, self._numbers, self._finalists), row, delta):
            return False
        self._renumber()
        self.edited.emit()  # the page recomputes the finalist places
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.COL_TITLE, self.COL_QUOTA):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if not self._valid(index):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == DISPLAY:
            return self._display(index.row(), row, column)
        if role == EDIT:
            if column == self.COL_TITLE:
                return row.title
            if column == self.COL_QUOTA:
                return row.finalist_quota or 0
            return self._display(index.row(), row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_TITLE:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TITLE:
            return row.title
        if role == Qt.ItemDataRole.ForegroundRole and (
            column == self.COL_APPLICATIONS
            or (column == self.COL_QUOTA and row.finalist_quota is None)
        ):
            return MUTED
        return None

    def _display(self, position: int, row: NominationRow, column: int) -> str:
        if column == self.COL_NUMBER:
            return str(self._numbers[position])
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_APPLICATIONS:
            return str(row.applications)
        if column == self.COL_QUOTA:
            return "—" if row.finalist_quota is None else str(row.finalist_quota)
        if column == self.COL_FINALISTS:
            return str(self._finalists[position])
        return ""

    def setData(self, index: AnyIndex, value: Any, role: int = EDIT) -> bool:
        if not self._valid(index) or role != EDIT:
            return False
        old = self._rows[index.row()]
        if index.column() == self.COL_TITLE:
            if not isinstance(value, str) or not value.strip():
                return False
            new = replace(old, title=value.strip())
        elif index.column() == self.COL_QUOTA:
            quota = None if value in (None, "") else _as_int(value)
            if value not in (None, "") and (quota is None or quota < 0):
                return False
            new = replace(old, finalist_quota=quota)
        else:
            return False
        if new != old:
            self._rows[index.row()] = new
            self.dataChanged.emit(index, index)
            self.edited.emit()
        return True


class CriteriaModel(_EditableTable):
    """Criteria in the order jurors see them; the rubric is edited beside the table."""

    COL_TITLE, COL_MIN, COL_MAX, COL_STEP, COL_WEIGHT = range(5)
    COLUMN_COUNT = 5
    _FIELDS: ClassVar[dict[int, str]] = {1: "min_score", 2: "max_score", 3: "step", 4: "weight"}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CriterionSpec] = []

    def _headers(self) -> list[str]:
        return [
            self.tr("Criterion"),
            self.tr("Min"),
            self.tr("Max"),
            self.tr("Step"),
            self.tr("Weight"),
        ]

    def _header_tips(self) -> list[str]:
        return [
            "",
            self.tr("Lowest score on the scale"),
            self.tr("Highest score on the scale"),
            self.tr("Scores go up in steps of this size"),
            self.tr("Weight of the criterion in the weighted mean"),
        ]

    def _row_count(self) -> int:
        return len(self._rows)

    def set_rows(self, rows: Sequence[CriterionSpec]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def specs(self) -> tuple[CriterionSpec, ...]:
        return tuple(self._rows)

    def criterion(self, row: int) -> CriterionSpec:
        return self._rows[row]

    def set_rubric(self, row: int, rubric: str) -> None:
        if 0 <= row < len(self._rows) and self._rows[row].rubric != rubric:
            self._rows[row] = replace(self._rows[row], rubric=rubric)
            self._changed(row, row, self.COL_TITLE, self.COL_TITLE)
            self.edited.emit()

    def add_row(self, spec: CriterionSpec) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(spec)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def move_row(self, row: int, delta: int) -> bool:
        if not self._move((self._rows,), row, delta):
            return False
        self.edited.emit()
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if not self._valid(index):
            return None
        spec, column = self._rows[index.row()], index.column()
        if column == self.COL_TITLE:
            if role in (DISPLAY, EDIT):
                return spec.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return spec.rubric or spec.title
            return None
        value = float(getattr(spec, self._FIELDS[column]))
        if role == DISPLAY:
            return format_number(value)
        if role == EDIT:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = EDIT) -> bool:
        if not self._valid(index) or role != EDIT:
            return False
        old, column = self._rows[index.row()], index.column()
        if column == self.COL_TITLE:
            if not isinstance(value, str) or not value.strip():
                return False
            new = replace(old, title=value.strip())
        else:
            number = _as_float(value)
            if number is None or number != number:  # NaN
                return False
            if column in (self.COL_STEP, self.COL_WEIGHT) and number <= 0:
                return False
            new = replace(old, **{self._FIELDS[column]: number})  # type: ignore[arg-type]
        if new != old:
            self._rows[index.row()] = new
            self.dataChanged.emit(index, index)
            self.edited.emit()
        return True


class NumberDelegate(QStyledItemDelegate):
    """Spin box editors with a sensible range instead of Qt's ±2³¹ defaults."""

    def __init__(
        self, minimum: float, maximum: float, decimals: int = 0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._minimum, self._maximum, self._decimals = minimum, maximum, decimals

    def createEditor(self, parent: QWidget, option: Any, index: AnyIndex) -> QWidget:
        editor: QSpinBox | QDoubleSpinBox
        if self._decimals:
            editor = QDoubleSpinBox(parent)
            editor.setDecimals(self._decimals)
        else:
            editor = QSpinBox(parent)
        editor.setRange(self._minimum, self._maximum)  # type: ignore[arg-type]
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor
