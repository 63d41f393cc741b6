"""Import of the form export into a contest: preview first, then one all-or-nothing commit."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import cast

from sqlalchemy import Table, insert, update
from sqlmodel import Session, col, func, select

from jury_app import audit
from jury_app.contest import contest_id, ensure_not_frozen
from jury_app.errors import ImportFailure
from jury_app.importing.analysis import (
    Analysis,
    ExistingApplication,
    ParsedApplication,
    Problem,
    analyze,
)
from jury_app.importing.columns import Column, detect_mapping, find_header_row, mapping_problems
from jury_app.importing.normalize import Platform, cell_text
from jury_app.importing.reader import SourceTable, read_table
from jury_app.storage.bulk import insert_many
from jury_app.storage.engine import ContestDB, backup_contest
from jury_app.storage.models import Application, ImportBatch, ImportProblem, Nomination


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for one import.

    An import allocates hundreds of thousands of small objects and creates no cycles worth
    collecting; letting the collector walk them again and again costs a third of the time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class ImportPreview:
    """Everything the user sees before confirming an import; nothing is written yet."""

    path: Path
    sha256: str
    table: SourceTable
    header_index: int
    headers: list[str]
    mapping: dict[int, Column]
    nominations: list[tuple[int, str]]
    analysis: Analysis
    nomination_choices: dict[str, int | None] = field(default_factory=dict)
    mapping_errors: list[str] = field(default_factory=list)

    @property
    def data_rows(self) -> list[tuple[int, list[object]]]:
        return self.table.rows[self.header_index + 1 :]

    @property
    def header_row_number(self) -> int:
        return self.table.rows[self.header_index][0]


@dataclass(frozen=True)
class ImportReport:
    imported: int
    per_nomination: dict[int, int]
    problems: list[Problem]
    already_imported: int
    superseded_existing: int
    backup: Path | None

    def to_json(self) -> dict[str, object]:
        return {
            "imported": self.imported,
            "per_nomination": {str(k): v for k, v in self.per_nomination.items()},
            "problems": [
                {"row": p.row, "kind": p.kind, "message": p.message} for p in self.problems
            ],
            "already_imported": self.already_imported,
            "superseded_existing": self.superseded_existing,
            "backup": str(self.backup) if self.backup else None,
        }


def prepare_import(
    db: ContestDB,
    path: Path,
    mapping: Mapping[int, Column] | None = None,
    nomination_choices: Mapping[str, int | None] | None = None,
) -> ImportPreview:
    """Read and analyse a file against the contest; raise ImportFailure if it is unreadable.

    A column mapping that lacks a required field does not raise here: the preview carries
    ``mapping_errors`` so that the user can correct the mapping (see :func:`reanalyze`).
    """
    with _collector_paused():
        return _prepare(db, path, mapping, nomination_choices)


def _prepare(
    db: ContestDB,
    path: Path,
    mapping: Mapping[int, Column] | None,
    nomination_choices: Mapping[str, int | None] | None,
) -> ImportPreview:
    table = read_table(path)
    header_index = find_header_row(table.rows)
    if header_index is None:
        # Nothing looks like a header: take the first non-empty row and let the user map it.
        header_index = next(
            (i for i, (_, cells) in enumerate(table.rows) if any(cell_text(c) for c in cells)),
            None,
        )
        if header_index is None:
            raise ImportFailure(f"Файл «{path.name}» пуст.")
    headers = [cell_text(c) for c in table.rows[header_index][1]]
    if not any(any(cell_text(c) for c in cells) for _, cells in table.rows[header_index + 1 :]):
        raise ImportFailure(f"В файле «{path.name}» нет ни одной заявки — только заголовки.")
    preview = ImportPreview(
        path=path,
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        table=table,
        header_index=header_index,
        headers=headers,
        mapping=dict(mapping) if mapping is not None else detect_mapping(headers),
        nominations=[],
        analysis=Analysis(),
        nomination_choices=dict(nomination_choices or {}),
    )
    preview.mapping_errors = mapping_problems(preview.mapping, headers)
    if preview.mapping_errors:
        return preview
    return reanalyze(db, preview)


def reanalyze(db: ContestDB, preview: ImportPreview) -> ImportPreview:
    """Analyse again after the user changed the mapping or answered nomination questions.

    Raises ImportFailure (and leaves ``mapping_errors`` set) if the mapping is unusable.
    """
    preview.mapping_errors = mapping_problems(preview.mapping, preview.headers)
    if preview.mapping_errors:
        preview.analysis = Analysis()
        raise ImportFailure(preview.mapping_errors[0])
    with db.session() as session:
        cid = contest_id(session)
        preview.nominations = [
            (n.number, n.title)
            for n in session.exec(
                select(Nomination)
                .where(Nomination.contest_id == cid)
                .order_by(col(Nomination.number))
            ).all()
        ]
        fingerprints = frozenset(
            session.exec(
                select(Application.source_fingerprint).where(Application.contest_id == cid)
            ).all()
        )
        existing = _existing_active(session, cid)
    with _collector_paused():
        preview.analysis = analyze(
            preview.data_rows,
            preview.headers,
            preview.mapping,
            preview.nominations,
            nomination_choices=preview.nomination_choices,
            existing_fingerprints=fingerprints,
            existing=existing,
        )
    return preview


def _existing_active(session: Session, cid: int) -> list[ExistingApplication]:
    rows = session.exec(
        select(Application, ImportBatch.file_name)
        .join(ImportBatch, col(Application.batch_id) == col(ImportBatch.id), isouter=True)
        .where(Application.contest_id == cid, Application.status == "active")
        .order_by(col(Application.id))
    ).all()
    return [
        ExistingApplication(
            id=app.id or 0,
            organization=app.organization,
            submitted_at=app.submitted_at,
            source_row=app.source_row,
            file_name=file_name or "",
        )
        for app, file_name in rows
    ]


def commit_import(db: ContestDB, preview: ImportPreview) -> ImportReport:
    """Write the previewed import in one transaction, after a backup of the contest file.

    When the file brings nothing new (a re-import), nothing at all is written.
    """
    analysis = preview.analysis
    if preview.mapping_errors:
        raise ImportFailure(preview.mapping_errors[0])
    if preview.analysis.questions:
        unanswered = preview.analysis.questions[0]
        raise ImportFailure(f"Не решено, в какую номинацию отнести «{unanswered.text}».")
    numbers = [n for n, _ in preview.nominations]
    per_nomination = {n: 0 for n in numbers}
    for app in analysis.applications:
        per_nomination[app.nomination] += 1
    problems = sorted(
        analysis.problems + [w for a in analysis.applications for w in a.warnings],
        key=lambda p: (p.row, p.kind),
    )
    if not analysis.applications and not analysis.superseded_existing:
        return ImportReport(0, per_nomination, problems, analysis.already_imported, 0, None)
    with db.session() as session:
        ensure_not_frozen(session)
    backup = backup_contest(db, "before-import")
    with _collector_paused(), db.session() as session:
        cid = contest_id(session)
        _write(session, cid, preview, problems)
        audit.record(
            session,
            cid,
            "import",
            {
                "file": preview.path.name,
                "sha256": preview.sha256,
                "imported": len(analysis.applications),
                "per_nomination": per_nomination,
                "problems": dict(Counter(p.kind for p in problems)),
                "superseded_existing": sorted(analysis.superseded_existing),
                "nomination_choices": preview.nomination_choices,
                "backup": backup.name,
            },
        )
    return ImportReport(
        len(analysis.applications),
        per_nomination,
        problems,
        analysis.already_imported,
        len(analysis.superseded_existing),
        backup,
    )


def _write(session: Session, cid: int, preview: ImportPreview, problems: list[Problem]) -> None:
    analysis = preview.analysis
    now = datetime.now()
    batch = ImportBatch(
        contest_id=cid,
        file_name=preview.path.name,
        file_sha256=preview.sha256,
        sheet=preview.table.sheet,
        imported_at=now,
        rows_total=len(preview.data_rows),
        imported=len(analysis.applications),
        headers_json=json.dumps(preview.headers, ensure_ascii=False),
        source=preview.path.read_bytes(),
        mapping_json=json.dumps(
            {
                preview.headers[i] if i < len(preview.headers) else str(i): c.value
                for i, c in sorted(preview.mapping.items())
            },
            ensure_ascii=False,
        ),
    )
    session.add(batch)
    session.flush()
    nomination_ids = dict(
        session.exec(
            select(Nomination.number, Nomination.id).where(Nomination.contest_id == cid)
        ).all()
    )
    # Ids are given here rather than returned by the database, so that the rows go in with
    # one executemany: RETURNING would cost a round trip per row.
    first_id = (session.exec(select(func.max(Application.id))).one() or 0) + 1
    ids_by_row = {a.row: first_id + i for i, a in enumerate(analysis.applications)}
    insert_many(
        session.connection(),
        cast(Table, Application.__table__),  # type: ignore[attr-defined]
        APPLICATION_COLUMNS,
        [
            _application_values(
                cid, batch.id or 0, nomination_ids[a.nomination], ids_by_row[a.row], a
            )
            for a in analysis.applications
        ],
    )
    for old_id, row in analysis.superseded_existing.items():
        session.execute(
            update(Application)
            .where(col(Application.id) == old_id)
            .values(status="superseded", superseded_by_id=ids_by_row[row])
        )
    _write_problems(session, cid, batch.id or 0, problems, ids_by_row)


APPLICATION_COLUMNS = (
    "id", "contest_id", "nomination_id", "organization", "organization_key", "municipality",
    "link_vk", "link_ok", "link_telegram", "link_max", "links_other", "contact_name", "phone",
    "email", "subscribers", "submitted_at", "consent", "status", "batch_id", "source_row",
    "source_fingerprint",
)  # fmt: skip


def _application_values(
    cid: int, batch_id: int, nomination_id: int | None, app_id: int, app: ParsedApplication
) -> tuple[object, ...]:
    """One row for :data:`APPLICATION_COLUMNS`."""
    return (
        app_id, cid, nomination_id, app.organization, app.organization_key, app.municipality,
        app.links.get(Platform.VK, ""), app.links.get(Platform.OK, ""),
        app.links.get(Platform.TELEGRAM, ""), app.links.get(Platform.MAX, ""),
        "\n".join(app.other_links), app.contact_name, app.phone, app.email, app.subscribers,
        app.submitted_at, app.consent, "active", batch_id, app.row, app.fingerprint,
    )  # fmt: skip


def _write_problems(
    session: Session,
    cid: int,
    batch_id: int,
    problems: list[Problem],
    ids_by_row: Mapping[int, int],
) -> None:
    # A problem already recorded by an earlier import of the same row is not stored twice.
    known = set(
        session.exec(
            select(ImportProblem.kind, ImportProblem.fingerprint).where(
                ImportProblem.contest_id == cid
            )
        ).all()
    )
    rows = [
        {
            "contest_id": cid,
            "batch_id": batch_id,
            "row": p.row,
            "kind": p.kind,
            "message": p.message,
            "field": p.field,
            "fingerprint": p.fingerprint,
            "application_id": ids_by_row.get(p.row),
        }
        for p in problems
        if (p.kind, p.fingerprint) not in known
    ]
    if rows:
        session.connection().execute(insert(ImportProblem), rows)


def import_file(db: ContestDB, path: Path) -> ImportReport:
    """Import a file without questions (CLI): unsure nominations are reported and skipped."""
    preview = prepare_import(db, path)
    if preview.mapping_errors:
        raise ImportFailure(preview.mapping_errors[0])
    if preview.analysis.questions:
        preview.nomination_choices.update({q.text: None for q in preview.analysis.questions})
        reanalyze(db, preview)
    return commit_import(db, preview)
