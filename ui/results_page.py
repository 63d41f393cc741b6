"""The results page: rankings per nomination by the contest's method (or a previewed one),
the commission's decisions, the freeze, the stability of places and the juror charts."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jury_app.contest import load_settings
from jury_app.errors import JuryError
from jury_app.results.decisions import (
    freeze_results,
    record_decision,
    remove_decision,
    unfreeze_results,
)
from jury_app.results.service import NominationResult, RankedApplication, Results, compute_results
from jury_app.storage.engine import ContestDB
from ui import tasks
from ui.results_charts import (
    JurorLeniency,
    LeniencyChart,
    ResultsDelegate,
    ScoreChart,
    juror_leniency,
)
from ui.results_extras import AwardsPanel, DiagnosticsPanel
from ui.results_models import (
    HINT_STYLE,
    SORT_ROLE,
    DecisionDialog,
    Odds,
    RankingModel,
    ReasonDialog,
    ResultsTexts,
    compute_odds,
)

BADGE_STYLE = "font-weight: bold; color: {0}; padding: 0 6px"


class ResultsPage(QWidget):
    """Rankings, decisions, freeze, stability and diagnostics of the contest's results."""

    loaded = Signal()  # results (re)computed and shown
    stability_finished = Signal()

    def __init__(self, db: ContestDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.stability_resamples = 2000
        self.texts = ResultsTexts(self)
        self.results: Results | None = None
        self._contest_method = load_settings(db).aggregation_method
        self._means: dict[int, float | None] = {}
        self._odds: dict[str, dict[int, Odds]] = {}  # by method: stability is per method
        self._generation = 0
        self._stability_task: tasks.Task | None = None
        self._build()
        self.reload()

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        self.method_combo = QComboBox(self)
        for method, label in self.texts.methods.items():
            self.method_combo.addItem(label, method)
        self.method_combo.setCurrentIndex(max(self.method_combo.findData(self._contest_method), 0))
        self.method_combo.setMinimumContentsLength(20)
        self.method_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.method_combo.currentIndexChanged.connect(self._recompute)
        self.nomination_combo = QComboBox(self)
        self.nomination_combo.setMinimumContentsLength(22)
        self.nomination_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.nomination_combo.currentIndexChanged.connect(self._show_nomination)
        self.stability_button = QPushButton(self.tr("Check stability"), self)
        self.stability_button.setToolTip(
            self.tr("Resample the jury many times and count how often each place holds.")
        )
        self.stability_button.clicked.connect(self.check_stability)
        self.progress = QProgressBar(self)
        self.progress.setFixedWidth(140)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_stability)
        self.frozen_badge = QLabel(self)
        self.freeze_button = QPushButton(self)
        self.freeze_button.clicked.connect(self.toggle_freeze)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Method:"), self))
        top.addWidget(self.method_combo)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Nomination:"), self))
        top.addWidget(self.nomination_combo, 1)
        top.addSpacing(12)
        top.addWidget(self.stability_button)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addStretch()
        top.addWidget(self.frozen_badge)
        top.addWidget(self.freeze_button)

        self.preview_label = QLabel(self)
        self.preview_label.setWordWrap(True)
        self.notes_label = QLabel(self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet(
            "background: #fff7e6; border: 1px solid #f5c77e; border-radius: 4px; padding: 6px"
        )
        self.summary_label = QLabel(self)

        self.model = RankingModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(ResultsDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RankingModel.COL_PLACE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RankingModel.COL_ORGANIZATION, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.record_decision())

        self.decide_button = QPushButton(self.tr("Record decision…"), self)
        self.decide_button.clicked.connect(self.record_decision)
        self.undecide_button = QPushButton(self.tr("Remove decision…"), self)
        self.undecide_button.clicked.connect(self.remove_decision)
        legend = QLabel(
            self.tr(
                "Gold — winner, green — finalist, orange — unstable place "
                "(P(finalist) between 10% and 90%)."
            ),
            self,
        )
        legend.setStyleSheet(HINT_STYLE)
        legend.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.decide_button)
        actions.addWidget(self.undecide_button)
        actions.addWidget(legend, 1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary_label)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions)

        self.score_chart = ScoreChart(self)
        self.leniency_chart = LeniencyChart(self)
        self.charts = QTabWidget(self)
        self.charts.addTab(self.score_chart, self.tr("Scores"))
        self.charts.addTab(self.leniency_chart, self.tr("Juror leniency"))
        self.diagnostics = DiagnosticsPanel(self.db, self)
        self.awards = AwardsPanel(self.db, self)
        self.charts.addTab(self.diagnostics, self.tr("Diagnostics"))
        self.charts.addTab(self.awards, self.tr("Awards"))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.charts)
        # The ranking (organisation names) gets most of a laptop's width.
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([1000, 400])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(splitter, 1)
        self._set_running(False)
        self._update_actions()

    def _fit_columns(self) -> None:
        """Widths from the translated texts, so that no header or badge is cut off."""
        metrics = self.table.fontMetrics()
        small = self.table.font()
        small.setPointSizeF(max(small.pointSizeF() - 1.5, 7.0))
        badge = max(
            QFontMetrics(small).horizontalAdvance(text) for text in self.model.badge_texts()
        )
        status = max(metrics.horizontalAdvance(t) for t in self.texts.statuses.values())
        minimum = {0: 40, 2: 56, 3: 56, 4: status + badge + 36, 5: 40, 6: 80}
        for column, width in minimum.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, max(width, metrics.horizontalAdvance(title) + 24))

    # --- loading --------------------------------------------------------------------------

    def method(self) -> str:
        return str(self.method_combo.currentData())

    def reload(self) -> None:
        """Recompute the results off the GUI thread; scores may have changed, so any
        stability computed before is dropped."""
        self._odds.clear()
        self._recompute()
        self.diagnostics.reload()
        self.awards.reload()

    def _recompute(self) -> None:
        """Recompute with the previewed method, keeping stability (decisions and a method
        switch do not change the resampled scores)."""
        self._contest_method = load_settings(self.db).aggregation_method
        self._generation += 1
        generation, method, db = self._generation, self.method(), self.db
        self.preview_label.setText(self.tr("Computing…"))
        self.method_combo.setToolTip(self.method_combo.currentText())

        def work(_report: Any) -> tuple[Results, Results, list[JurorLeniency]]:
            results = compute_results(db, method)
            means = results if method == "mean" else compute_results(db, "mean")
            return results, means, juror_leniency(db)

        tasks.start(work, lambda value: self._loaded(generation, value), self._failed)

    def _loaded(self, generation: int, value: Any) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the page is gone, or a newer computation is on its way
        results, means, leniency = value
        self.results = results
        self._means = {r.application_id: r.score for n in means.nominations for r in n.ranking}
        self._show_header(results)
        current = self._nomination_number()
        self.nomination_combo.blockSignals(True)
        self.nomination_combo.clear()
        for n in results.nominations:
            self.nomination_combo.addItem(f"{n.number}. {n.title}", n.number)
        self.nomination_combo.setCurrentIndex(max(self.nomination_combo.findData(current), 0))
        self.nomination_combo.blockSignals(False)
        self.table.setColumnHidden(RankingModel.COL_MEAN, results.method == "mean")
        self._show_nomination()
        self.leniency_chart.show_jurors(leniency)
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if not isinstance(error, JuryError):
            raise error
        self.preview_label.setText("")
        self._warn(str(error))

    def _show_header(self, results: Results) -> None:
        contest = self.texts.method(self._contest_method)
        if results.method == self._contest_method:
            text = self.tr("Method of the contest: <b>{0}</b>.").format(contest)
        else:
            text = self.tr(
                "<b>Preview</b> with «{0}»: the contest's method is «{1}» and stays unchanged "
                "(it is set in the contest settings)."
            ).format(self.texts.method(results.method), contest)
        self.preview_label.setText(text)
        self.notes_label.setText("\n".join(results.notes))
        self.notes_label.setVisible(bool(results.notes))
        self.frozen_badge.setText(
            "● " + (self.tr("Results frozen") if results.frozen else self.tr("Results open"))
        )
        colour = "#1d4ed8" if results.frozen else "#15803d"
        self.frozen_badge.setStyleSheet(BADGE_STYLE.format(colour))
        self.freeze_button.setText(
            self.tr("Unfreeze…") if results.frozen else self.tr("Freeze results…")
        )
        self._update_actions()

    def _nomination_number(self) -> int | None:
        index = self.nomination_combo.currentIndex()
        return None if index < 0 else int(self.nomination_combo.itemData(index))

    def nomination(self) -> NominationResult | None:
        if self.results is None:
            return None
        number = self._nomination_number()
        return next((n for n in self.results.nominations if n.number == number), None)

    def _show_nomination(self) -> None:
        nomination = self.nomination()
        odds = self._odds.get(self.method(), {})
        self.model.set_ranking(nomination.ranking if nomination else [], self._means, odds)
        self.score_chart.show_nomination(nomination, self.texts.statuses)
        self._update_summary()
        self._update_actions()

    def _update_summary(self) -> None:
        nomination = self.nomination()
        if nomination is None:
            self.summary_label.setText("")
            return
        ties = sum(r.tie for r in nomination.ranking)
        text = self.tr("Applications: {0} · finalist places: {1} · winners: {2}").format(
            len(nomination.ranking), nomination.finalists, nomination.winners
        )
        if ties:
            tied = self.tr("tied at the cut: {0}").format(ties)
            text += f" · <b style='color:#c2410c'>{tied}</b>"
        odds = self._odds.get(self.method())
        if odds:
            unstable = sum(
                0.1 < odds[r.application_id].finalist < 0.9
                for r in nomination.ranking
                if r.application_id in odds
            )
            text += " · " + self.tr("unstable places: {0}").format(unstable)
        self.summary_label.setText(text)

    # --- decisions and freeze ---------------------------------------------------------------

    def selected_row(self) -> RankedApplication | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def _update_actions(self) -> None:
        row = self.selected_row()
        self.decide_button.setEnabled(row is not None)
        self.undecide_button.setEnabled(row is not None and row.decided)

    def record_decision(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        decision = DecisionDialog.ask(self, row)
        if decision is None:
            return
        self._apply(
            lambda: record_decision(
                self.db, row.application_id, decision.status, decision.reason, rank=decision.rank
            )
        )

    def remove_decision(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        reason = ReasonDialog.ask(self, self.tr("Remove the decision of the commission"))
        if reason is not None:
            self._apply(lambda: remove_decision(self.db, row.application_id, reason))

    def toggle_freeze(self) -> None:
        frozen = self.results is not None and self.results.frozen
        title = self.tr("Unfreeze the results") if frozen else self.tr("Freeze the results")
        reason = ReasonDialog.ask(self, title)
        if reason is not None:
            change = unfreeze_results if frozen else freeze_results
            self._apply(lambda: change(self.db, reason))

    def _apply(self, change: Any) -> None:
        try:
            change()
        except JuryError as exc:
            self._warn(str(exc))
            return
        self._recompute()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Results"), text)

    # --- stability --------------------------------------------------------------------------

    def check_stability(self) -> None:
        """Resample the jury in the background; P(finalist) fills in when done."""
        if self._stability_task is not None:
            return
        db, method, resamples = self.db, self.method(), self.stability_resamples
        self._set_running(True)
        self._stability_task = tasks.start(
            lambda report: (method, compute_odds(db, method, resamples, report)),
            self._stability_done,
            self._stability_failed,
            self._stability_progress,
        )

    def cancel_stability(self) -> None:
        if self._stability_task is not None:
            self._stability_task.cancel()

    def _stability_progress(self, done: int, total: int) -> None:
        if shiboken6.isValid(self):
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _stability_done(self, value: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_running(False)
        method, odds = value
        self._odds[method] = odds
        if method == self.method():
            self.model.set_odds(odds)
            self._update_summary()
        self.stability_finished.emit()

    def _stability_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_running(False)
        if isinstance(error, tasks.Cancelled):
            return
        if not isinstance(error, JuryError):
            raise error
        self._warn(str(error))

    def _set_running(self, running: bool) -> None:
        if not running:
            self._stability_task = None
        self.progress.setRange(0, 0)
        # The progress bar takes the button's place; hide before showing, or the top bar
        # (and with it a maximised window's minimum width) grows for a moment.
        hide, show = (
            ([self.stability_button], [self.progress, self.cancel_button])
            if running
            else ([self.progress, self.cancel_button], [self.stability_button])
        )
        for widget in hide:
            widget.setVisible(False)
        for widget in show:
            widget.setVisible(True)
