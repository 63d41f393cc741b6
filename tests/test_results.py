"""Results of a contest: 39 finalists and 12 winners, exclusions, decisions, freeze, export."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from sqlmodel import select

from jury_app.audit import audit_trail
from jury_app.contest import contest_id, load_settings, save_settings
from jury_app.errors import JuryError
from jury_app.jury.roster import list_jurors, set_juror_status
from jury_app.results.aggregate import METHODS
from jury_app.results.decisions import (
    freeze_results,
    record_decision,
    remove_decision,
    unfreeze_results,
)
from jury_app.results.export import export_results
from jury_app.results.service import compute_results
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Score


def counts(results) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    statuses = [r.status for n in results.nominations for r in n.ranking]
    ties = sum(r.tie for n in results.nominations for r in n.ranking)
    return statuses.count("winner") + statuses.count("finalist"), statuses.count("winner"), ties


@pytest.mark.parametrize("method", METHODS)
def test_kuzbass_rule_gives_39_finalists_and_12_winners(sdb: ContestDB, method: str) -> None:
    results = compute_results(sdb, method)
    finalists, winners, ties = counts(results)
    assert (finalists, winners, ties) == (39, 12, 0)
    assert [n.finalists for n in results.nominations] == [5, 4] + [3] * 10
    for nomination in results.nominations:
        winner = [r for r in nomination.ranking if r.status == "winner"]
        assert len(winner) == 1 and winner[0].rank == 1
        ranks = [r.rank for r in nomination.ranking]
        assert ranks == sorted(ranks)


def test_json_shape(sdb: ContestDB) -> None:
    data = compute_results(sdb).to_json()
    assert data["method"] == "mean"
    first = data["nominations"][0]  # type: ignore[index]
    assert set(first) >= {"number", "title", "ranking"}
    row = first["ranking"][0]
    assert set(row) >= {"application_id", "organization", "score", "rank", "status", "tie"}
    assert isinstance(row["score"], float) and 0 <= row["score"] <= 10


def test_absent_juror_is_excluded_reversibly(sdb: ContestDB) -> None:
    before = compute_results(sdb)
    juror = list_jurors(sdb)[0]
    set_juror_status(sdb, juror.id, "absent", "болезнь")
    without = compute_results(sdb)
    assert any("Член комиссии 1" in note for note in without.notes)
    assert [r.jurors for r in without.nominations[0].ranking] != [
        r.jurors for r in before.nominations[0].ranking
    ]
    set_juror_status(sdb, juror.id, "active", "вернулся")
    assert compute_results(sdb) == before


def test_an_unresolved_tie_at_the_winner_cut_is_flagged(sdb: ContestDB) -> None:
    # Give the top two applications of nomination 10 identical scores from identical jurors.
    results = compute_results(sdb)
    top = [r.application_id for r in results.nominations[9].ranking[:2]]
    with sdb.session() as session:
        first = {
            (s.juror_id, s.criterion_id): s.value
            for s in session.exec(select(Score).where(Score.application_id == top[0]))
        }
        for s in session.exec(select(Score).where(Score.application_id == top[1])).all():
            session.delete(s)
        session.flush()
        for (juror, criterion), value in first.items():
            session.add(
                Score(
                    contest_id=1,
                    juror_id=juror,
                    application_id=top[1],
                    criterion_id=criterion,
                    value=value,
                    updated_at=datetime.now(),
                )
            )
    # Same jurors must score both for an exact tie: copy the assignments too.
    from jury_app.storage.models import Assignment

    with sdb.session() as session:
        jurors = {j for j, _ in first}
        have = {
            a.juror_id
            for a in session.exec(select(Assignment).where(Assignment.application_id == top[1]))
        }
        for juror in jurors - have:
            session.add(Assignment(contest_id=1, juror_id=juror, application_id=top[1]))
    tied = {r.application_id: r for r in compute_results(sdb).nominations[9].ranking}
    assert tied[top[0]].tie and tied[top[1]].tie
    assert tied[top[0]].status == tied[top[1]].status == "finalist"
    assert tied[top[0]].rank == tied[top[1]].rank == 1

    record_decision(sdb, top[1], "winner", "решение комиссии: голосование 5:2", rank=1, kind="tie")
    decided = {r.application_id: r for r in compute_results(sdb).nominations[9].ranking}
    assert decided[top[1]].status == "winner" and decided[top[1]].decided
    assert not decided[top[1]].tie


def test_decisions_need_a_reason_and_are_audited(sdb: ContestDB) -> None:
    app = compute_results(sdb).nominations[0].ranking[7].application_id
    with pytest.raises(JuryError, match="основание"):
        record_decision(sdb, app, "finalist", "  ")
    record_decision(sdb, app, "finalist", "особое мнение комиссии")
    remove_decision(sdb, app, "ошибка")
    with sdb.session() as session:
        actions = [e.action for e in audit_trail(session, contest_id(session))]
    assert actions[-2:] == ["results.decision", "results.decision_removed"]


def test_frozen_results_do_not_change(sdb: ContestDB, tmp_path: Path) -> None:
    freeze_results(sdb, "протокол подписан")
    app = compute_results(sdb).nominations[0].ranking[0].application_id
    with pytest.raises(JuryError, match="заморож"):
        record_decision(sdb, app, "participant", "передумали")
    with pytest.raises(JuryError, match="заморож"):
        save_settings(sdb, replace(load_settings(sdb), finalist_total=40))
    from jury_app.jury.scorefile import merge_score_files

    junk = tmp_path / "x.juryscores"
    junk.write_text("x", encoding="utf-8")
    with pytest.raises(JuryError, match="заморож"):
        merge_score_files(sdb, [junk])
    assert compute_results(sdb).frozen
    with pytest.raises(JuryError, match="причину"):
        unfreeze_results(sdb, "")
    unfreeze_results(sdb, "новые сведения")
    record_decision(sdb, app, "participant", "жалоба признана обоснованной")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export(sdb: ContestDB, tmp_path: Path, suffix: str) -> None:
    results = compute_results(sdb)
    out = tmp_path / f"итоги{suffix}"
    assert export_results(results, [c.title for c in load_settings(sdb).criteria], out) == 475
    assert out.stat().st_size > 0
    with pytest.raises(JuryError):
        export_results(results, [], tmp_path / "x.pdf")


def test_tie_break_chain_and_quality_bar_are_settings(sdb: ContestDB) -> None:
    settings = replace(load_settings(sdb), tiebreak=("median", "criterion:1"), quality_bar=7.5)
    save_settings(sdb, settings)
    assert load_settings(sdb).tiebreak == ("median", "criterion:1")
    assert load_settings(sdb).quality_bar == 7.5
    assert compute_results(sdb).tiebreak == ["median", "criterion:1"]
    with pytest.raises(JuryError, match="criterion:9"):
        save_settings(sdb, replace(settings, tiebreak=("criterion:9",)))


@pytest.mark.parametrize("method", METHODS)
def test_a_contest_without_scores_has_results_without_ranks(db: ContestDB, method: str) -> None:
    from jury_app.importing.service import import_file
    from jury_app.results.diagnostics import juror_diagnostics, method_sensitivity, reliability
    from jury_app.results.diagnostics import stability as stability_of
    from tests.conftest import DEMO_XLSX

    import_file(db, DEMO_XLSX)
    results = compute_results(db, method)
    assert all(
        r.rank is None and r.status == "participant" for n in results.nominations for r in n.ranking
    )
    assert not stability_of(db, method, resamples=5).grey_zone
    assert method_sensitivity(db) == []
    assert juror_diagnostics(db) == []
    assert reliability(db).total_alpha is None


def test_recused_scores_do_not_count(sdb: ContestDB) -> None:
    from jury_app.storage.models import Review

    ranking = compute_results(sdb).nominations[0].ranking
    target = ranking[0]
    with sdb.session() as session:
        score = session.exec(
            select(Score).where(Score.application_id == target.application_id)
        ).first()
        assert score is not None
        session.add(
            Review(
                contest_id=1,
                juror_id=score.juror_id,
                application_id=target.application_id,
                recused=True,
                recusal_reason="родство",
                updated_at=datetime.now(),
            )
        )
    after = next(
        r
        for r in compute_results(sdb).nominations[0].ranking
        if r.application_id == target.application_id
    )
    assert after.jurors == target.jurors - 1
