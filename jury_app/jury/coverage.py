"""Who has scored what: the secretary's view of the returned scores, and what is missing.

Everything is counted from the stored assignments, scores and recusals with one query per
table, so that 200 jurors × 20,000 applications stays within a couple of seconds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from jury_app.contest import contest_id
from jury_app.importing.normalize import organization_key
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import (
    Application,
    Assignment,
    Conflict,
    Criterion,
    Juror,
    Nomination,
    Review,
    Score,
)

SCORED, PARTIAL, MISSING, CONFLICT = "scored", "partial", "missing", "conflict"
STATES = (SCORED, PARTIAL, MISSING, CONFLICT)


@dataclass(frozen=True)
class CoverageJuror:
    id: int
    name: str
    active: bool


@dataclass(frozen=True)
class CoverageApplication:
    id: int
    nomination: int
    organization: str


@dataclass(frozen=True)
class JurorProgress:
    juror_id: int
    name: str
    active: bool
    assigned: int
    scored: int
    partial: int
    missing: int
    conflicts: int

    @property
    def finished(self) -> int:
        """Assigned applications needing nothing more: scored completely or recused."""
        return self.scored + self.conflicts

    @property
    def fraction(self) -> float:
        return self.finished / self.assigned if self.assigned else 1.0


@dataclass(frozen=True)
class NominationCompleteness:
    number: int
    title: str
    total: int
    complete: int

    @property
    def fraction(self) -> float:
        return self.complete / self.total if self.total else 1.0


@dataclass(frozen=True)
class MissingRow:
    juror_id: int
    juror: str
    nomination: int
    application_id: int
    organization: str
    state: str  # PARTIAL or MISSING


@dataclass(frozen=True)
class Coverage:
    """Jurors × their assigned applications, each cell in one of :data:`STATES`."""

    jurors: list[CoverageJuror]
    applications: list[CoverageApplication]
    cells: dict[tuple[int, int], str]  # (juror id, application id) → state
    progress: list[JurorProgress]
    nominations: list[NominationCompleteness]
    criteria_count: int
    incomplete: set[int] = field(default_factory=set)  # application ids still waiting

    def state(self, juror_id: int, application_id: int) -> str | None:
        """The cell's state, or None when the application is not assigned to the juror."""
        return self.cells.get((juror_id, application_id))

    def missing(self) -> list[MissingRow]:
        """Partial and missing cells of active jurors, by juror, nomination and application."""
        names = {j.id: j.name for j in self.jurors if j.active}
        apps = {a.id: a for a in self.applications}
        rows = [
            MissingRow(j, names[j], apps[a].nomination, a, apps[a].organization, state)
            for (j, a), state in self.cells.items()
            if state in (PARTIAL, MISSING) and j in names
        ]
        order = {j.id: i for i, j in enumerate(self.jurors)}
        rows.sort(key=lambda r: (order[r.juror_id], r.nomination, r.application_id))
        return rows


def coverage(db: ContestDB) -> Coverage:
    """The coverage of the contest: absent jurors are shown but never make anything incomplete."""
    with db.session() as session:
        cid = contest_id(session)
        return _coverage(session, cid)


def missing_list(db: ContestDB) -> list[MissingRow]:
    """What the secretary chases: every partial or missing score of an active juror."""
    return coverage(db).missing()


def _coverage(session: Session, cid: int) -> Coverage:
    jurors = [
        CoverageJuror(i or 0, name, status == "active")
        for i, name, status in session.exec(
            select(Juror.id, Juror.name, Juror.status)
            .where(Juror.contest_id == cid)
            .order_by(col(Juror.id))
        ).all()
    ]
    nominations = session.exec(
        select(Nomination.id, Nomination.number, Nomination.title)
        .where(Nomination.contest_id == cid)
        .order_by(col(Nomination.number))
    ).all()
    number_of = {i: n for i, n, _ in nominations}
    # Five columns: more than sqlmodel's select() types, so plain SQLAlchemy here.
    app_rows = session.execute(
        sa_select(
            col(Application.id),
            col(Application.nomination_id),
            col(Application.organization),
            col(Application.municipality),
            col(Application.organization_key),
        ).where(col(Application.contest_id) == cid, col(Application.status) == "active")
    ).all()
    applications = sorted(
        (CoverageApplication(i or 0, number_of.get(n, 0), o) for i, n, o, _, _ in app_rows),
        key=lambda a: (a.nomination, a.id),
    )
    places = {i or 0: (m.casefold(), k) for i, _, _, m, k in app_rows}
    criteria_count = len(
        session.exec(select(Criterion.id).where(Criterion.contest_id == cid)).all()
    )
    assigned = [
        (j, a)
        for j, a in session.exec(
            select(Assignment.juror_id, Assignment.application_id).where(
                Assignment.contest_id == cid
            )
        ).all()
        if a in places
    ]
    counts: dict[tuple[int, int], int] = {
        (j, a): n
        for j, a, n in session.exec(
            select(Score.juror_id, Score.application_id, func.count(col(Score.id)))
            .where(Score.contest_id == cid)
            .group_by(col(Score.juror_id), col(Score.application_id))
        ).all()
    }
    recused = set(
        session.exec(
            select(Review.juror_id, Review.application_id).where(
                Review.contest_id == cid, col(Review.recused).is_(True)
            )
        ).all()
    )
    registered = _registered_conflicts(session, cid)

    cells: dict[tuple[int, int], str] = {}
    for pair in assigned:
        juror_id, app_id = pair
        if pair in recused or _conflicted(registered.get(juror_id), app_id, places[app_id]):
            cells[pair] = CONFLICT
        else:
            n = counts.get(pair, 0)
            cells[pair] = MISSING if n == 0 else SCORED if n >= max(criteria_count, 1) else PARTIAL
    states = _app_states(jurors, cells)
    return Coverage(
        jurors=jurors,
        applications=applications,
        cells=cells,
        progress=_progress(jurors, cells),
        nominations=_completeness(nominations, applications, states),
        criteria_count=criteria_count,
        incomplete=_incomplete(applications, states),
    )


@dataclass
class _JurorConflicts:
    applications: set[int] = field(default_factory=set)
    municipalities: set[str] = field(default_factory=set)
    organizations: set[str] = field(default_factory=set)


def _registered_conflicts(session: Session, cid: int) -> dict[int, _JurorConflicts]:
    result: dict[int, _JurorConflicts] = defaultdict(_JurorConflicts)
    for juror_id, kind, value, app_id in session.exec(
        select(Conflict.juror_id, Conflict.kind, Conflict.value, Conflict.application_id).where(
            Conflict.contest_id == cid
        )
    ).all():
        entry = result[juror_id]
        if kind == "application" and app_id is not None:
            entry.applications.add(app_id)
        elif kind == "municipality":
            entry.municipalities.add(value.casefold())
        elif kind == "organization":
            entry.organizations.add(organization_key(value))
    return result


def _conflicted(conflicts: _JurorConflicts | None, app_id: int, place: tuple[str, str]) -> bool:
    if conflicts is None:
        return False
    municipality, key = place
    return (
        app_id in conflicts.applications
        or (bool(municipality) and municipality in conflicts.municipalities)
        or key in conflicts.organizations
    )


def _progress(
    jurors: list[CoverageJuror], cells: dict[tuple[int, int], str]
) -> list[JurorProgress]:
    tally: dict[int, dict[str, int]] = {j.id: dict.fromkeys(STATES, 0) for j in jurors}
    for (juror_id, _), state in cells.items():
        if juror_id in tally:
            tally[juror_id][state] += 1
    return [
        JurorProgress(
            juror_id=j.id,
            name=j.name,
            active=j.active,
            assigned=sum(tally[j.id].values()),
            scored=tally[j.id][SCORED],
            partial=tally[j.id][PARTIAL],
            missing=tally[j.id][MISSING],
            conflicts=tally[j.id][CONFLICT],
        )
        for j in jurors
    ]


def _app_states(
    jurors: list[CoverageJuror], cells: dict[tuple[int, int], str]
) -> dict[int, set[str]]:
    """For each application, the states of its cells among active jurors."""
    active = {j.id for j in jurors if j.active}
    states: dict[int, set[str]] = defaultdict(set)
    for (juror_id, app_id), state in cells.items():
        if juror_id in active:
            states[app_id].add(state)
    return states


def _is_complete(states: set[str]) -> bool:
    # Fully scored by every assigned juror who did not recuse, and by at least one.
    return SCORED in states and not states & {PARTIAL, MISSING}


def _incomplete(applications: list[CoverageApplication], states: dict[int, set[str]]) -> set[int]:
    return {a.id for a in applications if not _is_complete(states.get(a.id, set()))}


def _completeness(
    nominations: Sequence[tuple[int | None, int, str]],
    applications: list[CoverageApplication],
    states: dict[int, set[str]],
) -> list[NominationCompleteness]:
    total: dict[int, int] = defaultdict(int)
    complete: dict[int, int] = defaultdict(int)
    for app in applications:
        total[app.nomination] += 1
        if _is_complete(states.get(app.id, set())):
            complete[app.nomination] += 1
    return [NominationCompleteness(n, t, total[n], complete[n]) for _, n, t in nominations]
