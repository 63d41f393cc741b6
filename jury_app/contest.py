"""Creating a contest, reading and changing its settings, counting what it holds."""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, col, func, select

from jury_app import audit
from jury_app.errors import JuryError
from jury_app.settings import ContestSettings, CriterionSpec, NominationSpec, validate_settings
from jury_app.storage.engine import ContestDB, create_contest_file
from jury_app.storage.models import Application, Contest, Criterion, Juror, Nomination, Score


@dataclass(frozen=True)
class ContestStatus:
    applications: int
    per_nomination: dict[int, int]
    jurors: int
    scores: int


def create_contest(path: Path, settings: ContestSettings) -> ContestDB:
    """Create a contest file from settings (a preset or the user's own) and return it open."""
    problems = validate_settings(settings)
    if problems:
        raise JuryError(problems[0])
    db = create_contest_file(path)
    try:
        with db.session() as session:
            contest = Contest(
                uid=uuid.uuid4().hex,
                title=settings.title,
                year=settings.year,
                preset=settings.preset,
                created_at=datetime.now(),
            )
            _apply_scalars(contest, settings)
            session.add(contest)
            session.flush()
            assert contest.id is not None
            _replace_nominations(session, contest.id, settings.nominations)
            _replace_criteria(session, contest.id, settings.criteria)
            audit.record(session, contest.id, "contest.create", {"preset": settings.preset})
    except Exception:
        db.close()
        raise
    return db


def contest_row(session: Session) -> Contest:
    """The single contest of the file."""
    contest = session.exec(select(Contest)).first()
    if contest is None or contest.id is None:
        raise JuryError("В файле нет конкурса.")
    return contest


FROZEN_MESSAGE = (
    "Итоги утверждены (заморожены): изменения невозможны. Чтобы внести изменения, сначала "
    "снимите заморозку с указанием причины."
)


def ensure_not_frozen(session: Session) -> None:
    """Refuse any change that would alter frozen results (scores, applications, settings)."""
    if contest_row(session).results_frozen_at is not None:
        raise JuryError(FROZEN_MESSAGE)


def contest_id(session: Session) -> int:
    contest = contest_row(session)
    assert contest.id is not None
    return contest.id


def load_settings(db: ContestDB) -> ContestSettings:
    """The contest's settings as plain values."""
    with db.session() as session:
        contest = contest_row(session)
        nominations = session.exec(
            select(Nomination)
            .where(Nomination.contest_id == contest.id)
            .order_by(col(Nomination.number))
        ).all()
        criteria = session.exec(
            select(Criterion)
            .where(Criterion.contest_id == contest.id)
            .order_by(col(Criterion.position))
        ).all()
        return ContestSettings(
            title=contest.title,
            year=contest.year,
            signatory_name=contest.signatory_name,
            signatory_position=contest.signatory_position,
            aggregation_method=contest.aggregation_method,
            finalist_rule=contest.finalist_rule,
            finalist_total=contest.finalist_total,
            finalist_min_per_nomination=contest.finalist_min_per_nomination,
            winners_per_nomination=contest.winners_per_nomination,
            nominations=tuple(
                NominationSpec(n.number, n.title, n.finalist_quota) for n in nominations
            ),
            criteria=tuple(
                CriterionSpec(c.title, c.rubric, c.min_score, c.max_score, c.step, c.weight)
                for c in criteria
            ),
            preset=contest.preset,
            tiebreak=tuple(json.loads(contest.tiebreak_json)) if contest.tiebreak_json else (),
            quality_bar=contest.quality_bar,
        )


def save_settings(db: ContestDB, settings: ContestSettings, reason: str = "") -> None:
    """Store edited settings in one transaction, audited with the old and new values.

    A nomination that already holds applications cannot be removed.
    """
    problems = validate_settings(settings)
    if problems:
        raise JuryError(problems[0])
    old = load_settings(db)
    if old == settings:
        return
    with db.session() as session:
        contest = contest_row(session)
        assert contest.id is not None
        ensure_not_frozen(session)
        kept = {n.number for n in settings.nominations}
        for number, count in _counts_by_number(session, contest.id).items():
            if number not in kept and count:
                raise JuryError(
                    f"Нельзя удалить номинацию № {number}: в ней {count} заявок. "
                    "Сначала перенесите их в другую номинацию."
                )
        contest.title = settings.title
        contest.year = settings.year
        _apply_scalars(contest, settings)
        session.add(contest)
        _replace_nominations(session, contest.id, settings.nominations)
        _replace_criteria(session, contest.id, settings.criteria)
        audit.record(
            session,
            contest.id,
            "settings.change",
            {"old": asdict(old), "new": asdict(settings)},
            reason=reason,
        )


def _apply_scalars(contest: Contest, settings: ContestSettings) -> None:
    contest.signatory_name = settings.signatory_name
    contest.signatory_position = settings.signatory_position
    contest.aggregation_method = settings.aggregation_method
    contest.finalist_rule = settings.finalist_rule
    contest.finalist_total = settings.finalist_total
    contest.finalist_min_per_nomination = settings.finalist_min_per_nomination
    contest.winners_per_nomination = settings.winners_per_nomination
    contest.tiebreak_json = json.dumps(list(settings.tiebreak)) if settings.tiebreak else ""
    contest.quality_bar = settings.quality_bar


def _replace_nominations(session: Session, cid: int, specs: tuple[NominationSpec, ...]) -> None:
    # Rows are updated in place by number so that applications keep their nomination.
    existing = {
        n.number: n
        for n in session.exec(select(Nomination).where(Nomination.contest_id == cid)).all()
    }
    wanted = {spec.number for spec in specs}
    for number, row in existing.items():
        if number not in wanted:
            session.delete(row)
    session.flush()
    for spec in specs:
        row = existing.get(spec.number) or Nomination(contest_id=cid, number=spec.number, title="")
        row.title = spec.title.strip()
        row.finalist_quota = spec.finalist_quota
        session.add(row)
    session.flush()


def _replace_criteria(session: Session, cid: int, specs: tuple[CriterionSpec, ...]) -> None:
    existing = session.exec(
        select(Criterion).where(Criterion.contest_id == cid).order_by(col(Criterion.position))
    ).all()
    for extra in existing[len(specs) :]:
        session.delete(extra)
    session.flush()
    for position, spec in enumerate(specs, 1):
        row = existing[position - 1] if position <= len(existing) else None
        row = row or Criterion(contest_id=cid, position=position, title="")
        row.title = spec.title.strip()
        row.rubric = spec.rubric
        row.min_score, row.max_score = spec.min_score, spec.max_score
        row.step, row.weight = spec.step, spec.weight
        session.add(row)
    session.flush()


def _counts_by_number(session: Session, cid: int) -> dict[int, int]:
    rows = session.exec(
        select(Nomination.number, func.count(col(Application.id)))
        .join(
            Application,
            (col(Application.nomination_id) == col(Nomination.id))
            & (col(Application.status) == "active"),
            isouter=True,
        )
        .where(Nomination.contest_id == cid)
        .group_by(col(Nomination.number))
        .order_by(col(Nomination.number))
    ).all()
    return {number: count for number, count in rows}


def contest_status(db: ContestDB) -> ContestStatus:
    """Counts for ``jury-cli status``: active applications (per nomination), jurors, scores."""
    with db.session() as session:
        cid = contest_id(session)
        per_nomination = _counts_by_number(session, cid)
        jurors = session.exec(
            select(func.count(col(Juror.id))).where(Juror.contest_id == cid)
        ).one()
        scores = session.exec(
            select(func.count(col(Score.id))).where(Score.contest_id == cid)
        ).one()
    return ContestStatus(sum(per_nomination.values()), per_nomination, jurors, scores)
