"""The applications page: a fast searchable table, filters and the details of one row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_app.applications import (
    ApplicationRow,
    get_application,
    list_applications,
    update_application,
)
from jury_app.collation import collation_key
from jury_app.contest import load_settings
from jury_app.errors import JuryError
from jury_app.storage.engine import ContestDB
from ui.application_details import ApplicationDetails
from ui.applications_model import ROW_ROLE, ApplicationsFilter, ApplicationsModel
from ui.edit_field_dialog import EditFieldDialog
from ui.labels import ImportTexts


class ApplicationsPage(QWidget):
    importRequested = Signal()
    exportRequested = Signal()
    applicationChanged = Signal(int)

    def __init__(self, db: ContestDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.texts = ImportTexts(self)
        self.model = ApplicationsModel(self.texts.kinds, self)
        self.proxy = ApplicationsFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.reload()

    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("Search by organization, municipality, link, contact…")
        )
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.nomination_filter = QComboBox(self)
        self.nomination_filter.setMinimumContentsLength(18)
        self.nomination_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.municipality_filter = QComboBox(self)
        self.municipality_filter.setMinimumContentsLength(16)
        self.municipality_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.problem_filter = QComboBox(self)
        self.problem_filter.setMinimumContentsLength(14)
        self.problem_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for combo, slot in (
            (self.nomination_filter, self._apply_nomination),
            (self.municipality_filter, self._apply_municipality),
            (self.problem_filter, self._apply_problem),
        ):
            combo.currentIndexChanged.connect(slot)
        self.import_button = QPushButton(self.tr("Import applications…"), self)
        self.import_button.clicked.connect(self.importRequested)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.clicked.connect(self.exportRequested)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: #4b5563")

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.nomination_filter, 2)
        filters.addWidget(self.municipality_filter, 2)
        filters.addWidget(self.problem_filter, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ApplicationsModel.COL_NOMINATION, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            ApplicationsModel.COL_ORGANIZATION, QHeaderView.ResizeMode.Stretch
        )
        header.setHighlightSections(False)
        for column, width in (
            (ApplicationsModel.COL_ID, 52),
            (ApplicationsModel.COL_NOMINATION, 62),
            (ApplicationsModel.COL_MUNICIPALITY, 240),
            (ApplicationsModel.COL_LINKS, 120),
            (ApplicationsModel.COL_SUBSCRIBERS, 100),
            (ApplicationsModel.COL_SUBMITTED, 125),
            (ApplicationsModel.COL_PROBLEMS, 170),
        ):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._refresh_details)
        # Filtering can drop or keep the selected row without a selection signal.
        self.proxy.layoutChanged.connect(self._refresh_details)
        self.proxy.rowsRemoved.connect(self._refresh_details)
        self.proxy.rowsInserted.connect(self._refresh_details)
        self.proxy.modelReset.connect(self._refresh_details)
        self.table.doubleClicked.connect(self._double_clicked)

        self.details = ApplicationDetails(self)
        self.details.editRequested.connect(self.edit_application)
        # Details below the table: the table keeps the full width for long organisation names.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([520, 300])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

    def reload(self) -> None:
        """Re-read applications and nominations from the contest, keeping filters if possible."""
        rows = list_applications(self.db)
        self.nominations = [(n.number, n.title) for n in load_settings(self.db).nominations]
        self.model.set_rows(rows)
        self._fill_filters(rows)
        header = self.table.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if (self.proxy.sortColumn(), self.proxy.sortOrder()) != (column, order):
            self.proxy.sort(column, order)  # otherwise the reset has sorted the rows already
        self._update_count()
        self.details.show_row(None)

    def _fill_filters(self, rows: list[ApplicationRow]) -> None:
        def refill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)
            self._apply_filter(combo)

        refill(
            self.nomination_filter,
            [(self.tr("All nominations"), None)]
            + [(f"{n}. {title}", n) for n, title in self.nominations],
        )
        for index, (number, title) in enumerate(self.nominations, 1):
            self.nomination_filter.setItemData(
                index, f"{number}. {title}", Qt.ItemDataRole.ToolTipRole
            )
        municipalities = sorted({r.municipality for r in rows if r.municipality}, key=collation_key)
        refill(
            self.municipality_filter,
            [(self.tr("All municipalities"), None)] + [(m, m) for m in municipalities],
        )
        kinds = sorted({p.kind for r in rows for p in r.problems})
        labels = self.texts.kinds
        refill(
            self.problem_filter,
            [
                (self.tr("All rows"), None),
                (self.tr("With problems"), ApplicationsFilter.ANY_PROBLEM),
            ]
            + [(labels.get(kind, kind), kind) for kind in kinds],
        )

    def _apply_filter(self, combo: QComboBox) -> None:
        if combo is self.nomination_filter:
            self.proxy.set_nomination(combo.currentData())
        elif combo is self.municipality_filter:
            self.proxy.set_municipality(combo.currentData())
        else:
            self.proxy.set_problem(combo.currentData())

    def _apply_search(self) -> None:
        self.proxy.set_search(self.search_edit.text())
        self._update_count()

    def _apply_nomination(self) -> None:
        self._apply_filter(self.nomination_filter)
        self._update_count()

    def _apply_municipality(self) -> None:
        self._apply_filter(self.municipality_filter)
        self._update_count()

    def _apply_problem(self) -> None:
        self._apply_filter(self.problem_filter)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("Shown: {0} of {1} applications").format(
                self.proxy.rowCount(), self.model.rowCount()
            )
        )

    def _refresh_details(self, *_: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.details.show_row(rows[0].data(ROW_ROLE) if rows else None)

    def _double_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.edit_application(row.id)

    def select_application(self, application_id: int) -> bool:
        for proxy_row in range(self.proxy.rowCount()):
            index = self.proxy.index(proxy_row, 0)
            if index.data(ROW_ROLE).id == application_id:
                self.table.selectRow(proxy_row)
                self.table.scrollTo(index)
                return True
        return False

    def edit_application(self, application_id: int) -> None:
        row = get_application(self.db, application_id)
        edit = EditFieldDialog.ask(self, row, self.nominations)
        if edit is None:
            return
        try:
            updated = update_application(
                self.db, application_id, edit.field, edit.value, edit.reason
            )
        except JuryError as exc:
            self._warn(str(exc))
            return
        self.model.replace_row(updated)
        self.details.show_row(updated)
        self.applicationChanged.emit(application_id)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot save"), text)
