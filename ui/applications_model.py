"""Item models of the applications page: the table over plain rows and its search filter."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from jury_app.applications import ApplicationRow
from jury_app.collation import collation_key
from ui.filtering import change_row_filter
from ui.table_model import RowsTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

PLATFORM_SHORT = (("vk", "ВК"), ("ok", "ОК"), ("telegram", "TG"), ("max", "MAX"))


class ApplicationsModel(RowsTableModel):
    """Applications as table rows; the model only presents, it never changes the contest."""

    COL_ID, COL_NOMINATION, COL_ORGANIZATION, COL_MUNICIPALITY = 0, 1, 2, 3
    COL_LINKS, COL_SUBSCRIBERS, COL_SUBMITTED, COL_PROBLEMS = 4, 5, 6, 7
    COLUMN_COUNT = 8

    def __init__(self, problem_labels: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._problem_labels = problem_labels
        self._rows: list[ApplicationRow] = []
        self._search: list[str] = []
        self._headers = [
            self.tr("No."),
            self.tr("Nom."),
            self.tr("Organization"),
            self.tr("Municipality"),
            self.tr("Pages"),
            self.tr("Subscribers"),
            self.tr("Submitted"),
            self.tr("Problems"),
        ]

    def set_rows(self, rows: Sequence[ApplicationRow]) -> None:
        # One lower-cased blob per row keeps search fast on tens of thousands of rows.
        self._search = [_search_blob(r) for r in rows]
        super().set_rows(rows)

    def replace_row(self, row: ApplicationRow) -> None:
        for index, old in enumerate(self._rows):
            if old.id == row.id:
                self._rows[index] = row
                self._search[index] = _search_blob(row)
                self.dataChanged.emit(
                    self.index(index, 0), self.index(index, self.COLUMN_COUNT - 1)
                )
                return

    def row_at(self, row: int) -> ApplicationRow:
        return self._rows[row]

    def rows(self) -> list[ApplicationRow]:
        return self._rows

    def search_blob(self, row: int) -> str:
        return self._search[row]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.ToolTipRole and section == self.COL_NOMINATION:
            return self.tr("Nomination number")
        return super().headerData(section, orientation, role)

    def cell(self, row: ApplicationRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_PROBLEMS and row.problems:
                return "\n".join(p.message for p in row.problems)
            if column in (self.COL_ORGANIZATION, self.COL_NOMINATION):
                return f"{row.organization}\n{row.nomination}. {row.nomination_title}"
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_ID,
            self.COL_NOMINATION,
            self.COL_SUBSCRIBERS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_PROBLEMS and row.problems:
            return QColor("#b45309")
        return None

    def _display(self, row: ApplicationRow, column: int) -> str:
        if column == self.COL_ID:
            return str(row.id)
        if column == self.COL_NOMINATION:
            return str(row.nomination)
        if column == self.COL_ORGANIZATION:
            return row.organization
        if column == self.COL_MUNICIPALITY:
            return row.municipality
        if column == self.COL_LINKS:
            short = [label for attr, label in PLATFORM_SHORT if getattr(row, attr)]
            if row.other_links:
                short.append("+" + str(len(row.other_links)))
            return " · ".join(short)
        if column == self.COL_SUBSCRIBERS:
            return "" if row.subscribers is None else f"{row.subscribers:,}".replace(",", " ")
        if column == self.COL_SUBMITTED:
            return row.submitted_at.strftime("%d.%m.%Y %H:%M") if row.submitted_at else ""
        if column == self.COL_PROBLEMS:
            if not row.problems:
                return ""
            first = self._problem_labels.get(row.problems[0].kind, row.problems[0].kind)
            return first if len(row.problems) == 1 else f"{first} +{len(row.problems) - 1}"
        return ""

    def _sort_value(self, row: ApplicationRow, column: int) -> Any:
        # Native values: numbers compare as numbers, text by Russian collation.
        if column == self.COL_ID:
            return row.id
        if column == self.COL_NOMINATION:
            return row.nomination * 10_000_000 + row.id
        if column == self.COL_SUBSCRIBERS:
            return -1 if row.subscribers is None else row.subscribers
        if column == self.COL_SUBMITTED:
            return row.submitted_at.isoformat() if row.submitted_at else ""
        if column == self.COL_PROBLEMS:
            return len(row.problems)
        return collation_key(self._display(row, column))


def _search_blob(row: ApplicationRow) -> str:
    parts = [
        str(row.id),
        row.organization,
        row.municipality,
        row.nomination_title,
        row.vk,
        row.ok,
        row.telegram,
        row.max,
        *row.other_links,
        row.contact_name,
        row.phone,
        row.email,
    ]
    return "\x1f".join(parts).casefold().replace("ё", "е")


class ApplicationsFilter(QSortFilterProxyModel):
    """Search across columns plus filters by nomination, municipality and problem kind."""

    ANY_PROBLEM = "*"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needles: list[str] = []
        self._nomination: int | None = None
        self._municipality: str | None = None
        self._problem: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def set_search(self, text: str) -> None:
        needles = text.casefold().replace("ё", "е").split()
        if needles != self._needles:
            change_row_filter(self, lambda: setattr(self, "_needles", needles))

    def set_nomination(self, number: int | None) -> None:
        change_row_filter(self, lambda: setattr(self, "_nomination", number))

    def set_municipality(self, municipality: str | None) -> None:
        change_row_filter(self, lambda: setattr(self, "_municipality", municipality))

    def set_problem(self, kind: str | None) -> None:
        """Only rows with this problem kind; ``ANY_PROBLEM`` for any; None for all rows."""
        change_row_filter(self, lambda: setattr(self, "_problem", kind))

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ApplicationsModel)
        row = model.row_at(source_row)
        if self._nomination is not None and row.nomination != self._nomination:
            return False
        if self._municipality is not None and row.municipality != self._municipality:
            return False
        if self._problem == self.ANY_PROBLEM and not row.problems:
            return False
        if self._problem not in (None, self.ANY_PROBLEM) and all(
            p.kind != self._problem for p in row.problems
        ):
            return False
        blob = model.search_blob(source_row)
        return all(needle in blob for needle in self._needles)
