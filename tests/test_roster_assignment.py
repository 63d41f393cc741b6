"""Roster, conflicts and assignment: conflicts never assigned, loads balanced, audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jury_app.audit import audit_trail
from jury_app.contest import contest_id
from jury_app.errors import JuryError
from jury_app.importing.service import import_file
from jury_app.jury.assignment import (
    assign,
    assignment_matrix,
    nomination_panels,
    plan_assignment,
    set_assignment,
)
from jury_app.jury.roster import (
    add_conflict,
    add_juror,
    list_jurors,
    remove_conflict,
    set_juror_status,
)
from jury_app.storage.engine import ContestDB
from tests.conftest import DEMO_XLSX
from tests.fixtures import messy_rows, write_xlsx


@pytest.fixture
def demo(db: ContestDB) -> ContestDB:
    import_file(db, DEMO_XLSX)
    return db


def _audit(db: ContestDB, action: str) -> list:
    with db.session() as session:
        return audit_trail(session, contest_id(session), action)


def test_roster_roles_and_order(db: ContestDB) -> None:
    add_juror(db, "Петров П. П.")
    add_juror(db, "Иванов И. И.", role="chair", position="министр цифрового развития")
    add_juror(db, "Сидорова С. С.", role="secretary")
    assert [(j.name, j.role) for j in list_jurors(db)] == [
        ("Иванов И. И.", "chair"),
        ("Петров П. П.", "member"),
        ("Сидорова С. С.", "secretary"),
    ]


@pytest.mark.parametrize(
    ("name", "role", "message"),
    [("", "member", "ФИО"), ("Иванов", "king", "роль")],
)
def test_bad_jurors_are_refused(db: ContestDB, name: str, role: str, message: str) -> None:
    with pytest.raises(JuryError, match=message):
        add_juror(db, name, role=role)
    assert list_jurors(db) == []


def test_duplicate_juror_is_refused(db: ContestDB) -> None:
    add_juror(db, "Иванов И. И.")
    with pytest.raises(JuryError, match="уже есть"):
        add_juror(db, "Иванов  И. И.")


def test_absence_is_reversible_and_audited(db: ContestDB) -> None:
    juror = add_juror(db, "Иванов И. И.")
    with pytest.raises(JuryError, match="причину"):
        set_juror_status(db, juror.id, "absent", "")
    assert set_juror_status(db, juror.id, "absent", "болезнь").status == "absent"
    assert set_juror_status(db, juror.id, "active", "вернулся").status == "active"
    assert [(e.details["new"], e.reason) for e in _audit(db, "juror.status")] == [
        ("absent", "болезнь"),
        ("active", "вернулся"),
    ]


def test_conflicts_are_never_assigned(demo: ContestDB) -> None:
    municipality = "Новокузнецкий городской округ"
    a = add_juror(demo, "Иванов И. И.", conflicts=[municipality])
    b = add_juror(demo, "Петров П. П.")
    matrix = assign(demo)
    by_id = {app.id: app for app in matrix.applications}
    from jury_app.applications import list_applications

    municipalities = {r.id: r.municipality for r in list_applications(demo)}
    mine = {app for j, app in matrix.assigned if j == a.id}
    assert mine and all(municipalities[app] != municipality for app in mine)
    assert {app for j, app in matrix.assigned if j == b.id} == set(by_id)
    assert all(
        (a.id, app) in matrix.conflicts for app in by_id if municipalities[app] == municipality
    )


def test_a_new_conflict_removes_the_assignment(demo: ContestDB) -> None:
    juror = add_juror(demo, "Иванов И. И.")
    matrix = assign(demo)
    target = matrix.applications[0].id
    conflict = add_conflict(demo, juror.id, "application", application_id=target, reason="родство")
    assert (juror.id, target) not in assignment_matrix(demo).assigned
    with pytest.raises(JuryError, match="конфликт"):
        set_assignment(demo, juror.id, target, True)
    remove_conflict(demo, conflict.id, "ошибка")
    set_assignment(demo, juror.id, target, True, "вручную")
    assert (juror.id, target) in assignment_matrix(demo).assigned


def test_conflict_by_organisation(db: ContestDB, tmp_path: Path) -> None:
    import_file(db, write_xlsx(tmp_path / "e.xlsx", messy_rows()))
    juror = add_juror(db, "Иванов И. И.")
    add_conflict(db, juror.id, "organization", "мбоу «сош № 1»")
    matrix = assign(db)
    names = {app.id: app.organization for app in matrix.applications}
    assert all(names[app] != "МБОУ «СОШ № 1»" for j, app in matrix.assigned)


def test_k_per_application_is_balanced(demo: ContestDB) -> None:
    jurors = [add_juror(demo, f"Член комиссии {i}").id for i in range(7)]
    matrix = assign(demo, per_application=3)
    per_app: dict[int, int] = {}
    for _, app in matrix.assigned:
        per_app[app] = per_app.get(app, 0) + 1
    assert set(per_app.values()) == {3}
    loads = [matrix.load(j) for j in jurors]
    assert max(loads) - min(loads) <= 1


def test_nominations_given_to_a_juror(demo: ContestDB) -> None:
    only_schools = add_juror(demo, "Иванов И. И.", nominations=[1])
    matrix = assign(demo)
    nominations = {app.id: app.nomination for app in matrix.applications}
    assert {nominations[a] for j, a in matrix.assigned if j == only_schools.id} == {1}


def test_assignment_needs_jurors_and_applications(db: ContestDB) -> None:
    with pytest.raises(JuryError):
        assign(db)
    add_juror(db, "Иванов И. И.")
    with pytest.raises(JuryError, match="нет заявок"):
        assign(db)


@settings(max_examples=60, deadline=None)
@given(
    apps=st.lists(st.integers(1, 4), min_size=1, max_size=60),
    jurors=st.integers(1, 9),
    k=st.integers(1, 5),
    conflict_pairs=st.sets(st.tuples(st.integers(0, 8), st.integers(0, 59)), max_size=25),
)
def test_plan_properties(apps: list[int], jurors: int, k: int, conflict_pairs: set) -> None:
    applications = list(enumerate(apps))
    specs = [(j, None) for j in range(jurors)]
    conflicts: dict[int, set[int]] = {}
    for j, a in conflict_pairs:
        conflicts.setdefault(j, set()).add(a)
    plan = plan_assignment(applications, specs, conflicts, k)

    for juror, ids in plan.items():
        assert not ids & conflicts.get(juror, set())  # conflicts never assigned
    for app_id, _ in applications:
        eligible = sum(1 for j in range(jurors) if app_id not in conflicts.get(j, set()))
        assert sum(app_id in ids for ids in plan.values()) == min(k, eligible)
    if not conflict_pairs:
        loads = [len(ids) for ids in plan.values()]
        assert max(loads) - min(loads) <= 1
        # Panels overlap: inside a nomination with more applications than jurors per
        # application, more than k jurors take part, so the rankings connect.
        nominations = dict(applications)
        panels = nomination_panels(plan, nominations)
        for number, panel in panels.items():
            count = sum(1 for n in apps if n == number)
            if count * k > k and jurors > k:
                assert len(panel) > k


def test_a_small_nomination_after_another_still_gets_a_wider_panel() -> None:
    # Found by Hypothesis: after nomination 1 took jurors 0 and 1, both applications of
    # nomination 2 went to jurors 2 and 3, so its ranking rested on two people only.
    plan = plan_assignment([(0, 1), (1, 2), (2, 2)], [(j, None) for j in range(4)], {}, 2)
    assert nomination_panels(plan, {0: 1, 1: 2, 2: 2})[2] == {0, 1, 2, 3}


def test_unassigning_a_scored_application_is_refused(db: ContestDB, tmp_path: Path) -> None:
    from jury_app.jury.scoring import set_score

    import_file(db, write_xlsx(tmp_path / "e.xlsx", messy_rows()))
    juror = add_juror(db, "Иванов И. И.")
    matrix = assign(db)
    app = matrix.applications[0].id
    set_score(db, juror.id, app, 1, 5)
    with pytest.raises(JuryError, match="уже оценил"):
        set_assignment(db, juror.id, app, False)
    assign(db, per_application=1)  # a new plan keeps scored pairs
    assert (juror.id, app) in assignment_matrix(db).assigned
