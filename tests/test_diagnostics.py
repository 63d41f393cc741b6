"""Diagnostics: bootstrap stability of the finalists, method sensitivity, juror checks."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
from sqlmodel import col, select

from jury_app.contest import contest_row
from jury_app.jury.roster import add_juror
from jury_app.results.aggregate import METHODS
from jury_app.results.data import AppInfo, CriterionData, ScoreData
from jury_app.results.diagnostics import (
    juror_diagnostics,
    method_sensitivity,
    reliability,
    stability,
)
from jury_app.results.service import compute_results
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Application, Criterion, Nomination, Score
from tests.results_fixtures import scored_demo

# ----------------------------------------------------------------------------- helpers

Table = Sequence[Sequence[float | None]]  # jurors × applications, juror totals on 0–10


def score_data(table: Table) -> ScoreData:
    """One nomination, one criterion on 0–10: the table's values are the juror totals."""
    n_apps = len(table[0])
    cells = [
        (a, j, float(v)) for j, row in enumerate(table) for a, v in enumerate(row) if v is not None
    ]
    cells.sort()
    return ScoreData(
        apps=[AppInfo(100 + a, 1, f"Организация {a}", "") for a in range(n_apps)],
        jurors=[(j + 1, f"Член {j + 1}") for j in range(len(table))],
        criteria=[CriterionData(1, "Критерий", 0.0, 10.0, 1.0)],
        nominations={1: "Номинация"},
        values=np.array([[v] for _, _, v in cells], dtype=float).reshape(len(cells), 1),
        obs_app=np.array([a for a, _, _ in cells], dtype=np.int64),
        obs_juror=np.array([j for _, j, _ in cells], dtype=np.int64),
        excluded_jurors=[],
    )


def panel(quality: Sequence[float], jurors: int, noise: float, seed: int = 0) -> Table:
    rng = random.Random(seed)
    return [[min(10.0, max(0.0, q + rng.gauss(0, noise))) for q in quality] for _ in range(jurors)]


ScoreRow = Callable[[int, int], Sequence[float] | None]  # (juror, app) -> 4 criteria or None


def small_contest(db: ContestDB, apps: int, jurors: int, finalists: int, scores: ScoreRow) -> None:
    """Nomination 1 only, ``finalists`` places (fixed rule), 1 winner; scores written
    directly as Score rows, ``scores(j, a)`` giving the four criterion values."""
    juror_ids = [add_juror(db, f"Член комиссии {j + 1}").id for j in range(jurors)]
    with db.session() as session:
        contest = contest_row(session)
        contest.finalist_rule = "fixed"
        contest.winners_per_nomination = 1
        session.add(contest)
        nominations = session.exec(select(Nomination)).all()
        first = next(n for n in nominations if n.number == 1)
        for n in nominations:
            n.finalist_quota = finalists if n.number == 1 else 0
            session.add(n)
        criteria = [c.id for c in session.exec(select(Criterion).order_by(col(Criterion.position)))]
        app_rows = [
            Application(
                contest_id=contest.id or 0,
                nomination_id=first.id or 0,
                organization=f"Организация {a + 1}",
                organization_key=f"организация {a + 1}",
            )
            for a in range(apps)
        ]
        session.add_all(app_rows)
        session.flush()
        now = datetime.now()
        for j, juror_id in enumerate(juror_ids):
            for a, app in enumerate(app_rows):
                values = scores(j, a)
                if values is None:
                    continue
                for criterion, value in zip(criteria, values, strict=True):
                    session.add(
                        Score(
                            contest_id=contest.id or 0,
                            juror_id=juror_id or 0,
                            application_id=app.id or 0,
                            criterion_id=criterion or 0,
                            value=float(value),
                            updated_at=now,
                        )
                    )


def app_ids(db: ContestDB) -> list[int]:
    with db.session() as session:
        return [a.id or 0 for a in session.exec(select(Application).order_by(col(Application.id)))]


# ----------------------------------------------------------------------------- stability

CUTS = {1: (3, 1)}


def test_clear_top_and_bottom_are_stable() -> None:
    quality = [9.0, 8.0, 7.0, 5.0, 4.0, 3.0, 2.0, 1.0]
    data = score_data(panel(quality, jurors=7, noise=0.3))
    result = stability(data, "mean", resamples=200, seed=3, cuts=CUTS)
    p = {a.application_id: a for a in result.applications}
    for top in (100, 101, 102):
        assert p[top].p_finalist == pytest.approx(1.0)
        assert p[top].status in ("winner", "finalist")
    assert p[100].p_winner == pytest.approx(1.0)
    for bottom in (104, 105, 106, 107):
        assert p[bottom].p_finalist == pytest.approx(0.0)
        assert p[bottom].status == "participant"
    assert result.grey_zone == ()


@pytest.mark.parametrize("method", METHODS)
def test_two_nearly_equal_applications_at_the_cut_are_grey(method: str) -> None:
    quality = [9.0, 8.0, 6.0, 5.95, 3.0, 2.0]
    data = score_data(panel(quality, jurors=7, noise=0.6, seed=5))
    result = stability(data, method, resamples=200, seed=1, cuts=CUTS)
    p = {a.application_id: a.p_finalist for a in result.applications}
    assert p[100] == pytest.approx(1.0) and p[101] > 0.9
    assert {102, 103} <= set(result.grey_zone)
    assert p[102] + p[103] <= 1.0 + 1e-9  # one place between them (ties count as neither)
    assert p[104] < 0.1 and p[105] < 0.1


def test_same_seed_same_answer_and_ties_at_the_cut_count_as_not_finalist() -> None:
    # Every juror gives apps 2 and 3 the same total: they always tie for the last place.
    table = [[9.0, 8.0, 5.0, 5.0, 2.0] for _ in range(5)]
    data = score_data(table)
    first = stability(data, "mean", resamples=100, seed=7, cuts=CUTS)
    again = stability(data, "mean", resamples=100, seed=7, cuts=CUTS)
    assert first == again
    p = {a.application_id: a.p_finalist for a in first.applications}
    assert p == {100: 1.0, 101: 1.0, 102: 0.0, 103: 0.0, 104: 0.0}


def test_progress_is_reported_and_raising_cancels() -> None:
    data = score_data(panel([9.0, 7.0, 5.0, 3.0], jurors=5, noise=1.0))
    calls: list[tuple[int, int]] = []
    stability(data, "mean", resamples=200, cuts=CUTS, report=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 200) and calls[-1] == (200, 200)
    assert [d for d, _ in calls] == [0, 50, 100, 150, 200]

    class Cancelled(Exception):
        pass

    seen: list[int] = []

    def cancel(done: int, total: int) -> None:
        seen.append(done)
        if done >= 100:
            raise Cancelled

    with pytest.raises(Cancelled):
        stability(data, "mean", resamples=2000, cuts=CUTS, report=cancel)
    assert seen[-1] == 100


def test_unknown_method_and_missing_cuts() -> None:
    data = score_data([[1.0, 2.0], [2.0, 1.0]])
    with pytest.raises(ValueError):
        stability(data, "mean", resamples=10)
    from jury_app.errors import JuryError

    with pytest.raises(JuryError):
        stability(data, "best", resamples=10, cuts=CUTS)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from jury_app.contest import create_contest
    from jury_app.presets import kuzbass_2025

    path = tmp_path_factory.mktemp("diag") / "contest.jury"
    db = create_contest(path, kuzbass_2025())
    scored_demo(db)
    db.close()
    return path


@pytest.fixture
def demo_db(demo: Path) -> Iterator[ContestDB]:
    from jury_app.storage.engine import open_contest_file

    db = open_contest_file(demo)
    yield db
    db.close()


@pytest.mark.parametrize("method", METHODS)
def test_full_data_statuses_match_compute_results(demo_db: ContestDB, method: str) -> None:
    """The vectorised cut of the bootstrap reproduces rank_nomination on the real data."""
    result = stability(demo_db, method, resamples=20, seed=0)
    expected = {
        r.application_id: r.status
        for n in compute_results(demo_db, method, decisions_apply=False).nominations
        for r in n.ranking
    }
    assert {a.application_id: a.status for a in result.applications} == expected
    assert len(result.applications) == 475
    # P(finalist) sums to at most the 39 places (ties at a cut count as not finalist).
    assert 30 < sum(a.p_finalist for a in result.applications) <= 39 + 1e-9


def test_demo_reliability_and_no_spurious_flags(demo_db: ContestDB) -> None:
    report = reliability(demo_db)
    assert report.total_alpha is not None and 0.8 < report.total_alpha <= 1
    assert len(report.criteria) == 4 and report.units == 475 and report.jurors == 7
    assert all(c.alpha is not None and 0.7 < c.alpha <= 1 for c in report.criteria)
    diagnostics = juror_diagnostics(demo_db)
    assert len(diagnostics) == 7
    assert all(d.flags == () for d in diagnostics)  # leniencies within ±1.5 points: normal


# ----------------------------------------------------------------------------- sensitivity


def test_lenient_juror_on_part_of_the_applications_changes_the_finalists(db: ContestDB) -> None:
    # True quality falls by one point per application; jurors 1–2 score everything
    # faithfully, juror 3 scores only applications 4–10 and adds four points.
    quality = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]

    def scores(j: int, a: int) -> list[float] | None:
        if j < 2:
            return [quality[a]] * 4
        if a >= 3:
            return [min(10, quality[a] + 4)] * 4
        return None

    small_contest(db, apps=10, jurors=3, finalists=3, scores=scores)
    ids = app_ids(db)
    rows = method_sensitivity(db)
    by_id = {r.application_id: r for r in rows}
    # Under the plain mean application 4 (quality 6, mean 7.33) pushes out application 3
    # (quality 7, mean 7); the adjusted mean estimates juror 3's offset from the shared
    # applications and restores the true order.
    assert by_id[ids[3]].statuses["mean"] == "finalist"
    assert by_id[ids[3]].statuses["adjusted"] == "participant"
    assert by_id[ids[2]].statuses["mean"] == "participant"
    assert by_id[ids[2]].statuses["adjusted"] == "finalist"
    assert by_id[ids[2]].changes and by_id[ids[3]].changes
    assert by_id[ids[0]].statuses == {m: "winner" for m in METHODS}
    assert not by_id[ids[0]].changes and not by_id[ids[1]].changes
    assert set(by_id) == set(ids[:4])
    assert [r.application_id for r in rows][:2] == ids[:2]
    mean, adjusted = by_id[ids[3]].scores["mean"], by_id[ids[2]].scores["adjusted"]
    assert mean == pytest.approx(22 / 3) and adjusted is not None and adjusted > 7.5


# ----------------------------------------------------------------------------- jurors


def test_lenient_juror_straight_liner_and_random_juror_are_flagged(db: ContestDB) -> None:
    rng = random.Random(11)
    quality = [rng.uniform(1.5, 6.5) for _ in range(30)]
    shuffled = quality[:]
    rng.shuffle(shuffled)
    # Jurors 0–4 normal, 5 very lenient, 6 straight-lines, 7 scores at random.
    noise = {(j, a, c): rng.gauss(0, 0.8) for j in range(8) for a in range(30) for c in range(4)}

    def scores(j: int, a: int) -> list[float]:
        if j == 6:
            return [round(quality[a])] * 4
        base = shuffled[a] if j == 7 else quality[a] + (3.0 if j == 5 else 0.0)
        return [max(0, min(10, round(base + noise[j, a, c]))) for c in range(4)]

    small_contest(db, apps=30, jurors=8, finalists=3, scores=scores)
    diagnostics = juror_diagnostics(db)
    flags = {d.name: d.flags for d in diagnostics}
    assert flags["Член комиссии 6"] == ("lenient",)
    assert flags["Член комиссии 7"] == ("straight_lining",)
    assert "low_agreement" in flags["Член комиссии 8"]
    for j in range(1, 6):
        assert flags[f"Член комиссии {j}"] == ()
    lenient = next(d for d in diagnostics if d.name == "Член комиссии 6")
    assert 2.0 < lenient.offset < 3.5 and 0 < lenient.offset_se < 0.5
    assert lenient.scored == 30 and lenient.shared == 30
    assert lenient.agreement is not None and lenient.agreement > 0.7
    liner = next(d for d in diagnostics if d.name == "Член комиссии 7")
    assert liner.straight_lining == 1.0
    report = reliability(db)
    assert report.total_alpha is not None and report.total_alpha < 0.9
