"""The import wizard: file → columns → nominations → review → import → result.

Every decision is the core's (``jury_app.importing``): the wizard holds the preview, collects
the user's corrections on its pages (``import_pages``, ``import_review``) and runs reading,
large re-analyses and the import off the GUI thread.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from jury_app.errors import JuryError
from jury_app.importing.service import ImportPreview, ImportReport, reanalyze
from jury_app.storage.engine import ContestDB
from ui import tasks
from ui.app_data import documents_folder
from ui.import_pages import ColumnsPage, FilePage, StepPage, skipped_rows
from ui.import_review import DonePage, NominationsPage, ReportPage
from ui.labels import ImportTexts
from ui.screen_fit import fit_to_screen

log = logging.getLogger(__name__)
SYNC_ROWS = 5000  # up to this many rows a new analysis is quick enough for the GUI thread
Button = QWizard.WizardButton


class ImportWizard(QWizard):
    """Imports a form export into the open contest; :meth:`ask` is the entry point."""

    FILE, COLUMNS, NOMINATIONS, REPORT, DONE = range(5)
    busyChanged = Signal(bool)
    analysisChanged = Signal()

    def __init__(self, db: ContestDB, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.db = db
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self.busy = False
        self.busy_message = ""
        self._generation = 0
        self.texts = ImportTexts(self)
        self.setWindowTitle(self.tr("Import applications"))
        for option in (
            QWizard.WizardOption.NoBackButtonOnStartPage,
            QWizard.WizardOption.NoBackButtonOnLastPage,
            QWizard.WizardOption.NoCancelButtonOnLastPage,
        ):
            self.setOption(option)
        self.setButtonText(Button.CommitButton, self.tr("Import"))
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.nominations_page = NominationsPage(self)
        self.report_page = ReportPage(self)
        self.done_page = DonePage(self)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.columns_page,
                self.nominations_page,
                self.report_page,
                self.done_page,
            )
        ):
            self.setPage(page_id, page)
        fit_to_screen(self, 1040, 720)
        if path is not None:
            self.load_file(path)

    @classmethod
    def ask(
        cls, parent: QWidget | None, db: ContestDB, path: Path | None = None
    ) -> ImportReport | None:
        """Run the wizard (on ``path`` if given, e.g. a dropped file); the report of the
        import, or None when it was cancelled before."""
        wizard = cls(db, parent, path)
        wizard.exec()
        return wizard.report

    def choose_path(self) -> Path | None:
        """Ask for the file to import (tests replace this method)."""
        settings = QSettings()
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the form export"),
            str(settings.value("import/last_folder", "") or documents_folder()),
            self.tr("Form exports (*.xlsx *.xls *.ods *.csv)"),
        )
        if not name:
            return None
        settings.setValue("import/last_folder", str(Path(name).parent))
        return Path(name)

    def load_file(self, path: Path) -> None:
        """Read and analyse ``path`` in the background, as if the user had chosen it."""
        self.file_page.load(Path(path))

    def counts_text(self) -> str:
        preview = self.preview
        assert preview is not None
        analysis = preview.analysis
        parts = [
            self.tr("Applications to import: {0}").format(len(analysis.applications)),
            self.tr("Rows skipped: {0}").format(skipped_rows(preview)),
            self.tr("Warnings: {0}").format(sum(len(a.warnings) for a in analysis.applications)),
        ]
        if analysis.already_imported:
            parts.append(self.tr("Already in the contest: {0}").format(analysis.already_imported))
        return " · ".join(parts)

    def error_text(self, error: BaseException) -> str:
        if isinstance(error, JuryError):
            return str(error)
        log.error("Import failed", exc_info=error)
        return self.tr("Unexpected error: {0}").format(str(error) or type(error).__name__)

    def run_task(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        message: str,
        lock: bool = False,
    ) -> None:
        """Run ``fn`` off the GUI thread; only the latest task's result is delivered.

        With ``lock`` the wizard cannot be cancelled meanwhile (the import itself).
        """
        self._generation += 1
        generation = self._generation

        def done(result: object) -> None:
            if generation == self._generation:
                self._set_busy(False, "")
                on_done(result)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._set_busy(False, "")
                on_error(error)

        self._set_busy(True, message, lock)
        tasks.start(lambda _report: fn(), done, failed)

    def _set_busy(self, busy: bool, message: str, lock: bool = False) -> None:
        self.busy, self.busy_message = busy, message
        self.busyChanged.emit(busy)  # pages re-check isComplete, QWizard refreshes its buttons
        if busy:
            self.button(Button.BackButton).setEnabled(False)
        self.button(Button.CancelButton).setEnabled(not lock)

    def refresh_analysis(self, page: StepPage) -> None:
        """Analyse again after the user changed the mapping or answered a question."""
        preview = self.preview
        assert preview is not None
        if len(preview.data_rows) <= SYNC_ROWS:
            try:
                reanalyze(self.db, preview)
            except Exception as error:
                page.show_error(self.error_text(error))
                return
            self._analysed(page, preview)
            return
        # A copy is analysed, so the pages never see a half-updated preview meanwhile.
        work = copy.copy(preview)
        work.mapping, work.nomination_choices = (
            dict(preview.mapping),
            dict(preview.nomination_choices),
        )
        self.run_task(
            lambda: reanalyze(self.db, work),
            lambda result: self._analysed(page, result),
            lambda error: page.show_error(self.error_text(error)),
            self.tr("Checking the rows again…"),
        )

    def _analysed(self, page: StepPage, preview: ImportPreview) -> None:
        self.preview = preview
        page.show_error("")
        self.analysisChanged.emit()

    def reject(self) -> None:
        if self.busy and not self.button(Button.CancelButton).isEnabled():
            return  # the import is being written; it ends by itself in a moment
        self._generation += 1  # a file still being read is of no interest any more
        super().reject()
