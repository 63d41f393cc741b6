"""The commission's decisions on results — resolved ties, overridden places — and the freeze."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select

from jury_app import audit
from jury_app.contest import contest_row, ensure_not_frozen
from jury_app.errors import JuryError
from jury_app.results.ranking import FINALIST, PARTICIPANT, WINNER
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Application, Contest, ResultDecision


@dataclass(frozen=True)
class DecisionRow:
    id: int
    application_id: int
    kind: str
    status: str
    rank: int | None
    reason: str
    decided_at: datetime


def is_frozen(db: ContestDB) -> bool:
    with db.session() as session:
        return contest_row(session).results_frozen_at is not None


def record_decision(
    db: ContestDB,
    application_id: int,
    status: str,
    reason: str,
    *,
    rank: int | None = None,
    kind: str = "override",
) -> DecisionRow:
    """Record a decision of the commission about one application; the reason is mandatory."""
    if status not in (WINNER, FINALIST, PARTICIPANT):
        raise JuryError(f"Неизвестный статус «{status}».")
    if kind not in ("tie", "override"):
        raise JuryError(f"Неизвестный вид решения «{kind}».")
    if not reason.strip():
        raise JuryError("Укажите основание решения комиссии: оно записывается в протокол.")
    if rank is not None and rank < 1:
        raise JuryError("Место должно быть не меньше 1.")
    with db.session() as session:
        ensure_not_frozen(session)
        contest = contest_row(session)
        app = session.get(Application, application_id)
        if app is None or app.contest_id != contest.id:
            raise JuryError(f"Заявка № {application_id} не найдена.")
        for old in session.exec(
            select(ResultDecision).where(ResultDecision.application_id == application_id)
        ).all():
            session.delete(old)
        decision = ResultDecision(
            contest_id=contest.id or 0,
            application_id=application_id,
            kind=kind,
            status=status,
            rank=rank,
            reason=reason.strip(),
            decided_at=datetime.now(),
        )
        session.add(decision)
        audit.record(
            session,
            contest.id or 0,
            "results.decision",
            {"application_id": application_id, "kind": kind, "status": status, "rank": rank},
            reason=reason.strip(),
        )
        session.flush()
        return _row(decision)


def remove_decision(db: ContestDB, application_id: int, reason: str) -> None:
    if not reason.strip():
        raise JuryError("Укажите причину отмены решения.")
    with db.session() as session:
        ensure_not_frozen(session)
        rows = session.exec(
            select(ResultDecision).where(ResultDecision.application_id == application_id)
        ).all()
        if not rows:
            raise JuryError(f"По заявке № {application_id} нет решения комиссии.")
        for row in rows:
            session.delete(row)
        audit.record(
            session,
            rows[0].contest_id,
            "results.decision_removed",
            {"application_id": application_id},
            reason=reason.strip(),
        )


def list_decisions(db: ContestDB) -> list[DecisionRow]:
    with db.session() as session:
        contest = contest_row(session)
        return [
            _row(d)
            for d in session.exec(
                select(ResultDecision)
                .where(ResultDecision.contest_id == contest.id)
                .order_by(col(ResultDecision.id))
            ).all()
        ]


def freeze_results(db: ContestDB, reason: str = "") -> None:
    """Freeze the results: nothing that changes them is accepted until an unfreeze."""
    _set_frozen(db, True, reason)


def unfreeze_results(db: ContestDB, reason: str) -> None:
    """Lift the freeze; the reason is mandatory and audited."""
    if not reason.strip():
        raise JuryError("Укажите причину снятия заморозки итогов.")
    _set_frozen(db, False, reason)


def _set_frozen(db: ContestDB, frozen: bool, reason: str) -> None:
    with db.session() as session:
        contest: Contest = contest_row(session)
        if (contest.results_frozen_at is not None) == frozen:
            raise JuryError("Итоги уже заморожены." if frozen else "Итоги не заморожены.")
        contest.results_frozen_at = datetime.now() if frozen else None
        session.add(contest)
        audit.record(
            session,
            contest.id or 0,
            "results.freeze" if frozen else "results.unfreeze",
            {},
            reason=reason.strip(),
        )


def _row(d: ResultDecision) -> DecisionRow:
    return DecisionRow(
        d.id or 0, d.application_id, d.kind, d.status, d.rank, d.reason, d.decided_at
    )
