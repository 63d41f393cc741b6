"""Documents for the documents page and the CLI: rows to show, a preview of one document,
and the batch — one file per recipient plus one combined PDF for printing."""

from __future__ import annotations

import io
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from jury_app.documents.grammar import inflect
from jury_app.documents.journal import entries, register
from jury_app.documents.recipients import (
    RESULT_KINDS,
    STATUS_WORDS,
    ContestFacts,
    Recipient,
    contest_facts,
    recipients,
)
from jury_app.documents.templates import DocumentTemplate, load_template
from jury_app.errors import JuryError
from jury_app.results.service import Results
from jury_app.storage.engine import ContestDB

if TYPE_CHECKING:
    from jury_app.documents.render import DocumentData

# reportlab (jury_app.documents.render) is imported where a page is drawn: the program's
# start, which lists the documents, does not pay for it.

Progress = Callable[[int, int], None]
PDF_KINDS = ("thanks", "diploma", "certificate")
COMBINED_NAMES = {
    "thanks": "Благодарственные письма — все для печати.pdf",
    "diploma": "Дипломы — все для печати.pdf",
    "certificate": "Сертификаты — все для печати.pdf",
}
DRAFT_REFUSED = (
    "Итоги ещё не утверждены: документы по ним можно сформировать только как проект "
    "(с пометкой «ПРОЕКТ»). Утвердите итоги на странице «Итоги» или подтвердите проект."
)
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class DocumentRow:
    """One document of a kind, as the documents page lists it."""

    recipient: Recipient
    automatic: str  # the recipient line the grammar produced
    override: str  # the line typed by hand, or ""
    number: str  # registration number, "" until issued
    issued_on: date | None

    @property
    def line(self) -> str:
        return self.override or self.automatic


@dataclass(frozen=True)
class GenerationReport:
    kind: str
    files: list[Path]
    combined: Path | None
    draft: bool


def is_draft(db: ContestDB, kind: str) -> bool:
    """Whether documents of ``kind`` made now would be drafts (results not frozen)."""
    return kind in RESULT_KINDS and not contest_facts(db).frozen


def document_rows(db: ContestDB, kind: str, results: Results | None = None) -> list[DocumentRow]:
    template = load_template(db, kind)
    journal = entries(db, kind)
    rows = []
    for person in recipients(db, kind, results):
        entry = journal.get(person.application_id)
        rows.append(
            DocumentRow(
                recipient=person,
                automatic=inflect(person.organization, template.recipient_case),
                override=entry.recipient_override if entry else "",
                number=entry.number if entry else "",
                issued_on=entry.issued_on if entry else None,
            )
        )
    return rows


def preview_pdf(
    db: ContestDB,
    kind: str,
    application_id: int | None = None,
    template: DocumentTemplate | None = None,
) -> bytes:
    """One document as PDF bytes, without registering anything (the documents page preview).

    ``template`` previews unsaved changes; without ``application_id`` the first recipient is
    shown, or a sample when there is none yet.
    """
    template = template or load_template(db, kind)
    facts = contest_facts(db)
    draft = is_draft(db, kind)
    if kind == "protocol":
        from jury_app.documents.protocol import write_protocol

        buffer = io.BytesIO()
        write_protocol(db, buffer, template=template, draft=draft)
        return buffer.getvalue()
    if kind == "badge":
        raise JuryError("Знак качества — картинка PNG; его показывает :func:`badge_png`.")
    rows = document_rows(db, kind)
    chosen = [
        r for r in rows if application_id is None or r.recipient.application_id == application_id
    ]
    if application_id is not None and not chosen:
        raise JuryError(f"Заявка № {application_id} не получает этот документ.")
    row = chosen[0] if chosen else _sample_row(kind, template)
    data = _data(facts, template, row, row.number or _pending_number(template), row.issued_on)
    from jury_app.documents.render import document_pdf

    return document_pdf(template, data, draft=draft)


def badge_png(db: ContestDB, application_id: int | None = None) -> bytes:
    """The quality-mark badge of one application (or a sample) as PNG bytes."""
    from jury_app.documents.badge import draw_badge

    template = load_template(db, "badge")
    facts = contest_facts(db)
    rows = [r for r in recipients(db, "badge") if application_id in (None, r.application_id)]
    nomination = rows[0].nomination if rows else "Номинация конкурса"
    return draw_badge(template, _values(facts, rows[0] if rows else None), nomination)


def generate_documents(
    db: ContestDB,
    kind: str,
    outdir: Path,
    *,
    draft_ok: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
) -> GenerationReport:
    """Every document of ``kind`` into ``outdir``: one file per recipient (numbers registered
    in the journal and kept for good) and, for PDFs, one combined file for printing.

    Nothing is left half-written: files are made in a temporary folder and moved in at the
    end; a cancelled or failed batch leaves ``outdir`` as it was (numbers already registered
    stay registered, as in a paper journal).
    """
    if kind == "protocol":
        raise JuryError("Протокол формируется отдельно: jury-cli protocol КОНКУРС ФАЙЛ.pdf.")
    draft = is_draft(db, kind)
    if draft and not draft_ok:
        raise JuryError(DRAFT_REFUSED)
    facts = contest_facts(db)
    template = load_template(db, kind)
    rows = document_rows(db, kind)
    if not rows:
        raise JuryError(_nobody(kind))
    _prepare(outdir)
    numbers = register(
        db,
        kind,
        [r.recipient.application_id for r in rows],
        pattern=template.number_pattern,
        year=facts.year,
        final=not draft,
        today=today,
    )
    total = len(rows) + (0 if kind == "badge" else 1)
    files: list[Path] = []
    with _staging(outdir) as staging:
        names: set[str] = set()
        combined = None
        if kind == "badge":
            from jury_app.documents.badge import draw_badge

            for done, row in enumerate(rows):
                png = draw_badge(template, _values(facts, row.recipient), row.recipient.nomination)
                name = _unique(names, safe_filename(_file_stem(row, numbers), ".png"))
                (staging / name).write_bytes(png)
                files.append(outdir / name)
                if progress:
                    progress(done + 1, total)
        else:
            from jury_app.documents.render import draw_document, new_canvas

            combined_name = COMBINED_NAMES[kind]
            names.add(combined_name.casefold())
            combined = new_canvas(str(staging / combined_name), title=combined_name)
            for done, row in enumerate(rows):
                number, issued = numbers[row.recipient.application_id]
                data = _data(facts, template, row, number, issued)
                name = _unique(names, safe_filename(_file_stem(row, numbers), ".pdf"))
                single = new_canvas(str(staging / name), title=row.recipient.organization)
                draw_document(single, template, data, draft=draft)
                single.save()
                draw_document(combined, template, data, draft=draft)
                files.append(outdir / name)
                if progress:
                    progress(done + 1, total)
            combined.save()
            if progress:
                progress(total, total)
        for path in staging.iterdir():
            os.replace(path, outdir / path.name)
    return GenerationReport(
        kind=kind,
        files=files,
        combined=outdir / COMBINED_NAMES[kind] if kind in COMBINED_NAMES else None,
        draft=draft,
    )


def generate_protocol(
    db: ContestDB, out: Path, *, draft_ok: bool = False, today: date | None = None
) -> GenerationReport:
    """The protocol of the commission into ``out`` (a PDF), written atomically."""
    from jury_app.documents.protocol import write_protocol
    from jury_app.exporting import atomic_output

    draft = is_draft(db, "protocol")
    if draft and not draft_ok:
        raise JuryError(DRAFT_REFUSED)
    if out.suffix.lower() != ".pdf":
        raise JuryError(f"Протокол сохраняется в PDF, а не в «{out.suffix or out.name}».")
    if not out.parent.is_dir():
        raise JuryError(f"Папка «{out.parent}» не существует.")
    with atomic_output(out) as tmp, tmp.open("wb") as stream:
        write_protocol(db, stream, template=load_template(db, "protocol"), draft=draft, today=today)
    return GenerationReport(kind="protocol", files=[out], combined=None, draft=draft)


def safe_filename(text: str, suffix: str) -> str:
    """A file name any Windows, macOS or Linux accepts, keeping the Cyrillic as it is."""
    name = unicodedata.normalize("NFC", text)
    name = _UNSAFE.sub(" ", name.replace("/", "-"))
    name = " ".join(name.split()).strip(" .")
    if len(name) > 120:
        name = name[:120].rstrip(" .")
    if not name or _RESERVED.match(name):
        name = f"_{name}" if name else "документ"
    return name + suffix


def _file_stem(row: DocumentRow, numbers: dict[int, tuple[str, date]]) -> str:
    number = numbers[row.recipient.application_id][0].replace("/", "-")
    return f"{number} {row.recipient.organization}"


def _unique(taken: set[str], name: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    candidate, counter = name, 2
    while candidate.casefold() in taken:
        candidate = f"{stem} ({counter}){dot}{suffix}"
        counter += 1
    taken.add(candidate.casefold())
    return candidate


def _prepare(outdir: Path) -> None:
    if outdir.exists() and not outdir.is_dir():
        raise JuryError(f"«{outdir}» — файл, а нужна папка для документов.")
    if not outdir.parent.is_dir():
        raise JuryError(f"Папка «{outdir.parent}» не существует.")
    try:
        outdir.mkdir(exist_ok=True)
    except OSError as exc:
        raise JuryError(f"Не удалось создать папку «{outdir}»: {exc.strerror}.") from exc


class _staging:
    """A temporary folder inside ``outdir``, removed with whatever is left in it."""

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir

    def __enter__(self) -> Path:
        self.path = Path(tempfile.mkdtemp(prefix=".jury-documents-", dir=self.outdir))
        return self.path

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def _nobody(kind: str) -> str:
    return {
        "thanks": "Победителей пока нет: благодарственные письма некому выдать.",
        "diploma": "Финалистов пока нет: дипломы некому выдать.",
        "certificate": "В конкурсе нет заявок: сертификаты некому выдать.",
        "badge": "Знак качества пока никто не получил: ни один балл не достиг порога.",
    }.get(kind, "Документы некому выдать.")


def _values(facts: ContestFacts, person: Recipient | None) -> dict[str, str]:
    values = {"contest": facts.title, "year": str(facts.year)}
    if person is not None:
        values.update(
            organization=person.organization,
            municipality=person.municipality,
            nomination=person.nomination,
            nomination_number=str(person.nomination_number),
            status=STATUS_WORDS.get(person.status, person.status),
            place=str(person.rank) if person.rank is not None else "",
        )
    return values


def _data(
    facts: ContestFacts,
    template: DocumentTemplate,
    row: DocumentRow,
    number: str,
    issued_on: date | None,
) -> DocumentData:
    from jury_app.documents.render import DocumentData, long_date

    values = _values(facts, row.recipient)
    values.update(
        recipient=row.line,
        number=number,
        date=long_date(issued_on) if issued_on else "",
    )
    return DocumentData(
        values=values,
        recipient=row.line,
        number=number,
        issued_on=issued_on,
        signatory_name=template.signatory_name or facts.signatory_name,
        signatory_position=template.signatory_position or facts.signatory_position,
    )


def _pending_number(template: DocumentTemplate) -> str:
    return "(присваивается при выдаче)" if template.number_pattern else ""


def _sample_row(kind: str, template: DocumentTemplate) -> DocumentRow:
    sample = Recipient(
        application_id=0,
        organization="Новокузнецкий драматический театр",
        municipality="Новокузнецкий городской округ",
        nomination_number=5,
        nomination="Лучший паблик учреждения культуры Кузбасса",
        status={"thanks": "winner", "diploma": "finalist"}.get(kind, "participant"),
        rank=1 if kind == "thanks" else None,
        score=None,
    )
    return DocumentRow(
        recipient=sample,
        automatic=inflect(sample.organization, template.recipient_case),
        override="",
        number="",
        issued_on=None,
    )
