"""Item models of the import wizard: the file preview, the problems, the nominations found."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from jury_app.importing.analysis import Analysis, Problem
from jury_app.importing.columns import Column
from jury_app.importing.normalize import cell_text
from ui.filtering import change_row_filter
from ui.labels import ImportTexts
from ui.table_model import RowsTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
DISPLAY = Qt.ItemDataRole.DisplayRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MUTED = QColor("#9ca3af")
WARNING = QColor("#b45309")
SKIPPED = QColor("#b91c1c")
PREVIEW_ROWS = 30


def column_letter(index: int) -> str:
    """Spreadsheet letter of a 0-based column index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class PreviewModel(QAbstractTableModel):
    """The first rows of the file as they are; headers show what each column will become."""

    def __init__(self, texts: ImportTexts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self._headers: list[str] = []
        self._rows: list[tuple[int, list[str]]] = []
        self._mapping: dict[int, Column] = {}

    def set_source(
        self,
        headers: list[str],
        rows: Sequence[tuple[int, Sequence[object]]],
        mapping: dict[int, Column],
    ) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [(n, [cell_text(c) for c in cells]) for n, cells in rows[:PREVIEW_ROWS]]
        self._mapping = dict(mapping)
        self.endResetModel()

    def set_mapping(self, mapping: dict[int, Column]) -> None:
        self._mapping = dict(mapping)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(self._headers) - 1)
            )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == DISPLAY and 0 <= section < len(self._rows):
                return str(self._rows[section][0])  # the row number in the spreadsheet
            return None
        if not 0 <= section < len(self._headers):
            return None
        column = self._mapping.get(section)
        if role == DISPLAY:
            target = self._texts.columns[column] if column else self._texts.not_imported
            return f"{column_letter(section)} · {self._headers[section]}\n→ {target}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ForegroundRole and column is None:
            return MUTED
        if role == Qt.ItemDataRole.FontRole and column is not None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cells = self._rows[index.row()][1]
        text = cells[index.column()] if index.column() < len(cells) else ""
        if role == DISPLAY:
            return " ".join(text.split())  # one line per row, however the answer was typed
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() not in self._mapping:
            return MUTED
        return None


class ProblemsModel(RowsTableModel):
    """What the import reports, one problem per row of the table."""

    COL_ROW, COL_KIND, COL_MESSAGE = 0, 1, 2

    def __init__(self, texts: ImportTexts, parent: QObject | None = None) -> None:
        self._texts = texts
        super().__init__([self.tr("Row"), self.tr("Kind"), self.tr("What was found")], parent)

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.set_rows(sorted(problems, key=lambda p: (p.row, p.kind)))

    def cell(self, row: Problem, column: int, role: int) -> Any:
        if role == DISPLAY:
            values = (str(row.row), self._texts.kind(row.kind), row.message)
            return values[column]
        if role == SORT_ROLE:
            return (row.row, self._texts.kind(row.kind), row.message)[column]
        if role == KIND_ROLE:
            return row.kind
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_MESSAGE:
            return row.message
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ROW:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_KIND:
            return SKIPPED if row.skips_row else WARNING
        return None


class ProblemFilter(QSortFilterProxyModel):
    """Sorts the problems and shows one kind, or all of them when the kind is empty."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind = ""
        self.setSortRole(SORT_ROLE)

    def set_kind(self, kind: str) -> None:
        change_row_filter(self, lambda: setattr(self, "_kind", kind))

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._kind:
            return True
        model = self.sourceModel()
        return bool(model.data(model.index(source_row, 0, source_parent), KIND_ROLE) == self._kind)


class MatchedNominationsModel(RowsTableModel):
    """Nomination texts of the file that were recognised: text → nomination, applications."""

    COL_TEXT, COL_NOMINATION, COL_COUNT = 0, 1, 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [self.tr("Text in the file"), self.tr("Nomination"), self.tr("Applications")], parent
        )

    def set_analysis(
        self,
        analysis: Analysis,
        nominations: Sequence[tuple[int, str]],
        answered: Collection[str] = (),
    ) -> None:
        """Show the texts the matcher recognised; ``answered`` ones were the user's decision."""
        titles = dict(nominations)
        counts = Counter(a.nomination_text for a in analysis.applications)
        rows = [
            (text, number, titles.get(number, ""), counts.get(text, 0))
            for text, number in analysis.matched_nominations.items()
            if text not in answered
        ]
        self.set_rows(sorted(rows, key=lambda r: (r[1], r[0].casefold())))

    def cell(self, row: tuple[str, int, str, int], column: int, role: int) -> Any:
        text, number, title, count = row
        if role == DISPLAY:
            return (text, f"№ {number}  {title}", str(count))[column]
        if role == SORT_ROLE:
            return (text.casefold(), number, count)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column < 2:
            return (text, title)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_COUNT:
            return RIGHT
        return None


class NominationTotalsModel(RowsTableModel):
    """How many applications each nomination of the contest will receive."""

    COL_NUMBER, COL_TITLE, COL_COUNT = 0, 1, 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("No."), self.tr("Nomination"), self.tr("Applications")], parent)

    def set_counts(self, nominations: Sequence[tuple[int, str]], counts: dict[int, int]) -> None:
        self.set_rows([(n, title, counts.get(n, 0)) for n, title in nominations])

    def cell(self, row: tuple[int, str, int], column: int, role: int) -> Any:
        if role == DISPLAY:
            return (str(row[0]), row[1], str(row[2]))[column]
        if role == SORT_ROLE:
            return row[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TITLE:
            return row[1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_TITLE:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and row[2] == 0:
            return MUTED
        return None
