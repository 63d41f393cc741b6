"""The audit log: every change that matters is written with who, when and why."""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from jury_app.storage.models import AuditEntry


def current_actor() -> str:
    """The operating-system user name, the best identity an offline program has."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in some sandboxes and services
        return "unknown"


def record(
    session: Session,
    contest_id: int,
    action: str,
    details: dict[str, Any] | None = None,
    *,
    actor: str | None = None,
    reason: str = "",
) -> None:
    """Add an audit entry inside the caller's transaction, so it lands only with the change."""
    session.add(
        AuditEntry(
            contest_id=contest_id,
            at=datetime.now(),
            actor=actor or current_actor(),
            action=action,
            details_json=json.dumps(details or {}, ensure_ascii=False, default=str),
            reason=reason,
        )
    )


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    actor: str
    action: str
    details: dict[str, Any]
    reason: str


def audit_trail(session: Session, contest_id: int, action: str | None = None) -> list[AuditRow]:
    """All audit entries of the contest, oldest first, optionally of one action."""
    query = select(AuditEntry).where(AuditEntry.contest_id == contest_id)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    entries = session.exec(query.order_by(col(AuditEntry.id))).all()
    return [
        AuditRow(e.at, e.actor, e.action, json.loads(e.details_json), e.reason) for e in entries
    ]
