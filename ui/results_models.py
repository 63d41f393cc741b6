"""Model and forms of the results page: one nomination's ranking with its statuses, ties,
commission decisions and, once computed, the stability of each place; the dialogs that
record a decision or ask for a reason."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jury_app.results.diagnostics import stability
from jury_app.results.service import RankedApplication
from jury_app.storage.engine import ContestDB
from ui.table_model import DISPLAY, RowsTableModel

HINT_STYLE = "color: #4b5563"

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PROBABILITY_ROLE = Qt.ItemDataRole.UserRole + 3  # P(finalist), 0..1, for the bar delegate
BADGES_ROLE = Qt.ItemDataRole.UserRole + 4  # [(text, colour)] painted after the status

WINNER, FINALIST, PARTICIPANT = "winner", "finalist", "participant"
STATUS_BACKGROUNDS = {WINNER: QColor("#fdf0c2"), FINALIST: QColor("#e3f4e6")}
GREY_ZONE_BACKGROUND = QColor("#ffe8cc")
TIE_COLOR = QColor("#c2410c")
DECIDED_COLOR = QColor("#1d4ed8")
GREY_ZONE = (0.1, 0.9)


def in_grey_zone(probability: float | None) -> bool:
    """A place that resampling the jury often changes: neither safely in nor safely out."""
    return probability is not None and GREY_ZONE[0] < probability < GREY_ZONE[1]


class ResultsTexts(QObject):
    """Translated names of the counting methods and of the statuses."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.methods = {
            "mean": self.tr("Weighted mean"),
            "trimmed": self.tr("Trimmed mean"),
            "median": self.tr("Median"),
            "zscore": self.tr("Mean of standardised scores (z)"),
            "adjusted": self.tr("Mean adjusted for juror leniency"),
        }
        self.statuses = {
            WINNER: self.tr("Winner"),
            FINALIST: self.tr("Finalist"),
            PARTICIPANT: self.tr("Participant"),
        }

    def method(self, method: str) -> str:
        return self.methods.get(method, method)

    def status(self, status: str) -> str:
        return self.statuses.get(status, status)


@dataclass(frozen=True)
class Odds:
    """How often resampling the jury keeps an application in the final and among winners."""

    finalist: float
    winner: float


def compute_odds(
    db: ContestDB, method: str, resamples: int, report: Callable[[int, int], None]
) -> dict[int, Odds]:
    """P(finalist) and P(winner) of every application under resampling of the jury."""
    found = stability(db, method, resamples=resamples, report=report)
    return {a.application_id: Odds(a.p_finalist, a.p_winner) for a in found.applications}


class RankingModel(RowsTableModel):
    """One nomination's ranking; rows are :class:`RankedApplication`."""

    COL_PLACE, COL_ORGANIZATION, COL_SCORE, COL_MEAN, COL_STATUS, COL_JURORS, COL_ODDS = range(7)

    def badge_texts(self) -> tuple[str, str]:
        """The small labels after a status: a tied place, a commission decision."""
        return self.tr("tied place"), self.tr("decision")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                self.tr("Place"),
                self.tr("Organization"),
                self.tr("Score"),
                self.tr("Mean"),
                self.tr("Status"),
                self.tr("Jurors"),
                self.tr("P(finalist)"),
            ],
            parent,
        )
        self.texts = ResultsTexts(self)
        self._means: dict[int, float | None] = {}
        self._odds: dict[int, Odds] = {}

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            if section == self.COL_ODDS:
                return self.tr("Probability of reaching the final when the jury is resampled")
            if section == self.COL_MEAN:
                return self.tr("Plain weighted mean, for comparison with the previewed method")
        return super().headerData(section, orientation, role)

    def set_ranking(
        self,
        rows: list[RankedApplication],
        means: dict[int, float | None] | None = None,
        odds: dict[int, Odds] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._means = dict(means or {})
        self._odds = dict(odds or {})
        self.endResetModel()

    def set_odds(self, odds: dict[int, Odds]) -> None:
        self._odds = dict(odds)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    def row_at(self, row: int) -> RankedApplication:
        return self._rows[row]  # type: ignore[no-any-return]

    def odds(self, application_id: int) -> Odds | None:
        return self._odds.get(application_id)

    def cell(self, row: RankedApplication, column: int, role: int) -> Any:
        odds = self._odds.get(row.application_id)
        if role == DISPLAY:
            return self._display(row, column, odds)
        if role == SORT_ROLE:
            return self._sort_value(row, column, odds)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, odds)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_ORGANIZATION:
            if column == self.COL_STATUS:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if odds is not None and in_grey_zone(odds.finalist) and column != self.COL_STATUS:
                return GREY_ZONE_BACKGROUND
            return STATUS_BACKGROUNDS.get(row.status)
        if role == Qt.ItemDataRole.FontRole and row.status == WINNER:
            font = QFont()
            font.setBold(True)
            return font
        if role == PROBABILITY_ROLE and column == self.COL_ODDS and odds is not None:
            return odds.finalist
        if role == BADGES_ROLE and column == self.COL_STATUS:
            badges = []
            if row.tie:
                badges.append((self.tr("tied place"), TIE_COLOR))
            if row.decided:
                badges.append((self.tr("decision"), DECIDED_COLOR))
            return badges
        return None

    def _display(self, row: RankedApplication, column: int, odds: Odds | None) -> Any:
        if column == self.COL_PLACE:
            return "" if row.rank is None else str(row.rank)
        if column == self.COL_ORGANIZATION:
            return row.organization
        if column == self.COL_SCORE:
            return _two_decimals(row.score)
        if column == self.COL_MEAN:
            return _two_decimals(self._means.get(row.application_id))
        if column == self.COL_STATUS:
            return self.texts.status(row.status)
        if column == self.COL_JURORS:
            return str(row.jurors)
        if column == self.COL_ODDS:
            return "—" if odds is None else f"{odds.finalist:.0%}"
        return None

    def _sort_value(self, row: RankedApplication, column: int, odds: Odds | None) -> Any:
        if column == self.COL_PLACE:
            return row.rank if row.rank is not None else math.inf
        if column == self.COL_ORGANIZATION:
            return row.organization.casefold()
        if column in (self.COL_SCORE, self.COL_MEAN):
            value = row.score if column == self.COL_SCORE else self._means.get(row.application_id)
            return -math.inf if value is None else value
        if column == self.COL_STATUS:
            return (WINNER, FINALIST, PARTICIPANT).index(row.status)
        if column == self.COL_JURORS:
            return row.jurors
        if column == self.COL_ODDS:
            return -1.0 if odds is None else odds.finalist
        return None

    def _tooltip(self, row: RankedApplication, column: int, odds: Odds | None) -> str | None:
        if column == self.COL_ORGANIZATION:
            return f"{row.organization}\n{row.municipality}\n№ {row.application_id}"
        if column == self.COL_SCORE and row.score is not None:
            return repr(row.score)
        if column == self.COL_MEAN and self._means.get(row.application_id) is not None:
            return repr(self._means[row.application_id])
        if column == self.COL_STATUS and row.tie:
            return self.tr("The cut falls between equal scores: the commission has to decide.")
        if column == self.COL_STATUS and row.decided:
            return self.tr("The status was set by a decision of the commission.")
        if column == self.COL_ODDS:
            if odds is None:
                return self.tr("Press “Check stability” to estimate it.")
            return self.tr(
                "Probability of reaching the final: {0:.1%}; of winning: {1:.1%}"
            ).format(odds.finalist, odds.winner)
        return None


def _two_decimals(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _require_text(buttons: QDialogButtonBox, edit: QLineEdit) -> None:
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setEnabled(False)
    edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))


class ReasonDialog(QDialog):
    """Asks for the reason of a change to the results; it goes into the audit log."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("e.g. decision of the commission, minutes № 3"))
        note = QLabel(self.tr("The reason is recorded in the contest's audit log."), self)
        note.setStyleSheet(HINT_STYLE)
        buttons = _ok_cancel(self)
        _require_text(buttons, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Reason:"), self))
        layout.addWidget(self.reason_edit)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> str | None:
        dialog = cls(title, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason_edit.text().strip()


@dataclass(frozen=True)
class Decision:
    status: str
    rank: int | None
    reason: str


class DecisionDialog(QDialog):
    """A decision of the commission on one application: status, optional place, reason."""

    def __init__(self, row: RankedApplication, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decision of the commission"))
        self.setMinimumWidth(560)
        texts = ResultsTexts(self)
        self.status_combo = QComboBox(self)
        for status in (WINNER, FINALIST, PARTICIPANT):
            self.status_combo.addItem(texts.status(status), status)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(row.status), 0))
        self.rank_spin = QSpinBox(self)
        self.rank_spin.setRange(0, 10_000)
        self.rank_spin.setSpecialValueText(self.tr("keep the computed place"))
        self.rank_spin.setValue(0)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("e.g. tie resolved by vote, minutes № 3"))
        heading = QLabel(f"<b>{_escape(row.organization)}</b><br>{_escape(row.municipality)}", self)
        heading.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Place"), self.rank_spin)
        form.addRow(self.tr("Reason"), self.reason_edit)
        note = QLabel(self.tr("The decision and its reason go into the protocol."), self)
        note.setStyleSheet(HINT_STYLE)
        buttons = _ok_cancel(self)
        _require_text(buttons, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def decision(self) -> Decision:
        rank = self.rank_spin.value()
        return Decision(
            str(self.status_combo.currentData()), rank or None, self.reason_edit.text().strip()
        )

    @classmethod
    def ask(cls, parent: QWidget | None, row: RankedApplication) -> Decision | None:
        dialog = cls(row, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.decision()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
