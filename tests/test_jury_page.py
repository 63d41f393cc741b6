"""The jury page: the commission, conflicts, distribution, the matrix, the packages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from jury_app.audit import audit_trail
from jury_app.contest import contest_id
from jury_app.importing.service import import_file
from jury_app.jury.assignment import assign, assignment_matrix
from jury_app.jury.roster import add_juror, list_jurors
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Application
from tests.fixtures import messy_rows, write_xlsx
from ui.jury_dialogs import (
    ConflictsDialog,
    ConflictSpec,
    ConflictSpecDialog,
    JurorDialog,
    JurorEdit,
    ReasonDialog,
)
from ui.jury_models import SORT_ROLE, AssignmentMatrixModel, ConflictsModel, RosterModel
from ui.jury_page import JuryPage

NAMES = ("Иванов Иван Иванович", "Петрова Анна Сергеевна", "Сидоров Пётр", "Кузнецова Мария")


class RecordingPage(JuryPage):
    """The page with its message boxes and folder chooser replaced."""

    def __init__(self, db: ContestDB) -> None:
        self.warnings: list[str] = []
        self.confirmations: list[str] = []
        self.folder: Path | None = None
        super().__init__(db)

    def _warn(self, text: str) -> None:
        self.warnings.append(text)

    def _confirm(self, text: str) -> bool:
        self.confirmations.append(text)
        return True

    def choose_folder(self) -> Path | None:
        return self.folder


@pytest.fixture
def contest(db: ContestDB, tmp_path: Path) -> ContestDB:
    import_file(db, write_xlsx(tmp_path / "e.xlsx", messy_rows()))
    return db


@pytest.fixture
def page(qtbot, contest: ContestDB) -> RecordingPage:  # type: ignore[no-untyped-def]
    widget = RecordingPage(contest)
    qtbot.addWidget(widget)
    return widget


def with_jurors(page: RecordingPage, names: tuple[str, ...] = NAMES) -> None:
    for name in names:
        add_juror(page.db, name)
    page.reload()


def juror_id(db: ContestDB, name: str) -> int:
    return next(j.id for j in list_jurors(db) if j.name == name)


def cell(page: JuryPage, juror: int, app: int):  # type: ignore[no-untyped-def]
    return page.matrix.index(page.matrix.application_row(app), page.matrix.juror_column(juror))


def test_adding_a_juror_through_the_dialog(page: RecordingPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    edit = JurorEdit("  Иванов   Иван Иванович ", "chair", "министр", (1, 2))
    monkeypatch.setattr(JurorDialog, "ask", classmethod(lambda cls, *a, **k: edit))
    with_signal = []
    page.changed.connect(lambda: with_signal.append(1))
    page.add_juror()
    assert page.roster.rowCount() == 1
    row = page.roster.row_at(0)
    assert (row.name, row.role, row.nominations) == ("Иванов Иван Иванович", "chair", (1, 2))
    model = page.roster
    assert model.data(model.index(0, RosterModel.COL_ROLE)) == "chair"
    assert model.data(model.index(0, RosterModel.COL_NOMINATIONS)) == "1, 2"
    assert page.selected_juror() is not None and page.selected_juror().id == row.id
    assert with_signal == [1]
    # The same name again: the core refuses, the page shows its message.
    page.add_juror()
    assert page.roster.rowCount() == 1
    assert "уже есть" in page.warnings[-1]


def test_cancelled_dialog_changes_nothing(page: RecordingPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(JurorDialog, "ask", classmethod(lambda cls, *a, **k: None))
    page.add_juror()
    assert page.roster.rowCount() == 0


def test_editing_a_juror(page: RecordingPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with_jurors(page, NAMES[:1])
    page.select_juror(juror_id(page.db, NAMES[0]))
    edit = JurorEdit(NAMES[0], "deputy", "редактор", ())
    monkeypatch.setattr(JurorDialog, "ask", classmethod(lambda cls, *a, **k: edit))
    page.edit_juror()
    row = page.roster.row_at(0)
    assert (row.role, row.position) == ("deputy", "редактор")
    assert page.roster.data(page.roster.index(0, RosterModel.COL_NOMINATIONS)) == "all"


def test_juror_dialog_reads_its_fields(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = JurorDialog([(1, "Школы"), (2, "Детсады")])
    qtbot.addWidget(dialog)
    dialog.name_edit.setText(" Петрова Анна ")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("secretary"))
    dialog.nomination_list.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.result_edit() == JurorEdit("Петрова Анна", "secretary", "", (2,))


def test_marking_absent_asks_a_reason_and_is_audited(page: RecordingPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with_jurors(page, NAMES[:2])
    target = juror_id(page.db, NAMES[1])
    page.select_juror(target)
    assert page.status_button.text() == "Mark absent…"
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a: "болезнь"))
    page.toggle_status()
    assert next(j for j in list_jurors(page.db) if j.id == target).status == "absent"
    assert page.status_button.text() == "Mark active…"
    with page.db.session() as session:
        trail = audit_trail(session, contest_id(session), "juror.status")
    assert trail[-1].reason == "болезнь"
    assert trail[-1].details["new"] == "absent"
    # Back to work; a cancelled reason changes nothing.
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a: None))
    page.toggle_status()
    assert next(j for j in list_jurors(page.db) if j.id == target).status == "absent"


def test_distributing_k_two(page: RecordingPage) -> None:
    with_jurors(page)
    page.k_radio.setChecked(True)
    page.k_spin.setValue(2)
    page.distribute()
    assert page.confirmations == []  # nothing to replace yet
    matrix = assignment_matrix(page.db)
    for app in matrix.applications:
        assert sum(1 for j, a in matrix.assigned if a == app.id) == 2
    assert sum(page.matrix.loads().values()) == 2 * len(matrix.applications)
    header = page.matrix.headerData(AssignmentMatrixModel.FIRST_JUROR, Qt.Orientation.Horizontal)
    assert header.startswith("Иванов И. И. (")
    loads = page.roster.data(page.roster.index(0, RosterModel.COL_LOAD))
    assert int(loads) == page.matrix.loads()[juror_id(page.db, NAMES[0])]
    # Distributing again replaces the assignment: the page asks first.
    page.all_radio.setChecked(True)
    page.distribute()
    assert len(page.confirmations) == 1
    assert len(assignment_matrix(page.db).assigned) == len(NAMES) * len(matrix.applications)


def test_distributing_without_jurors_shows_the_core_message(page: RecordingPage) -> None:
    assert not page.distribute_button.isEnabled()
    page.distribute()
    assert "нет ни одного" in page.warnings[-1]


def test_toggling_a_cell_persists(page: RecordingPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    with_jurors(page, NAMES[:2])
    first = page.matrix.organizations()
    app = next(iter(first))
    juror = juror_id(page.db, NAMES[0])
    index = cell(page, juror, app)
    assert page.matrix.data(index) == ""
    page.toggle_cell(index)
    assert (juror, app) in assignment_matrix(page.db).assigned
    assert page.matrix.data(index) == "✓"
    assert page.roster.data(page.roster.index(0, RosterModel.COL_LOAD)) == "1"
    # Space on the current cell toggles it back.
    page.matrix_view.setCurrentIndex(index)
    qtbot.keyClick(page.matrix_view, Qt.Key.Key_Space)
    assert (juror, app) not in assignment_matrix(page.db).assigned
    assert page.matrix.data(index) == ""
    # Fixed columns do nothing.
    page.toggle_cell(page.matrix.index(0, AssignmentMatrixModel.COL_ORGANIZATION))
    assert assignment_matrix(page.db).assigned == set()


def test_conflict_by_municipality_removes_and_blocks_cells(
    page: RecordingPage,
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    with_jurors(page, NAMES[:2])
    assign(page.db, None)
    page.reload()
    juror = juror_id(page.db, NAMES[1])
    with page.db.session() as session:
        yurga = {
            a.id
            for a in session.exec(select(Application)).all()
            if a.municipality == "Юргинский городской округ" and a.status == "active"
        }
    assert yurga
    assert all(page.matrix.is_assigned(juror, a) for a in yurga)
    page.select_juror(juror)
    municipalities = page.municipalities()
    assert "Юргинский городской округ" in municipalities

    def fake_conflicts(cls, parent, db, row, municipalities, organizations):  # type: ignore[no-untyped-def]
        dialog = ConflictsDialog(db, row, municipalities, organizations, parent)
        qtbot.addWidget(dialog)
        spec = ConflictSpec("municipality", "Юргинский городской округ", None, "живёт там")
        monkeypatch.setattr(ConflictSpecDialog, "ask", classmethod(lambda cls, *a: spec))
        dialog.add()
        assert dialog.model.rowCount() == 1
        return dialog.changed

    monkeypatch.setattr(ConflictsDialog, "ask", classmethod(fake_conflicts))
    page.edit_conflicts()
    for app in yurga:
        assert not page.matrix.is_assigned(juror, app)
        assert page.matrix.data(cell(page, juror, app)) == "✕"
    assert page.roster.data(page.roster.index(1, RosterModel.COL_CONFLICTS)) == "1"
    # A conflicted cell cannot be assigned; the core's message is shown.
    page.toggle_cell(cell(page, juror, next(iter(yurga))))
    assert "конфликт интересов" in page.warnings[-1]
    assert not page.matrix.is_assigned(juror, next(iter(yurga)))


def test_conflicts_dialog_adds_by_application_and_removes(
    contest: ContestDB,
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    row = add_juror(contest, NAMES[0])
    app = assignment_matrix(contest).applications[0]
    dialog = ConflictsDialog(contest, row, [], {app.id: app.organization})
    qtbot.addWidget(dialog)
    spec = ConflictSpec("application", "", app.id, "учредитель")
    monkeypatch.setattr(ConflictSpecDialog, "ask", classmethod(lambda cls, *a: spec))
    dialog.add()
    value = dialog.model.data(dialog.model.index(0, ConflictsModel.COL_VALUE))
    assert value == f"№ {app.id} — {app.organization}"
    assert dialog.model.data(dialog.model.index(0, ConflictsModel.COL_KIND)) == "Application"
    dialog.table.selectRow(0)
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a: "ошибка"))
    dialog.remove_selected()
    assert dialog.model.rowCount() == 0
    assert list_jurors(contest)[0].conflicts == ()
    with contest.session() as session:
        trail = audit_trail(session, contest_id(session), "conflict.remove")
    assert trail[-1].reason == "ошибка"
    # A wrong application number: the core's message.
    warnings: list[str] = []
    monkeypatch.setattr(ConflictsDialog, "_warn", lambda self, text: warnings.append(text))
    bad = ConflictSpec("application", "", 999_999, "")
    monkeypatch.setattr(ConflictSpecDialog, "ask", classmethod(lambda cls, *a: bad))
    dialog.add()
    assert "не найдена" in warnings[-1]


def test_conflict_spec_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ConflictSpecDialog(["Беловский городской округ"])
    qtbot.addWidget(dialog)
    dialog.reason_edit.setText("работал")
    assert dialog.spec() == ConflictSpec(
        "municipality", "Беловский городской округ", None, "работал"
    )
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("application"))
    dialog.application_spin.setValue(7)
    assert dialog.spec() == ConflictSpec("application", "", 7, "работал")


def test_nomination_filter(page: RecordingPage) -> None:
    with_jurors(page, NAMES[:1])
    total = page.matrix.rowCount()
    assert page.nomination_filter.count() > 2
    page.nomination_filter.setCurrentIndex(1)
    number = page.nomination_filter.currentData()
    assert 0 < page.matrix.rowCount() < total
    assert all(
        page.matrix.data(page.matrix.index(r, AssignmentMatrixModel.COL_NOMINATION)) == str(number)
        for r in range(page.matrix.rowCount())
    )


def test_export_packages_shows_where(page: RecordingPage, tmp_path: Path) -> None:
    with_jurors(page, NAMES[:2])
    page.distribute()
    assert page.export_button.isEnabled()
    page.folder = None
    page.export()
    assert page.export_label.text() == ""
    page.folder = tmp_path / "out"
    page.folder.mkdir()
    page.export()
    files = list(page.folder.iterdir())
    assert len(files) == 2
    assert str(page.folder) in page.export_label.text()


def test_models_pass_the_model_tester(qtmodeltester, page: RecordingPage) -> None:  # type: ignore[no-untyped-def]
    with_jurors(page)
    assign(page.db, 2)
    page.reload()
    qtmodeltester.check(page.roster)
    qtmodeltester.check(page.roster_proxy)
    qtmodeltester.check(page.matrix)
    assert page.roster.data(page.roster.index(0, RosterModel.COL_LOAD), SORT_ROLE) > 0
    conflicts = ConflictsModel()
    conflicts.set_rows(list_jurors(page.db)[0].conflicts)
    qtmodeltester.check(conflicts)


def test_audit_of_a_toggle(page: RecordingPage) -> None:
    with_jurors(page, NAMES[:1])
    app = next(iter(page.matrix.organizations()))
    page.toggle_cell(cell(page, juror_id(page.db, NAMES[0]), app))
    with page.db.session() as session:
        trail = audit_trail(session, contest_id(session), "assignment.edit")
    assert json.loads(json.dumps(trail[-1].details))["application_id"] == app
