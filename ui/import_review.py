"""The last pages of the import wizard: nomination questions, the review, the result."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jury_app.importing.analysis import NominationQuestion
from jury_app.importing.columns import Column
from jury_app.importing.normalize import cell_text
from jury_app.importing.service import ImportPreview, ImportReport, commit_import
from ui.import_models import (
    MatchedNominationsModel,
    NominationTotalsModel,
    ProblemFilter,
    ProblemsModel,
)
from ui.import_pages import (
    AMBER,
    GREEN,
    GREY,
    StepPage,
    all_problems,
    bold,
    clear_layout,
    label,
    table_view,
)

if TYPE_CHECKING:
    from ui.import_wizard import ImportWizard


def nomination_texts(preview: ImportPreview) -> set[str]:
    """The distinct nomination answers of the file, as the analysis compares them."""
    index = next((i for i, c in preview.mapping.items() if c is Column.NOMINATION), None)
    if index is None:
        return set()
    return {
        " ".join(cell_text(cells[index]).split()) if index < len(cells) else ""
        for _, cells in preview.data_rows
    }


class NominationsPage(StepPage):
    SKIP = 0  # item data of «skip these rows»; nomination numbers start at 1

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Match the nominations"))
        self.setSubTitle(
            self.tr(
                "Step 3 of 4 · Every application goes to one of the contest's nominations. Decide "
                "where the texts the program could not recognise belong, or skip their rows."
            )
        )
        self._asked: dict[str, NominationQuestion] = {}
        self._combos: dict[str, QComboBox] = {}
        self.all_clear = label(
            self.tr("Every nomination text in the file was recognised: nothing to decide."), GREEN
        )
        self.ask_box = QGroupBox(self.tr("Needs your decision"))
        self.questions = QWidget()
        self.questions_layout = QVBoxLayout(self.questions)
        self.questions_scroll = QScrollArea()
        self.questions_scroll.setWidgetResizable(True)
        self.questions_scroll.setWidget(self.questions)
        QVBoxLayout(self.ask_box).addWidget(self.questions_scroll)
        matched_box = QGroupBox(self.tr("Recognised automatically"))
        self.model = MatchedNominationsModel(self)
        self.table = table_view(self.model, MatchedNominationsModel.COL_NOMINATION)
        self.table.setColumnWidth(MatchedNominationsModel.COL_TEXT, 380)
        QVBoxLayout(matched_box).addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.ask_box)
        splitter.addWidget(matched_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.status = label()
        self.body.addWidget(self.all_clear)
        self.body.addWidget(splitter, 1)
        self.body.addWidget(self.status)
        self.finish_layout()
        wizard.analysisChanged.connect(self._update)

    def initializePage(self) -> None:
        preview = self.w.preview
        assert preview is not None
        present = nomination_texts(preview)
        # Questions already answered stay on the page, so an answer can be changed.
        asked = {
            text: question
            for text, question in self._asked.items()
            if text in present and text in preview.nomination_choices
        }
        asked.update({q.text: q for q in preview.analysis.questions})
        self._asked = asked
        clear_layout(self.questions_layout)
        self._combos = {}
        for question in asked.values():
            self.questions_layout.addWidget(self._question(question))
        self.questions_layout.addStretch(1)
        # The questions are the point of this page: show up to about four without scrolling.
        self.questions_scroll.setMinimumHeight(min(self.questions.sizeHint().height() + 4, 340))
        self.ask_box.setVisible(bool(asked))
        self.all_clear.setVisible(not asked)
        self._update()

    def _question(self, question: NominationQuestion) -> QFrame:
        preview = self.w.preview
        assert preview is not None
        titles = dict(preview.nominations)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QGridLayout(frame)
        layout.setColumnStretch(0, 1)
        shown = f"«{question.text}»" if question.text else self.tr("(no nomination given)")
        layout.addWidget(bold(label(shown)), 0, 0)
        rows = ", ".join(str(r) for r in question.rows[:10])
        rows += " …" if len(question.rows) > 10 else ""
        rows_label = label(self.tr("Rows of the sheet: {0}").format(rows), GREY, wrap=False)
        layout.addWidget(rows_label, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        combo = QComboBox()
        combo.setPlaceholderText(self.tr("Choose a nomination…"))
        combo.addItem(self.tr("— skip these rows —"), self.SKIP)
        for number, title in preview.nominations:
            combo.addItem(f"№ {number}  {title}", number)
        if question.text in preview.nomination_choices:
            choice = preview.nomination_choices[question.text]
            combo.setCurrentIndex(combo.findData(self.SKIP if choice is None else choice))
        else:
            combo.setCurrentIndex(-1)
        combo.currentIndexChanged.connect(lambda _i, text=question.text: self._answered(text))
        self._combos[question.text] = combo
        layout.addWidget(combo, 1, 0, 1, 2)
        suggestion = question.suggestion
        if suggestion is not None and suggestion in titles:
            hint = self.tr("Did you mean № {0} «{1}»?").format(suggestion, titles[suggestion])
            layout.addWidget(label(hint, AMBER), 2, 0)
            use = QPushButton(self.tr("Use suggestion"))
            use.clicked.connect(lambda: combo.setCurrentIndex(combo.findData(suggestion)))
            layout.addWidget(use, 2, 1, Qt.AlignmentFlag.AlignRight)
        return frame

    def answer(self, text: str, number: int | None) -> None:
        """Answer a question as the user would: a nomination number, or None to skip."""
        combo = self._combos[text]
        combo.setCurrentIndex(combo.findData(self.SKIP if number is None else number))

    def _answered(self, text: str) -> None:
        preview = self.w.preview
        value = self._combos[text].currentData()
        if preview is None or value is None:
            return
        preview.nomination_choices[text] = None if value == self.SKIP else int(value)
        self.w.refresh_analysis(self)

    def _update(self) -> None:
        preview = self.w.preview
        if preview is None:
            return
        self.model.set_analysis(preview.analysis, preview.nominations, self._asked)
        lines = [self.w.counts_text()]
        if self._asked:
            answered = sum(text in preview.nomination_choices for text in self._asked)
            lines.insert(0, self.tr("Decided: {0} of {1}.").format(answered, len(self._asked)))
            if answered < len(self._asked):
                lines[0] += " " + self.tr(
                    "Choose a nomination, or «skip these rows», for every text above."
                )
        self.status.setText("\n".join(lines))
        self.completeChanged.emit()

    def ready(self) -> bool:
        preview = self.w.preview
        return (
            preview is not None
            and not preview.analysis.questions
            and all(text in preview.nomination_choices for text in self._asked)
        )


class ReportPage(StepPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Review and import"))
        self.setSubTitle(
            self.tr(
                "Step 4 of 4 · Check what will be imported and what will be skipped, then press "
                "«Import». The contest file is backed up first."
            )
        )
        self.setCommitPage(True)
        self.totals = bold(label(), 1)
        self.notes = label()
        self.totals_model = NominationTotalsModel(self)
        self.totals_table = table_view(self.totals_model, NominationTotalsModel.COL_TITLE)
        self.totals_table.setColumnWidth(NominationTotalsModel.COL_NUMBER, 40)
        self.totals_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.totals_table.setWordWrap(True)  # nomination titles differ only at their ends
        self.totals_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        left = QGroupBox(self.tr("Applications per nomination"))
        QVBoxLayout(left).addWidget(self.totals_table)
        self.problems_model = ProblemsModel(wizard.texts, self)
        self.filter = ProblemFilter(self)
        self.filter.setSourceModel(self.problems_model)
        self.kind = QComboBox()
        self.kind.currentIndexChanged.connect(
            lambda _i: self.filter.set_kind(self.kind.currentData() or "")
        )
        self.problems_table = table_view(self.filter, ProblemsModel.COL_MESSAGE)
        self.problems_table.setSortingEnabled(True)
        self.problems_table.sortByColumn(ProblemsModel.COL_ROW, Qt.SortOrder.AscendingOrder)
        self.problems_table.selectionModel().currentRowChanged.connect(self._selected)
        self._legend = self.tr(
            "Red: the row is not imported. Orange: the application is imported with a remark "
            "to check later. Select a row to read its whole message."
        )
        self.message = label(self._legend, GREY)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        show = QHBoxLayout()
        show.addWidget(QLabel(self.tr("Show:")))
        show.addWidget(self.kind)
        show.addStretch(1)
        right = QGroupBox(self.tr("Problems by row of the sheet"))
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(show)
        right_layout.addWidget(self.problems_table, 1)
        right_layout.addWidget(self.message)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 660])
        self.body.addWidget(self.totals)
        self.body.addWidget(self.notes)
        self.body.addWidget(splitter, 1)
        self.finish_layout()

    def initializePage(self) -> None:
        preview = self.w.preview
        assert preview is not None
        analysis = preview.analysis
        problems = all_problems(preview)
        kinds = Counter(p.kind for p in problems)
        labels = self.w.texts.kinds
        self.totals.setText(self.w.counts_text())
        notes = []
        if kinds:
            by_kind = ", ".join(f"{text} — {kinds[k]}" for k, text in labels.items() if kinds[k])
            notes.append(self.tr("By kind: {0}.").format(by_kind))
        if analysis.superseded_existing:
            notes.append(
                self.tr(
                    "Applications already in the contest to be replaced by later ones: {0}."
                ).format(len(analysis.superseded_existing))
            )
        if not analysis.applications and not analysis.superseded_existing:
            notes.append(self.tr("The file brings nothing new: «Import» will change nothing."))
        self.notes.setText("\n".join(notes))
        self.totals_model.set_counts(
            preview.nominations, Counter(a.nomination for a in analysis.applications)
        )
        self.problems_model.set_problems(problems)
        self.message.setText(self._legend)
        self.kind.clear()
        self.kind.addItem(self.tr("All problems ({0})").format(len(problems)), "")
        for kind, text in labels.items():
            if kinds[kind]:
                self.kind.addItem(f"{text} ({kinds[kind]})", kind)
        for column in (ProblemsModel.COL_ROW, ProblemsModel.COL_KIND):
            self.problems_table.resizeColumnToContents(column)

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        message = current.siblingAtColumn(ProblemsModel.COL_MESSAGE).data()
        self.message.setText(message or self._legend)

    def validatePage(self) -> bool:
        if self.w.report is not None:
            return True
        preview = self.w.preview
        if preview is not None and not self.w.busy:
            self.show_error("")
            self.w.run_task(
                lambda: commit_import(self.w.db, preview),
                self._imported,
                self._not_imported,
                self.tr("Importing: backing up the contest file, then writing the applications…"),
                lock=True,
            )
        return False

    def _imported(self, report: ImportReport) -> None:
        self.w.report = report
        self.w.next()

    def _not_imported(self, error: BaseException) -> None:
        self.show_error(
            self.tr("Nothing was imported; the contest is unchanged. {0}").format(
                self.w.error_text(error)
            )
        )


class DonePage(StepPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import finished"))
        self.setSubTitle(self.tr("What was written to the contest. You can close this window now."))
        self.result = bold(label(style=GREEN), 2)
        self.details = label()
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals_model = NominationTotalsModel(self)
        table = table_view(self.totals_model, NominationTotalsModel.COL_TITLE)
        table.setColumnWidth(NominationTotalsModel.COL_NUMBER, 40)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        box = QGroupBox(self.tr("Imported applications per nomination"))
        QVBoxLayout(box).addWidget(table)
        self.body.addWidget(self.result)
        self.body.addWidget(self.details)
        self.body.addWidget(box, 1)
        self.finish_layout()

    def initializePage(self) -> None:
        report, preview = self.w.report, self.w.preview
        assert report is not None and preview is not None
        if report.imported or report.superseded_existing:
            self.result.setText(self.tr("Applications imported: {0}.").format(report.imported))
        else:
            self.result.setText(self.tr("Nothing new in this file: the contest was not changed."))
        lines = []
        if report.backup is not None:
            copy_made = self.tr("Copy of the contest file made before the import: {0}")
            lines.append(copy_made.format(report.backup.name))
            lines.append(self.tr("Folder of the copies: {0}").format(report.backup.parent))
        if report.superseded_existing:
            lines.append(
                self.tr("Earlier applications replaced by later ones: {0}.").format(
                    report.superseded_existing
                )
            )
        if report.already_imported:
            lines.append(
                self.tr("Rows that were already in the contest: {0}.").format(
                    report.already_imported
                )
            )
        if report.problems:
            lines.append(
                self.tr(
                    "Problems recorded: {0}. They are shown with the applications, "
                    "where you can correct them."
                ).format(len(report.problems))
            )
        self.details.setText("\n".join(lines))
        self.totals_model.set_counts(preview.nominations, report.per_nomination)
