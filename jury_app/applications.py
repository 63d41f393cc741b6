"""Applications as plain rows for tables and exports, and audited corrections of a field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from jury_app import audit
from jury_app.contest import contest_id
from jury_app.errors import JuryError
from jury_app.importing.normalize import (
    Platform,
    canonical_links,
    normalize_email,
    normalize_phone,
    organization_key,
    parse_subscribers,
)
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Application, ImportBatch, ImportProblem, Nomination

PROBLEM_LABELS = {
    "duplicate": "Повтор строки",
    "superseded": "Заменена более поздней",
    "empty_name": "Нет названия организации",
    "unknown_nomination": "Неизвестная номинация",
    "formula_injection": "Похоже на формулу",
    "bad_link": "Непонятная ссылка",
    "no_links": "Нет ссылок",
    "bad_phone": "Телефон не распознан",
    "bad_email": "Почта не распознана",
    "bad_subscribers": "Подписчики не распознаны",
    "bad_timestamp": "Время подачи не распознано",
}

EDITABLE_FIELDS = {
    "organization": "Организация",
    "nomination": "Номинация",
    "municipality": "Муниципальное образование",
    "link_vk": "ВКонтакте",
    "link_ok": "Одноклассники",
    "link_telegram": "Telegram",
    "link_max": "MAX",
    "contact_name": "Контактное лицо",
    "phone": "Телефон",
    "email": "Эл. почта",
    "subscribers": "Подписчики",
}
_LINK_FIELDS = {
    "link_vk": Platform.VK,
    "link_ok": Platform.OK,
    "link_telegram": Platform.TELEGRAM,
    "link_max": Platform.MAX,
}
# Which import problems a corrected field settles.
_SETTLES = {
    "organization": {"formula_injection"},
    "municipality": {"formula_injection"},
    "contact_name": {"formula_injection"},
    "phone": {"bad_phone", "formula_injection"},
    "email": {"bad_email", "formula_injection"},
    "subscribers": {"bad_subscribers", "formula_injection"},
    **{name: {"bad_link", "no_links", "formula_injection"} for name in _LINK_FIELDS},
}
_PROBLEM_FIELDS = {
    "organization": "organization",
    "municipality": "municipality",
    "contact_name": "contact",
    "phone": "phone",
    "email": "email",
    "subscribers": "subscribers",
    "link_vk": "vk",
    "link_ok": "ok",
    "link_telegram": "telegram",
    "link_max": "max",
}


@dataclass(frozen=True)
class ProblemRow:
    kind: str
    message: str
    field: str | None = None


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    nomination: int
    nomination_title: str
    organization: str
    municipality: str
    vk: str
    ok: str
    telegram: str
    max: str
    other_links: tuple[str, ...]
    contact_name: str
    phone: str
    email: str
    subscribers: int | None
    submitted_at: datetime | None
    source_file: str
    source_row: int | None
    status: str
    problems: tuple[ProblemRow, ...] = ()

    @property
    def links(self) -> list[tuple[str, str]]:
        """(platform label, url) of every link, platforms first."""
        pairs = [
            ("ВКонтакте", self.vk),
            ("Одноклассники", self.ok),
            ("Telegram", self.telegram),
            ("MAX", self.max),
        ]
        return [(label, url) for label, url in pairs if url] + [
            ("Ссылка", url) for url in self.other_links
        ]


@dataclass(frozen=True)
class ImportProblemRow:
    file_name: str
    row: int
    kind: str
    message: str
    application_id: int | None
    resolved: bool


def list_applications(db: ContestDB, *, include_inactive: bool = False) -> list[ApplicationRow]:
    """Applications of the contest ordered by nomination and id, with open problems."""
    with db.session() as session:
        cid = contest_id(session)
        return _rows(session, cid, None if include_inactive else "active")


def get_application(db: ContestDB, application_id: int) -> ApplicationRow:
    with db.session() as session:
        return _one(session, contest_id(session), application_id)


def _one(session: Session, cid: int, application_id: int) -> ApplicationRow:
    rows = _rows(session, cid, None, application_id)
    if not rows:
        raise JuryError(f"Заявка № {application_id} не найдена.")
    return rows[0]


def _rows(
    session: Session, cid: int, status: str | None, only_id: int | None = None
) -> list[ApplicationRow]:
    query = (
        select(Application, Nomination.number, Nomination.title, ImportBatch.file_name)
        .join(Nomination, col(Application.nomination_id) == col(Nomination.id))
        .join(ImportBatch, col(Application.batch_id) == col(ImportBatch.id), isouter=True)
        .where(Application.contest_id == cid)
        .order_by(col(Nomination.number), col(Application.id))
    )
    problem_query = select(ImportProblem).where(
        ImportProblem.contest_id == cid,
        col(ImportProblem.application_id).is_not(None),
        col(ImportProblem.resolved_at).is_(None),
    )
    if status is not None:
        query = query.where(Application.status == status)
    if only_id is not None:
        query = query.where(Application.id == only_id)
        problem_query = problem_query.where(ImportProblem.application_id == only_id)
    problems: dict[int, list[ProblemRow]] = {}
    for p in session.exec(problem_query.order_by(col(ImportProblem.id))).all():
        assert p.application_id is not None
        problems.setdefault(p.application_id, []).append(ProblemRow(p.kind, p.message, p.field))
    return [
        ApplicationRow(
            id=a.id or 0,
            nomination=number,
            nomination_title=title,
            organization=a.organization,
            municipality=a.municipality,
            vk=a.link_vk,
            ok=a.link_ok,
            telegram=a.link_telegram,
            max=a.link_max,
            other_links=tuple(x for x in a.links_other.split("\n") if x),
            contact_name=a.contact_name,
            phone=a.phone,
            email=a.email,
            subscribers=a.subscribers,
            submitted_at=a.submitted_at,
            source_file=file_name or "",
            source_row=a.source_row,
            status=a.status,
            problems=tuple(problems.get(a.id or 0, ())),
        )
        for a, number, title, file_name in session.exec(query).all()
    ]


def list_import_problems(db: ContestDB) -> list[ImportProblemRow]:
    """Every problem any import reported, in file and row order."""
    with db.session() as session:
        cid = contest_id(session)
        rows = session.exec(
            select(ImportProblem, ImportBatch.file_name)
            .join(ImportBatch, col(ImportProblem.batch_id) == col(ImportBatch.id))
            .where(ImportProblem.contest_id == cid)
            .order_by(col(ImportProblem.batch_id), col(ImportProblem.row), col(ImportProblem.id))
        ).all()
        return [
            ImportProblemRow(
                file_name, p.row, p.kind, p.message, p.application_id, p.resolved_at is not None
            )
            for p, file_name in rows
        ]


def update_application(
    db: ContestDB, application_id: int, field: str, value: str, reason: str = ""
) -> ApplicationRow:
    """Correct one field of an application, normalised as the import would, and audit it.

    Problems the import reported about that field count as settled afterwards.
    """
    if field not in EDITABLE_FIELDS:
        raise JuryError(f"Поле «{field}» нельзя изменить.")
    with db.session() as session:
        cid = contest_id(session)
        app = session.get(Application, application_id)
        if app is None or app.contest_id != cid:
            raise JuryError(f"Заявка № {application_id} не найдена.")
        old = _current(session, app, field)
        new = _normalized(session, cid, field, value)
        if old == new:
            return _one(session, cid, application_id)
        _assign(session, app, field, new)
        session.add(app)
        _settle_problems(session, application_id, field)
        audit.record(
            session,
            cid,
            "application.edit",
            {"application_id": application_id, "field": field, "old": old, "new": new},
            reason=reason,
        )
        session.flush()
        return _one(session, cid, application_id)


def _current(session: Session, app: Application, field: str) -> Any:
    if field == "nomination":
        nomination = session.get(Nomination, app.nomination_id)
        return nomination.number if nomination else None
    return getattr(app, field)


def _normalized(session: Session, cid: int, field: str, value: str) -> Any:
    text = " ".join(value.split()) if field != "links_other" else value.strip()
    if field == "organization":
        if not text:
            raise JuryError("Название организации не может быть пустым.")
        return text
    if field == "nomination":
        if not text.isdigit() or _nomination_id(session, cid, int(text)) is None:
            raise JuryError(f"В конкурсе нет номинации № {text or '—'}.")
        return int(text)
    if field in _LINK_FIELDS:
        return _normalized_link(field, text)
    if field == "phone":
        return normalize_phone(text) or text if text else ""
    if field == "email":
        if text and normalize_email(text) is None:
            raise JuryError(f"«{text}» не похоже на адрес электронной почты.")
        return normalize_email(text) or ""
    if field == "subscribers":
        if not text:
            return None
        number = parse_subscribers(text)
        if number is None:
            raise JuryError(f"«{text}» не похоже на число подписчиков.")
        return number
    return text


def _normalized_link(field: str, text: str) -> str:
    if not text:
        return ""
    platform = _LINK_FIELDS[field]
    links, unknown = canonical_links(text, platform)
    if unknown or len(links) != 1 or links[0].platform is not platform:
        raise JuryError(f"«{text}» не похоже на ссылку на страницу ({EDITABLE_FIELDS[field]}).")
    return links[0].url


def _nomination_id(session: Session, cid: int, number: int) -> int | None:
    return session.exec(
        select(Nomination.id).where(Nomination.contest_id == cid, Nomination.number == number)
    ).first()


def _assign(session: Session, app: Application, field: str, value: Any) -> None:
    if field == "nomination":
        nomination_id = _nomination_id(session, app.contest_id, value)
        assert nomination_id is not None
        app.nomination_id = nomination_id
        return
    setattr(app, field, value)
    if field == "organization":
        app.organization_key = organization_key(value)


def _settle_problems(session: Session, application_id: int, field: str) -> None:
    kinds = _SETTLES.get(field, set())
    problem_field = _PROBLEM_FIELDS.get(field)
    for problem in session.exec(
        select(ImportProblem).where(
            ImportProblem.application_id == application_id,
            col(ImportProblem.resolved_at).is_(None),
        )
    ).all():
        # Link problems are about the page as a whole; the others about their own column.
        if problem.kind in kinds and (
            problem.kind in ("bad_link", "no_links") or problem.field == problem_field
        ):
            problem.resolved_at = datetime.now()
            session.add(problem)
