"""Opening each window of the guide in the state worth showing, for :mod:`ui.screenshots`."""

from __future__ import annotations

import dataclasses
import time
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QScrollArea, QWidget

from jury_app.contest import create_contest
from jury_app.jury.package import open_package
from jury_app.jury.scorefile import MergeReport
from jury_app.presets import kuzbass_2025
from jury_app.storage.engine import open_contest_file
from ui.screenshots import SHOT, Camera, settle

if TYPE_CHECKING:
    from pathlib import Path

    from ui.main_window import MainWindow

# The merge dialog names the backup it made; its time stamp would change every picture.
BACKUP_STAMP = "20251020-143012-000000"


def _dispose(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    settle()


def start_screen(camera: Camera) -> None:
    from ui.start_screen import StartScreen

    screen = StartScreen()
    camera.take("01-start.png", screen)
    _dispose(screen)


def import_wizard(camera: Camera, export: Path) -> None:
    """The form export read into an empty contest: the file, the nomination questions and
    the report of problems (the import itself is not run)."""
    from ui.import_wizard import ImportWizard

    db = create_contest(camera.folder / "Новый конкурс.jury", kuzbass_2025())
    wizard = ImportWizard(db)
    try:
        wizard.show()
        wizard.load_file(export)
        settle(lambda: wizard.preview is not None and not wizard.busy)
        camera.take("03-import-file.png", wizard)
        wizard.next()  # the columns, found from the header texts
        settle(lambda: not wizard.busy)
        wizard.next()
        settle(lambda: not wizard.busy)
        if wizard.currentId() == ImportWizard.NOMINATIONS:
            camera.take("04-import-nominations.png", wizard)
            preview = wizard.preview
            assert preview is not None
            for question in list(preview.analysis.questions):
                wizard.nominations_page.answer(question.text, question.suggestion)
                settle(lambda: not wizard.busy)
            wizard.next()
            settle(lambda: not wizard.busy)
        else:
            camera.skip("04-import-nominations.png", "the demo file needs no decision")
        if wizard.currentId() == ImportWizard.REPORT:
            camera.take("05-import-report.png", wizard)
        else:
            camera.skip("05-import-report.png", "the wizard did not reach its report page")
    finally:
        _dispose(wizard)
        db.close()


def main_window(camera: Camera, contest: Path, report: MergeReport) -> None:
    """Every page of the secretary's window, and the report of the last merge."""
    from ui.main_window import MainWindow
    from ui.merge_dialog import MergeResultDialog

    db = open_contest_file(contest)
    window = MainWindow(db)
    try:
        window.show()
        settle(lambda: window.results_page.results is not None)
        applications = window.applications_page
        applications.table.selectRow(0)  # the details of one application below the list
        for name, page in (
            ("02-applications.png", applications),
            ("06-commission.png", window.jury_page),
            ("07-scores.png", window.scores_page),
            ("10-results.png", window.results_page),
            ("11-settings.png", window.settings_page),
        ):
            window.show_page(page)
            camera.take(name, window)
        _scroll_to_criteria(window)
        camera.take("12-settings-criteria.png", window)
        _documents(camera, window)
        if report.backup is not None:
            stem = contest.stem
            backup = report.backup.with_name(f"{stem}-{BACKUP_STAMP}-before-merge.jury")
            report = dataclasses.replace(report, backup=backup)
        dialog = MergeResultDialog(report, window)
        camera.take("09-merge.png", dialog)
        _dispose(dialog)
    finally:
        _dispose(window)
        db.close()


def _scroll_to_criteria(window: MainWindow) -> None:
    """The settings page scrolled down to the criteria, the finalists and the tie-break."""
    page = window.settings_page
    criteria = page.criteria_view.parentWidget()
    scroll = page.findChild(QScrollArea)
    content = scroll.widget() if scroll is not None else None
    if scroll is not None and content is not None and criteria is not None:
        top = criteria.mapTo(content, criteria.rect().topLeft()).y()
        scroll.verticalScrollBar().setValue(top - 8)


def _documents(camera: Camera, window: MainWindow) -> None:
    name = "13-documents.png"
    page = window.documents_page
    window.show_page(page)
    window.resize(*SHOT[name].size)
    # The preview is made after a short pause, off the GUI thread, then drawn.
    settle(lambda: _preview_shown(page))
    pause = time.monotonic() + 0.3
    settle(lambda: time.monotonic() > pause)
    camera.take(name, window)


def _preview_shown(page: QWidget) -> bool:
    kind = getattr(getattr(page, "preview", None), "kind", None)
    return not callable(kind) or kind() in ("pdf", "png")


def juror_window(camera: Camera, package: Path) -> None:
    from ui.juror_window import JurorWindow

    db, info = open_package(package)
    window = JurorWindow(db, info)
    try:
        camera.take("08-juror.png", window)
    finally:
        _dispose(window)
        db.close()
