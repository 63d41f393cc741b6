"""Coverage of the returned scores, counted without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from jury_app.contest import contest_id
from jury_app.importing.service import import_file
from jury_app.jury.assignment import assign, assignment_matrix
from jury_app.jury.coverage import CONFLICT, MISSING, PARTIAL, SCORED, coverage, missing_list
from jury_app.jury.roster import add_conflict, add_juror, set_juror_status
from jury_app.jury.scoring import declare_conflict, set_score
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import (
    Assignment,
)
from tests.big_contest import fill_big_contest
from tests.fixtures import messy_rows, write_xlsx


@pytest.fixture
def contest(db: ContestDB, tmp_path: Path) -> ContestDB:
    """Five applications, three jurors, every juror assigned everything of their nominations."""
    import_file(db, write_xlsx(tmp_path / "e.xlsx", messy_rows()))
    for name in ("Иванов Иван Иванович", "Петрова Анна Сергеевна", "Сидоров Пётр"):
        add_juror(db, name)
    assign(db, None)
    return db


def jurors(db: ContestDB) -> list[int]:
    return [j for j, _ in assignment_matrix(db).jurors]


def applications(db: ContestDB) -> list[int]:
    return [a.id for a in assignment_matrix(db).applications]


def score_all(db: ContestDB, juror: int, app: int, upto: int = 4) -> None:
    for position in range(1, upto + 1):
        set_score(db, juror, app, position, 5)


def test_fresh_assignment_is_all_missing(contest: ContestDB) -> None:
    result = coverage(contest)
    assert result.criteria_count == 4
    assert len(result.cells) == 3 * len(applications(contest))
    assert set(result.cells.values()) == {MISSING}
    assert all(p.assigned == len(applications(contest)) for p in result.progress)
    assert sum(n.total for n in result.nominations) == len(applications(contest))
    assert all(n.complete == 0 for n in result.nominations)
    assert result.incomplete == set(applications(contest))


def test_states_progress_and_missing_list(contest: ContestDB) -> None:
    a, b, c = jurors(contest)
    first, second, *_ = applications(contest)
    score_all(contest, a, first)
    score_all(contest, a, second, upto=2)
    declare_conflict(contest, b, first, "родственник")
    score_all(contest, c, first)

    result = coverage(contest)
    assert result.state(a, first) == SCORED
    assert result.state(a, second) == PARTIAL
    assert result.state(b, first) == CONFLICT
    assert result.state(b, second) == MISSING
    progress = {p.juror_id: p for p in result.progress}
    total = len(applications(contest))
    assert (progress[a].scored, progress[a].partial, progress[a].missing) == (1, 1, total - 2)
    assert progress[b].conflicts == 1
    assert progress[b].finished == 1
    # The first application is complete: two scored it, the third recused.
    assert first not in result.incomplete
    assert sum(n.complete for n in result.nominations) == 1

    rows = missing_list(contest)
    assert len(rows) == 3 * total - 3
    assert rows[0].juror == "Иванов Иван Иванович"
    assert rows[0].application_id == second and rows[0].state == PARTIAL
    assert all(r.state in (PARTIAL, MISSING) for r in rows)


def test_registered_conflict_counts_as_conflict(contest: ContestDB) -> None:
    a = jurors(contest)[0]
    first = applications(contest)[0]
    score_all(contest, a, first, upto=1)
    # Adding a conflict drops the assignment; one registered on a kept assignment
    # (inserted back by hand here) still shows as a conflict.
    add_conflict(contest, a, "application", application_id=first, reason="учредитель")
    with contest.session() as session:
        session.add(Assignment(contest_id=contest_id(session), juror_id=a, application_id=first))
    assert coverage(contest).state(a, first) == CONFLICT


def test_absent_juror_never_blocks_completeness(contest: ContestDB) -> None:
    a, b, c = jurors(contest)
    first = applications(contest)[0]
    score_all(contest, a, first)
    score_all(contest, b, first)
    assert first in coverage(contest).incomplete
    set_juror_status(contest, c, "absent", "болезнь")
    result = coverage(contest)
    assert first not in result.incomplete
    assert all(r.juror_id != c for r in result.missing())
    assert next(p for p in result.progress if p.juror_id == c).active is False


def test_empty_contest(db: ContestDB) -> None:
    result = coverage(db)
    assert result.cells == {}
    assert result.missing() == []
    assert all(n.total == 0 and n.fraction == 1.0 for n in result.nominations)


@pytest.mark.slow
def test_two_hundred_jurors_and_twenty_thousand_applications(db: ContestDB) -> None:
    """7 jurors per application, most of them scored (its speed: ``make bench``)."""
    fill_big_contest(db)
    result = coverage(db)
    rows = result.missing()
    assert len(result.cells) == 140_000
    assert len(rows) == 28_000  # every tenth missing, every tenth partial
