"""Every problem the imports reported, kept in the contest: the secretary's to-do list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_app.applications import ImportProblemRow, list_import_problems
from jury_app.storage.engine import ContestDB
from ui.labels import ImportTexts
from ui.screen_fit import fit_to_screen
from ui.table_model import RowsTableModel


class ImportProblemsModel(RowsTableModel):
    COL_FILE, COL_ROW, COL_KIND, COL_MESSAGE, COL_STATE = range(5)

    def __init__(self, kinds: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._kinds = kinds
        self._headers = [
            self.tr("File"),
            self.tr("Row"),
            self.tr("Kind"),
            self.tr("Description"),
            self.tr("State"),
        ]

    def cell(self, row: ImportProblemRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_MESSAGE:
            return row.message
        if role == Qt.ItemDataRole.ForegroundRole and row.resolved:
            return QColor("#6b7280")
        return None

    def _display(self, row: ImportProblemRow, column: int) -> str:
        if column == self.COL_FILE:
            return row.file_name
        if column == self.COL_ROW:
            return str(row.row)
        if column == self.COL_KIND:
            return self._kinds.get(row.kind, row.kind)
        if column == self.COL_MESSAGE:
            return row.message
        if row.resolved:
            return self.tr("corrected")
        if row.application_id is None:
            return self.tr("row not imported")
        return self.tr("open")


class ImportLogDialog(QDialog):
    """Lists every stored import problem, skipped rows included."""

    def __init__(self, db: ContestDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import problems"))
        fit_to_screen(self, 1100, 600)
        self.model = ImportProblemsModel(ImportTexts(self).kinds, self)
        self.model.set_rows(list_import_problems(db))
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        for column, width in ((0, 200), (1, 60), (2, 190), (4, 150)):
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(ImportProblemsModel.COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        note = QLabel(
            self.tr(
                "Rows that were not imported can be added by importing a corrected file; "
                "problems of imported applications are settled by correcting the field."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #4b5563")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)

    @classmethod
    def show_for(cls, parent: QWidget | None, db: ContestDB) -> None:
        cls(db, parent).exec()
