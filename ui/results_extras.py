"""Two more tabs of the results page: diagnostics of the jury (reliability, jurors, the
sensitivity of the final to the counting method) and the awards besides the ranking
(the quality mark and the people's choice)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_app.contest import load_settings
from jury_app.errors import JuryError
from jury_app.results.awards import PeoplesChoiceRow, import_votes, peoples_choice, quality_marks
from jury_app.results.diagnostics import (
    JurorDiagnostics,
    ReliabilityReport,
    SensitivityRow,
    juror_diagnostics,
    method_sensitivity,
    reliability,
)
from jury_app.results.service import RankedApplication, Results, compute_results
from jury_app.storage.engine import ContestDB
from ui import tasks
from ui.results_models import HINT_STYLE, SORT_ROLE, ResultsTexts
from ui.table_model import DISPLAY, RowsTableModel

ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
GOOD_ALPHA = 0.8
TENTATIVE_ALPHA = 0.667


def _number(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _table(parent: QWidget, model: RowsTableModel, stretch: int) -> QTableView:
    """A sortable read-only view over ``model`` with column ``stretch`` taking the slack."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the core's order until a click
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


# --- models ---------------------------------------------------------------------------------


class JurorDiagnosticsModel(RowsTableModel):
    COL_NAME, COL_SCORED, COL_OFFSET, COL_AGREEMENT, COL_FLAGS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("Juror"),
            self.tr("Scored"),
            self.tr("Strictness: offset ± SE"),
            self.tr("Agreement (ρ)"),
            self.tr("Flags"),
        ]
        self.flag_labels = {
            "lenient": self.tr("scores higher than the others"),
            "strict": self.tr("scores lower than the others"),
            "low_agreement": self.tr("agrees little with the others"),
            "straight_lining": self.tr("gives the same score on every criterion"),
        }

    def cell(self, row: JurorDiagnostics, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            native = (row.name, row.scored, row.offset, row.agreement, len(row.flags))
            value = native[column]
            return -2.0 if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3):
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_FLAGS:
            return Qt.GlobalColor.darkRed
        if role != DISPLAY:
            return None
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_SCORED:
            return str(row.scored)
        if column == self.COL_OFFSET:
            return f"{row.offset:+.2f} ± {row.offset_se:.2f}"
        if column == self.COL_AGREEMENT:
            return _number(row.agreement)
        return "; ".join(self.flag_labels.get(f, f) for f in row.flags)


class SensitivityModel(RowsTableModel):
    """Applications whose status depends on the method: one column per method."""

    COL_NOMINATION, COL_ORGANIZATION = range(2)

    def __init__(self, texts: ResultsTexts, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.texts = texts
        self.methods = list(texts.methods)
        self._headers = [self.tr("Nom."), self.tr("Organization")] + [
            texts.method(m) for m in self.methods
        ]

    def cell(self, row: SensitivityRow, column: int, role: int) -> Any:
        method = self.methods[column - 2] if column >= 2 else None
        if role == SORT_ROLE:
            if column == self.COL_NOMINATION:
                return row.nomination
            if column == self.COL_ORGANIZATION:
                return row.organization
            rank = row.ranks.get(method or "")
            return 10**9 if rank is None else rank
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_ORGANIZATION:
            return row.organization
        if role != DISPLAY:
            return None
        if column == self.COL_NOMINATION:
            return str(row.nomination)
        if column == self.COL_ORGANIZATION:
            return row.organization
        status = row.statuses.get(method or "")
        if status is None:
            return "—"
        rank = row.ranks.get(method or "")
        place = "" if rank is None else f" ({rank})"
        return self.texts.status(status) + place


class QualityModel(RowsTableModel):
    COL_NOMINATION, COL_ORGANIZATION, COL_SCORE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [self.tr("Nom."), self.tr("Organization"), self.tr("Score")]

    def cell(self, row: tuple[int, RankedApplication], column: int, role: int) -> Any:
        number, app = row
        if role == SORT_ROLE:
            return (number, app.organization, app.score or 0.0)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_SCORE:
            return ALIGN_RIGHT
        if role != DISPLAY:
            return None
        return (str(number), app.organization, _number(app.score))[column]


class PeoplesChoiceModel(RowsTableModel):
    COL_ORGANIZATION, COL_VOTES, COL_JURY, COL_COMBINED = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("Organization"),
            self.tr("Votes"),
            self.tr("Jury score"),
            self.tr("Combined"),
        ]

    def cell(self, row: PeoplesChoiceRow, column: int, role: int) -> Any:
        values = (row.organization, row.votes, row.jury_score, row.combined)
        if role == SORT_ROLE:
            value = values[column]
            return -1.0 if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return ALIGN_RIGHT
        if role != DISPLAY:
            return None
        if column == self.COL_ORGANIZATION:
            return row.organization
        if column == self.COL_VOTES:
            return str(row.votes)
        if column == self.COL_JURY:
            return _number(row.jury_score)
        return _number(row.combined, 3)


# --- diagnostics ----------------------------------------------------------------------------


class DiagnosticsPanel(QWidget):
    """Reliability of the jury, per-juror diagnostics and the method-sensitive applications."""

    loaded = Signal()

    def __init__(self, db: ContestDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.texts = ResultsTexts(self)
        self.report: ReliabilityReport | None = None
        self._generation = 0
        self.reliability_label = QLabel(self.tr("Computing…"), self)
        self.reliability_label.setWordWrap(True)
        self.reliability_label.setTextFormat(Qt.TextFormat.RichText)
        hint = QLabel(
            self.tr(
                "Krippendorff's α measures how consistently the jurors score the same "
                "applications: ≥ 0.8 good, 0.67–0.8 tentative, < 0.67 weak."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.jurors = JurorDiagnosticsModel(self)
        self.jurors_view = _table(self, self.jurors, JurorDiagnosticsModel.COL_FLAGS)
        self.sensitivity = SensitivityModel(self.texts, self)
        self.sensitivity_view = _table(self, self.sensitivity, SensitivityModel.COL_ORGANIZATION)
        self.sensitivity_label = QLabel(self)
        self.sensitivity_label.setWordWrap(True)
        self.sensitivity_label.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reliability_label)
        layout.addWidget(hint)
        layout.addWidget(QLabel(self.tr("<b>Jurors</b>"), self))
        layout.addWidget(self.jurors_view, 1)
        layout.addWidget(QLabel(self.tr("<b>Status depends on the method</b>"), self))
        layout.addWidget(self.sensitivity_label)
        layout.addWidget(self.sensitivity_view, 1)

    def reload(self) -> None:
        """Recompute the diagnostics off the GUI thread."""
        self._generation += 1
        generation, db = self._generation, self.db
        self.reliability_label.setText(self.tr("Computing…"))

        def work(_report: Any) -> tuple[ReliabilityReport, list[JurorDiagnostics], list[Any]]:
            return reliability(db), juror_diagnostics(db), method_sensitivity(db)

        tasks.start(work, lambda value: self._loaded(generation, value), self._failed)

    def _loaded(self, generation: int, value: Any) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        report, jurors, sensitivity = value
        self.report = report
        self.reliability_label.setText(self._reliability_text(report))
        self.jurors.set_rows(jurors)
        changing = [row for row in sensitivity if row.changes]
        self.sensitivity.set_rows(changing)
        self.sensitivity_label.setText(
            self.tr(
                "Status changes with the method: {0}; finalists under some method: {1}."
            ).format(len(changing), len(sensitivity))
            if changing
            else self.tr("Every method gives the same finalists and winners.")
        )
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if not isinstance(error, JuryError):
            raise error
        self.reliability_label.setText(str(error))

    def verdict(self, alpha: float | None) -> str:
        if alpha is None:
            return self.tr("not enough data")
        if alpha >= GOOD_ALPHA:
            return self.tr("good")
        if alpha >= TENTATIVE_ALPHA:
            return self.tr("tentative")
        return self.tr("weak")

    def _reliability_text(self, report: ReliabilityReport) -> str:
        lines = [
            self.tr(
                "Agreement of the jurors (Krippendorff's α) on totals: <b>{0}</b> — {1}"
            ).format(_number(report.total_alpha), self.verdict(report.total_alpha)),
            self.tr("Applications scored by two or more jurors: {0}; jurors: {1}.").format(
                report.units, report.jurors
            ),
        ]
        for c in report.criteria:
            lines.append(
                f"&nbsp;&nbsp;{c.position}. {c.title}: {_number(c.alpha)} — {self.verdict(c.alpha)}"
            )
        return "<br>".join(lines)


# --- awards ---------------------------------------------------------------------------------


class AwardsPanel(QWidget):
    """The quality mark (every score at or above a bar) and the people's choice (votes)."""

    loaded = Signal()

    def __init__(self, db: ContestDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.results: Results | None = None
        self._generation = 0
        self._build()

    def _build(self) -> None:
        quality = QGroupBox(self.tr("Quality mark"), self)
        self.bar_spin = QDoubleSpinBox(quality)
        self.bar_spin.setRange(0, 10)
        self.bar_spin.setSingleStep(0.5)
        self.bar_spin.setDecimals(2)
        self.bar_spin.setSpecialValueText(self.tr("none"))
        self.bar_spin.valueChanged.connect(self._show_quality)
        self.quality_label = QLabel(quality)
        self.quality = QualityModel(self)
        self.quality_view = _table(quality, self.quality, QualityModel.COL_ORGANIZATION)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Score at least"), quality))
        row.addWidget(self.bar_spin)
        row.addWidget(self.quality_label, 1)
        box = QVBoxLayout(quality)
        box.addLayout(row)
        box.addWidget(self.quality_view, 1)

        votes = QGroupBox(self.tr("People's choice"), self)
        self.import_button = QPushButton(self.tr("Import votes…"), votes)
        self.import_button.clicked.connect(self.import_votes)
        self.weight_check = QCheckBox(self.tr("Jury share"), votes)
        self.weight_check.setToolTip(
            self.tr("Combine the jury score and the votes, both relative to the best.")
        )
        self.weight_spin = QSpinBox(votes)
        self.weight_spin.setRange(0, 100)
        self.weight_spin.setValue(75)
        self.weight_spin.setSuffix(" %")
        self.weight_spin.setEnabled(False)
        self.weight_check.toggled.connect(self.weight_spin.setEnabled)
        self.weight_check.toggled.connect(self._show_votes)
        self.weight_spin.valueChanged.connect(self._show_votes)
        self.votes_label = QLabel(votes)
        self.votes_label.setStyleSheet(HINT_STYLE)
        self.votes = PeoplesChoiceModel(self)
        self.votes_view = _table(votes, self.votes, PeoplesChoiceModel.COL_ORGANIZATION)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addSpacing(12)
        row.addWidget(self.weight_check)
        row.addWidget(self.weight_spin)
        row.addStretch(1)
        box = QVBoxLayout(votes)
        box.addLayout(row)
        box.addWidget(self.votes_label)
        box.addWidget(self.votes_view, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(quality, 1)
        layout.addWidget(votes, 1)

    def jury_weight(self) -> float | None:
        return self.weight_spin.value() / 100 if self.weight_check.isChecked() else None

    def reload(self) -> None:
        """Take the bar from the settings and recompute the results off the GUI thread."""
        bar = load_settings(self.db).quality_bar
        self.bar_spin.blockSignals(True)
        self.bar_spin.setValue(bar or 0.0)
        self.bar_spin.blockSignals(False)
        self._generation += 1
        generation, db, weight = self._generation, self.db, self.jury_weight()

        def work(_report: Any) -> tuple[Results, list[PeoplesChoiceRow]]:
            results = compute_results(db)
            return results, peoples_choice(db, results, weight)

        tasks.start(work, lambda value: self._loaded(generation, value), self._failed)

    def _loaded(self, generation: int, value: Any) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.results, rows = value
        self._show_quality()
        self._set_votes(rows)
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if not isinstance(error, JuryError):
            raise error
        self._warn(str(error))

    def _show_quality(self) -> None:
        bar = self.bar_spin.value()
        if self.results is None or bar <= 0:
            self.quality.set_rows([])
            self.quality_label.setText(self.tr("No quality mark in this contest."))
            return
        marked = set(quality_marks(self.results, bar))
        rows = [
            (n.number, r)
            for n in self.results.nominations
            for r in n.ranking
            if r.application_id in marked
        ]
        self.quality.set_rows(rows)
        self.quality_label.setText(
            self.tr("Applications with the quality mark: {0}").format(len(rows))
        )

    def _show_votes(self, *_: object) -> None:
        """Recombine after the jury share changed: one small query, done in place."""
        if self.results is not None:
            self._set_votes(peoples_choice(self.db, self.results, self.jury_weight()))

    def _set_votes(self, rows: list[PeoplesChoiceRow]) -> None:
        self.votes.set_rows(rows)
        combined = self.jury_weight() is not None
        self.votes_view.setColumnHidden(PeoplesChoiceModel.COL_COMBINED, not combined)
        total = sum(r.votes for r in rows)
        self.votes_label.setText(
            self.tr("Votes: {0}; applications with votes: {1}.").format(
                total, sum(r.votes > 0 for r in rows)
            )
            if total
            else self.tr("No votes imported yet.")
        )

    def import_votes(self) -> None:
        path = self._choose_votes_file()
        if path is None:
            return
        try:
            import_votes(self.db, path)
        except JuryError as exc:
            self._warn(str(exc))
            return
        self._show_votes()

    def _choose_votes_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import votes"), "", self.tr("Tables (*.xlsx *.csv)")
        )
        return Path(name) if name else None

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Awards"), text)
