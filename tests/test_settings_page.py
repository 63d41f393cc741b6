"""The contest settings page: loading, editing, saving, refusing what the core refuses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jury_app.contest import contest_status, load_settings
from jury_app.importing.service import import_file
from jury_app.settings import CriterionSpec
from jury_app.storage.engine import ContestDB
from ui.settings_models import CriteriaModel, NominationRow, NominationsModel
from ui.settings_page import SettingsPage

EDIT = Qt.ItemDataRole.EditRole
SCHOOL = "Лучший школьный паблик Кузбасса"
KINDERGARTEN = "Лучший паблик детского сада Кузбасса"
SUBORDINATE = "Лучший паблик подведомственного учреждения Кузбасса"


class RecordingPage(SettingsPage):
    """The page with its message box replaced by a list of the messages."""

    def __init__(self, db: ContestDB) -> None:
        self.warnings: list[str] = []
        super().__init__(db)

    def _warn(self, text: str) -> None:
        self.warnings.append(text)


@pytest.fixture
def page(qtbot, db: ContestDB) -> RecordingPage:
    widget = RecordingPage(db)
    qtbot.addWidget(widget)
    return widget


def import_rows(db: ContestDB, tmp_path: Path, rows: list[tuple[str, str]]) -> None:
    lines = ["Номинация;Организация", *(f"{n};{o}" for n, o in rows)]
    path = tmp_path / "applications.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_file(db, path)


def finalists_column(page: SettingsPage) -> list[int]:
    model = page.nominations
    return [
        int(model.data(model.index(row, NominationsModel.COL_FINALISTS)))
        for row in range(model.rowCount())
    ]


def test_page_shows_the_kuzbass_preset(page: RecordingPage) -> None:
    assert page.nominations.rowCount() == 12
    assert page.criteria.rowCount() == 4
    assert page.total_spin.value() == 39
    assert page.total_rule_radio.isChecked()
    assert page.signatory_name_edit.text() == load_settings(page.db).signatory_name != ""
    assert page.signatory_position_edit.text()
    assert page.method_combo.currentData() == "mean"
    title = page.nominations.index(0, NominationsModel.COL_TITLE)
    assert page.nominations.data(title) == SCHOOL
    assert not page.has_unsaved_changes()
    assert not page.save_button.isEnabled()
    assert not page.revert_button.isEnabled()


def test_signatory_is_saved_and_signal_emitted(qtbot, page: RecordingPage) -> None:
    page.signatory_name_edit.setText("А. А. Иванов")
    assert page.has_unsaved_changes()
    assert page.save_button.isEnabled()
    with qtbot.waitSignal(page.settingsSaved, timeout=1000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert load_settings(page.db).signatory_name == "А. А. Иванов"
    assert page.warnings == []
    assert not page.has_unsaved_changes()
    assert not page.save_button.isEnabled()


def test_revert_drops_edits(page: RecordingPage) -> None:
    page.title_edit.setText("Другой конкурс")
    page.revert_button.click()
    assert page.title_edit.text() == load_settings(page.db).title
    assert not page.has_unsaved_changes()


def test_criterion_weight_and_rubric_are_saved(page: RecordingPage) -> None:
    model = page.criteria
    assert model.setData(model.index(1, CriteriaModel.COL_WEIGHT), 2.5, EDIT)
    assert not model.setData(model.index(1, CriteriaModel.COL_WEIGHT), 0, EDIT)
    assert not model.setData(model.index(1, CriteriaModel.COL_STEP), "шаг", EDIT)
    page.criteria_view.setCurrentIndex(model.index(1, 0))
    assert page.rubric_edit.toPlainText() == model.criterion(1).rubric
    page.rubric_edit.setPlainText("0 — нет форматов.\n10 — все форматы.")
    assert page.save()
    criterion = load_settings(page.db).criteria[1]
    assert criterion.weight == 2.5
    assert criterion.rubric == "0 — нет форматов.\n10 — все форматы."


def test_criteria_can_be_added_and_reordered(page: RecordingPage) -> None:
    page.add_criterion_button.click()
    model = page.criteria
    assert model.rowCount() == 5
    assert model.setData(model.index(4, CriteriaModel.COL_TITLE), "Работа с обращениями", EDIT)
    page.criteria_view.setCurrentIndex(model.index(4, 0))
    page.criterion_up_button.click()
    assert page.save()
    titles = [c.title for c in load_settings(page.db).criteria]
    assert titles[3] == "Работа с обращениями"
    assert len(titles) == 5


def test_added_nomination_is_saved(page: RecordingPage) -> None:
    page.add_nomination_button.click()
    model = page.nominations
    assert model.rowCount() == 13
    assert model.setData(model.index(12, NominationsModel.COL_TITLE), "Лучший паблик ТОС", EDIT)
    assert page.save()
    nominations = load_settings(page.db).nominations
    assert len(nominations) == 13
    assert (nominations[-1].number, nominations[-1].title) == (13, "Лучший паблик ТОС")


def test_title_edited_in_place_and_moved(page: RecordingPage) -> None:
    model = page.nominations
    assert model.setData(model.index(0, NominationsModel.COL_TITLE), "  Школы  ", EDIT)
    assert not model.setData(model.index(0, NominationsModel.COL_TITLE), "   ", EDIT)
    page.nominations_view.setCurrentIndex(model.index(0, 1))
    page.nomination_down_button.click()
    assert page.warnings == []
    assert page.save()
    nominations = load_settings(page.db).nominations
    assert [(n.number, n.title) for n in nominations[:2]] == [(1, KINDERGARTEN), (2, "Школы")]


def test_nomination_with_applications_cannot_be_removed(
    page: RecordingPage, tmp_path: Path
) -> None:
    import_rows(page.db, tmp_path, [(SCHOOL, "МБОУ СОШ № 1")])
    page.reload()
    model = page.nominations
    assert model.data(model.index(0, NominationsModel.COL_APPLICATIONS)) == "1"
    page.nominations_view.setCurrentIndex(model.index(0, 1))
    page.remove_nomination_button.click()
    assert model.rowCount() == 12
    assert len(page.warnings) == 1
    assert "1" in page.warnings[0]
    # Moving it would give its applications to another nomination's number.
    page.nomination_down_button.click()
    assert len(page.warnings) == 2
    assert model.data(model.index(0, NominationsModel.COL_TITLE)) == SCHOOL
    assert not page.has_unsaved_changes()


def test_counts_refresh_keeps_edits(page: RecordingPage, tmp_path: Path) -> None:
    page.signatory_name_edit.setText("А. А. Иванов")
    import_rows(page.db, tmp_path, [(SCHOOL, "МБОУ СОШ № 1"), (SCHOOL, "МБОУ СОШ № 2")])
    page.refresh_counts()
    model = page.nominations
    assert model.data(model.index(0, NominationsModel.COL_APPLICATIONS)) == "2"
    assert page.signatory_name_edit.text() == "А. А. Иванов"
    assert page.has_unsaved_changes()


def test_core_refusal_is_shown(page: RecordingPage, tmp_path: Path) -> None:
    import_rows(page.db, tmp_path, [(SUBORDINATE, "МКУ «Хозяйственная служба»")])
    page.reload()
    # Bypass the page's own check: the core refuses too, and its message reaches the user.
    page.nominations.remove_row(11)
    assert not page.save()
    assert page.warnings == [
        "Нельзя удалить номинацию № 12: в ней 1 заявок. Сначала перенесите их в другую номинацию."
    ]
    assert len(load_settings(page.db).nominations) == 12


def test_finalists_now_follows_the_rule(page: RecordingPage, tmp_path: Path) -> None:
    rows = [(SCHOOL, f"МБОУ СОШ № {i}") for i in range(1, 6)]
    rows += [(KINDERGARTEN, f"МБДОУ детский сад № {i}") for i in range(1, 3)]
    import_rows(page.db, tmp_path, rows)
    page.reload()
    assert contest_status(page.db).per_nomination[1] == 5
    # Every application fits in 39 places with a minimum of 3.
    assert finalists_column(page)[:3] == [5, 2, 0]
    assert page.summary_label.text().startswith("Finalists: 7 ")
    page.minimum_spin.setValue(1)
    page.total_spin.setValue(4)
    assert finalists_column(page)[:3] == [3, 1, 0]
    page.fixed_rule_radio.setChecked(True)
    assert finalists_column(page)[:3] == [0, 0, 0]
    assert not page.total_spin.isEnabled()
    model = page.nominations
    assert model.setData(model.index(0, NominationsModel.COL_QUOTA), 4, EDIT)
    assert model.setData(model.index(1, NominationsModel.COL_QUOTA), "5", EDIT)
    assert not model.setData(model.index(1, NominationsModel.COL_QUOTA), -1, EDIT)
    assert finalists_column(page)[:3] == [4, 2, 0]
    assert page.save()
    saved = load_settings(page.db)
    assert saved.finalist_rule == "fixed"
    assert [n.finalist_quota for n in saved.nominations[:3]] == [4, 5, None]


@pytest.mark.parametrize("broken", ["title", "scale"])
def test_invalid_settings_are_not_saved(page: RecordingPage, broken: str) -> None:
    before = load_settings(page.db)
    if broken == "title":
        page.title_edit.setText("   ")
    else:
        model = page.criteria
        assert model.setData(model.index(0, CriteriaModel.COL_MAX), 0, EDIT)
    assert not page.save()
    assert len(page.warnings) == 1
    assert any("а" <= ch <= "я" for ch in page.warnings[0].lower())
    assert load_settings(page.db) == before
    assert page.has_unsaved_changes()


def test_models_pass_the_model_tester(qtmodeltester, page: RecordingPage) -> None:
    qtmodeltester.check(page.nominations)
    qtmodeltester.check(page.criteria)


def test_model_rows_change_under_the_tester(qtmodeltester) -> None:
    nominations = NominationsModel()
    nominations.set_rows([NominationRow("А", None, 2, 1), NominationRow("Б", 3, 0, 2)])
    qtmodeltester.check(nominations)
    nominations.add_row("В")
    assert nominations.move_row(2, -1)
    assert not nominations.move_row(0, -1)
    nominations.remove_row(0)
    assert nominations.update_finalists("fixed", 0, 0) == [0, 0]
    numbers = [nominations.data(nominations.index(r, 0)) for r in range(2)]
    titles = [nominations.data(nominations.index(r, 1)) for r in range(2)]
    assert (numbers, titles) == (["1", "2"], ["В", "Б"])
    criteria = CriteriaModel()
    criteria.set_rows([CriterionSpec("Стиль"), CriterionSpec("Форматы", max_score=5)])
    qtmodeltester.check(criteria)
    criteria.add_row(CriterionSpec("Вовлечённость"))
    assert criteria.move_row(2, -1)
    criteria.remove_row(0)
    assert criteria.data(criteria.index(1, CriteriaModel.COL_MAX)) == "5"
    assert criteria.data(criteria.index(1, CriteriaModel.COL_MAX), EDIT) == 5.0


def test_screenshot(page: RecordingPage, tmp_path: Path) -> None:
    import_rows(page.db, tmp_path, [(SCHOOL, "МБОУ СОШ № 1"), (KINDERGARTEN, "МБДОУ № 2")])
    page.reload()
    page.resize(1100, 900)
    shots = Path("/tmp/shots")
    shots.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(shots / "settings.png"))
