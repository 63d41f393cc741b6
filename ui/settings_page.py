"""The contest settings page: contest, nominations, criteria, finalists; saved in one go."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_app.contest import contest_status, load_settings, save_settings
from jury_app.errors import JuryError
from jury_app.settings import AGGREGATION_METHODS, ContestSettings, CriterionSpec, validate_settings
from jury_app.storage.engine import ContestDB
from ui.settings_models import CriteriaModel, NominationRow, NominationsModel, NumberDelegate

MUTED_STYLE = "color: #6b7280"
MAX_VISIBLE_ROWS = 16


class SettingsPage(QWidget):
    settingsSaved = Signal()

    def __init__(self, db: ContestDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._loaded: ContestSettings | None = None
        self._scores = 0
        self._loading = False
        self._row_buttons: dict[QTableView, list[QPushButton]] = {}
        self.nominations = NominationsModel(self)
        self.criteria = CriteriaModel(self)
        self._build()
        self.reload()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 16, 24, 16)
        column.setSpacing(14)
        heading = QLabel(self.tr("Contest settings"), content)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        column.addWidget(heading)
        column.addWidget(self._build_contest_group())
        column.addWidget(self._build_nominations_group())
        column.addWidget(self._build_criteria_group())
        column.addWidget(self._build_finalists_group())
        column.addStretch(1)
        content.setStyleSheet("QGroupBox { font-weight: 600 }")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._build_bottom_bar())
        QShortcut(QKeySequence.StandardKey.Save, self, self.save).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )

    def _build_contest_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Contest"), self)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.title_edit = QLineEdit(group)
        self.year_spin = QSpinBox(group)
        self.year_spin.setRange(2000, 2100)
        self.signatory_name_edit = QLineEdit(group)
        self.signatory_name_edit.setPlaceholderText(self.tr("As printed under the letters"))
        self.signatory_position_edit = QLineEdit(group)
        self.signatory_position_edit.setPlaceholderText(self.tr("e.g. Governor of Kuzbass"))
        self.method_combo = QComboBox(group)
        names = {
            "mean": self.tr("Weighted mean"),
            "trimmed": self.tr("Trimmed mean"),
            "median": self.tr("Median"),
            "zscore": self.tr("Per-juror z-scores"),
            "adjusted": self.tr("Leniency-adjusted mean"),
        }
        for code in AGGREGATION_METHODS:
            self.method_combo.addItem(names.get(code, code), code)
        self.method_combo.setMinimumContentsLength(28)
        note = QLabel(
            self.tr(
                "Fix the method before scoring starts: it decides the results and is "
                "printed in the protocol."
            ),
            group,
        )
        # One line: a word-wrapped label in a form row gets a wrong height from the layout.
        note.setStyleSheet(MUTED_STYLE)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Year"), self.year_spin)
        form.addRow(self.tr("Signatory (name)"), self.signatory_name_edit)
        form.addRow(self.tr("Signatory position"), self.signatory_position_edit)
        form.addRow(self.tr("Aggregation method"), self.method_combo)
        form.addRow("", note)
        for edit in (self.title_edit, self.signatory_name_edit, self.signatory_position_edit):
            edit.textChanged.connect(self._on_edited)
        self.year_spin.valueChanged.connect(self._on_edited)
        self.method_combo.currentIndexChanged.connect(self._on_edited)
        return group

    def _table_group(
        self,
        title: str,
        model: QAbstractItemModel,
        add: Callable[[], None],
        remove: Callable[[], None],
        move: Callable[[int], None],
    ) -> tuple[QGroupBox, QTableView, QHBoxLayout]:
        """A group with a table over ``model`` and Add / Remove / Move up / Move down below."""
        group = QGroupBox(title, self)
        layout = QVBoxLayout(group)
        view = QTableView(group)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 14)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.selectionModel().currentRowChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        actions = (
            (self.tr("Add"), add),
            (self.tr("Remove"), remove),
            (self.tr("Move up"), lambda: move(-1)),
            (self.tr("Move down"), lambda: move(1)),
        )
        self._row_buttons[view] = []
        for text, slot in actions:
            button = QPushButton(text, group)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self._row_buttons[view].append(button)
        buttons.addStretch(1)
        layout.addWidget(view)
        layout.addLayout(buttons)
        return group, view, buttons

    def _build_nominations_group(self) -> QGroupBox:
        group, view, buttons = self._table_group(
            self.tr("Nominations"),
            self.nominations,
            self._add_nomination,
            self._remove_nomination,
            self._move_nomination,
        )
        self.nominations_view = view
        (
            self.add_nomination_button,
            self.remove_nomination_button,
            self.nomination_up_button,
            self.nomination_down_button,
        ) = self._row_buttons[view]
        view.setItemDelegateForColumn(
            NominationsModel.COL_QUOTA, NumberDelegate(0, 9999, parent=view)
        )
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NominationsModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        hint = QLabel(self.tr("Double-click a title or a quota to change it."), group)
        hint.setStyleSheet(MUTED_STYLE)
        buttons.addWidget(hint)
        self.nominations.edited.connect(self._on_edited)
        return group

    def _build_criteria_group(self) -> QGroupBox:
        group, view, _ = self._table_group(
            self.tr("Evaluation criteria"),
            self.criteria,
            self._add_criterion,
            self._remove_criterion,
            self._move_criterion,
        )
        self.criteria_view = view
        (
            self.add_criterion_button,
            self.remove_criterion_button,
            self.criterion_up_button,
            self.criterion_down_button,
        ) = self._row_buttons[view]
        delegates = {
            CriteriaModel.COL_MIN: NumberDelegate(-1000, 1000, 2, parent=view),
            CriteriaModel.COL_MAX: NumberDelegate(-1000, 1000, 2, parent=view),
            CriteriaModel.COL_STEP: NumberDelegate(0.01, 1000, 2, parent=view),
            CriteriaModel.COL_WEIGHT: NumberDelegate(0.01, 100, 2, parent=view),
        }
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(CriteriaModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, delegate in delegates.items():
            view.setItemDelegateForColumn(column, delegate)
            header.resizeSection(column, max(90, header.sectionSizeHint(column) + 16))
        view.selectionModel().currentRowChanged.connect(self._criterion_selected)
        self.rubric_label = QLabel(group)
        self.rubric_label.setWordWrap(True)
        self.rubric_edit = QPlainTextEdit(group)
        self.rubric_edit.setPlaceholderText(
            self.tr("What each score means, e.g. «0 — no corporate style … 10 — …»")
        )
        lines = self.rubric_edit.fontMetrics().lineSpacing()
        self.rubric_edit.setMinimumHeight(lines * 5 + 16)
        self.rubric_edit.setMaximumHeight(lines * 9 + 16)
        self.rubric_edit.textChanged.connect(self._rubric_edited)
        layout = group.layout()
        assert layout is not None
        layout.addWidget(self.rubric_label)
        layout.addWidget(self.rubric_edit)
        self.criteria.edited.connect(self._on_edited)
        return group

    def _build_finalists_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Finalists and winners"), self)
        layout = QVBoxLayout(group)
        self.total_rule_radio = QRadioButton(
            self.tr("Total number shared out between nominations (kuzbass-2025 rule)"), group
        )
        self.fixed_rule_radio = QRadioButton(self.tr("Fixed quota per nomination"), group)
        self.rule_group = QButtonGroup(group)
        self.rule_group.addButton(self.total_rule_radio)
        self.rule_group.addButton(self.fixed_rule_radio)
        self.rule_hint = QLabel(group)
        self.rule_hint.setWordWrap(True)
        self.rule_hint.setStyleSheet(MUTED_STYLE)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.total_spin = QSpinBox(group)
        self.total_spin.setRange(0, 9999)
        self.minimum_spin = QSpinBox(group)
        self.minimum_spin.setRange(0, 999)
        self.winners_spin = QSpinBox(group)
        self.winners_spin.setRange(0, 99)
        for spin in (self.total_spin, self.minimum_spin, self.winners_spin):
            spin.setMinimumWidth(self.total_spin.sizeHint().width() + 12)
        form.addRow(self.tr("Total finalists"), self.total_spin)
        form.addRow(self.tr("Minimum per nomination"), self.minimum_spin)
        form.addRow(self.tr("Winners per nomination"), self.winners_spin)
        self.quality_bar_spin = QDoubleSpinBox(group)
        self.quality_bar_spin.setRange(0, 10)
        self.quality_bar_spin.setSingleStep(0.5)
        self.quality_bar_spin.setDecimals(2)
        self.quality_bar_spin.setSpecialValueText(self.tr("no quality mark"))
        self.quality_bar_spin.setToolTip(
            self.tr("Every application scoring at least this gets the quality mark; 0 = none.")
        )
        self.quality_bar_spin.setMinimumWidth(self.quality_bar_spin.sizeHint().width() + 12)
        form.addRow(self.tr("Quality mark bar"), self.quality_bar_spin)
        form.addRow(self.tr("Tie-break order"), self._build_tiebreak_editor(group))
        self.summary_label = QLabel(group)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.summary_label.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.summary_label.setFont(font)
        for widget in (self.total_rule_radio, self.fixed_rule_radio, self.rule_hint):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        self.total_rule_radio.toggled.connect(self._on_edited)
        for spin in (self.total_spin, self.minimum_spin, self.winners_spin):
            spin.valueChanged.connect(self._on_edited)
        self.quality_bar_spin.valueChanged.connect(self._on_edited)
        self.criteria.edited.connect(self._sync_tiebreak)
        return group

    def _build_tiebreak_editor(self, parent: QWidget) -> QWidget:
        """The chain that orders equal scores: every criterion and the median, reorderable."""
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.tiebreak_list = QListWidget(box)
        self.tiebreak_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tiebreak_list.currentRowChanged.connect(self._update_tiebreak_buttons)
        buttons = QVBoxLayout()
        self.tiebreak_up_button = QPushButton(self.tr("Up"), box)
        self.tiebreak_down_button = QPushButton(self.tr("Down"), box)
        self.tiebreak_up_button.clicked.connect(lambda: self.move_tiebreak(-1))
        self.tiebreak_down_button.clicked.connect(lambda: self.move_tiebreak(1))
        hint = QLabel(self.tr("Equal scores are ordered by\nthese, top first."), box)
        hint.setStyleSheet(MUTED_STYLE)
        buttons.addWidget(self.tiebreak_up_button)
        buttons.addWidget(self.tiebreak_down_button)
        buttons.addWidget(hint)
        buttons.addStretch(1)
        row.addWidget(self.tiebreak_list, 1)
        row.addLayout(buttons)
        return box

    def _build_bottom_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("settingsBottomBar")
        bar.setStyleSheet("#settingsBottomBar { border-top: 1px solid #d1d5db }")
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 10, 24, 10)
        self.state_label = QLabel(bar)
        self.state_label.setStyleSheet("color: #b45309")
        self.revert_button = QPushButton(self.tr("Revert"), bar)
        self.revert_button.clicked.connect(self.reload)
        self.save_button = QPushButton(self.tr("Save"), bar)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.state_label, 1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        return bar

    # --- loading and saving ---------------------------------------------------------------

    def reload(self) -> None:
        """Show the settings stored in the contest file, dropping unsaved edits."""
        settings = load_settings(self.db)
        status = contest_status(self.db)
        self._loading = True
        try:
            self._loaded = settings
            self._scores = status.scores
            self.title_edit.setText(settings.title)
            self.year_spin.setValue(settings.year)
            self.signatory_name_edit.setText(settings.signatory_name)
            self.signatory_position_edit.setText(settings.signatory_position)
            if self.method_combo.findData(settings.aggregation_method) < 0:
                self.method_combo.addItem(settings.aggregation_method, settings.aggregation_method)
            self.method_combo.setCurrentIndex(
                self.method_combo.findData(settings.aggregation_method)
            )
            fixed = settings.finalist_rule == "fixed"
            self.fixed_rule_radio.setChecked(fixed)
            self.total_rule_radio.setChecked(not fixed)
            self.total_spin.setValue(settings.finalist_total)
            self.minimum_spin.setValue(settings.finalist_min_per_nomination)
            self.winners_spin.setValue(settings.winners_per_nomination)
            self.nominations.set_rows(
                [
                    NominationRow(
                        n.title, n.finalist_quota, status.per_nomination.get(n.number, 0), n.number
                    )
                    for n in settings.nominations
                ]
            )
            self.criteria.set_rows(settings.criteria)
            self.quality_bar_spin.setValue(settings.quality_bar or 0.0)
            self._fill_tiebreak(self._full_chain(settings.tiebreak))
        finally:
            self._loading = False
        if self.criteria.rowCount():
            self.criteria_view.setCurrentIndex(self.criteria.index(0, 0))
        self._criterion_selected()
        self._on_edited()

    def refresh_counts(self) -> None:
        """Re-read the application and score counts, keeping unsaved edits (after an import)."""
        status = contest_status(self.db)
        self._scores = status.scores
        self.nominations.set_applications(status.per_nomination)
        self._on_edited()

    def collect(self) -> ContestSettings:
        """The settings as they stand on the page (not yet validated or saved)."""
        assert self._loaded is not None
        return replace(
            self._loaded,
            title=self.title_edit.text().strip(),
            year=self.year_spin.value(),
            signatory_name=self.signatory_name_edit.text().strip(),
            signatory_position=self.signatory_position_edit.text().strip(),
            aggregation_method=str(self.method_combo.currentData()),
            finalist_rule="fixed" if self.fixed_rule_radio.isChecked() else "total",
            finalist_total=self.total_spin.value(),
            finalist_min_per_nomination=self.minimum_spin.value(),
            winners_per_nomination=self.winners_spin.value(),
            nominations=self.nominations.specs(),
            criteria=self.criteria.specs(),
            tiebreak=self._collect_tiebreak(),
            quality_bar=self.quality_bar_spin.value() or None,
        )

    def has_unsaved_changes(self) -> bool:
        return self._loaded is not None and self.collect() != self._loaded

    def save(self) -> bool:
        """Validate and store the page's settings; on a problem tell the user and keep them."""
        settings = self.collect()
        problems = validate_settings(settings)
        if problems:
            self._warn(problems[0])
            return False
        try:
            save_settings(self.db, settings)
        except JuryError as exc:
            self._warn(str(exc))
            return False
        self.reload()
        self.settingsSaved.emit()
        return True

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Contest settings"), text)

    # --- reacting to edits ----------------------------------------------------------------

    def _on_edited(self, *_: object) -> None:
        if self._loading:
            return
        fixed = self.fixed_rule_radio.isChecked()
        self.total_spin.setEnabled(not fixed)
        self.minimum_spin.setEnabled(not fixed)
        self.rule_hint.setText(
            self.tr(
                "Each nomination gets the number set in the «Finalist quota» column above, "
                "but never more than its applications."
            )
            if fixed
            else self.tr(
                "Each nomination first gets the minimum (or all its applications, if fewer); "
                "the remaining places go one by one to the nomination with the most "
                "applications per place."
            )
        )
        places = self.nominations.update_finalists(
            "fixed" if fixed else "total", self.total_spin.value(), self.minimum_spin.value()
        )
        self.summary_label.setText(self._summary(places))
        self._fit_table(self.nominations_view)
        self._fit_table(self.criteria_view)
        self._update_buttons()
        self._update_rubric_label()
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.state_label.setText(self.tr("There are unsaved changes.") if dirty else "")

    def _summary(self, places: list[int]) -> str:
        if not any(row.applications for row in self.nominations.rows()):
            if self.fixed_rule_radio.isChecked():
                quotas = sum(row.finalist_quota or 0 for row in self.nominations.rows())
                return self.tr("No applications yet: the quotas add up to {0} finalists.").format(
                    quotas
                )
            return self.tr(
                "No applications yet: {0} finalist places will be shared out after the import."
            ).format(self.total_spin.value())
        text = self.tr("Finalists: {0} ({1})").format(
            sum(places), " + ".join(str(p) for p in places)
        )
        total = self.total_spin.value()
        if not self.fixed_rule_radio.isChecked() and sum(places) < total:
            text += " " + self.tr("— only {0} of {1} places can be filled.").format(
                sum(places), total
            )
        return text

    def _fit_table(self, view: QTableView) -> None:
        # The page scrolls as a whole: show every row rather than a scroll area in a scroll area.
        rows = min(max(view.model().rowCount(), 3), MAX_VISIBLE_ROWS)
        height = (
            view.horizontalHeader().sizeHint().height()
            + rows * view.verticalHeader().defaultSectionSize()
            + 2 * view.frameWidth()
        )
        view.setFixedHeight(height)

    def _update_buttons(self, *_: object) -> None:
        for view, (_add, remove, up, down) in self._row_buttons.items():
            row, count = view.currentIndex().row(), view.model().rowCount()
            remove.setEnabled(row >= 0)
            up.setEnabled(row > 0)
            down.setEnabled(0 <= row < count - 1)

    # --- nominations ----------------------------------------------------------------------

    def _add_nomination(self) -> None:
        number = self.nominations.rowCount() + 1
        row = self.nominations.add_row(self.tr("New nomination {0}").format(number))
        self._select_and_edit(self.nominations_view, self.nominations.index(row, 1))

    def _remove_nomination(self) -> None:
        row = self.nominations_view.currentIndex().row()
        problem = self.nominations.removal_problem(row)
        if problem:
            self._warn(problem)
        else:
            self.nominations.remove_row(row)

    def _move_nomination(self, delta: int) -> None:
        row = self.nominations_view.currentIndex().row()
        problem = self.nominations.move_problem(row, delta)
        if problem:
            self._warn(problem)
        elif self.nominations.move_row(row, delta):
            self.nominations_view.setCurrentIndex(self.nominations.index(row + delta, 1))

    # --- criteria -------------------------------------------------------------------------

    def _criteria_locked(self) -> bool:
        # Scores point at criteria by position: reordering after scoring would mix them up.
        if self._scores:
            self._warn(
                self.tr(
                    "Jurors have already entered scores: criteria can no longer be removed "
                    "or reordered."
                )
            )
        return bool(self._scores)

    def _add_criterion(self) -> None:
        spec = CriterionSpec(self.tr("New criterion"), "", 0, 10, 1, 1)
        row = self.criteria.add_row(spec)
        self._select_and_edit(self.criteria_view, self.criteria.index(row, 0))

    def _remove_criterion(self) -> None:
        row = self.criteria_view.currentIndex().row()
        if 0 <= row < self.criteria.rowCount() and not self._criteria_locked():
            self.criteria.remove_row(row)

    def _move_criterion(self, delta: int) -> None:
        row = self.criteria_view.currentIndex().row()
        if not 0 <= row < self.criteria.rowCount() or self._criteria_locked():
            return
        if self.criteria.move_row(row, delta):
            self.criteria_view.setCurrentIndex(self.criteria.index(row + delta, 0))

    def _criterion_selected(self, *_: object) -> None:
        row = self.criteria_view.currentIndex().row()
        valid = 0 <= row < self.criteria.rowCount()
        self.rubric_edit.blockSignals(True)
        self.rubric_edit.setPlainText(self.criteria.criterion(row).rubric if valid else "")
        self.rubric_edit.blockSignals(False)
        self.rubric_edit.setEnabled(valid)
        self._update_rubric_label()
        self._update_buttons()

    def _update_rubric_label(self) -> None:
        row = self.criteria_view.currentIndex().row()
        self.rubric_label.setText(
            self.tr("Rubric for «{0}»: what the scores mean").format(
                self.criteria.criterion(row).title
            )
            if 0 <= row < self.criteria.rowCount()
            else self.tr("Select a criterion to edit its rubric.")
        )

    def _rubric_edited(self) -> None:
        row = self.criteria_view.currentIndex().row()
        self.criteria.set_rubric(row, self.rubric_edit.toPlainText())

    # --- tie-break chain ------------------------------------------------------------------

    def _full_chain(self, chain: tuple[str, ...]) -> list[str]:
        """``chain`` (or the default one) cleaned of unknown steps and completed, so every
        criterion and the median appear exactly once."""
        count = self.criteria.rowCount()
        default = [f"criterion:{p}" for p in range(count, 0, -1)] + ["median"]
        steps = [s for s in dict.fromkeys(chain) if s in default]
        return steps + [s for s in default if s not in steps]

    def _tiebreak_steps(self) -> list[str]:
        items = (self.tiebreak_list.item(i) for i in range(self.tiebreak_list.count()))
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items]

    def _collect_tiebreak(self) -> tuple[str, ...]:
        assert self._loaded is not None
        steps = self._tiebreak_steps()
        # Unchanged order keeps what is stored (an empty chain means "the default").
        if steps == self._full_chain(self._loaded.tiebreak):
            return self._loaded.tiebreak
        return tuple(steps)

    def _fill_tiebreak(self, steps: list[str]) -> None:
        current = self.tiebreak_list.currentRow()
        self.tiebreak_list.clear()
        for step in steps:
            if step == "median":
                text = self.tr("Median of juror totals")
            else:
                position = int(step.removeprefix("criterion:"))
                text = self.tr("Criterion {0}: {1}").format(
                    position, self.criteria.criterion(position - 1).title
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, step)
            self.tiebreak_list.addItem(item)
        self.tiebreak_list.setCurrentRow(min(current, len(steps) - 1))
        row_height = self.tiebreak_list.sizeHintForRow(0) if steps else 20
        self.tiebreak_list.setFixedHeight(
            max(len(steps), 3) * row_height + 2 * self.tiebreak_list.frameWidth() + 4
        )
        self._update_tiebreak_buttons()

    def _sync_tiebreak(self) -> None:
        # Criteria were added, removed or renamed: keep the order, refresh the steps.
        self._fill_tiebreak(self._full_chain(tuple(self._tiebreak_steps())))
        self._on_edited()

    def move_tiebreak(self, delta: int) -> None:
        row = self.tiebreak_list.currentRow()
        target = row + delta
        if not (0 <= row < self.tiebreak_list.count() and 0 <= target < self.tiebreak_list.count()):
            return
        item = self.tiebreak_list.takeItem(row)
        self.tiebreak_list.insertItem(target, item)
        self.tiebreak_list.setCurrentRow(target)
        self._on_edited()

    def _update_tiebreak_buttons(self, *_: object) -> None:
        row, count = self.tiebreak_list.currentRow(), self.tiebreak_list.count()
        self.tiebreak_up_button.setEnabled(row > 0)
        self.tiebreak_down_button.setEnabled(0 <= row < count - 1)

    def _select_and_edit(self, view: QTableView, index: QModelIndex) -> None:
        view.setCurrentIndex(index)
        view.scrollTo(index)
        if view.isVisible():
            view.edit(index)
