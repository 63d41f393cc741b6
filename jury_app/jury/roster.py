"""The commission: jurors, their roles and their conflicts of interest."""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from jury_app import audit
from jury_app.contest import contest_id
from jury_app.errors import JuryError
from jury_app.importing.normalize import organization_key
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Application, Conflict, Juror

ROLES = ("chair", "deputy", "member", "secretary")
ROLE_LABELS = {
    "chair": "председатель",
    "deputy": "заместитель председателя",
    "member": "член комиссии",
    "secretary": "секретарь",
}
CONFLICT_KINDS = ("municipality", "organization", "application")


@dataclass(frozen=True)
class ConflictRow:
    id: int
    juror_id: int
    kind: str
    value: str
    application_id: int | None
    reason: str


@dataclass(frozen=True)
class JurorRow:
    id: int
    uid: str
    name: str
    position: str
    role: str
    status: str
    nominations: tuple[int, ...]  # empty = all nominations
    conflicts: tuple[ConflictRow, ...] = ()

    @property
    def active(self) -> bool:
        return self.status == "active"


def add_juror(
    db: ContestDB,
    name: str,
    *,
    role: str = "member",
    position: str = "",
    nominations: Sequence[int] = (),
    conflicts: Sequence[str] = (),
) -> JurorRow:
    """Add a juror (with a fresh secret key); ``conflicts`` are municipalities."""
    name = " ".join(name.split())
    if not name:
        raise JuryError("Укажите ФИО члена комиссии.")
    if role not in ROLES:
        raise JuryError(f"Неизвестная роль «{role}»: допустимы {', '.join(ROLES)}.")
    with db.session() as session:
        cid = contest_id(session)
        if session.exec(select(Juror).where(Juror.contest_id == cid, Juror.name == name)).first():
            raise JuryError(f"Член комиссии «{name}» уже есть в составе.")
        juror = Juror(
            contest_id=cid,
            uid=uuid.uuid4().hex,
            name=name,
            position=position.strip(),
            role=role,
            secret_hex=secrets.token_hex(32),
            nominations_json=json.dumps(sorted(set(nominations))),
        )
        session.add(juror)
        session.flush()
        assert juror.id is not None
        for municipality in conflicts:
            _add_conflict(session, cid, juror.id, "municipality", municipality, None, "")
        audit.record(
            session,
            cid,
            "juror.add",
            {"juror_id": juror.id, "name": name, "role": role, "conflicts": list(conflicts)},
        )
        return _juror_row(session, juror)


def update_juror(
    db: ContestDB,
    juror_id: int,
    *,
    name: str | None = None,
    position: str | None = None,
    role: str | None = None,
    nominations: Sequence[int] | None = None,
) -> JurorRow:
    """Change a juror's name, position, role or nominations; audited."""
    with db.session() as session:
        juror = _get(session, juror_id)
        old = _juror_row(session, juror)
        if name is not None:
            if not name.strip():
                raise JuryError("Укажите ФИО члена комиссии.")
            juror.name = " ".join(name.split())
        if position is not None:
            juror.position = position.strip()
        if role is not None:
            if role not in ROLES:
                raise JuryError(f"Неизвестная роль «{role}».")
            juror.role = role
        if nominations is not None:
            juror.nominations_json = json.dumps(sorted(set(nominations)))
        session.add(juror)
        new = _juror_row(session, juror)
        audit.record(
            session,
            juror.contest_id,
            "juror.edit",
            {"juror_id": juror_id, "old": _public(old), "new": _public(new)},
        )
        return new


def set_juror_status(db: ContestDB, juror_id: int, status: str, reason: str) -> JurorRow:
    """Mark a juror absent (scores kept, excluded from results) or active again; audited."""
    if status not in ("active", "absent"):
        raise JuryError(f"Неизвестное состояние «{status}».")
    if not reason.strip():
        raise JuryError("Укажите причину: решение записывается в журнал.")
    with db.session() as session:
        juror = _get(session, juror_id)
        if juror.status != status:
            audit.record(
                session,
                juror.contest_id,
                "juror.status",
                {"juror_id": juror_id, "old": juror.status, "new": status},
                reason=reason.strip(),
            )
            juror.status = status
            session.add(juror)
        return _juror_row(session, juror)


def list_jurors(db: ContestDB) -> list[JurorRow]:
    """The commission in roster order (chair, deputy, members, secretary), with conflicts."""
    with db.session() as session:
        cid = contest_id(session)
        jurors = session.exec(select(Juror).where(Juror.contest_id == cid)).all()
        rows = [_juror_row(session, j) for j in jurors]
    return sorted(rows, key=lambda r: (ROLES.index(r.role), r.id))


def juror_secret(db: ContestDB, juror_id: int) -> bytes:
    with db.session() as session:
        return bytes.fromhex(_get(session, juror_id).secret_hex)


def add_conflict(
    db: ContestDB,
    juror_id: int,
    kind: str,
    value: str = "",
    application_id: int | None = None,
    reason: str = "",
) -> ConflictRow:
    """Register a conflict of interest; existing assignments it covers are removed."""
    with db.session() as session:
        juror = _get(session, juror_id)
        row = _add_conflict(
            session, juror.contest_id, juror_id, kind, value, application_id, reason
        )
        from jury_app.jury.assignment import drop_conflicting_assignments

        dropped = drop_conflicting_assignments(session, juror.contest_id, juror_id)
        audit.record(
            session,
            juror.contest_id,
            "conflict.add",
            {
                "juror_id": juror_id,
                "kind": kind,
                "value": value,
                "application_id": application_id,
                "assignments_removed": dropped,
            },
            reason=reason,
        )
        return row


def remove_conflict(db: ContestDB, conflict_id: int, reason: str = "") -> None:
    with db.session() as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None:
            raise JuryError(f"Конфликт интересов № {conflict_id} не найден.")
        audit.record(
            session,
            conflict.contest_id,
            "conflict.remove",
            {
                "juror_id": conflict.juror_id,
                "kind": conflict.kind,
                "value": conflict.value,
                "application_id": conflict.application_id,
            },
            reason=reason,
        )
        session.delete(conflict)


def _add_conflict(
    session: Session,
    cid: int,
    juror_id: int,
    kind: str,
    value: str,
    application_id: int | None,
    reason: str,
) -> ConflictRow:
    if kind not in CONFLICT_KINDS:
        raise JuryError(f"Неизвестный вид конфликта «{kind}».")
    value = " ".join(value.split())
    if kind in ("municipality", "organization") and not value:
        raise JuryError("Укажите муниципальное образование или организацию.")
    if kind == "application":
        app = session.get(Application, application_id) if application_id is not None else None
        if app is None or app.contest_id != cid:
            raise JuryError(f"Заявка № {application_id} не найдена.")
    conflict = Conflict(
        contest_id=cid,
        juror_id=juror_id,
        kind=kind,
        value=value,
        application_id=application_id if kind == "application" else None,
        reason=reason.strip(),
    )
    session.add(conflict)
    session.flush()
    return _conflict_row(conflict)


def conflicted_applications(session: Session, cid: int, juror_id: int) -> set[int]:
    """Ids of the active applications the juror must never score."""
    conflicts = session.exec(select(Conflict).where(Conflict.juror_id == juror_id)).all()
    if not conflicts:
        return set()
    municipalities = {c.value.casefold() for c in conflicts if c.kind == "municipality"}
    organizations = {organization_key(c.value) for c in conflicts if c.kind == "organization"}
    ids = {c.application_id for c in conflicts if c.kind == "application" and c.application_id}
    apps = session.exec(
        select(Application.id, Application.municipality, Application.organization_key).where(
            Application.contest_id == cid
        )
    ).all()
    for app_id, municipality, key in apps:
        if app_id is not None and (
            municipality.casefold() in municipalities or key in organizations
        ):
            ids.add(app_id)
    return {i for i in ids if i is not None}


def _get(session: Session, juror_id: int) -> Juror:
    juror = session.get(Juror, juror_id)
    if juror is None:
        raise JuryError(f"Член комиссии № {juror_id} не найден.")
    return juror


def _conflict_row(c: Conflict) -> ConflictRow:
    return ConflictRow(c.id or 0, c.juror_id, c.kind, c.value, c.application_id, c.reason)


def _juror_row(session: Session, juror: Juror) -> JurorRow:
    conflicts = session.exec(
        select(Conflict).where(Conflict.juror_id == juror.id).order_by(col(Conflict.id))
    ).all()
    return JurorRow(
        id=juror.id or 0,
        uid=juror.uid,
        name=juror.name,
        position=juror.position,
        role=juror.role,
        status=juror.status,
        nominations=tuple(json.loads(juror.nominations_json)),
        conflicts=tuple(_conflict_row(c) for c in conflicts),
    )


def _public(row: JurorRow) -> dict[str, object]:
    return {
        "name": row.name,
        "position": row.position,
        "role": row.role,
        "nominations": list(row.nominations),
    }
