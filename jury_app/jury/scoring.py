"""A juror's work: assigned applications, scores, comments, declared conflicts, progress.

Works on a contest file or a jury package alike; every change is its own transaction, so
what the juror saw saved is on disk (WAL, synchronous=FULL) even if the power goes.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, col, select

from jury_app.contest import contest_id
from jury_app.errors import JuryError
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import (
    Application,
    Assignment,
    Criterion,
    Juror,
    Nomination,
    Review,
    Score,
)

NOT_STARTED, PARTIAL, DONE, CONFLICT = "not_started", "partial", "done", "conflict"


@dataclass(frozen=True)
class CriterionInfo:
    position: int
    title: str
    rubric: str
    min_score: float
    max_score: float
    step: float
    weight: float

    def allows(self, value: float) -> bool:
        """True when ``value`` lies on the scale: within bounds and on a whole step."""
        if not math.isfinite(value) or not self.min_score <= value <= self.max_score:
            return False
        steps = (value - self.min_score) / self.step
        return abs(steps - round(steps)) < 1e-9


@dataclass(frozen=True)
class AssignedApplication:
    id: int
    nomination: int
    nomination_title: str
    organization: str
    municipality: str
    links: tuple[tuple[str, str], ...]  # (platform label, url)
    subscribers: int | None
    scores: dict[int, float] = field(default_factory=dict)  # criterion position → value
    comment: str = ""
    recused: bool = False
    recusal_reason: str = ""
    criteria_count: int = 0

    @property
    def state(self) -> str:
        if self.recused:
            return CONFLICT
        if not self.scores:
            return NOT_STARTED
        return DONE if len(self.scores) >= self.criteria_count else PARTIAL


@dataclass(frozen=True)
class Progress:
    total: int
    done: int
    partial: int
    not_started: int
    conflict: int

    @property
    def finished(self) -> int:
        """Applications needing nothing more: scored completely or recused."""
        return self.done + self.conflict


def criteria(db: ContestDB) -> list[CriterionInfo]:
    with db.session() as session:
        return _criteria(session)


def _criteria(session: Session) -> list[CriterionInfo]:
    cid = contest_id(session)
    rows = session.exec(
        select(Criterion).where(Criterion.contest_id == cid).order_by(col(Criterion.position))
    ).all()
    return [
        CriterionInfo(c.position, c.title, c.rubric, c.min_score, c.max_score, c.step, c.weight)
        for c in rows
    ]


def order_key(juror_uid: str, application_id: int) -> str:
    """A per-juror shuffle that stays the same on every start: no position effects."""
    return hashlib.sha256(f"{juror_uid}:{application_id}".encode()).hexdigest()


def juror_work(db: ContestDB, juror_id: int) -> list[AssignedApplication]:
    """The juror's assigned applications, by nomination, in the juror's own random order."""
    with db.session() as session:
        juror = _juror(session, juror_id)
        items = _items(session, juror, None)
    return sorted(items, key=lambda a: (a.nomination, order_key(juror.uid, a.id)))


def assigned_application(db: ContestDB, juror_id: int, application_id: int) -> AssignedApplication:
    with db.session() as session:
        items = _items(session, _juror(session, juror_id), application_id)
    if not items:
        raise JuryError(f"Заявка № {application_id} не назначена этому члену комиссии.")
    return items[0]


def progress(db: ContestDB, juror_id: int) -> Progress:
    """Counted from the stored scores and recusals, never from a flag."""
    states = [a.state for a in juror_work(db, juror_id)]
    return Progress(
        total=len(states),
        done=states.count(DONE),
        partial=states.count(PARTIAL),
        not_started=states.count(NOT_STARTED),
        conflict=states.count(CONFLICT),
    )


def set_score(
    db: ContestDB, juror_id: int, application_id: int, position: int, value: float | None
) -> None:
    """Set (or with None clear) one score; refused off the scale, unassigned or recused."""
    with db.session() as session:
        cid = contest_id(session)
        _require_assigned(session, juror_id, application_id)
        criterion = _criterion(session, cid, position)
        review = _review(session, juror_id, application_id)
        if review is not None and review.recused and value is not None:
            raise JuryError("По этой заявке заявлен конфликт интересов: оценка не ставится.")
        existing = session.exec(
            select(Score).where(
                Score.juror_id == juror_id,
                Score.application_id == application_id,
                Score.criterion_id == criterion.id,
            )
        ).first()
        if value is None:
            if existing is not None:
                session.delete(existing)
            return
        info = CriterionInfo(
            criterion.position,
            criterion.title,
            "",
            criterion.min_score,
            criterion.max_score,
            criterion.step,
            criterion.weight,
        )
        if not info.allows(value):
            raise JuryError(
                f"Оценка {value:g} вне шкалы критерия «{criterion.title}» "
                f"({criterion.min_score:g}–{criterion.max_score:g}, шаг {criterion.step:g})."
            )
        score = existing or Score(
            contest_id=cid,
            juror_id=juror_id,
            application_id=application_id,
            criterion_id=criterion.id or 0,
            value=value,
            updated_at=datetime.now(),
        )
        score.value = value
        score.updated_at = datetime.now()
        session.add(score)


def set_comment(db: ContestDB, juror_id: int, application_id: int, text: str) -> None:
    with db.session() as session:
        _require_assigned(session, juror_id, application_id)
        review = _review_for_update(session, juror_id, application_id)
        review.comment = text.strip()
        review.updated_at = datetime.now()
        session.add(review)


def declare_conflict(
    db: ContestDB, juror_id: int, application_id: int, reason: str
) -> dict[int, float]:
    """Recuse from an application; its scores are removed and returned (for undo)."""
    if not reason.strip():
        raise JuryError("Укажите причину конфликта интересов.")
    with db.session() as session:
        _require_assigned(session, juror_id, application_id)
        removed = _scores_of(session, juror_id, application_id)
        for score in session.exec(
            select(Score).where(Score.juror_id == juror_id, Score.application_id == application_id)
        ).all():
            session.delete(score)
        review = _review_for_update(session, juror_id, application_id)
        review.recused = True
        review.recusal_reason = reason.strip()
        review.updated_at = datetime.now()
        session.add(review)
        return removed


def withdraw_conflict(db: ContestDB, juror_id: int, application_id: int) -> None:
    with db.session() as session:
        _require_assigned(session, juror_id, application_id)
        review = _review_for_update(session, juror_id, application_id)
        review.recused = False
        review.recusal_reason = ""
        review.updated_at = datetime.now()
        session.add(review)


def _juror(session: Session, juror_id: int) -> Juror:
    juror = session.get(Juror, juror_id)
    if juror is None:
        raise JuryError(f"Член комиссии № {juror_id} не найден.")
    return juror


def _require_assigned(session: Session, juror_id: int, application_id: int) -> None:
    found = session.exec(
        select(Assignment.id).where(
            Assignment.juror_id == juror_id, Assignment.application_id == application_id
        )
    ).first()
    if found is None:
        raise JuryError(f"Заявка № {application_id} не назначена этому члену комиссии.")


def _criterion(session: Session, cid: int, position: int) -> Criterion:
    criterion = session.exec(
        select(Criterion).where(Criterion.contest_id == cid, Criterion.position == position)
    ).first()
    if criterion is None:
        raise JuryError(f"Критерия № {position} нет.")
    return criterion


def _review(session: Session, juror_id: int, application_id: int) -> Review | None:
    return session.exec(
        select(Review).where(Review.juror_id == juror_id, Review.application_id == application_id)
    ).first()


def _review_for_update(session: Session, juror_id: int, application_id: int) -> Review:
    review = _review(session, juror_id, application_id)
    if review is None:
        review = Review(
            contest_id=contest_id(session),
            juror_id=juror_id,
            application_id=application_id,
            updated_at=datetime.now(),
        )
    return review


def _scores_of(session: Session, juror_id: int, application_id: int) -> dict[int, float]:
    rows = session.exec(
        select(Criterion.position, Score.value)
        .join(Criterion, col(Score.criterion_id) == col(Criterion.id))
        .where(Score.juror_id == juror_id, Score.application_id == application_id)
    ).all()
    return dict(rows)


def _items(session: Session, juror: Juror, only: int | None) -> list[AssignedApplication]:
    query = (
        select(Application, Nomination.number, Nomination.title)
        .join(Assignment, col(Assignment.application_id) == col(Application.id))
        .join(Nomination, col(Application.nomination_id) == col(Nomination.id))
        .where(Assignment.juror_id == juror.id, Application.status == "active")
    )
    if only is not None:
        query = query.where(Application.id == only)
    rows = session.exec(query).all()
    count = len(_criteria(session))
    score_query = (
        select(Score.application_id, Criterion.position, Score.value)
        .join(Criterion, col(Score.criterion_id) == col(Criterion.id))
        .where(Score.juror_id == juror.id)
    )
    scores: dict[int, dict[int, float]] = {}
    for app_id, position, value in session.exec(score_query).all():
        scores.setdefault(app_id, {})[position] = value
    reviews = {
        r.application_id: r
        for r in session.exec(select(Review).where(Review.juror_id == juror.id)).all()
    }
    items = []
    for app, number, title in rows:
        review = reviews.get(app.id or 0)
        links = tuple(
            (label, url)
            for label, url in (
                ("ВКонтакте", app.link_vk),
                ("Одноклассники", app.link_ok),
                ("Telegram", app.link_telegram),
                ("MAX", app.link_max),
                *(("Ссылка", u) for u in app.links_other.split("\n")),
            )
            if url
        )
        items.append(
            AssignedApplication(
                id=app.id or 0,
                nomination=number,
                nomination_title=title,
                organization=app.organization,
                municipality=app.municipality,
                links=links,
                subscribers=app.subscribers,
                scores=scores.get(app.id or 0, {}),
                comment=review.comment if review else "",
                recused=bool(review and review.recused),
                recusal_reason=review.recusal_reason if review else "",
                criteria_count=count,
            )
        )
    return items
