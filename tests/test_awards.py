"""Quality mark and people's choice."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from jury_app.errors import JuryError
from jury_app.results.awards import import_votes, peoples_choice, quality_marks
from jury_app.results.service import compute_results
from jury_app.storage.engine import ContestDB
from tests.results_fixtures import scored_demo


@pytest.fixture
def sdb(db: ContestDB) -> ContestDB:
    scored_demo(db, jurors=4, per_application=2)
    return db


def test_quality_mark_is_every_score_above_the_bar(sdb: ContestDB) -> None:
    results = compute_results(sdb)
    marked = set(quality_marks(results, 6.0))
    for n in results.nominations:
        for r in n.ranking:
            assert (r.application_id in marked) == (r.score is not None and r.score >= 6.0)


def test_votes_import_and_combination(sdb: ContestDB, tmp_path: Path) -> None:
    results = compute_results(sdb)
    ids = [r.application_id for r in results.nominations[0].ranking]
    csv_path = tmp_path / "votes.csv"
    csv_path.write_text("№ заявки;Голоса\n" + f"{ids[-1]};1 500\n{ids[0]};10\n", encoding="utf-8")
    assert import_votes(sdb, csv_path) == 2
    plain = peoples_choice(sdb, results)
    assert plain[0].application_id == ids[-1] and plain[0].votes == 1500
    combined = peoples_choice(sdb, results, jury_weight=0.75)
    assert combined[0].combined is not None
    assert all(
        a.combined is None or b.combined is None or a.combined >= b.combined
        for a, b in itertools.pairwise(combined)
    )


def test_unknown_applications_in_votes_change_nothing(sdb: ContestDB, tmp_path: Path) -> None:
    path = tmp_path / "votes.csv"
    path.write_text("№ заявки;Голоса\n99999;5\n", encoding="utf-8")
    with pytest.raises(JuryError, match="строка 2"):
        import_votes(sdb, path)
    assert all(r.votes == 0 for r in peoples_choice(sdb, compute_results(sdb)))
