"""Jury packages: one file per juror with the contest rules and exactly their applications.

A package is a contest file (same schema) holding the contest definition, the applications
assigned to one juror without contact data, that juror with their secret key, and their own
scores so far. The program opens it in juror mode: ``meta.mode = "juror"``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table
from sqlmodel import Session, SQLModel, col, select

from jury_app.contest import contest_id
from jury_app.errors import JuryError
from jury_app.jury.roster import conflicted_applications
from jury_app.storage.bulk import insert_many
from jury_app.storage.engine import ContestDB, create_contest_file, open_contest_file
from jury_app.storage.models import (
    Application,
    Assignment,
    Contest,
    Criterion,
    Juror,
    Meta,
    Nomination,
    Review,
    Score,
    ScoreFileReceipt,
)

PACKAGE_SUFFIX = ".jurypkg"
# What a juror needs to judge; contacts, phones, e-mails and source rows stay with the secretary.
_APPLICATION_FIELDS = (
    "id", "contest_id", "nomination_id", "organization", "organization_key", "municipality",
    "link_vk", "link_ok", "link_telegram", "link_max", "links_other", "subscribers",
    "submitted_at", "status",
)  # fmt: skip


@dataclass(frozen=True)
class PackageInfo:
    juror_id: int
    juror_uid: str
    juror_name: str
    contest_uid: str
    contest_title: str
    revision: int  # the last exported score file revision


def file_mode(db: ContestDB) -> str:
    """``"juror"`` for a jury package, ``"secretary"`` for a contest file."""
    with db.session() as session:
        meta = session.get(Meta, "mode")
        return meta.value if meta is not None else "secretary"


def package_info(db: ContestDB) -> PackageInfo:
    """Who the package belongs to; refuses a contest file."""
    with db.session() as session:
        mode = session.get(Meta, "mode")
        juror_meta = session.get(Meta, "juror_id")
        if mode is None or mode.value != "juror" or juror_meta is None:
            raise JuryError(f"«{db.path.name}» — файл конкурса, а не пакет члена комиссии.")
        juror = session.get(Juror, int(juror_meta.value))
        contest = session.exec(select(Contest)).first()
        revision = session.get(Meta, "revision")
        if juror is None or contest is None:
            raise JuryError(f"Пакет «{db.path.name}» повреждён: нет члена комиссии.")
        return PackageInfo(
            juror.id or 0,
            juror.uid,
            juror.name,
            contest.uid,
            contest.title,
            int(revision.value) if revision else 0,
        )


def open_package(path: Path) -> tuple[ContestDB, PackageInfo]:
    """Open a jury package for the juror; a contest file or anything else is refused."""
    db = open_contest_file(path)
    try:
        return db, package_info(db)
    except Exception:
        db.close()
        raise


def package_file_name(name: str) -> str:
    """A file name from the juror's name that every system accepts."""
    safe = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", name)
    safe = " ".join(safe.split()).strip(". ") or "член комиссии"
    return f"{safe[:80]}{PACKAGE_SUFFIX}"


def export_packages(db: ContestDB, outdir: Path) -> list[Path]:
    """One package per active juror with assignments; existing files are replaced."""
    if not outdir.is_dir():
        raise JuryError(f"Папка «{outdir}» не существует.")
    with db.session() as session:
        cid = contest_id(session)
        jurors = session.exec(
            select(Juror)
            .where(Juror.contest_id == cid, Juror.status == "active")
            .order_by(col(Juror.id))
        ).all()
        assigned = set(session.exec(select(Assignment.juror_id).distinct()).all())
    if not jurors:
        raise JuryError("В составе комиссии нет ни одного члена.")
    if not assigned:
        raise JuryError("Заявки ещё не распределены между членами комиссии (jury-cli assign).")
    paths = []
    for juror in jurors:
        if juror.id in assigned:
            paths.append(export_package(db, juror.id or 0, outdir / package_file_name(juror.name)))
    return paths


def export_package(db: ContestDB, juror_id: int, path: Path) -> Path:
    """Write the package of one juror to ``path`` (replacing it), whole or not at all."""
    tmp = path.with_name(path.name + ".partial")
    for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        leftover.unlink(missing_ok=True)
    with db.session() as source:
        tables = _package_rows(source, juror_id)
    package = create_contest_file(tmp)
    try:
        with package.session() as target:
            connection = target.connection()
            for model, columns, rows in tables:
                insert_many(connection, _table(model), columns, rows)
        package.close()
        tmp.replace(path)
    except BaseException:
        package.close()
        tmp.unlink(missing_ok=True)
        raise
    return path


def _table(model: type[SQLModel]) -> Table:
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


def _rows(
    session: Session, model: type[SQLModel], columns: tuple[str, ...], *where: Any
) -> list[tuple[Any, ...]]:
    table = _table(model)
    query = select(*(table.c[name] for name in columns)).where(*where)
    return [tuple(row) for row in session.exec(query).all()]


def _columns(model: type[SQLModel], skip: tuple[str, ...] = ()) -> tuple[str, ...]:
    return tuple(c.name for c in _table(model).columns if c.name not in skip)


def _package_rows(
    session: Session, juror_id: int
) -> list[tuple[type[SQLModel], tuple[str, ...], list[tuple[Any, ...]]]]:
    juror = session.get(Juror, juror_id)
    if juror is None:
        raise JuryError(f"Член комиссии № {juror_id} не найден.")
    cid = juror.contest_id
    conflicted = conflicted_applications(session, cid, juror_id)
    assigned = [
        a
        for a in session.exec(
            select(Assignment.application_id).where(Assignment.juror_id == juror_id)
        ).all()
        if a not in conflicted
    ]
    last_revision = max(
        session.exec(
            select(ScoreFileReceipt.revision).where(ScoreFileReceipt.juror_id == juror_id)
        ).all(),
        default=0,
    )
    meta = [("mode", "juror"), ("juror_id", str(juror_id)), ("revision", str(last_revision))]
    juror_columns = _columns(Juror)
    return [
        (Meta, ("key", "value"), meta),
        (Contest, _columns(Contest), _rows(session, Contest, _columns(Contest), Contest.id == cid)),
        (
            Nomination,
            _columns(Nomination),
            _rows(session, Nomination, _columns(Nomination), Nomination.contest_id == cid),
        ),
        (
            Criterion,
            _columns(Criterion),
            _rows(session, Criterion, _columns(Criterion), Criterion.contest_id == cid),
        ),
        (
            Application,
            _APPLICATION_FIELDS,
            _rows(session, Application, _APPLICATION_FIELDS, col(Application.id).in_(assigned)),
        ),
        (Juror, juror_columns, _rows(session, Juror, juror_columns, Juror.id == juror_id)),
        (
            Assignment,
            _columns(Assignment),
            _rows(
                session,
                Assignment,
                _columns(Assignment),
                Assignment.juror_id == juror_id,
                col(Assignment.application_id).in_(assigned),
            ),
        ),
        (
            Score,
            _columns(Score),
            _rows(
                session,
                Score,
                _columns(Score),
                Score.juror_id == juror_id,
                col(Score.application_id).in_(assigned),
            ),
        ),
        (
            Review,
            _columns(Review),
            _rows(
                session,
                Review,
                _columns(Review),
                Review.juror_id == juror_id,
                col(Review.application_id).in_(assigned),
            ),
        ),
    ]
