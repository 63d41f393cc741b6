"""Who receives which document: winners the Governor's letter, finalists a diploma, every
application a certificate, those above the bar the quality mark."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select

from jury_app.contest import contest_row
from jury_app.errors import JuryError
from jury_app.results.awards import quality_marks
from jury_app.results.service import Results, compute_results
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Application, Nomination

# Kinds that depend on the results (and so on their being frozen).
RESULT_KINDS = frozenset({"thanks", "diploma", "badge", "protocol"})
STATUS_WORDS = {"winner": "победитель", "finalist": "финалист", "participant": "участник"}


@dataclass(frozen=True)
class Recipient:
    application_id: int
    organization: str
    municipality: str
    nomination_number: int
    nomination: str
    status: str  # winner | finalist | participant
    rank: int | None
    score: float | None


@dataclass(frozen=True)
class ContestFacts:
    title: str
    year: int
    signatory_name: str
    signatory_position: str
    frozen: bool
    quality_bar: float | None


def contest_facts(db: ContestDB) -> ContestFacts:
    with db.session() as session:
        contest = contest_row(session)
        return ContestFacts(
            title=contest.title,
            year=contest.year,
            signatory_name=contest.signatory_name,
            signatory_position=contest.signatory_position,
            frozen=contest.results_frozen_at is not None,
            quality_bar=contest.quality_bar,
        )


def recipients(db: ContestDB, kind: str, results: Results | None = None) -> list[Recipient]:
    """Recipients of ``kind`` in nomination order, then by place (or name, for certificates)."""
    if kind == "certificate":
        return _applications(db)
    if kind not in {"thanks", "diploma", "badge"}:
        raise JuryError(f"У документа «{kind}» нет отдельных получателей.")
    results = results or compute_results(db)
    chosen: set[int] | None = None
    if kind == "badge":
        bar = contest_facts(db).quality_bar
        if bar is None:
            raise JuryError(
                "Порог знака качества не задан: укажите его в настройках конкурса (Итоги)."
            )
        chosen = set(quality_marks(results, bar))
    wanted = {"thanks": {"winner"}, "diploma": {"winner", "finalist"}}.get(kind)
    out: list[Recipient] = []
    for nomination in results.nominations:
        for row in nomination.ranking:
            if wanted is not None and row.status not in wanted:
                continue
            if chosen is not None and row.application_id not in chosen:
                continue
            out.append(
                Recipient(
                    application_id=row.application_id,
                    organization=row.organization,
                    municipality=row.municipality,
                    nomination_number=nomination.number,
                    nomination=nomination.title,
                    status=row.status,
                    rank=row.rank,
                    score=row.score,
                )
            )
    return out


def _applications(db: ContestDB) -> list[Recipient]:
    from jury_app.collation import collation_key

    with db.session() as session:
        contest = contest_row(session)
        rows = session.exec(
            select(Application, Nomination.number, Nomination.title)
            .join(Nomination, col(Application.nomination_id) == col(Nomination.id))
            .where(Application.contest_id == contest.id, Application.status == "active")
        ).all()
    out = [
        Recipient(
            application_id=app.id or 0,
            organization=app.organization,
            municipality=app.municipality,
            nomination_number=number,
            nomination=title,
            status="participant",
            rank=None,
            score=None,
        )
        for app, number, title in rows
    ]
    out.sort(key=lambda r: (r.nomination_number, collation_key(r.organization), r.application_id))
    return out
