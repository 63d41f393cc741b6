"""The documents page on the scored demo contest: recipients, preview, recipient line by hand,
templates, the batch with progress and cancel, printing, and problems shown in the page."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QThreadPool
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from jury_app.contest import load_settings, save_settings
from jury_app.documents.journal import entries, journal
from jury_app.documents.service import GenerationReport
from jury_app.documents.templates import load_template
from jury_app.results.decisions import freeze_results
from jury_app.storage.engine import ContestDB
from ui import tasks
from ui.document_preview import print_document
from ui.documents_batch import BatchBar
from ui.documents_dialogs import GenerationSummary, JournalDialog, print_file
from ui.documents_models import DocumentRowsModel
from ui.documents_page import DocumentsPage
from ui.template_dialog import TemplateDialog

SLOW = 60_000


@pytest.fixture(autouse=True)
def _settle(sdb: ContestDB) -> Iterator[None]:
    """Background previews finish before the contest file is closed."""
    yield
    QThreadPool.globalInstance().waitForDone(SLOW)


@pytest.fixture
def docs(qtbot: QtBot, sdb: ContestDB) -> DocumentsPage:
    """The page on the thank-you letters, rows and first preview loaded."""
    page = DocumentsPage(sdb)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: page.preview.kind() == "pdf", timeout=SLOW)
    return page


def switch(qtbot: QtBot, page: DocumentsPage, kind: str) -> None:
    with qtbot.waitSignal(page.previewShown, timeout=SLOW):
        page.set_kind(kind)


def cell(page: DocumentsPage, row: int, column: int) -> str:
    return str(page.proxy.index(row, column).data())


def test_thanks_lists_the_winners_with_a_preview(docs: DocumentsPage, qtmodeltester: Any) -> None:
    assert docs.proxy.rowCount() == 12
    statuses = {cell(docs, r, DocumentRowsModel.COL_STATUS) for r in range(12)}
    assert statuses == {"Winner"}
    assert not docs.banner.isHidden()  # the demo's results are not frozen
    assert docs.preview.document.status() == QPdfDocument.Status.Ready
    assert docs.preview.document.pageCount() == 1
    qtmodeltester.check(docs.model)


def test_search_filters_the_rows(docs: DocumentsPage) -> None:
    name = cell(docs, 3, DocumentRowsModel.COL_ORGANIZATION)
    docs.search_edit.setText(name[:12].upper())
    assert 1 <= docs.proxy.rowCount() < 12
    docs.search_edit.clear()
    assert docs.proxy.rowCount() == 12


def test_selecting_a_row_previews_that_document(qtbot: QtBot, docs: DocumentsPage) -> None:
    with qtbot.waitSignal(docs.previewShown, timeout=SLOW):
        docs.table.selectRow(4)
    row = docs.selected_row()
    assert row is not None
    assert row.recipient.organization in docs.preview.title.text()
    assert docs.preview.document.status() == QPdfDocument.Status.Ready
    assert docs.preview.document.pageCount() == 1


def test_recipient_line_by_hand(qtbot: QtBot, docs: DocumentsPage, sdb: ContestDB) -> None:
    docs.table.selectRow(2)
    row = docs.selected_row()
    assert row is not None and not row.override
    box = docs.override_box
    assert row.automatic in box.automatic_label.text()
    box.edit.setText("  Коллективу   редакции  ")
    with qtbot.waitSignal(docs.previewShown, timeout=SLOW):
        box.save_button.click()
    assert cell(docs, 2, DocumentRowsModel.COL_RECIPIENT) == "Коллективу редакции"
    stored = entries(sdb, "thanks")[row.recipient.application_id]
    assert stored.recipient_override == "Коллективу редакции"
    assert box.revert_button.isEnabled()
    box.revert_button.click()
    assert cell(docs, 2, DocumentRowsModel.COL_RECIPIENT) == row.automatic
    assert entries(sdb, "thanks")[row.recipient.application_id].recipient_override == ""


def test_template_dialog_saves_and_validates(qtbot: QtBot, sdb: ContestDB) -> None:
    dialog = TemplateDialog(sdb, "thanks")
    qtbot.addWidget(dialog)
    assert dialog.save_button.isEnabled()
    dialog.edits["body"].setPlainText("Спасибо, {foo}!")  # type: ignore[union-attr]
    assert not dialog.save_button.isEnabled()
    assert "{foo}" in dialog.problems_label.text()
    dialog.edits["body"].setPlainText("Спасибо, {recipient}!")  # type: ignore[union-attr]
    dialog.edits["heading"].setText("Почётная грамота")  # type: ignore[union-attr]
    dialog.set_color("#204060")
    assert dialog.save_button.isEnabled()
    dialog.accept()
    saved = load_template(sdb, "thanks")
    assert (saved.heading, saved.body, saved.accent_color) == (
        "Почётная грамота",
        "Спасибо, {recipient}!",
        "#204060",
    )
    dialog = TemplateDialog(sdb, "thanks")
    qtbot.addWidget(dialog)
    dialog.reset_button.click()
    assert dialog.edits["heading"].text() == "Благодарственное письмо"  # type: ignore[union-attr]
    dialog.set_image("seal", b"not a picture")
    assert not dialog.save_button.isEnabled()


def test_template_dialog_previews_unsaved_edits(qtbot: QtBot, sdb: ContestDB) -> None:
    dialog = TemplateDialog(sdb, "certificate")
    qtbot.addWidget(dialog)
    dialog.edits["heading"].setText("Сертификат")  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: dialog.preview.kind() == "pdf", timeout=SLOW)
    assert dialog.preview.document.pageCount() == 1
    assert load_template(sdb, "certificate").heading == "Сертификат участника"


def _batch(monkeypatch: pytest.MonkeyPatch, folder: Path) -> list[GenerationReport]:
    shown: list[GenerationReport] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *a, **k: str(folder)
    )
    monkeypatch.setattr(BatchBar, "confirm_draft", lambda self: True)
    monkeypatch.setattr(
        GenerationSummary, "show_report", classmethod(lambda cls, p, r: shown.append(r))
    )
    return shown


def test_generate_all_diplomas(
    qtbot: QtBot, docs: DocumentsPage, sdb: ContestDB, tmp_path: Path, monkeypatch: Any
) -> None:
    out = tmp_path / "out"
    shown = _batch(monkeypatch, out)
    switch(qtbot, docs, "diploma")
    with qtbot.waitSignal(docs.batch.finished, timeout=SLOW) as finished:
        docs.batch.generate_button.click()
        assert not docs.batch.progress.isHidden() and not docs.kind_combo.isEnabled()
    report = finished.args[0]
    assert isinstance(report, GenerationReport) and shown == [report]
    assert report.draft and len(report.files) == 39
    assert report.combined is not None and report.combined.exists()
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [p.name for p in report.files] + [report.combined.name]
    )
    assert len(journal(sdb, "diploma")) == 39
    qtbot.waitUntil(lambda: cell(docs, 0, DocumentRowsModel.COL_NUMBER).startswith("ДФ-"))
    assert docs.kind_combo.isEnabled() and docs.batch.progress.isHidden()
    summary = GenerationSummary(report, docs)
    assert "39" in summary.text() and summary.folder == out
    assert summary.print_button is not None and summary.printable == report.combined

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(48)  # small pages: the test checks the count, not the looks
    assert print_file(docs, report.combined, printer) == 39
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 39


def test_printing_a_missing_file_says_so(
    qtbot: QtBot, docs: DocumentsPage, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_file(docs, tmp_path / "нет такого.pdf", printer) == 0
    assert warned and "нет такого.pdf" in warned[0]


def test_cancel_leaves_no_files(
    qtbot: QtBot, docs: DocumentsPage, tmp_path: Path, monkeypatch: Any
) -> None:
    out = tmp_path / "out"
    shown = _batch(monkeypatch, out)
    switch(qtbot, docs, "certificate")
    with qtbot.waitSignal(docs.batch.finished, timeout=SLOW) as finished:
        docs.batch.generate_button.click()
        docs.batch.cancel_button.click()
    assert isinstance(finished.args[0], tasks.Cancelled)
    assert shown == []
    assert list(out.iterdir()) == []  # no documents and no staging folder
    assert "Cancelled" in docs.batch.status_label.text()


def test_frozen_results_make_final_documents(
    qtbot: QtBot, sdb: ContestDB, tmp_path: Path, monkeypatch: Any
) -> None:
    freeze_results(sdb, "протокол № 1")
    page = DocumentsPage(sdb)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.preview.kind() == "pdf", timeout=SLOW)
    assert page.banner.isHidden()
    asked: list[bool] = []
    _batch(monkeypatch, tmp_path / "out")
    monkeypatch.setattr(BatchBar, "confirm_draft", lambda self: asked.append(True))
    with qtbot.waitSignal(page.batch.finished, timeout=SLOW) as finished:
        page.batch.generate_button.click()
    assert not asked and not finished.args[0].draft
    assert all(entry.final for entry in journal(sdb, "thanks"))


def test_print_to_a_pdf_printer(qtbot: QtBot, docs: DocumentsPage, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "letter.pdf"))
    assert docs.print_to(printer) == 1
    assert len(PdfReader(tmp_path / "letter.pdf").pages) == 1

    switch(qtbot, docs, "protocol")
    assert docs.left.isHidden() and docs.override_box.isHidden()
    pages = docs.preview.document.pageCount()
    assert pages > 1
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "protocol.pdf"))
    assert print_document(docs.preview.document, printer, dpi=60) == pages
    assert len(PdfReader(tmp_path / "protocol.pdf").pages) == pages


def test_badge_without_a_quality_bar_says_why(qtbot: QtBot, docs: DocumentsPage) -> None:
    switch(qtbot, docs, "badge")
    assert "Порог знака качества не задан" in docs.error_label.text()
    assert not docs.error_label.isHidden()
    assert docs.preview.message.text() == docs.error_label.text()
    assert docs.model.rowCount() == 0
    assert not docs.batch.generate_button.isEnabled()
    assert not docs.print_button.isEnabled()


def test_badge_with_a_quality_bar_shows_the_picture(
    qtbot: QtBot, docs: DocumentsPage, sdb: ContestDB
) -> None:
    save_settings(sdb, replace(load_settings(sdb), quality_bar=6.0))
    switch(qtbot, docs, "badge")
    assert docs.error_label.isHidden()
    assert docs.model.rowCount() > 0
    assert docs.preview.kind() == "png" and not docs.preview.picture().isNull()
    assert docs.override_box.isHidden()


def test_journal_dialog(qtbot: QtBot, sdb: ContestDB, tmp_path: Path, monkeypatch: Any) -> None:
    from jury_app.documents.service import generate_documents

    generate_documents(sdb, "thanks", tmp_path / "letters", draft_ok=True)
    dialog = JournalDialog(sdb)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 12
    assert dialog.model.index(0, 1).data().startswith("БП-")
    target = tmp_path / "journal.csv"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    dialog.export()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 13 and lines[1].count(";") == 5


def test_main_window_has_the_page(qtbot: QtBot, sdb: ContestDB) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(sdb)
    qtbot.addWidget(window)
    window.show()
    window.show_page(window.documents_page)
    assert window.current_page() is window.documents_page
    qtbot.waitUntil(lambda: window.documents_page.preview.kind() == "pdf", timeout=SLOW)
