"""Turning raw rows into applications to import and problems to report (no database).

Pure functions: given the rows, the column mapping, the contest's nominations and what the
contest already holds, decide row by row what is imported and what is reported.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from jury_app.importing.columns import LINK_COLUMNS, Column
from jury_app.importing.nominations import NominationMatcher
from jury_app.importing.normalize import (
    Platform,
    canonical_links,
    cell_text,
    is_empty_marker,
    looks_like_formula,
    normalize_email,
    normalize_phone,
    organization_key,
    parse_subscribers,
    parse_timestamp,
)

TIME_FORMAT = "%d.%m.%Y %H:%M:%S"


@dataclass(frozen=True)
class Problem:
    row: int
    kind: str
    message: str
    field: str | None = None
    fingerprint: str = ""
    # True when the row is not imported (duplicate, empty name, unknown nomination, or an
    # earlier submission); False for a warning about an application that is imported.
    skips_row: bool = False


@dataclass(slots=True)
class ParsedApplication:
    row: int
    fingerprint: str
    organization: str
    nomination_text: str
    nomination: int
    municipality: str = ""
    links: dict[Platform, str] = field(default_factory=dict)
    other_links: list[str] = field(default_factory=list)
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    subscribers: int | None = None
    submitted_at: datetime | None = None
    consent: str = ""
    warnings: list[Problem] = field(default_factory=list)

    organization_key: str = ""


@dataclass(frozen=True)
class ExistingApplication:
    """An application already in the contest, as the superseding rule needs it."""

    id: int
    organization: str
    submitted_at: datetime | None
    source_row: int | None
    file_name: str


@dataclass(frozen=True)
class NominationQuestion:
    """A nomination text the matcher would not decide alone: the user is asked."""

    text: str
    rows: tuple[int, ...]
    suggestion: int | None


@dataclass
class Analysis:
    applications: list[ParsedApplication] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    questions: list[NominationQuestion] = field(default_factory=list)
    matched_nominations: dict[str, int] = field(default_factory=dict)
    superseded_existing: dict[int, int] = field(default_factory=dict)  # existing id → row
    already_imported: int = 0
    blank_rows: int = 0


def row_fingerprint(texts: Sequence[str]) -> str:
    """Identity of a source row: its cell texts, trailing empty cells ignored."""
    trimmed = list(texts)
    while trimmed and not trimmed[-1]:
        trimmed.pop()
    return hashlib.blake2b("\x1f".join(trimmed).encode("utf-8"), digest_size=16).hexdigest()


def format_time(moment: datetime | None) -> str:
    return moment.strftime(TIME_FORMAT) if moment else "время не указано"


def analyze(
    rows: Sequence[tuple[int, Sequence[object]]],
    headers: Sequence[str],
    mapping: Mapping[int, Column],
    nominations: Sequence[tuple[int, str]],
    *,
    nomination_choices: Mapping[str, int | None] | None = None,
    existing_fingerprints: frozenset[str] = frozenset(),
    existing: Sequence[ExistingApplication] = (),
) -> Analysis:
    """Decide, for every data row, whether it is imported and what is reported about it.

    ``nomination_choices`` holds the user's answers for nomination texts (None = skip).
    """
    result = Analysis()
    matcher = NominationMatcher(nominations)
    titles = dict(nominations)
    choices = nomination_choices or {}
    seen: dict[str, int] = {}
    unsure: dict[str, list[int]] = {}
    suggestions: dict[str, int | None] = {}
    plan = _Plan(headers, mapping)
    for number, cells in rows:
        texts = [cell_text(c) for c in cells]
        if len(texts) < plan.width:
            texts.extend([""] * (plan.width - len(texts)))
        if not any(texts):
            result.blank_rows += 1
            continue
        fingerprint = row_fingerprint(texts)
        if fingerprint in seen:
            result.problems.append(
                Problem(
                    number,
                    "duplicate",
                    f"Строка {number} полностью повторяет строку {seen[fingerprint]}.",
                    fingerprint=fingerprint,
                    skips_row=True,
                )
            )
            continue
        seen[fingerprint] = number
        if fingerprint in existing_fingerprints:
            result.already_imported += 1
            continue
        values = {column: texts[index] for index, column in plan.columns}
        organization = " ".join(values.get(Column.ORGANIZATION, "").split())
        if not organization or is_empty_marker(organization):
            result.problems.append(
                Problem(
                    number,
                    "empty_name",
                    f"Строка {number}: не указано название организации — строка пропущена.",
                    field=Column.ORGANIZATION,
                    fingerprint=fingerprint,
                    skips_row=True,
                )
            )
            continue
        nomination_text = " ".join(values.get(Column.NOMINATION, "").split())
        nomination = _decide_nomination(nomination_text, matcher, choices, suggestions)
        if nomination is None:
            unsure.setdefault(nomination_text, []).append(number)
            result.problems.append(
                _unknown_nomination(number, nomination_text, suggestions, titles, fingerprint)
            )
            continue
        if nomination_text:
            result.matched_nominations[nomination_text] = nomination
        application = _parse_row(number, fingerprint, texts, plan, values)
        application.organization = organization
        application.organization_key = organization_key(organization)
        application.nomination_text = nomination_text
        application.nomination = nomination
        result.applications.append(application)
    result.questions = [
        NominationQuestion(text, tuple(numbers), suggestions.get(text))
        for text, numbers in unsure.items()
        if text not in choices
    ]
    _apply_superseding(result, existing)
    return result


class _Plan:
    """What every row needs from the header and the mapping, computed once per import."""

    def __init__(self, headers: Sequence[str], mapping: Mapping[int, Column]) -> None:
        self.width = max([len(headers), *(i + 1 for i in mapping)])
        self.columns = sorted(mapping.items())
        self.labels = [
            headers[i] if i < len(headers) and headers[i] else f"Столбец {i + 1}"
            for i in range(self.width)
        ]


def _decide_nomination(
    text: str,
    matcher: NominationMatcher,
    choices: Mapping[str, int | None],
    suggestions: dict[str, int | None],
) -> int | None:
    if text in choices:
        return choices[text]
    if not text or is_empty_marker(text):
        suggestions[text] = None
        return None
    match = matcher.match(text)
    suggestions[text] = match.suggestion
    return match.number


def _unknown_nomination(
    row: int,
    text: str,
    suggestions: Mapping[str, int | None],
    titles: Mapping[int, str],
    fingerprint: str,
) -> Problem:
    if not text or is_empty_marker(text):
        message = f"Строка {row}: не указана номинация — строка пропущена."
    else:
        message = f"Строка {row}: номинация «{text}» не найдена в конкурсе — строка пропущена."
        suggestion = suggestions.get(text)
        if suggestion is not None:
            message += f" Возможно, имелась в виду № {suggestion} «{titles.get(suggestion, '')}»."
    return Problem(row, "unknown_nomination", message, Column.NOMINATION, fingerprint, True)


def _parse_row(
    number: int,
    fingerprint: str,
    texts: list[str],
    plan: _Plan,
    values: Mapping[Column, str],
) -> ParsedApplication:
    app = ParsedApplication(number, fingerprint, "", "", 0)
    for index, column in plan.columns:
        text = texts[index]
        if not text:
            continue
        # «+7 913…» in a phone column and «@handle» in a link column are data, not formulas.
        legitimate = False
        if column in LINK_COLUMNS:
            legitimate = _add_links(app, text, LINK_COLUMNS[column])
        elif column is Column.PHONE:
            legitimate = _add_phone(app, text)
        if not legitimate and looks_like_formula(text):
            header = plan.labels[index]
            app.warnings.append(
                Problem(
                    number,
                    "formula_injection",
                    f"Строка {number}, столбец «{header}»: значение «{_short(text)}» похоже на "
                    "формулу — сохранено как обычный текст.",
                    field=column,
                    fingerprint=fingerprint,
                )
            )
    app.municipality = _plain(values.get(Column.MUNICIPALITY, ""))
    app.contact_name = _plain(values.get(Column.CONTACT, ""))
    app.consent = _plain(values.get(Column.CONSENT, ""))
    _parse_other_fields(app, values)
    if not app.links and not app.other_links:
        app.warnings.append(
            Problem(
                number,
                "no_links",
                f"Строка {number}: нет ни одной ссылки на страницу.",
                fingerprint=fingerprint,
            )
        )
    return app


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plain(text: str) -> str:
    return "" if is_empty_marker(text) else " ".join(text.split())


def _add_links(app: ParsedApplication, text: str, hint: Platform | None) -> bool:
    """Route the cell's links by platform; True when every part of it was a link."""
    links, unknown = canonical_links(text, hint)
    for link in links:
        if link.platform is not Platform.OTHER and link.platform not in app.links:
            app.links[link.platform] = link.url
        elif link.url not in app.other_links and link.url not in app.links.values():
            app.other_links.append(link.url)
    for part in unknown:
        app.warnings.append(
            Problem(
                app.row,
                "bad_link",
                f"Строка {app.row}: «{_short(part)}» не похоже на ссылку на страницу.",
                field=hint or Column.LINKS,
                fingerprint=app.fingerprint,
            )
        )
    return bool(links) and not unknown


def _add_phone(app: ParsedApplication, text: str) -> bool:
    """Store the phone, normalised when possible; True when it was recognised."""
    if is_empty_marker(text):
        return False
    phone = normalize_phone(text)
    app.phone = phone or text
    if phone is None:
        app.warnings.append(
            _warning(app, "bad_phone", Column.PHONE, f"телефон «{_short(text)}» не распознан")
        )
    return phone is not None


def _parse_other_fields(app: ParsedApplication, values: Mapping[Column, str]) -> None:
    email_text = values.get(Column.EMAIL, "")
    if email_text and not is_empty_marker(email_text):
        email = normalize_email(email_text)
        app.email = email or email_text
        if email is None:
            app.warnings.append(
                _warning(
                    app,
                    "bad_email",
                    Column.EMAIL,
                    f"адрес почты «{_short(email_text)}» не распознан",
                )
            )
    subscribers_text = values.get(Column.SUBSCRIBERS, "")
    if subscribers_text and not is_empty_marker(subscribers_text):
        app.subscribers = parse_subscribers(subscribers_text)
        if app.subscribers is None:
            app.warnings.append(
                _warning(
                    app,
                    "bad_subscribers",
                    Column.SUBSCRIBERS,
                    f"число подписчиков «{_short(subscribers_text)}» не распознано",
                )
            )
    time_text = values.get(Column.SUBMITTED_AT, "")
    if time_text:
        app.submitted_at = parse_timestamp(time_text)
        if app.submitted_at is None:
            app.warnings.append(
                _warning(
                    app,
                    "bad_timestamp",
                    Column.SUBMITTED_AT,
                    f"время подачи «{_short(time_text)}» не распознано",
                )
            )


def _warning(app: ParsedApplication, kind: str, column: Column, what: str) -> Problem:
    return Problem(app.row, kind, f"Строка {app.row}: {what}.", column, app.fingerprint)


def _apply_superseding(result: Analysis, existing: Sequence[ExistingApplication]) -> None:
    """Keep only the latest submission of each organisation; report the earlier ones.

    The later timestamp wins, not the later row; equal or missing times fall back to order
    (applications already in the contest count as earlier than the file's rows).
    """
    groups: dict[str, list[tuple[tuple[datetime, int], object]]] = {}
    for order, old in enumerate(existing):
        key = organization_key(old.organization)
        groups.setdefault(key, []).append(
            ((old.submitted_at or datetime.min, order - len(existing)), old)
        )
    for app in result.applications:
        groups.setdefault(app.organization_key, []).append(
            ((app.submitted_at or datetime.min, app.row), app)
        )
    dropped: set[int] = set()
    for entries in groups.values():
        if len(entries) < 2:
            continue
        entries.sort(key=lambda entry: entry[0])
        latest = entries[-1][1]
        for _, earlier in entries[:-1]:
            if isinstance(earlier, ExistingApplication):
                if isinstance(latest, ParsedApplication):
                    result.superseded_existing[earlier.id] = latest.row
                    result.problems.append(_superseded_existing(earlier, latest))
            else:
                assert isinstance(earlier, ParsedApplication)
                dropped.add(earlier.row)
                result.problems.append(_superseded(earlier, latest))
    result.applications = [a for a in result.applications if a.row not in dropped]


def _superseded(earlier: ParsedApplication, latest: object) -> Problem:
    if isinstance(latest, ParsedApplication):
        later = f"строки {latest.row} ({format_time(latest.submitted_at)})"
    else:
        assert isinstance(latest, ExistingApplication)
        later = f"ранее импортированной заявки ({format_time(latest.submitted_at)})"
    return Problem(
        earlier.row,
        "superseded",
        f"Строка {earlier.row}: заявка «{_short(earlier.organization, 60)}» "
        f"({format_time(earlier.submitted_at)}) заменена более поздней из {later}.",
        field=Column.ORGANIZATION,
        fingerprint=earlier.fingerprint,
        skips_row=True,
    )


def _superseded_existing(earlier: ExistingApplication, latest: ParsedApplication) -> Problem:
    where = f"строка {earlier.source_row} файла «{earlier.file_name}»"
    return Problem(
        latest.row,
        "superseded",
        f"Ранее импортированная заявка «{_short(earlier.organization, 60)}» ({where}, "
        f"{format_time(earlier.submitted_at)}) заменена более поздней из строки {latest.row} "
        f"({format_time(latest.submitted_at)}).",
        field=Column.ORGANIZATION,
        fingerprint=latest.fingerprint,
    )
