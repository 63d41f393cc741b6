"""The scores page: who has scored what, how complete each nomination is, the coverage
matrix, and the list of what is missing to chase the jurors with."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jury_app.contest import load_settings
from jury_app.jury.coverage import CONFLICT, MISSING, PARTIAL, SCORED, Coverage, coverage
from jury_app.storage.engine import ContestDB
from ui.jury_models import (
    FRACTION_ROLE,
    SORT_ROLE,
    STATE_COLORS,
    STATE_MARKS,
    CompletenessModel,
    CoverageMatrixModel,
    MissingModel,
    ProgressModel,
    fit_juror_columns,
)

HINT_STYLE = "color: #4b5563"


class ProgressDelegate(QStyledItemDelegate):
    """Draws FRACTION_ROLE (0..1) as a flat bar with the cell's text on it; painted by hand
    so that it looks the same under every style."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        fraction = index.data(FRACTION_ROLE)
        if fraction is None:
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect.adjusted(6, 5, -6, -5)
        fraction = min(max(float(fraction), 0.0), 1.0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e5e7eb"))
        painter.drawRoundedRect(rect, 3, 3)
        if fraction > 0:
            done = QRect(rect)
            done.setWidth(max(round(rect.width() * fraction), 6))
            painter.setBrush(QColor("#16a34a") if fraction >= 1 else QColor("#60a5fa"))
            painter.drawRoundedRect(done, 3, 3)
        painter.setPen(QColor("#111827"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(index.data()))
        painter.restore()


def _table(parent: QWidget, model: QAbstractItemModel, sortable: bool = True) -> QTableView:
    view = QTableView(parent)
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSortRole(SORT_ROLE)
        proxy.setSourceModel(model)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setHighlightSections(False)
    return view


class ScoresPage(QWidget):
    def __init__(self, db: ContestDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.state_labels = {
            SCORED: self.tr("scored"),
            PARTIAL: self.tr("partially scored"),
            MISSING: self.tr("not scored"),
            CONFLICT: self.tr("conflict of interest"),
        }
        self.coverage: Coverage | None = None
        self.progress = ProgressModel(self)
        self.completeness = CompletenessModel(self)
        self.matrix = CoverageMatrixModel(self.state_labels, self)
        self.missing = MissingModel(self.state_labels, self)
        self._build()
        self.reload()

    # Building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.summary_label = QLabel(self)
        font = self.summary_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.summary_label.setFont(font)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.refresh_button)

        delegate = ProgressDelegate(self)
        jurors = QGroupBox(self.tr("Jurors"), self)
        self.progress_table = _table(jurors, self.progress)
        self.progress_table.setItemDelegateForColumn(ProgressModel.COL_PROGRESS, delegate)
        header = self.progress_table.horizontalHeader()
        header.setSectionResizeMode(ProgressModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(1, ProgressModel.COL_PROGRESS):
            self.progress_table.setColumnWidth(column, 80)
        self.progress_table.setColumnWidth(ProgressModel.COL_PROGRESS, 110)
        QVBoxLayout(jurors).addWidget(self.progress_table)

        nominations = QGroupBox(self.tr("Nominations"), self)
        self.completeness_table = _table(nominations, self.completeness)
        self.completeness_table.setItemDelegateForColumn(CompletenessModel.COL_PROGRESS, delegate)
        header = self.completeness_table.horizontalHeader()
        header.setSectionResizeMode(CompletenessModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.completeness_table.setColumnWidth(CompletenessModel.COL_NUMBER, 44)
        self.completeness_table.setColumnWidth(CompletenessModel.COL_COMPLETE, 110)
        self.completeness_table.setColumnWidth(CompletenessModel.COL_PROGRESS, 100)
        QVBoxLayout(nominations).addWidget(self.completeness_table)

        upper = QSplitter(Qt.Orientation.Horizontal, self)
        upper.addWidget(jurors)
        upper.addWidget(nominations)
        upper.setSizes([790, 550])
        upper.setChildrenCollapsible(False)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_matrix_tab(), self.tr("Coverage"))
        self.tabs.addTab(self._build_missing_tab(), self.tr("What is missing"))

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(self.tabs)
        splitter.setSizes([300, 460])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _build_matrix_tab(self) -> QWidget:
        tab = QWidget(self)
        self.nomination_filter = QComboBox(tab)
        self.nomination_filter.setMinimumContentsLength(28)
        self.nomination_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.nomination_filter.currentIndexChanged.connect(self._apply_filters)
        self.incomplete_check = QCheckBox(self.tr("Only incomplete applications"), tab)
        self.incomplete_check.toggled.connect(self._apply_filters)
        legend = QLabel(
            "   ".join(
                f'<span style="background:{STATE_COLORS[s].name()}">&nbsp;{STATE_MARKS[s]}'
                f"&nbsp;</span> {self.state_labels[s]}"
                for s in (SCORED, PARTIAL, MISSING, CONFLICT)
            ),
            tab,
        )
        legend.setWordWrap(True)  # wraps on a narrow laptop screen instead of widening the window
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Nomination:"), tab))
        filters.addWidget(self.nomination_filter)
        filters.addSpacing(12)
        filters.addWidget(self.incomplete_check)
        filters.addStretch(1)
        filters.addWidget(legend, 1)
        self.matrix_view = _table(tab, self.matrix, sortable=False)
        self.matrix_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.matrix_view.setAlternatingRowColors(False)
        self.matrix_view.verticalHeader().setDefaultSectionSize(24)
        self.matrix_view.horizontalHeader().setDefaultSectionSize(120)
        self.matrix.modelReset.connect(self._size_matrix_columns)
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.matrix_view, 1)
        return tab

    def _build_missing_tab(self) -> QWidget:
        tab = QWidget(self)
        self.missing_label = QLabel(tab)
        self.missing_label.setStyleSheet(HINT_STYLE)
        self.copy_button = QPushButton(self.tr("Copy list"), tab)
        self.copy_button.setToolTip(
            self.tr("Copy what is missing, juror by juror, as plain text for e-mails")
        )
        self.copy_button.clicked.connect(self.copy_list)
        bar = QHBoxLayout()
        bar.addWidget(self.missing_label, 1)
        bar.addWidget(self.copy_button)
        self.missing_table = _table(tab, self.missing)
        header = self.missing_table.horizontalHeader()
        header.setSectionResizeMode(MissingModel.COL_ORGANIZATION, QHeaderView.ResizeMode.Stretch)
        self.missing_table.setColumnWidth(MissingModel.COL_JUROR, 300)
        self.missing_table.setColumnWidth(MissingModel.COL_NOMINATION, 60)
        self.missing_table.setColumnWidth(MissingModel.COL_ID, 70)
        self.missing_table.setColumnWidth(MissingModel.COL_STATE, 190)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.missing_table, 1)
        return tab

    def _size_matrix_columns(self) -> None:
        view = self.matrix_view
        view.setColumnWidth(CoverageMatrixModel.COL_ID, 56)
        view.setColumnWidth(CoverageMatrixModel.COL_NOMINATION, 56)
        view.setColumnWidth(CoverageMatrixModel.COL_ORGANIZATION, 340)
        fit_juror_columns(view, self.matrix)

    # Loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-count the coverage from the contest's scores."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = coverage(self.db)
            titles = {n.number: n.title for n in load_settings(self.db).nominations}
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.coverage = result
        self.progress.set_rows(result.progress)
        self.completeness.set_rows([n for n in result.nominations if n.total])
        self.matrix.set_coverage(result)
        missing_rows = result.missing()
        self.missing.set_rows(missing_rows)
        self._fill_nomination_filter(titles)
        self._update_summary(result, len(missing_rows))

    def _fill_nomination_filter(self, titles: dict[int, str]) -> None:
        current = self.nomination_filter.currentData()
        self.nomination_filter.blockSignals(True)
        self.nomination_filter.clear()
        self.nomination_filter.addItem(self.tr("All nominations"), None)
        for number in self.matrix.nominations():
            self.nomination_filter.addItem(f"{number}. {titles.get(number, '')}", number)
        self.nomination_filter.setCurrentIndex(max(self.nomination_filter.findData(current), 0))
        self.nomination_filter.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self, *_: object) -> None:
        self.matrix.set_nomination(self.nomination_filter.currentData())
        self.matrix.set_only_incomplete(self.incomplete_check.isChecked())

    def _update_summary(self, result: Coverage, missing: int) -> None:
        active = [p for p in result.progress if p.active]
        assigned = sum(p.assigned for p in active)
        finished = sum(p.finished for p in active)
        if not assigned:
            self.summary_label.setText(self.tr("No applications are assigned yet."))
        else:
            percent = round(finished / assigned * 100)
            self.summary_label.setText(
                self.tr("Scores returned: {0} of {1} ({2} %)").format(finished, assigned, percent)
            )
        self.missing_label.setText(self.tr("Waiting for scores: {0}").format(missing))
        self.tabs.setTabText(1, self.tr("What is missing ({0})").format(missing))
        self.copy_button.setEnabled(missing > 0)

    # The list -------------------------------------------------------------------------

    def missing_text(self) -> str:
        """What is missing as plain text, juror by juror, ready to paste into e-mails."""
        by_juror = defaultdict(list)
        for row in self.missing.rows():
            by_juror[row.juror].append(row)
        blocks = []
        for juror, rows in by_juror.items():
            lines = [self.tr("{0} — applications waiting for scores: {1}").format(juror, len(rows))]
            for row in rows:
                lines.append(
                    self.tr("  nomination {0}, application No. {1}: {2} — {3}").format(
                        row.nomination,
                        row.application_id,
                        row.organization,
                        self.state_labels[row.state],
                    )
                )
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks) + ("\n" if blocks else "")

    def copy_list(self) -> None:
        QGuiApplication.clipboard().setText(self.missing_text())
        self.missing_label.setText(self.tr("The list is copied to the clipboard."))
