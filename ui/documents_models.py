"""Models of the documents page: the documents of one kind (who gets one, with which number
and recipient line) and the registration journal of every issued document."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from jury_app.documents.journal import JournalEntry
from jury_app.documents.service import DocumentRow
from ui.filtering import change_row_filter
from ui.table_model import DISPLAY, RowsTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
OVERRIDE_COLOR = QColor("#1d4ed8")
MUTED_COLOR = QColor("#6b7280")


class DocumentTexts(QObject):
    """Translated names of the kinds of documents and of the statuses."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kinds = {
            "thanks": self.tr("Governor's letter of thanks"),
            "diploma": self.tr("Finalist's diploma"),
            "certificate": self.tr("Participant's certificate"),
            "badge": self.tr("Quality mark"),
            "protocol": self.tr("Protocol of the commission's meeting"),
        }
        self.statuses = {
            "winner": self.tr("Winner"),
            "finalist": self.tr("Finalist"),
            "participant": self.tr("Participant"),
        }
        self.final = self.tr("final")
        self.draft = self.tr("draft")

    def kind(self, kind: str) -> str:
        return self.kinds.get(kind, kind)

    def status(self, status: str) -> str:
        return self.statuses.get(status, status)


class DocumentRowsModel(RowsTableModel):
    """The documents of one kind: one row per recipient."""

    COL_ID, COL_NOMINATION, COL_ORGANIZATION, COL_STATUS, COL_NUMBER, COL_RECIPIENT = range(6)

    def __init__(self, texts: DocumentTexts, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._texts = texts
        self._headers = [
            self.tr("No."),
            self.tr("Nom."),
            self.tr("Organization"),
            self.tr("Status"),
            self.tr("Reg. number"),
            self.tr("Recipient line"),
        ]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        tip = role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
        if tip and section == self.COL_RECIPIENT:
            return self.tr("The recipient line as the document prints it, in its case")
        return super().headerData(section, orientation, role)

    def row_at(self, row: int) -> DocumentRow:
        return self._rows[row]  # type: ignore[no-any-return]

    def find(self, application_id: int) -> int:
        """The row of ``application_id``, or -1."""
        return next(
            (i for i, r in enumerate(self._rows) if r.recipient.application_id == application_id),
            -1,
        )

    def replace_row(self, index: int, row: DocumentRow) -> None:
        self._rows[index] = row
        self.dataChanged.emit(self.index(index, 0), self.index(index, self.columnCount() - 1))

    def cell(self, row: DocumentRow, column: int, role: int) -> Any:
        if role == DISPLAY:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if column == self.COL_RECIPIENT and row.override:
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERRIDE_COLOR
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_NUMBER:
            return MUTED_COLOR if not row.number else None
        return None

    def _display(self, row: DocumentRow, column: int) -> str:
        person = row.recipient
        if column == self.COL_ID:
            return str(person.application_id)
        if column == self.COL_NOMINATION:
            return str(person.nomination_number)
        if column == self.COL_ORGANIZATION:
            return person.organization
        if column == self.COL_STATUS:
            return self._texts.status(person.status)
        if column == self.COL_NUMBER:
            return row.number or "—"
        return row.line

    def _sort_value(self, row: DocumentRow, column: int) -> Any:
        person = row.recipient
        if column == self.COL_ID:
            return person.application_id
        if column == self.COL_NOMINATION:
            return (person.nomination_number, person.rank or 0)
        if column == self.COL_STATUS:
            return ("winner", "finalist", "participant").index(person.status)
        return self._display(row, column).casefold()

    def _tooltip(self, row: DocumentRow, column: int) -> str | None:
        person = row.recipient
        if column == self.COL_NOMINATION:
            return person.nomination
        if column == self.COL_ORGANIZATION:
            return f"{person.organization}\n{person.municipality}"
        if column == self.COL_RECIPIENT and row.override:
            return self.tr("Typed by hand; the automatic form is «{0}».").format(row.automatic)
        if column == self.COL_NUMBER and not row.number:
            return self.tr("The number is given when the documents are generated.")
        return None


class DocumentRowsFilter(QSortFilterProxyModel):
    """Search over the organisation, the recipient line, the number and the application."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        needle = text.strip().casefold().replace("ё", "е")

        def change() -> None:
            self._needle = needle

        change_row_filter(self, change)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        row: DocumentRow = index.data(ROW_ROLE)
        person = row.recipient
        haystack = " ".join((person.organization, row.line, row.number, str(person.application_id)))
        return self._needle in haystack.casefold().replace("ё", "е")


class JournalModel(RowsTableModel):
    """The registration journal: issued documents in the order of their numbers."""

    COL_KIND, COL_NUMBER, COL_DATE, COL_ORGANIZATION, COL_ID, COL_STATE = range(6)

    def __init__(self, texts: DocumentTexts, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._texts = texts
        self._headers = [
            self.tr("Kind"),
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Organization"),
            self.tr("Application"),
            self.tr("Issued as"),
        ]

    def cell(self, row: JournalEntry, column: int, role: int) -> Any:
        if role == DISPLAY:
            return self.text(row, column)
        tooltip = role == Qt.ItemDataRole.ToolTipRole and column == self.COL_ORGANIZATION
        if tooltip and row.recipient_override:
            return self.tr("Recipient line typed by hand: {0}").format(row.recipient_override)
        if role == Qt.ItemDataRole.ForegroundRole and not row.final:
            return MUTED_COLOR
        return None

    def text(self, row: JournalEntry, column: int) -> str:
        if column == self.COL_KIND:
            return self._texts.kind(row.kind)
        if column == self.COL_NUMBER:
            return row.number
        if column == self.COL_DATE:
            return row.issued_on.strftime("%d.%m.%Y") if row.issued_on else ""
        if column == self.COL_ORGANIZATION:
            return row.organization
        if column == self.COL_ID:
            return str(row.application_id)
        return self._texts.final if row.final else self._texts.draft

    def write_csv(self, path: Path, rows: Sequence[JournalEntry]) -> None:
        """The journal as CSV for Excel (UTF-8 with BOM, semicolons)."""
        headers = [str(self.headerData(c, Qt.Orientation.Horizontal)) for c in range(6)]
        with path.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=";")
            writer.writerow(headers)
            for row in rows:
                # A leading = + - @ would be read as a formula by a spreadsheet.
                writer.writerow(_literal(self.text(row, c)) for c in range(6))


def _literal(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
