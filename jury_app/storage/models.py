"""Tables of a contest file (SQLModel).

One file holds one contest. Every table still carries ``contest_id`` so that the same schema
can back a multi-contest PostgreSQL server later.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Date, DateTime, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

SCHEMA_VERSION = 2  # 2: document templates and the registration journal


def _local_time(nullable: bool = False) -> Column[datetime]:
    # Naive local time on purpose: form timestamps and the commission's clock are local.
    return Column(DateTime(timezone=False), nullable=nullable)


class Meta(SQLModel, table=True):
    """Key/value facts about the file itself, such as the schema version."""

    key: str = Field(primary_key=True)
    value: str


class Contest(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(index=True, unique=True)
    title: str
    year: int
    preset: str | None = None
    aggregation_method: str = "mean"
    finalist_rule: str = "total"  # "total" (one number shared out) or "fixed" (per nomination)
    finalist_total: int = 39
    finalist_min_per_nomination: int = 3
    winners_per_nomination: int = 1
    signatory_name: str = ""
    signatory_position: str = ""
    # Results: tie-break chain as JSON (empty = the default chain), quality-mark bar, freeze.
    tiebreak_json: str = ""
    quality_bar: float | None = None
    results_frozen_at: datetime | None = Field(default=None, sa_column=_local_time(nullable=True))
    created_at: datetime = Field(sa_column=_local_time())


class Nomination(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("contest_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    number: int
    title: str
    finalist_quota: int | None = None  # used by the "fixed" finalist rule


class Criterion(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("contest_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    position: int
    title: str
    rubric: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    min_score: float = 0
    max_score: float = 10
    step: float = 1
    weight: float = 1


class ImportBatch(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    file_name: str
    file_sha256: str
    sheet: str = ""
    imported_at: datetime = Field(sa_column=_local_time())
    rows_total: int
    imported: int
    headers_json: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    mapping_json: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    # The imported file itself, byte for byte: the record every application can be traced to.
    source: bytes = Field(default=b"", sa_column=Column(LargeBinary, nullable=False))


class Application(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    nomination_id: int = Field(foreign_key="nomination.id", index=True)
    organization: str
    organization_key: str
    municipality: str = ""
    link_vk: str = ""
    link_ok: str = ""
    link_telegram: str = ""
    link_max: str = ""
    links_other: str = ""  # newline-separated
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    subscribers: int | None = None
    submitted_at: datetime | None = Field(default=None, sa_column=_local_time(nullable=True))
    consent: str = ""
    status: str = "active"  # active | superseded | withdrawn
    superseded_by_id: int | None = Field(default=None, foreign_key="application.id")
    batch_id: int | None = Field(default=None, foreign_key="importbatch.id")
    source_row: int | None = None
    source_fingerprint: str = ""


class ImportProblem(SQLModel, table=True):
    """A problem an import reported, kept so that the secretary can work through it later."""

    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    batch_id: int = Field(foreign_key="importbatch.id", index=True)
    row: int
    kind: str = Field(index=True)
    message: str
    field: str | None = None
    fingerprint: str = ""
    application_id: int | None = Field(default=None, foreign_key="application.id", index=True)
    resolved_at: datetime | None = Field(default=None, sa_column=_local_time(nullable=True))


class AuditEntry(SQLModel, table=True):
    """Who did what, when and why: every import, edit, merge, override and freeze."""

    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    at: datetime = Field(sa_column=_local_time())
    actor: str
    action: str = Field(index=True)
    details_json: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    reason: str = ""


class Juror(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    uid: str = Field(index=True)  # stable identity in packages and score files
    name: str
    position: str = ""
    role: str = "member"  # chair | deputy | member | secretary
    secret_hex: str = ""  # HMAC key shared only by this juror's package and the contest file
    status: str = "active"  # active | absent (excluded from results, reversibly)
    nominations_json: str = Field(default="[]", sa_column=Column(Text, nullable=False))  # [] = all


class Conflict(SQLModel, table=True):
    """A conflict of interest the secretary registered: by municipality, organisation or
    single application. Conflicted applications are never assigned to the juror."""

    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    juror_id: int = Field(foreign_key="juror.id", index=True)
    kind: str  # municipality | organization | application
    value: str = ""  # municipality name or organisation name
    application_id: int | None = Field(default=None, foreign_key="application.id")
    reason: str = ""


class Assignment(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("juror_id", "application_id"),)

    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    juror_id: int = Field(foreign_key="juror.id", index=True)
    application_id: int = Field(foreign_key="application.id", index=True)


class Score(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("juror_id", "application_id", "criterion_id"),)

    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    juror_id: int = Field(foreign_key="juror.id", index=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    criterion_id: int = Field(foreign_key="criterion.id")
    value: float
    revision: int = 0  # the score file revision it arrived with; 0 = entered here
    updated_at: datetime = Field(sa_column=_local_time())


class Review(SQLModel, table=True):
    """What a juror says about an application besides scores: a comment, or a recusal
    (declared conflict of interest) with its reason."""

    __table_args__ = (UniqueConstraint("juror_id", "application_id"),)

    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    juror_id: int = Field(foreign_key="juror.id", index=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    comment: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    recused: bool = False
    recusal_reason: str = ""
    revision: int = 0
    updated_at: datetime = Field(sa_column=_local_time())


class ScoreFileReceipt(SQLModel, table=True):
    """A score file the secretary merged: the last accepted revision of each juror."""

    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    juror_id: int = Field(foreign_key="juror.id", index=True)
    revision: int
    sha256: str
    file_name: str
    merged_at: datetime = Field(sa_column=_local_time())


class ResultDecision(SQLModel, table=True):
    """A decision of the commission on the results: a resolved tie or an overridden place."""

    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    kind: str  # tie | override
    status: str  # winner | finalist | participant
    rank: int | None = None
    reason: str
    decided_at: datetime = Field(sa_column=_local_time())


class Vote(SQLModel, table=True):
    """People's choice: votes counted for an application (imported from a CSV)."""

    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    application_id: int = Field(foreign_key="application.id", index=True, unique=True)
    votes: int


class DocumentTemplateRecord(SQLModel, table=True):
    """How one kind of document looks and reads: texts, layout and images, as edited in the
    documents page (the values live in ``data_json``, images as their file bytes)."""

    __table_args__ = (UniqueConstraint("contest_id", "kind"),)

    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    kind: str  # thanks | diploma | certificate | badge | protocol
    data_json: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    emblem: bytes = Field(default=b"", sa_column=Column(LargeBinary, nullable=False))
    facsimile: bytes = Field(default=b"", sa_column=Column(LargeBinary, nullable=False))
    seal: bytes = Field(default=b"", sa_column=Column(LargeBinary, nullable=False))


class IssuedDocument(SQLModel, table=True):
    """The registration journal: one number per document of a kind for an application,
    kept when documents are generated again. Also holds the recipient line typed by hand."""

    __table_args__ = (UniqueConstraint("contest_id", "kind", "application_id"),)

    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    kind: str
    application_id: int = Field(foreign_key="application.id", index=True)
    seq: int | None = None  # position in the kind's journal; None until first issued
    number: str = ""
    issued_on: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    final: bool = False  # issued from frozen results (not only as a draft)
    recipient_override: str = ""  # the recipient line as the secretary typed it
