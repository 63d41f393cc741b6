"""Who scores what: every juror everything of their nominations, or K jurors per application."""

from __future__ import annotations

import heapq
import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, delete
from sqlmodel import Session, col, select

from jury_app import audit
from jury_app.contest import contest_id
from jury_app.errors import JuryError
from jury_app.jury.roster import conflicted_applications
from jury_app.storage.bulk import insert_many
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Application, Assignment, Juror, Nomination, Review, Score


@dataclass(frozen=True)
class MatrixApplication:
    id: int
    nomination: int
    organization: str


@dataclass(frozen=True)
class AssignmentMatrix:
    """Jurors × applications: who is assigned, who is conflicted."""

    jurors: list[tuple[int, str]]
    applications: list[MatrixApplication]
    assigned: set[tuple[int, int]]  # (juror id, application id)
    conflicts: set[tuple[int, int]]

    def load(self, juror_id: int) -> int:
        return sum(1 for j, _ in self.assigned if j == juror_id)


def plan_assignment(
    applications: Sequence[tuple[int, int]],
    jurors: Sequence[tuple[int, frozenset[int] | None]],
    conflicts: Mapping[int, set[int]],
    per_application: int | None,
) -> dict[int, set[int]]:
    """Decide assignments; pure.

    ``applications`` are (id, nomination), ``jurors`` (id, nominations or None for all).
    Without ``per_application`` every juror gets every application of their nominations;
    with it, each application gets that many jurors, always the least loaded ones, so that
    loads differ by at most one when conflicts allow, and panels overlap inside a nomination.
    Conflicted pairs are never assigned.
    """
    plan: dict[int, set[int]] = {j: set() for j, _ in jurors}
    eligible_for = {
        nomination: [j for j, allowed in jurors if allowed is None or nomination in allowed]
        for nomination in {n for _, n in applications}
    }
    if per_application is None:
        for app_id, nomination in applications:
            for juror in eligible_for[nomination]:
                if app_id not in conflicts.get(juror, ()):
                    plan[juror].add(app_id)
        return plan
    if per_application < 1:
        raise JuryError("Число членов комиссии на заявку должно быть не меньше 1.")
    order = {j: i for i, (j, _) in enumerate(jurors)}
    count = max(len(jurors), 1)
    load = dict.fromkeys(plan, 0)
    in_nomination: dict[tuple[int, int], int] = {}  # (juror, nomination) → applications
    for turn, (app_id, nomination) in enumerate(sorted(applications, key=lambda a: (a[1], a[0]))):
        candidates = [j for j in eligible_for[nomination] if app_id not in conflicts.get(j, ())]
        # Least loaded first; among equals, whoever has seen least of this nomination (so
        # its panel grows past k jurors and the rankings connect), then a rotating order.
        chosen = heapq.nsmallest(
            per_application,
            candidates,
            key=lambda j: (
                load[j],
                in_nomination.get((j, nomination), 0),
                (order[j] - turn) % count,
            ),
        )
        for juror in chosen:
            plan[juror].add(app_id)
            load[juror] += 1
            in_nomination[(juror, nomination)] = in_nomination.get((juror, nomination), 0) + 1
    return plan


def assign(db: ContestDB, per_application: int | None = None) -> AssignmentMatrix:
    """Replace the assignment of active jurors by a new plan; audited.

    Assignments that already carry scores are kept, so no score loses its assignment.
    """
    with db.session() as session:
        cid = contest_id(session)
        apps = _active_applications(session, cid)
        jurors = session.exec(
            select(Juror)
            .where(Juror.contest_id == cid, Juror.status == "active")
            .order_by(col(Juror.id))
        ).all()
        if not jurors:
            raise JuryError("В составе комиссии нет ни одного члена — некого назначать.")
        if not apps:
            raise JuryError("В конкурсе нет заявок — назначать нечего.")
        specs = [(j.id or 0, _allowed(j)) for j in jurors]
        conflicts = {j.id or 0: conflicted_applications(session, cid, j.id or 0) for j in jurors}
        plan = plan_assignment(
            [(a.id, a.nomination) for a in apps], specs, conflicts, per_application
        )
        kept = _scored_pairs(session, cid)
        session.execute(delete(Assignment).where(col(Assignment.contest_id) == cid))
        pairs = {(j, a) for j, ids in plan.items() for a in ids} | kept
        insert_many(
            session.connection(),
            cast(Table, Assignment.__table__),  # type: ignore[attr-defined]
            ("contest_id", "juror_id", "application_id"),
            [(cid, j, a) for j, a in sorted(pairs)],
        )
        audit.record(
            session,
            cid,
            "assignment.plan",
            {
                "per_application": per_application,
                "assignments": len(pairs),
                "kept_with_scores": len(kept),
            },
        )
    return assignment_matrix(db)


def set_assignment(
    db: ContestDB, juror_id: int, application_id: int, assigned: bool, reason: str = ""
) -> None:
    """Assign or unassign one application by hand; a conflicted pair cannot be assigned."""
    with db.session() as session:
        cid = contest_id(session)
        juror = session.get(Juror, juror_id)
        app = session.get(Application, application_id)
        if juror is None or app is None or app.contest_id != cid:
            raise JuryError("Член комиссии или заявка не найдены.")
        existing = session.exec(
            select(Assignment).where(
                Assignment.juror_id == juror_id, Assignment.application_id == application_id
            )
        ).first()
        if assigned and existing is None:
            if application_id in conflicted_applications(session, cid, juror_id):
                raise JuryError(
                    f"У «{juror.name}» конфликт интересов с заявкой № {application_id}: "
                    "её нельзя назначить."
                )
            session.add(
                Assignment(contest_id=cid, juror_id=juror_id, application_id=application_id)
            )
        elif not assigned and existing is not None:
            if (juror_id, application_id) in _scored_pairs(session, cid):
                raise JuryError(
                    f"«{juror.name}» уже оценил(а) заявку № {application_id}: "
                    "назначение нельзя снять."
                )
            session.delete(existing)
        else:
            return
        audit.record(
            session,
            cid,
            "assignment.edit",
            {"juror_id": juror_id, "application_id": application_id, "assigned": assigned},
            reason=reason,
        )


def assignment_matrix(db: ContestDB) -> AssignmentMatrix:
    with db.session() as session:
        cid = contest_id(session)
        jurors = session.exec(
            select(Juror).where(Juror.contest_id == cid).order_by(col(Juror.id))
        ).all()
        apps = _active_applications(session, cid)
        assigned = {
            (j, a)
            for j, a in session.exec(
                select(Assignment.juror_id, Assignment.application_id).where(
                    Assignment.contest_id == cid
                )
            ).all()
        }
        conflicts = {
            (j.id or 0, a) for j in jurors for a in conflicted_applications(session, cid, j.id or 0)
        }
    return AssignmentMatrix([(j.id or 0, j.name) for j in jurors], apps, assigned, conflicts)


def assigned_applications(session: Session, juror_id: int) -> set[int]:
    return set(
        session.exec(select(Assignment.application_id).where(Assignment.juror_id == juror_id)).all()
    )


def drop_conflicting_assignments(session: Session, cid: int, juror_id: int) -> int:
    """Remove the juror's assignments that a conflict now covers; return how many."""
    conflicted = conflicted_applications(session, cid, juror_id)
    rows = session.exec(
        select(Assignment).where(
            Assignment.juror_id == juror_id, col(Assignment.application_id).in_(conflicted)
        )
    ).all()
    for row in rows:
        session.delete(row)
    return len(rows)


def _allowed(juror: Juror) -> frozenset[int] | None:
    numbers = json.loads(juror.nominations_json)
    return frozenset(numbers) if numbers else None


def _active_applications(session: Session, cid: int) -> list[MatrixApplication]:
    rows = session.exec(
        select(Application.id, Nomination.number, Application.organization)
        .join(Nomination, col(Application.nomination_id) == col(Nomination.id))
        .where(Application.contest_id == cid, Application.status == "active")
        .order_by(col(Nomination.number), col(Application.id))
    ).all()
    return [MatrixApplication(i or 0, n, o) for i, n, o in rows]


def _scored_pairs(session: Session, cid: int) -> set[tuple[int, int]]:
    scored = session.exec(
        select(Score.juror_id, Score.application_id).where(Score.contest_id == cid).distinct()
    ).all()
    reviewed = session.exec(
        select(Review.juror_id, Review.application_id).where(Review.contest_id == cid)
    ).all()
    return {(j, a) for j, a in scored} | {(j, a) for j, a in reviewed}


def nomination_panels(
    plan: Mapping[int, set[int]], nominations: Mapping[int, int]
) -> dict[int, set[int]]:
    """For each nomination, the jurors who score at least one of its applications."""
    panels: dict[int, set[int]] = defaultdict(set)
    for juror, ids in plan.items():
        for app_id in ids:
            panels[nominations[app_id]].add(juror)
    return dict(panels)
