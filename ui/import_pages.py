"""The first pages of the import wizard: the file, then what each of its columns holds.

All pages share :class:`StepPage`: an inline error line, a busy indicator for the wizard's
background work, and ``isComplete`` that waits for that work to end.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from jury_app.importing.analysis import Problem
from jury_app.importing.columns import LINK_COLUMNS, REQUIRED, Column, mapping_problems
from jury_app.importing.service import ImportPreview, prepare_import
from ui.import_models import PreviewModel, column_letter

if TYPE_CHECKING:
    from ui.import_wizard import ImportWizard

RED, GREEN, GREY = "color: #b91c1c;", "color: #15803d;", "color: #4b5563;"
AMBER = "color: #92400e;"


def label(text: str = "", style: str = "", wrap: bool = True) -> QLabel:
    """A plain-text label: whatever a file contains is shown literally, never as markup."""
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setStyleSheet(style)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def bold(widget: QLabel, larger: int = 0) -> QLabel:
    font = QFont(widget.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() + larger)
    widget.setFont(font)
    return widget


def table_view(model: Any, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def skipped_rows(preview: ImportPreview) -> int:
    """Non-empty data rows that will not become applications (already imported ones aside)."""
    analysis = preview.analysis
    filled = len(preview.data_rows) - analysis.blank_rows - analysis.already_imported
    return filled - len(analysis.applications)


def all_problems(preview: ImportPreview) -> list[Problem]:
    """Skipped rows and warnings on applications, as the import will record them."""
    analysis = preview.analysis
    return analysis.problems + [w for a in analysis.applications for w in a.warnings]


class StepPage(QWizardPage):
    """A page with an inline error line and a busy indicator for the wizard's background work."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.body = QVBoxLayout(self)
        self.error_label = label(style=RED)
        self.error_label.setVisible(False)
        self.busy_label = label(style=GREY, wrap=False)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        wizard.busyChanged.connect(self._on_busy)

    def finish_layout(self) -> None:
        if self.body.indexOf(self.error_label) < 0:  # a page may have placed it itself
            self.body.addWidget(self.error_label)
        busy = QHBoxLayout()
        busy.addWidget(self.busy_label)
        busy.addWidget(self.busy_bar, 1)
        self.body.addLayout(busy)
        self._on_busy(False)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _on_busy(self, busy: bool) -> None:
        shown = busy and self.w.currentPage() is self
        self.busy_label.setText(self.w.busy_message if shown else "")
        self.busy_label.setVisible(shown)
        self.busy_bar.setVisible(shown)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.w.busy and self.ready()

    def validatePage(self) -> bool:
        # QWizard.next() does not look at isComplete; a page must not be left half done.
        return self.isComplete()

    def ready(self) -> bool:
        return True


class FilePage(StepPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr("Step 1 of 4 · The file with the applications exported from the online form.")
        )
        self._failed = ""
        self._advance = False
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Path to the .xlsx or .csv file"))
        self.path_edit.textChanged.connect(self._edited)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        self.body.addWidget(QLabel(self.tr("File with the applications:")))
        self.body.addLayout(row)
        accepted = self.tr(
            "Accepted: Excel workbooks (.xlsx, .xls), OpenDocument spreadsheets (.ods) and "
            "CSV text files (UTF-8 or Windows-1251, separated by «;» or «,»). The first sheet "
            "is read and its header row is found automatically."
        )
        self.body.addWidget(label(accepted, GREY))
        self.status = label(style=GREEN)
        self.body.addWidget(self.status)
        self.body.addWidget(self.error_label)
        drop = label(self.tr("Or drop the file here"), GREY + "border: 2px dashed #9ca3af;")
        drop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        drop.setMinimumHeight(100)
        self.body.addWidget(drop, 1)
        steps = QGroupBox(self.tr("How the import goes"))
        lines = [
            self.tr("1. File: choose it here."),
            self.tr("2. Columns: check which column holds what."),
            self.tr("3. Nominations: decide on the texts the program could not recognise."),
            self.tr("4. Review: look through the problems found, then press «Import»."),
            self.tr("Nothing is written to the contest before «Import»; a backup is made first."),
        ]
        QVBoxLayout(steps).addWidget(label("\n".join(lines)))
        self.body.addWidget(steps)
        self.finish_layout()
        self.setAcceptDrops(True)

    def choose(self) -> None:
        path = self.w.choose_path()
        if path is not None:
            self.load(path)

    def load(self, path: Path, advance: bool = False) -> None:
        """Read and analyse the file in the background; go on to the columns if ``advance``."""
        self.path_edit.setText(str(path))
        self._failed, self._advance = "", advance
        self.show_error("")
        self.status.clear()
        self.w.preview = None
        self.w.run_task(
            lambda: prepare_import(self.w.db, path),
            self._loaded,
            lambda error: self._not_loaded(str(path), error),
            self.tr("Reading the file…"),
        )

    def _loaded(self, preview: ImportPreview) -> None:
        self.w.preview = preview
        name, sheet, rows = preview.path.name, preview.table.sheet, len(preview.data_rows)
        if sheet:
            text = self.tr("Read «{0}»: sheet «{1}», {2} rows below the header.")
            text = text.format(name, sheet, rows)
        else:
            text = self.tr("Read «{0}»: {1} rows below the header.").format(name, rows)
        if preview.mapping_errors:
            text += " " + self.tr("Some required columns were not recognised: choose them next.")
        else:
            text += " " + self.tr("Press «Next» to check the columns.")
        self.status.setText(text)
        if self._advance:
            self.w.next()

    def _not_loaded(self, path: str, error: BaseException) -> None:
        self._failed = path
        self.show_error(self.w.error_text(error))
        self.completeChanged.emit()

    def _edited(self, text: str) -> None:
        if text.strip() != self._failed:
            self.show_error("")
        self.completeChanged.emit()

    def ready(self) -> bool:
        text = self.path_edit.text().strip()
        return bool(text) and text != self._failed

    def validatePage(self) -> bool:
        text = self.path_edit.text().strip()
        preview = self.w.preview
        if preview is not None and preview.path == Path(text).expanduser():
            return True
        if text and not self.w.busy and text != self._failed:
            self.load(Path(text).expanduser(), advance=True)
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls and not self.w.busy:
            self.load(Path(urls[0].toLocalFile()))


class ColumnsPage(StepPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr(
                "Step 2 of 4 · The program guessed what each column holds; correct a choice on the "
                "left only where it is wrong."
            )
        )
        self._combos: list[QComboBox] = []
        self.where = label()
        self.body.addWidget(self.where)
        left = QGroupBox(self.tr("What each column holds"))
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(
            label(
                self.tr(
                    "Organization and Nomination are required. Each field goes to one column only; "
                    "link fields may be chosen for several."
                ),
                GREY,
            )
        )
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_widget)
        left_layout.addWidget(scroll, 1)
        right = QGroupBox(self.tr("The first rows of the file (row numbers as in the sheet)"))
        right_layout = QVBoxLayout(right)
        self.model = PreviewModel(wizard.texts, self)
        self.table = table_view(self.model, 0)
        self.table.verticalHeader().setVisible(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        right_layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([480, 590])
        self.body.addWidget(splitter, 1)
        self.problems = label(style=RED)
        self.summary = bold(label())
        self.body.addWidget(self.problems)
        self.body.addWidget(self.summary)
        self.finish_layout()
        wizard.analysisChanged.connect(self._update)

    def initializePage(self) -> None:
        preview = self.w.preview
        assert preview is not None
        sheet = preview.table.sheet
        self.where.setText(
            (
                self.tr("Header found in row {0} of sheet «{1}».")
                if sheet
                else self.tr("Header found in row {0} of the file.")
            ).format(preview.header_row_number, sheet)
            + " "
            + self.tr("Rows below it: {0}.").format(len(preview.data_rows))
        )
        clear_layout(self.grid)
        self._combos = []
        for index, header in enumerate(preview.headers):
            name = label(header or self.tr("(no header)"))
            name.setToolTip(header)
            letter = label(column_letter(index), GREY, wrap=False)
            combo = self._combo(index, preview.mapping.get(index))
            self.grid.addWidget(letter, index, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(name, index, 1)
            self.grid.addWidget(combo, index, 2, Qt.AlignmentFlag.AlignTop)
            self._combos.append(combo)
        self.grid.setRowStretch(len(preview.headers), 1)
        self.model.set_source(preview.headers, preview.data_rows, preview.mapping)
        sections = self.table.horizontalHeader()
        sections.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            sections.resizeSection(column, max(120, min(sections.sectionSize(column), 260)))
        self._update()

    def _combo(self, index: int, current: Column | None) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.addItem(self.w.texts.not_imported, "")
        for column in Column:
            combo.addItem(self.w.texts.columns[column], column.value)
        combo.setCurrentIndex(combo.findData(current.value if current else ""))
        combo.currentIndexChanged.connect(lambda _i: self._changed(index))
        return combo

    def mapping(self) -> dict[int, Column]:
        return {i: Column(c.currentData()) for i, c in enumerate(self._combos) if c.currentData()}

    def set_column(self, index: int, column: Column | None) -> None:
        """Choose what column ``index`` holds, as the user would with its combo box."""
        combo = self._combos[index]
        combo.setCurrentIndex(combo.findData(column.value if column else ""))

    def _changed(self, index: int) -> None:
        preview = self.w.preview
        assert preview is not None
        preview.mapping = self.mapping()
        self.model.set_mapping(preview.mapping)
        self.table.scrollTo(self.model.index(0, index))
        if not self.mapping_problems(preview.mapping):
            self.w.refresh_analysis(self)
        self._update()

    def mapping_problems(self, mapping: dict[int, Column]) -> list[str]:
        preview = self.w.preview
        assert preview is not None
        labels = self.w.texts.columns
        problems = [
            self.tr("Choose the column that holds «{0}»: it is required.").format(labels[c])
            for c in REQUIRED
            if c not in mapping.values()
        ]
        for column in Column:
            chosen = [i for i, c in mapping.items() if c is column]
            if len(chosen) > 1 and column not in LINK_COLUMNS:
                letters = ", ".join(column_letter(i) for i in chosen)
                problems.append(
                    self.tr("«{0}» is chosen for several columns ({1}); keep one.").format(
                        labels[column], letters
                    )
                )
        if not problems:  # the core's rules are the last word
            problems = mapping_problems(mapping, preview.headers)
        return problems

    def _update(self) -> None:
        preview = self.w.preview
        if preview is None or not self._combos:
            return
        problems = self.mapping_problems(self.mapping())
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        if problems:
            self.summary.setText(self.tr("Correct the choices on the left to go on."))
        else:
            text = self.w.counts_text()
            if preview.analysis.questions:
                text += "\n" + self.tr("Nomination texts to decide on the next step: {0}.").format(
                    len(preview.analysis.questions)
                )
            self.summary.setText(text)
        self.completeChanged.emit()

    def ready(self) -> bool:
        return self.w.preview is not None and not self.mapping_problems(self.mapping())
