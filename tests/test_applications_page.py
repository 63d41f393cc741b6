"""The applications page: model, search and filters, details, correcting a field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jury_app.applications import list_applications
from jury_app.importing.service import import_file
from jury_app.storage.engine import ContestDB
from tests.conftest import DEMO_XLSX
from tests.fixtures import messy_rows, write_xlsx
from ui.applications_model import SORT_ROLE, ApplicationsFilter, ApplicationsModel
from ui.applications_page import ApplicationsPage
from ui.edit_field_dialog import EditFieldDialog, FieldEdit


@pytest.fixture
def demo_db(db: ContestDB) -> ContestDB:
    import_file(db, DEMO_XLSX)
    return db


@pytest.fixture
def page(qtbot: QtBot, demo_db: ContestDB) -> ApplicationsPage:
    widget = ApplicationsPage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def test_model_passes_the_model_tester(qtmodeltester, demo_db: ContestDB) -> None:  # type: ignore[no-untyped-def]
    model = ApplicationsModel({})
    model.set_rows(list_applications(demo_db))
    qtmodeltester.check(model)
    proxy = ApplicationsFilter()
    proxy.setSourceModel(model)
    proxy.set_search("школа")
    qtmodeltester.check(proxy)


def test_shows_every_application(page: ApplicationsPage) -> None:
    assert page.model.rowCount() == 475
    assert page.proxy.rowCount() == 475
    assert "475" in page.count_label.text()


def test_search_across_columns_ignores_case_and_yo(page: ApplicationsPage, qtbot: QtBot) -> None:
    sample = page.model.row_at(10)
    page.search_edit.setText(sample.organization.upper().replace("Е", "Ё"))
    qtbot.waitUntil(lambda: page.proxy.rowCount() < 475)
    shown = [
        page.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
        for r in range(page.proxy.rowCount())
    ]
    assert sample in shown
    assert all(sample.organization.casefold() in r.organization.casefold() for r in shown)

    page.search_edit.setText(sample.vk or sample.telegram or sample.ok)
    qtbot.waitUntil(lambda: any(r is sample for r in _shown(page)))


def _shown(page: ApplicationsPage) -> list:
    return [
        page.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
        for r in range(page.proxy.rowCount())
    ]


def test_filters_by_nomination_municipality_and_problem(page: ApplicationsPage) -> None:
    page.nomination_filter.setCurrentIndex(page.nomination_filter.findData(2))
    assert page.proxy.rowCount() == 78
    assert all(r.nomination == 2 for r in _shown(page))

    municipality = _shown(page)[0].municipality
    page.municipality_filter.setCurrentIndex(page.municipality_filter.findData(municipality))
    assert all(r.municipality == municipality and r.nomination == 2 for r in _shown(page))

    page.nomination_filter.setCurrentIndex(0)
    page.municipality_filter.setCurrentIndex(0)
    page.problem_filter.setCurrentIndex(page.problem_filter.findData("formula_injection"))
    assert [r.organization[:10] for r in _shown(page)] == ["=HYPERLINK"]


def test_sorting_uses_russian_order(page: ApplicationsPage) -> None:
    page.table.sortByColumn(ApplicationsModel.COL_ORGANIZATION, Qt.SortOrder.AscendingOrder)
    keys = [
        page.proxy.index(r, ApplicationsModel.COL_ORGANIZATION).data(SORT_ROLE)
        for r in range(page.proxy.rowCount())
    ]
    assert keys == sorted(keys)
    page.table.sortByColumn(ApplicationsModel.COL_SUBSCRIBERS, Qt.SortOrder.DescendingOrder)
    first = page.proxy.index(0, ApplicationsModel.COL_SUBSCRIBERS).data(SORT_ROLE)
    assert first == max(r.subscribers or -1 for r in page.model.rows())


def test_details_show_links_and_escape_applicant_text(
    qtbot: QtBot, db: ContestDB, tmp_path: Path
) -> None:
    rows = messy_rows()[:1]
    rows[0][2] = "<b>МБОУ</b> & «СОШ» <script>x</script>"
    import_file(db, write_xlsx(tmp_path / "x.xlsx", rows))
    page = ApplicationsPage(db)
    qtbot.addWidget(page)
    page.table.selectRow(0)

    html = page.details.render_html(page.model.row_at(0))
    assert "&lt;b&gt;МБОУ&lt;/b&gt; &amp;" in html
    assert "<script>" not in html
    assert "href='https://vk.com/school1'" in html
    assert "МБОУ" in page.details.browser.toPlainText()
    assert "<b>МБОУ</b>" in page.details.browser.toPlainText()


def test_correcting_a_field_is_saved_and_shown(
    page: ApplicationsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = page.model.row_at(0)
    monkeypatch.setattr(
        EditFieldDialog,
        "ask",
        classmethod(lambda *a, **k: FieldEdit("link_telegram", "@new_channel", "письмо")),
    )
    page.edit_application(target.id)

    updated = next(r for r in page.model.rows() if r.id == target.id)
    assert updated.telegram == "https://t.me/new_channel"
    stored = next(r for r in list_applications(page.db) if r.id == target.id)
    assert stored.telegram == "https://t.me/new_channel"


def test_a_bad_correction_is_explained_not_saved(
    page: ApplicationsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = page.model.row_at(0)
    warnings: list[str] = []
    monkeypatch.setattr(
        EditFieldDialog, "ask", classmethod(lambda *a, **k: FieldEdit("email", "не почта", ""))
    )
    monkeypatch.setattr(page, "_warn", warnings.append)
    page.edit_application(target.id)

    assert warnings and "почты" in warnings[0]
    assert next(r for r in list_applications(page.db) if r.id == target.id) == target


def test_edit_dialog_prefills_the_current_value(qtbot: QtBot, demo_db: ContestDB) -> None:
    row = list_applications(demo_db)[0]
    dialog = EditFieldDialog(row, [(1, "A"), (2, "B")], field="phone")
    qtbot.addWidget(dialog)
    assert dialog.value_edit.text() == row.phone
    dialog.field_combo.setCurrentIndex(dialog.field_combo.findData("nomination"))
    dialog.nomination_combo.setCurrentIndex(1)
    dialog.reason_edit.setText("ошибка в форме")
    assert dialog.result_edit() == FieldEdit("nomination", "2", "ошибка в форме")
