"""Signed score files: what a juror sends back, and how the secretary merges them.

Format (documented in docs/formats.md): two lines of UTF-8 text. Line 1 is the payload as
canonical JSON (sorted keys, no spaces); line 2 is ``hmac-sha256:<hex>``, the HMAC of the
exact bytes of line 1 with the juror's secret. Any changed byte breaks the signature.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table
from sqlmodel import Session, SQLModel, col, delete, select

from jury_app import audit
from jury_app.contest import contest_id, contest_row, ensure_not_frozen
from jury_app.errors import JuryError
from jury_app.exporting import atomic_output
from jury_app.jury.package import package_info
from jury_app.jury.roster import conflicted_applications
from jury_app.jury.scoring import CriterionInfo
from jury_app.storage.bulk import insert_many
from jury_app.storage.engine import ContestDB, backup_contest
from jury_app.storage.models import (
    Assignment,
    Criterion,
    Juror,
    Meta,
    Review,
    Score,
    ScoreFileReceipt,
)

FORMAT = "jury-app/scores"
VERSION = 1
SIGNATURE_PREFIX = "hmac-sha256:"
SCORE_SUFFIX = ".juryscores"
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class ScoreFileInfo:
    path: Path
    revision: int
    scores: int


@dataclass(frozen=True)
class MergeReport:
    accepted: list[Path] = field(default_factory=list)
    rejected: list[tuple[Path, str]] = field(default_factory=list)
    scores: int = 0
    backup: Path | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "accepted": [str(p) for p in self.accepted],
            "rejected": [{"file": str(p), "reason": r} for p, r in self.rejected],
            "scores": self.scores,
        }


def canonical(payload: dict[str, Any]) -> bytes:
    """The bytes that are signed: JSON with sorted keys, no whitespace, UTF-8."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sign(payload_bytes: bytes, secret: bytes) -> str:
    return hmac.new(secret, payload_bytes, hashlib.sha256).hexdigest()


def export_score_file(db: ContestDB, juror_id: int, out: Path) -> ScoreFileInfo:
    """Write the juror's signed score file with the next revision number (juror side)."""
    info = package_info(db)
    if info.juror_id != juror_id:
        raise JuryError("Этот пакет принадлежит другому члену комиссии.")
    if out.is_dir():
        raise JuryError(f"«{out}» — это папка; укажите имя файла оценок.")
    if not out.parent.is_dir():
        raise JuryError(f"Папка «{out.parent}» не существует.")
    with db.session() as session:
        payload = _payload(session, juror_id, info.revision + 1)
        juror = session.get(Juror, juror_id)
        assert juror is not None
        secret = bytes.fromhex(juror.secret_hex)
        body = canonical(payload)
        with atomic_output(out) as tmp:
            tmp.write_bytes(body + b"\n" + (SIGNATURE_PREFIX + sign(body, secret)).encode() + b"\n")
        # The revision grows only once the file is on disk.
        meta = session.get(Meta, "revision")
        if meta is None:
            meta = Meta(key="revision", value="0")
        meta.value = str(info.revision + 1)
        session.add(meta)
    return ScoreFileInfo(out, info.revision + 1, len(payload["scores"]))


def _payload(session: Session, juror_id: int, revision: int) -> dict[str, Any]:
    contest = contest_row(session)
    juror = session.get(Juror, juror_id)
    assert juror is not None
    positions = dict(
        session.exec(
            select(Criterion.id, Criterion.position).where(Criterion.contest_id == contest.id)
        ).all()
    )
    scores = session.exec(
        select(Score).where(Score.juror_id == juror_id).order_by(col(Score.application_id))
    ).all()
    reviews = session.exec(
        select(Review).where(Review.juror_id == juror_id).order_by(col(Review.application_id))
    ).all()
    return {
        "format": FORMAT,
        "version": VERSION,
        "contest": contest.uid,
        "contest_title": contest.title,
        "juror": juror.uid,
        "juror_name": juror.name,
        "revision": revision,
        "created_at": datetime.now().replace(microsecond=0).isoformat(),
        "scores": sorted(
            (
                {
                    "application": s.application_id,
                    "criterion": positions[s.criterion_id],
                    "value": s.value,
                }
                for s in scores
            ),
            key=lambda s: (s["application"], s["criterion"]),
        ),
        "comments": [
            {"application": r.application_id, "text": r.comment} for r in reviews if r.comment
        ],
        "recusals": [
            {"application": r.application_id, "reason": r.recusal_reason}
            for r in reviews
            if r.recused
        ],
    }


@dataclass(frozen=True)
class ScoreFile:
    path: Path
    payload: dict[str, Any]
    body: bytes
    signature: str
    sha256: str


class Rejected(Exception):
    """A score file that must not be merged; the message is the one-line reason."""


def read_score_file(path: Path) -> ScoreFile:
    """Parse a score file strictly; raise Rejected with the reason when it is not one."""
    try:
        data = path.read_bytes()
    except OSError:
        raise Rejected("файл не найден или недоступен") from None
    if len(data) > MAX_BYTES:
        raise Rejected("файл слишком велик для файла оценок")
    lines = data.split(b"\n")
    if len(lines) != 3 or lines[2] != b"" or not lines[1].startswith(SIGNATURE_PREFIX.encode()):
        raise Rejected("это не файл оценок Jury App или он повреждён")
    body, signature = lines[0], lines[1][len(SIGNATURE_PREFIX) :].decode("ascii", "replace")
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise Rejected("файл оценок повреждён: содержимое не читается") from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise Rejected("это не файл оценок Jury App")
    if payload.get("version") != VERSION:
        raise Rejected(f"версия формата {payload.get('version')!r} не поддерживается")
    return ScoreFile(path, payload, body, signature, hashlib.sha256(data).hexdigest())


def merge_score_files(db: ContestDB, paths: list[Path]) -> MergeReport:
    """Merge score files in one transaction after a backup; each file accepted or rejected.

    A newer revision replaces the juror's earlier scores; the same file again, an older
    revision or another file with an already merged revision are rejected and change nothing.
    """
    if not paths:
        raise JuryError("Не указан ни один файл оценок.")
    with db.session() as session:
        ensure_not_frozen(session)
    backup = backup_contest(db, "before-merge")
    accepted: list[Path] = []
    rejected: list[tuple[Path, str]] = []
    total = 0
    with db.session() as session:
        cid = contest_id(session)
        contest = contest_row(session)
        readable: list[ScoreFile] = []
        for path in paths:
            try:
                readable.append(read_score_file(path))
            except Rejected as reason:
                rejected.append((path, str(reason)))
                _audit_file(session, cid, path, None, False, str(reason))
        # Older revisions first, so that a batch holding several revisions ends on the newest.
        readable.sort(key=lambda f: (str(f.payload.get("juror")), _revision(f.payload)))
        for score_file in readable:
            try:
                count = _merge_one(session, cid, contest.uid, score_file)
            except Rejected as reason:
                rejected.append((score_file.path, str(reason)))
                _audit_file(session, cid, score_file.path, score_file, False, str(reason))
            else:
                accepted.append(score_file.path)
                total += count
                _audit_file(session, cid, score_file.path, score_file, True, "", count)
    order = {p: i for i, p in enumerate(paths)}
    accepted.sort(key=lambda p: order[p])
    rejected.sort(key=lambda r: order[r[0]])
    return MergeReport(accepted, rejected, total, backup)


def _revision(payload: dict[str, Any]) -> int:
    value = payload.get("revision")
    return value if isinstance(value, int) else -1


def _merge_one(session: Session, cid: int, contest_uid: str, score_file: ScoreFile) -> int:
    payload = score_file.payload
    if payload.get("contest") != contest_uid:
        title = payload.get("contest_title") or "?"
        raise Rejected(f"файл другого конкурса («{title}»)")
    juror = session.exec(
        select(Juror).where(Juror.contest_id == cid, Juror.uid == payload.get("juror"))
    ).first()
    if juror is None or juror.id is None:
        raise Rejected(f"неизвестный член комиссии «{payload.get('juror_name') or '?'}»")
    expected = sign(score_file.body, bytes.fromhex(juror.secret_hex))
    if not hmac.compare_digest(expected, score_file.signature):
        raise Rejected("подпись не сходится: файл изменён или подписан чужим ключом")
    revision = _revision(payload)
    if revision < 1:
        raise Rejected("в файле нет номера ревизии")
    receipts = session.exec(
        select(ScoreFileReceipt).where(ScoreFileReceipt.juror_id == juror.id)
    ).all()
    if any(r.sha256 == score_file.sha256 for r in receipts):
        raise Rejected(f"этот файл уже сведён (ревизия {revision}) — ничего не изменено")
    latest = max((r.revision for r in receipts), default=0)
    if revision < latest:
        raise Rejected(f"устаревшая ревизия {revision}: уже сведена ревизия {latest}")
    if revision == latest:
        raise Rejected(f"ревизия {revision} уже сведена с другим содержимым — конфликт")
    scores, reviews = _validated(session, cid, juror.id, payload)
    session.execute(delete(Score).where(col(Score.juror_id) == juror.id))
    session.execute(delete(Review).where(col(Review.juror_id) == juror.id))
    now = datetime.now()
    connection = session.connection()
    insert_many(
        connection,
        _table(Score),
        (
            "contest_id",
            "juror_id",
            "application_id",
            "criterion_id",
            "value",
            "revision",
            "updated_at",
        ),
        [(cid, juror.id, a, c, v, revision, now) for a, c, v in scores],
    )
    insert_many(
        connection,
        _table(Review),
        (
            "contest_id",
            "juror_id",
            "application_id",
            "comment",
            "recused",
            "recusal_reason",
            "revision",
            "updated_at",
        ),
        [
            (cid, juror.id, a, comment, recused, reason, revision, now)
            for a, (comment, recused, reason) in reviews.items()
        ],
    )
    session.add(
        ScoreFileReceipt(
            contest_id=cid,
            juror_id=juror.id,
            revision=revision,
            sha256=score_file.sha256,
            file_name=score_file.path.name,
            merged_at=now,
        )
    )
    session.flush()
    return len(scores)


def _validated(
    session: Session, cid: int, juror_id: int, payload: dict[str, Any]
) -> tuple[list[tuple[int, int, float]], dict[int, tuple[str, bool, str]]]:
    """Check every entry of a signed file against the contest; raise Rejected on the first."""
    criteria = {
        c.position: (
            c,
            CriterionInfo(c.position, c.title, "", c.min_score, c.max_score, c.step, c.weight),
        )
        for c in session.exec(select(Criterion).where(Criterion.contest_id == cid)).all()
    }
    assigned = set(
        session.exec(select(Assignment.application_id).where(Assignment.juror_id == juror_id)).all()
    )
    conflicted = conflicted_applications(session, cid, juror_id)
    try:
        recusals = {int(r["application"]): str(r.get("reason", "")) for r in payload["recusals"]}
        comments = {int(c["application"]): str(c.get("text", "")) for c in payload["comments"]}
        entries = [
            (int(s["application"]), int(s["criterion"]), s["value"]) for s in payload["scores"]
        ]
    except (KeyError, TypeError, ValueError):
        raise Rejected("файл оценок повреждён: неверная структура") from None
    scores: list[tuple[int, int, float]] = []
    seen: set[tuple[int, int]] = set()
    for application_id, position, value in entries:
        if application_id not in assigned:
            raise Rejected(f"оценка заявки № {application_id}, не назначенной этому члену комиссии")
        if application_id in recusals or application_id in conflicted:
            raise Rejected(
                f"оценка заявки № {application_id}, по которой заявлен конфликт интересов"
            )
        if position not in criteria:
            raise Rejected(f"неизвестный критерий № {position}")
        criterion, info = criteria[position]
        if isinstance(value, bool) or not isinstance(value, int | float) or not info.allows(value):
            raise Rejected(
                f"оценка {value!r} заявки № {application_id} по критерию «{criterion.title}» "
                f"вне шкалы {criterion.min_score:g}–{criterion.max_score:g}"
            )
        if (application_id, position) in seen:
            raise Rejected(f"две оценки заявки № {application_id} по одному критерию")
        seen.add((application_id, position))
        scores.append((application_id, criterion.id or 0, float(value)))
    for application_id in set(recusals) | set(comments):
        if application_id not in assigned:
            raise Rejected(
                f"запись о заявке № {application_id}, не назначенной этому члену комиссии"
            )
    reviews = {
        a: (comments.get(a, ""), a in recusals, recusals.get(a, ""))
        for a in set(recusals) | set(comments)
    }
    return scores, reviews


def _table(model: type[SQLModel]) -> Table:
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


def _audit_file(
    session: Session,
    cid: int,
    path: Path,
    score_file: ScoreFile | None,
    accepted: bool,
    reason: str,
    scores: int = 0,
) -> None:
    sha = score_file.sha256 if score_file else _sha_or_empty(path)
    details: dict[str, object] = {"file": path.name, "sha256": sha, "accepted": accepted}
    if score_file is not None:
        details["juror"] = score_file.payload.get("juror_name")
        details["revision"] = score_file.payload.get("revision")
    if accepted:
        details["scores"] = scores
    audit.record(session, cid, "merge.file", details, reason=reason)


def _sha_or_empty(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""
