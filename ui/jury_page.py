"""The jury page: the commission and its conflicts of interest, the distribution of the
applications, the assignment matrix and the jury packages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jury_app.applications import list_applications
from jury_app.collation import collation_key
from jury_app.contest import load_settings
from jury_app.errors import JuryError
from jury_app.jury.assignment import assign, assignment_matrix, set_assignment
from jury_app.jury.package import export_packages
from jury_app.jury.roster import (
    JurorRow,
    add_juror,
    list_jurors,
    set_juror_status,
    update_juror,
)
from jury_app.storage.engine import ContestDB
from ui.jury_dialogs import (
    HINT_STYLE,
    ConflictsDialog,
    JurorDialog,
    MatrixView,
    ReasonDialog,
    plain_table,
)
from ui.jury_models import (
    SORT_ROLE,
    AssignmentMatrixModel,
    RosterModel,
    fit_juror_columns,
)


class JuryPage(QWidget):
    changed = Signal()

    def __init__(self, db: ContestDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.nominations: list[tuple[int, str]] = []
        self.roster = RosterModel(self)
        self.roster_proxy = QSortFilterProxyModel(self)
        self.roster_proxy.setSortRole(SORT_ROLE)
        self.roster_proxy.setSourceModel(self.roster)
        self.matrix = AssignmentMatrixModel(self)
        self._build()
        self.reload()

    # Building -------------------------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._build_roster())
        splitter.addWidget(self._build_assignment())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([240, 560])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _build_roster(self) -> QGroupBox:
        group = QGroupBox(self.tr("Commission"), self)
        self.roster_table = plain_table(group)
        self.roster_table.setModel(self.roster_proxy)
        self.roster_table.setSortingEnabled(True)
        self.roster_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.roster_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RosterModel.COL_POSITION, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            # Sized for a 1366-px laptop; the position takes what is left.
            (RosterModel.COL_NAME, 250),
            (RosterModel.COL_ROLE, 170),
            (RosterModel.COL_STATUS, 100),
            (RosterModel.COL_NOMINATIONS, 100),
            (RosterModel.COL_CONFLICTS, 90),
            (RosterModel.COL_LOAD, 70),
        ):
            self.roster_table.setColumnWidth(column, width)
        self.roster_table.doubleClicked.connect(lambda *_: self.edit_juror())
        self.roster_table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("Add…"), group)
        self.add_button.clicked.connect(self.add_juror)
        self.edit_button = QPushButton(self.tr("Edit…"), group)
        self.edit_button.clicked.connect(self.edit_juror)
        self.status_button = QPushButton(self.tr("Mark absent…"), group)
        self.status_button.clicked.connect(self.toggle_status)
        self.conflicts_button = QPushButton(self.tr("Conflicts of interest…"), group)
        self.conflicts_button.clicked.connect(self.edit_conflicts)
        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.status_button,
            self.conflicts_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(group)
        layout.addWidget(self.roster_table, 1)
        layout.addLayout(buttons)
        return group

    def _build_assignment(self) -> QGroupBox:
        group = QGroupBox(self.tr("Assignment of applications"), self)
        self.all_radio = QRadioButton(
            self.tr("Every juror scores all applications of their nominations"), group
        )
        self.k_radio = QRadioButton(self.tr("Jurors per application:"), group)
        self.mode_group = QButtonGroup(group)
        self.mode_group.addButton(self.all_radio)
        self.mode_group.addButton(self.k_radio)
        self.k_spin = QSpinBox(group)
        self.k_spin.setRange(1, 50)
        self.k_spin.setValue(3)
        self.k_radio.setChecked(True)
        self.k_radio.toggled.connect(self.k_spin.setEnabled)
        self.distribute_button = QPushButton(self.tr("Distribute applications"), group)
        self.distribute_button.clicked.connect(self.distribute)
        self.export_button = QPushButton(self.tr("Export jury packages…"), group)
        self.export_button.clicked.connect(self.export)
        per_application = QHBoxLayout()
        per_application.addWidget(self.k_radio)
        per_application.addWidget(self.k_spin)
        per_application.addSpacing(8)
        per_application.addWidget(self.distribute_button)
        per_application.addStretch(1)
        choices = QVBoxLayout()  # one above the other, so the page fits a 1366-px laptop
        choices.addWidget(self.all_radio)
        choices.addLayout(per_application)
        modes = QHBoxLayout()
        modes.addLayout(choices)
        modes.addStretch(1)
        modes.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.summary_label = QLabel(group)
        self.summary_label.setStyleSheet(HINT_STYLE)
        self.export_label = QLabel(group)
        self.export_label.setTextFormat(Qt.TextFormat.RichText)
        self.export_label.setOpenExternalLinks(True)
        self.export_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.nomination_filter = QComboBox(group)
        self.nomination_filter.setMinimumContentsLength(28)
        self.nomination_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.nomination_filter.currentIndexChanged.connect(self._apply_nomination)
        hint = QLabel(
            self.tr("Double-click a cell or press Space to assign or unassign. ✕ is a conflict."),
            group,
        )
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Nomination:"), group))
        filters.addWidget(self.nomination_filter)
        filters.addSpacing(12)
        filters.addWidget(hint, 1)
        filters.addWidget(self.summary_label)

        self.matrix_view = MatrixView(group)
        self.matrix_view.setModel(self.matrix)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix_view.setWordWrap(False)
        self.matrix_view.verticalHeader().setVisible(False)
        self.matrix_view.verticalHeader().setDefaultSectionSize(24)
        self.matrix_view.horizontalHeader().setDefaultSectionSize(130)
        self.matrix_view.horizontalHeader().setHighlightSections(False)
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_view.doubleClicked.connect(self.toggle_cell)
        self.matrix_view.toggleRequested.connect(self.toggle_cell)
        self.matrix.modelReset.connect(self._size_matrix_columns)

        layout = QVBoxLayout(group)
        layout.addLayout(modes)
        layout.addWidget(self.export_label)
        layout.addLayout(filters)
        layout.addWidget(self.matrix_view, 1)
        return group

    def _size_matrix_columns(self) -> None:
        view = self.matrix_view
        view.setColumnWidth(AssignmentMatrixModel.COL_ID, 56)
        view.setColumnWidth(AssignmentMatrixModel.COL_NOMINATION, 56)
        view.setColumnWidth(AssignmentMatrixModel.COL_ORGANIZATION, 340)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_juror_columns(view, self.matrix)

    # Loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the commission and the assignment from the contest."""
        self.nominations = [(n.number, n.title) for n in load_settings(self.db).nominations]
        selected = self.selected_juror()
        self._load_matrix()
        self.roster.set_roster(list_jurors(self.db), self.matrix.loads())
        self._fill_nomination_filter()
        if selected is not None:
            self.select_juror(selected.id)
        self._update_buttons()

    def _load_matrix(self) -> None:
        self.matrix.set_matrix(assignment_matrix(self.db))
        self._update_summary()

    def _fill_nomination_filter(self) -> None:
        current = self.nomination_filter.currentData()
        self.nomination_filter.blockSignals(True)
        self.nomination_filter.clear()
        self.nomination_filter.addItem(self.tr("All nominations"), None)
        present = set(self.matrix.nominations())
        for number, title in self.nominations:
            if number in present:
                self.nomination_filter.addItem(f"{number}. {title}", number)
        index = self.nomination_filter.findData(current)
        self.nomination_filter.setCurrentIndex(max(index, 0))
        self.nomination_filter.blockSignals(False)
        self.matrix.set_nomination(self.nomination_filter.currentData())

    def _apply_nomination(self) -> None:
        self.matrix.set_nomination(self.nomination_filter.currentData())

    def _update_summary(self) -> None:
        loads = [n for j, n in self.matrix.loads().items() if n]
        total = sum(loads)
        if not total:
            self.summary_label.setText(self.tr("Nothing assigned yet"))
            return
        if min(loads) == max(loads):
            text = self.tr("Assignments: {0}; {1} for each juror").format(total, loads[0])
        else:
            text = self.tr("Assignments: {0}; load from {1} to {2}").format(
                total, min(loads), max(loads)
            )
        self.summary_label.setText(text)

    # The roster -----------------------------------------------------------------------

    def selected_juror(self) -> JurorRow | None:
        rows = self.roster_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.roster.row_at(self.roster_proxy.mapToSource(rows[0]).row())

    def select_juror(self, juror_id: int) -> None:
        for row in range(self.roster.rowCount()):
            if self.roster.row_at(row).id == juror_id:
                index = self.roster_proxy.mapFromSource(self.roster.index(row, 0))
                self.roster_table.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.roster_table.setCurrentIndex(index)
                return

    def _update_buttons(self, *_: object) -> None:
        juror = self.selected_juror()
        for button in (self.edit_button, self.status_button, self.conflicts_button):
            button.setEnabled(juror is not None)
        absent = juror is not None and not juror.active
        self.status_button.setText(self.tr("Mark active…") if absent else self.tr("Mark absent…"))
        has_jurors = self.roster.rowCount() > 0
        self.distribute_button.setEnabled(has_jurors)
        self.export_button.setEnabled(bool(self.matrix.loads()))

    def add_juror(self) -> None:
        edit = JurorDialog.ask(self, self.nominations)
        if edit is None:
            return
        try:
            row = add_juror(
                self.db,
                edit.name,
                role=edit.role,
                position=edit.position,
                nominations=edit.nominations,
            )
        except JuryError as exc:
            self._warn(str(exc))
            return
        self._changed()
        self.select_juror(row.id)

    def edit_juror(self) -> None:
        juror = self.selected_juror()
        if juror is None:
            return
        edit = JurorDialog.ask(self, self.nominations, juror)
        if edit is None:
            return
        try:
            update_juror(
                self.db,
                juror.id,
                name=edit.name,
                role=edit.role,
                position=edit.position,
                nominations=edit.nominations,
            )
        except JuryError as exc:
            self._warn(str(exc))
            return
        self._changed()

    def toggle_status(self) -> None:
        juror = self.selected_juror()
        if juror is None:
            return
        if juror.active:
            title = self.tr("Mark absent")
            prompt = self.tr(
                "{0} will be marked absent: their scores are kept but left out of the results. Why?"
            ).format(juror.name)
        else:
            title = self.tr("Mark active")
            prompt = self.tr("{0} takes part in the work again. Why?").format(juror.name)
        reason = ReasonDialog.ask(self, title, prompt)
        if reason is None:
            return
        try:
            set_juror_status(self.db, juror.id, "active" if not juror.active else "absent", reason)
        except JuryError as exc:
            self._warn(str(exc))
            return
        self._changed()

    def edit_conflicts(self) -> None:
        juror = self.selected_juror()
        if juror is None:
            return
        organizations = self.matrix.organizations()
        if ConflictsDialog.ask(self, self.db, juror, self.municipalities(), organizations):
            self._changed()

    def municipalities(self) -> list[str]:
        """The municipalities the contest's applications come from, in Russian order."""
        names = {r.municipality for r in list_applications(self.db) if r.municipality}
        return sorted(names, key=collation_key)

    # The assignment -------------------------------------------------------------------

    def distribute(self) -> None:
        per_application = self.k_spin.value() if self.k_radio.isChecked() else None
        if self.matrix.loads() and not self._confirm(
            self.tr(
                "Distribute the applications anew? The current assignments are replaced; "
                "those that already carry scores are kept."
            )
        ):
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            assign(self.db, per_application)
        except JuryError as exc:
            QGuiApplication.restoreOverrideCursor()
            self._warn(str(exc))
            return
        QGuiApplication.restoreOverrideCursor()
        self._changed()

    def toggle_cell(self, index: QModelIndex) -> None:
        pair = self.matrix.pair_at(index)
        if pair is None:
            return
        juror_id, app_id = pair
        assigned = not self.matrix.is_assigned(juror_id, app_id)
        try:
            set_assignment(self.db, juror_id, app_id, assigned)
        except JuryError as exc:
            self._warn(str(exc))
            return
        self.matrix.set_assigned(juror_id, app_id, assigned)
        self.roster.set_loads(self.matrix.loads())
        self._update_summary()
        self._update_buttons()
        self.changed.emit()

    def export(self) -> None:
        folder = self.choose_folder()
        if folder is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paths = export_packages(self.db, folder)
        except (JuryError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            self._warn(str(exc))
            return
        QGuiApplication.restoreOverrideCursor()
        self.export_label.setText(
            self.tr('Jury packages saved: {0} files in <a href="{1}">{2}</a>').format(
                len(paths), folder.resolve().as_uri(), str(folder)
            )
        )

    # Overridable for tests ------------------------------------------------------------

    def choose_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the jury packages"))
        return Path(folder) if folder else None

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Distribute applications"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Commission"), text)

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()
