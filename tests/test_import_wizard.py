"""The import wizard, driven as the secretary would drive it (never through exec())."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWizard

from jury_app.contest import contest_status
from jury_app.errors import JuryError
from jury_app.importing.columns import Column
from jury_app.importing.service import prepare_import
from jury_app.storage.engine import ContestDB
from ui import import_review, import_wizard
from ui.import_models import (
    MatchedNominationsModel,
    NominationTotalsModel,
    PreviewModel,
    ProblemFilter,
    ProblemsModel,
    column_letter,
)
from ui.import_wizard import ImportWizard
from ui.labels import ImportTexts

# QWizard resizes its top-level window on every page; the offscreen platform warns about it.
DEMO_XLSX = Path(__file__).resolve().parents[1] / "resources" / "demo" / "demo-applications.xlsx"
CULTURE = "3. Лучший паблик учреждения культуры Кузбасса"  # suggestion: № 5
COMPANY = "Лучший паблик предприятия"  # no suggestion
SMALL_CSV = f"""\
Отметка времени;Номинация;Полное наименование организации;Муниципальное образование;\
Ссылка на сообщество ВКонтакте;Контактный телефон
01.03.2025 10:00:00;Лучший школьный паблик Кузбасса;МБОУ СОШ № 1;Кемерово;\
https://vk.com/school1;+7 913 000-00-01
01.03.2025 10:05:00;Лучший паблик детского сада Кузбасса;МБДОУ № 2;Новокузнецк;vk.com/sad2;
01.03.2025 10:05:00;Лучший паблик детского сада Кузбасса;МБДОУ № 2;Новокузнецк;vk.com/sad2;
01.03.2025 10:10:00;{CULTURE};ДК «Шахтёр»;Прокопьевск;vk.com/dk;
01.03.2025 10:15:00;{COMPANY};ООО «Ромашка»;Кемерово;vk.com/romashka;
01.03.2025 10:20:00;Лучший паблик учреждения спорта Кузбасса;;Белово;vk.com/sport;
01.03.2025 10:25:00;Лучший паблик учреждения спорта Кузбасса;СШОР № 3;Белово;;не помню
"""


@pytest.fixture
def small_csv(tmp_path: Path) -> Path:
    path = tmp_path / "form.csv"
    path.write_text(SMALL_CSV, encoding="utf-8-sig")
    return path


@pytest.fixture
def wizard(qtbot, db: ContestDB) -> Iterator[ImportWizard]:
    w = ImportWizard(db)
    qtbot.addWidget(w)
    w.show()
    yield w
    qtbot.waitUntil(lambda: not w.busy, timeout=20000)  # no task outlives the contest file


def load(qtbot, w: ImportWizard, path: Path) -> None:
    w.load_file(path)
    qtbot.waitUntil(lambda: not w.busy, timeout=20000)


def import_now(qtbot, w: ImportWizard) -> None:
    assert w.currentId() == ImportWizard.REPORT
    w.next()  # «Import»: the commit runs in the background
    qtbot.waitUntil(lambda: w.currentId() == ImportWizard.DONE, timeout=20000)


def test_small_file_from_choice_to_import(qtbot, wizard, small_csv, db, monkeypatch):
    monkeypatch.setattr(wizard, "choose_path", lambda: small_csv)
    qtbot.mouseClick(wizard.file_page.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20000)
    assert wizard.file_page.isComplete()
    assert "form.csv" in wizard.file_page.status.text()

    wizard.next()
    assert wizard.currentId() == ImportWizard.COLUMNS
    columns = wizard.columns_page
    assert "row 1 of the file" in columns.where.text()
    assert "Applications to import: 3" in columns.summary.text()
    assert "Rows skipped: 4" in columns.summary.text()
    assert "to decide on the next step: 2" in columns.summary.text()
    assert columns.isComplete()

    wizard.next()
    page = wizard.nominations_page
    assert wizard.currentId() == ImportWizard.NOMINATIONS
    assert not page.isComplete()
    wizard.next()  # questions open: the wizard stays
    assert wizard.currentId() == ImportWizard.NOMINATIONS
    assert page.model.rowCount() == 3  # school, kindergarten, sport
    use = [b for b in page.findChildren(QPushButton) if b.text() == "Use suggestion"]
    assert len(use) == 1  # only the culture text has a suggestion
    qtbot.mouseClick(use[0], Qt.MouseButton.LeftButton)
    assert wizard.preview.nomination_choices == {CULTURE: 5}
    assert page.model.rowCount() == 3  # a decision is not listed as recognised automatically
    assert "Decided: 1 of 2" in page.status.text()
    assert not page.isComplete()
    page.answer(COMPANY, None)
    assert page.isComplete()
    assert "Applications to import: 4" in page.status.text()

    wizard.next()
    report = wizard.report_page
    assert wizard.currentId() == ImportWizard.REPORT
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Import"
    kinds = [report.kind.itemData(i) for i in range(report.kind.count())]
    assert kinds == ["", "duplicate", "empty_name", "unknown_nomination", "no_links", "bad_phone"]
    assert report.filter.rowCount() == 5
    report.kind.setCurrentIndex(kinds.index("unknown_nomination"))
    assert report.filter.rowCount() == 1
    assert report.filter.index(0, ProblemsModel.COL_ROW).data() == "6"
    assert contest_status(db).applications == 0  # nothing written before «Import»

    wizard.next()  # «Import»
    assert wizard.busy
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    wizard.reject()  # Esc or the window's close button while writing: ignored
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.DONE, timeout=20000)
    assert wizard.report is not None and wizard.report.imported == 4
    assert wizard.report.backup is not None and wizard.report.backup.exists()
    assert "Applications imported: 4" in wizard.done_page.result.text()
    assert wizard.report.backup.name in wizard.done_page.details.text()
    status = contest_status(db)
    assert status.applications == 4
    assert status.per_nomination[1] == status.per_nomination[2] == 1
    assert status.per_nomination[5] == status.per_nomination[6] == 1
    wizard.accept()


def test_typed_path_is_read_on_next(qtbot, wizard, small_csv):
    wizard.file_page.path_edit.setText(str(small_csv))
    assert wizard.file_page.isComplete()
    wizard.next()  # reads the file first, then moves on by itself
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.COLUMNS, timeout=20000)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("broken.xlsx", b"this is not a workbook", "повреждён"),
        ("empty.csv", b"", "пуст"),
        ("header-only.csv", "Организация;Номинация\n".encode(), "только заголовки"),
    ],
)
def test_unusable_file_is_reported_inline(qtbot, wizard, db, tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    load(qtbot, wizard, path)
    page = wizard.file_page
    assert wizard.preview is None
    assert page.error_label.isVisible()
    assert expected in page.error_label.text()
    assert "\n" not in page.error_label.text()
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == ImportWizard.FILE
    assert not wizard.busy  # a failed path is not read again and again
    assert contest_status(db).applications == 0
    page.path_edit.setText(str(path) + "x")  # another path: the error goes, Next comes back
    assert not page.error_label.isVisible()
    assert page.isComplete()


def test_dropping_a_required_column_blocks_next(qtbot, wizard, small_csv):
    load(qtbot, wizard, small_csv)
    wizard.next()
    page = wizard.columns_page
    organization = 2
    page.set_column(organization, None)
    assert page.problems.isVisible()
    assert "Organization" in page.problems.text()
    assert "Correct the choices" in page.summary.text()
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == ImportWizard.COLUMNS
    page.set_column(3, Column.ORGANIZATION)  # the municipality as organisation: allowed
    assert page.isComplete()
    page.set_column(4, Column.ORGANIZATION)  # chosen twice
    assert "several columns (D, E)" in page.problems.text()
    assert not page.isComplete()
    page.set_column(4, Column.VK)
    page.set_column(3, Column.MUNICIPALITY)
    page.set_column(organization, Column.ORGANIZATION)
    assert page.isComplete()
    assert not page.problems.isVisible()
    assert "Applications to import: 3" in page.summary.text()


def test_unrecognised_headers_are_chosen_by_hand(qtbot, wizard, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("Кто;Куда\nМБОУ СОШ № 7;Лучший школьный паблик Кузбасса\n", encoding="utf-8")
    load(qtbot, wizard, path)
    assert "choose them next" in wizard.file_page.status.text()
    wizard.next()
    page = wizard.columns_page
    assert "Organization" in page.problems.text() and "Nomination" in page.problems.text()
    assert not page.isComplete()
    page.set_column(0, Column.ORGANIZATION)
    page.set_column(1, Column.NOMINATION)
    assert page.isComplete()
    assert "Applications to import: 1" in page.summary.text()


def test_large_files_are_analysed_again_in_the_background(qtbot, wizard, small_csv, monkeypatch):
    monkeypatch.setattr(import_wizard, "SYNC_ROWS", 0)
    load(qtbot, wizard, small_csv)
    wizard.next()
    before = wizard.preview
    assert "Warnings: 2" in wizard.columns_page.summary.text()  # no links; a phone
    wizard.columns_page.set_column(5, None)  # the phone column is no longer read
    assert wizard.busy
    qtbot.waitUntil(lambda: not wizard.busy, timeout=20000)
    assert wizard.preview is not before
    assert 5 not in wizard.preview.mapping
    assert "Warnings: 1" in wizard.columns_page.summary.text()


def test_reimport_changes_nothing(qtbot, wizard, small_csv, db):
    for _ in range(2):
        wizard.restart()
        load(qtbot, wizard, small_csv)
        wizard.next()
        wizard.next()
        for question in wizard.preview.analysis.questions:  # the second time: COMPANY only
            wizard.nominations_page.answer(question.text, {CULTURE: 5}.get(question.text))
        wizard.next()
        wizard.report = None
        import_now(qtbot, wizard)
    assert wizard.report is not None and wizard.report.imported == 0
    assert wizard.report.backup is None
    assert "Nothing new" in wizard.done_page.result.text()
    assert contest_status(db).applications == 4


def test_failed_import_is_shown_and_changes_nothing(qtbot, wizard, small_csv, db, monkeypatch):
    def refuse(_db, _preview):
        raise JuryError("Диск переполнен.")

    monkeypatch.setattr(import_review, "commit_import", refuse)
    load(qtbot, wizard, small_csv)
    wizard.next()
    wizard.next()
    wizard.nominations_page.answer(CULTURE, None)
    wizard.nominations_page.answer(COMPANY, None)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=20000)
    page = wizard.report_page
    assert wizard.currentId() == ImportWizard.REPORT
    assert page.error_label.isVisible()
    assert "Диск переполнен." in page.error_label.text()
    assert wizard.report is None
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert contest_status(db).applications == 0


def test_ask_returns_nothing_when_cancelled(qtbot, db, monkeypatch):
    monkeypatch.setattr(ImportWizard, "exec", lambda self: self.reject() or 0)
    assert ImportWizard.ask(None, db) is None


def test_models(qtmodeltester, db, small_csv):
    preview = prepare_import(db, small_csv)
    texts = ImportTexts()
    preview_model = PreviewModel(texts)
    preview_model.set_source(preview.headers, preview.data_rows, preview.mapping)
    qtmodeltester.check(preview_model)
    assert preview_model.rowCount() == 7
    assert preview_model.headerData(0, Qt.Orientation.Vertical) == "2"  # the sheet's row number
    assert preview_model.headerData(2, Qt.Orientation.Horizontal).endswith("→ Organization")
    preview_model.set_mapping({})
    assert preview_model.headerData(2, Qt.Orientation.Horizontal).endswith("→ — not imported —")

    problems = ProblemsModel(texts)
    problems.set_problems(preview.analysis.problems)
    proxy = ProblemFilter()
    proxy.setSourceModel(problems)
    qtmodeltester.check(problems)
    qtmodeltester.check(proxy)
    proxy.set_kind("duplicate")
    assert proxy.rowCount() == 1
    assert proxy.index(0, ProblemsModel.COL_KIND).data() == "Repeated row"

    matched = MatchedNominationsModel()
    matched.set_analysis(preview.analysis, preview.nominations)
    qtmodeltester.check(matched)
    totals = NominationTotalsModel()
    totals.set_counts(preview.nominations, {1: 3})
    qtmodeltester.check(totals)
    assert totals.rowCount() == 12
    assert [column_letter(i) for i in (0, 25, 26, 27)] == ["A", "Z", "AA", "AB"]


@pytest.mark.skipif(not DEMO_XLSX.exists(), reason="the demo export is not generated yet")
def test_demo_export_with_screenshots(qtbot, wizard, db, tmp_path):
    shots = Path(os.environ.get("JURY_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    wizard.resize(1100, 750)
    load(qtbot, wizard, DEMO_XLSX)
    wizard.grab().save(str(shots / "import_file.png"))
    wizard.next()
    wizard.grab().save(str(shots / "import_columns.png"))
    wizard.next()
    page = wizard.nominations_page
    questions = [q.text for q in wizard.preview.analysis.questions]
    assert questions
    wizard.grab().save(str(shots / "import_nominations.png"))
    for text in questions:
        page.answer(text, None)
    wizard.next()
    assert wizard.grab().save(str(shots / "import_report.png"))
    import_now(qtbot, wizard)
    wizard.grab().save(str(shots / "import_done.png"))
    assert contest_status(db).applications == wizard.report.imported == 475
