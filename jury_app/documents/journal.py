"""The registration journal: every issued document keeps its number and date for good."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, func, select

from jury_app import audit
from jury_app.contest import contest_id
from jury_app.documents.templates import KIND_LABELS, format_number
from jury_app.errors import JuryError
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Application, IssuedDocument


@dataclass(frozen=True)
class JournalEntry:
    kind: str
    application_id: int
    organization: str
    number: str
    issued_on: date | None
    final: bool
    recipient_override: str


def journal(db: ContestDB, kind: str | None = None) -> list[JournalEntry]:
    """Issued documents in the order they were registered (all kinds, or one)."""
    with db.session() as session:
        cid = contest_id(session)
        query = (
            select(IssuedDocument, Application.organization)
            .join(Application, col(IssuedDocument.application_id) == col(Application.id))
            .where(IssuedDocument.contest_id == cid, col(IssuedDocument.seq).is_not(None))
        )
        if kind is not None:
            query = query.where(IssuedDocument.kind == kind)
        rows = session.exec(query.order_by(col(IssuedDocument.kind), col(IssuedDocument.seq))).all()
        return [
            JournalEntry(
                kind=doc.kind,
                application_id=doc.application_id,
                organization=organization,
                number=doc.number,
                issued_on=doc.issued_on,
                final=doc.final,
                recipient_override=doc.recipient_override,
            )
            for doc, organization in rows
        ]


def entries(db: ContestDB, kind: str) -> dict[int, IssuedDocument]:
    """The journal rows of ``kind`` by application (numbers may still be empty)."""
    with db.session() as session:
        cid = contest_id(session)
        rows = session.exec(
            select(IssuedDocument).where(
                IssuedDocument.contest_id == cid, IssuedDocument.kind == kind
            )
        ).all()
        for row in rows:
            session.expunge(row)
        return {row.application_id: row for row in rows}


def register(
    db: ContestDB,
    kind: str,
    application_ids: Sequence[int],
    *,
    pattern: str,
    year: int,
    final: bool,
    today: date | None = None,
) -> dict[int, tuple[str, date]]:
    """Give every application without a number of ``kind`` the next one; keep existing ones.

    A number first given to a draft stays when the final document is issued; the date becomes
    the date of the final issue then.
    """
    today = today or date.today()
    out: dict[int, tuple[str, date]] = {}
    with db.session() as session:
        cid = contest_id(session)
        existing = {
            row.application_id: row
            for row in session.exec(
                select(IssuedDocument).where(
                    IssuedDocument.contest_id == cid, IssuedDocument.kind == kind
                )
            ).all()
        }
        seq = _last_seq(session, cid, kind)
        added = 0
        for application_id in application_ids:
            row = existing.get(application_id)
            if row is None:
                row = IssuedDocument(contest_id=cid, kind=kind, application_id=application_id)
            if row.seq is None:
                seq += 1
                added += 1
                row.seq = seq
                row.number = format_number(pattern, year, seq) if pattern else str(seq)
                row.issued_on = today
            if final and not row.final:
                row.final = True
                row.issued_on = today
            session.add(row)
            assert row.issued_on is not None
            out[application_id] = (row.number, row.issued_on)
        if added:
            audit.record(
                session,
                cid,
                "documents.register",
                {"kind": kind, "numbers": added, "final": final},
            )
    return out


def _last_seq(session: Session, cid: int, kind: str) -> int:
    last = session.exec(
        select(func.max(IssuedDocument.seq)).where(
            IssuedDocument.contest_id == cid, IssuedDocument.kind == kind
        )
    ).one()
    return int(last or 0)


def set_recipient_override(db: ContestDB, kind: str, application_id: int, text: str) -> None:
    """Store the recipient line typed by hand for one document (empty: automatic again)."""
    text = " ".join(text.split())
    with db.session() as session:
        cid = contest_id(session)
        application = session.get(Application, application_id)
        if application is None or application.contest_id != cid:
            raise JuryError(f"Заявка № {application_id} не найдена.")
        row = session.exec(
            select(IssuedDocument).where(
                IssuedDocument.contest_id == cid,
                IssuedDocument.kind == kind,
                IssuedDocument.application_id == application_id,
            )
        ).first()
        if row is None:
            row = IssuedDocument(contest_id=cid, kind=kind, application_id=application_id)
        row.recipient_override = text
        session.add(row)
        audit.record(
            session,
            cid,
            "documents.recipient",
            {"kind": KIND_LABELS.get(kind, kind), "application_id": application_id, "text": text},
        )
