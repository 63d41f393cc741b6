"""Cell-level normalisation of the online-form export (XLSX/CSV) of applications.

Every function here is total: it accepts whatever a respondent typed and returns a normalised
value or None/empty, never raising, so that one odd cell cannot stop an import.
"""

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

from jury_app.importing.links import (
    Link,
    Platform,
    canonical_link,
    canonical_simple_link,
    strip_punctuation,
)

__all__ = [
    "Link",
    "Platform",
    "canonical_links",
    "cell_text",
    "is_empty_marker",
    "looks_like_formula",
    "normalize_email",
    "normalize_phone",
    "organization_key",
    "parse_subscribers",
    "parse_timestamp",
]

# Spreadsheets and copy-paste from browsers bring invisible characters that break comparisons.
_SPACE_LIKE = re.compile("[\xa0\u202f\u2007]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_UNUSUAL = re.compile("[\xa0\u202f\u2007\u200b\u200c\u200d\u2060\ufeff]")


def _clean(text: str) -> str:
    # The search is a fast path: str.translate is slow on Cyrillic text, and most cells
    # hold none of these characters.
    if _UNUSUAL.search(text) is None:
        return text.strip()
    return _INVISIBLE.sub("", _SPACE_LIKE.sub(" ", text)).strip()


def cell_text(value: object) -> str:
    """Convert a raw cell value (str, number, bool, date/time or None) to stripped text.

    Integral floats lose their ".0" (Excel stores phones as floats); dates use the Russian order.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, bool):  # before int: bool is a subclass of int
        return "да" if value else "нет"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)  # shortest round-tripping form; also covers nan/inf
    if isinstance(value, dt.datetime):  # before date: datetime is a subclass of date
        return value.strftime("%d.%m.%Y %H:%M:%S")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S")
    return _clean(str(value))


# "nan" is how pandas-made CSV files write an empty cell.
# fmt: off
_EMPTY_MARKERS = frozenset({
    "", "нет", "нету", "не имеется", "отсутствует", "отсутствуют", "нет аккаунта",
    "нет страницы", "нет группы", "нет сообщества", "не ведется", "не ведётся",
    "n/a", "na", "none", "null", "nan",
})
# fmt: on
_DASHES = frozenset("-—–‒―−")
_LONGEST_MARKER = 24  # longer than any marker with its spaces and a trailing period
# A marker can only start with one of these (after case folding); checking the first
# character first keeps the common case — a real answer — cheap.
_MARKER_STARTS = (
    frozenset(m[0] for m in _EMPTY_MARKERS if m)
    | _DASHES
    | frozenset(".\u200b\u200c\u200d\u2060\ufeff")
)


def is_empty_marker(text: str) -> bool:
    """True when a form answer means "nothing" ("", "-", "нет", "отсутствует", "n/a", ...).

    Case-insensitive, ignores surrounding whitespace and a trailing period; "0" is not empty.
    """
    if len(text) > _LONGEST_MARKER and len(text.strip()) > _LONGEST_MARKER:
        return False  # fast path: real answers are longer than any "nothing"
    if text and not text[0].isspace() and text[0].casefold()[:1] not in _MARKER_STARTS:
        return False
    key = " ".join(_clean(text).split()).casefold().rstrip(".").strip()
    if key and all(char in _DASHES for char in key):  # "-", "—", "--", "---"
        return True
    return key in _EMPTY_MARKERS


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet would run the text as a formula (it starts with = + - @).

    Plain dashes that mean "nothing" are not formulas.
    """
    stripped = text.lstrip()
    return stripped[:1] in ("=", "+", "-", "@") and not is_empty_marker(stripped)


_LINK_SEPARATOR = re.compile(r"[\s,;]+")
# "https://a.ruhttps://b.ru" happens when answers are pasted without a separator.
_GLUED_URL = re.compile(r"(?<=\S)(?=https?://)", re.IGNORECASE)
# Labels and connectors around links ("ВК: vk.com/x и ТГ: t.me/y") are not unrecognised links.
# fmt: off
_LINK_NOISE = frozenset({
    "и", "или", "а", "также", "вк", "vk", "вконтакте", "vkontakte", "ок", "ok",
    "одноклассники", "тг", "tg", "телеграм", "телеграмм", "telegram", "max", "макс", "мах",
    "ссылка", "ссылки", "страница", "группа", "сообщество", "канал"
})
# fmt: on


def canonical_links(text: str, hint: Platform | None = None) -> tuple[list[Link], list[str]]:
    """Split a cell into links/handles and canonicalise each; return (links, unrecognised parts).

    Links are deduplicated in order; ``hint`` is the column's platform, used for bare handles.
    """
    if is_empty_marker(text):
        return [], []
    simple = canonical_simple_link(text.strip(), hint)
    if simple is not None:
        return [simple], []
    links: list[Link] = []
    unrecognised: list[str] = []
    for part in _LINK_SEPARATOR.split(_GLUED_URL.sub(" ", _clean(text))):
        bare = strip_punctuation(part)
        if not bare or bare.casefold() in _LINK_NOISE or is_empty_marker(bare):
            continue
        link = canonical_link(bare, hint)
        if link is None:
            unrecognised.append(part)
        elif link not in links:
            links.append(link)
    return links, unrecognised


_PHONE_SEPARATOR = re.compile(r"[,;/\n]|\s+или\s+", re.IGNORECASE)
_PHONE_EXTENSION = re.compile(r"(?<!\w)(?:доб\w*|вн|ext\w*)(?!\w).*", re.IGNORECASE | re.DOTALL)
_DIGIT_RUN = re.compile(r"\+?\(?[0-9][0-9\s().\-–—]*[0-9]")


def normalize_phone(text: str) -> str | None:
    """Return the first Russian phone number in the cell as "+7XXXXXXXXXX", or None.

    Extensions ("доб. 123") are ignored; foreign, too short or too long numbers give None.
    """
    if is_empty_marker(text):
        return None
    cleaned = _clean(text)
    if _DIGIT_RUN.fullmatch(cleaned):
        # Fast path: the whole cell is one run of phone characters, the common case.
        return _russian_phone(cleaned)
    for candidate in _PHONE_SEPARATOR.split(cleaned):
        for run in _DIGIT_RUN.findall(_PHONE_EXTENSION.sub("", candidate)):
            phone = _russian_phone(run)
            if phone is not None:
                return phone
    return None


def _russian_phone(run: str) -> str | None:
    digits = re.sub(r"[^0-9]", "", run)
    if run.lstrip("(").startswith("+") and not (len(digits) == 11 and digits[0] == "7"):
        return None  # an explicit international prefix other than +7 is a foreign number
    if len(digits) == 11 and digits[0] in "78":
        national, allowed = digits[1:], "3489"
    elif len(digits) == 10:
        # Without a trunk prefix a leading 8 is more likely a lost digit than an 8xx code.
        national, allowed = digits, "349"
    else:
        return None
    return "+7" + national if national[0] in allowed else None


_PLAIN_COUNT = re.compile(r"[0-9]{1,3}(?: [0-9]{3})+|[0-9]+")
_DATE_IN_TEXT = re.compile(r"(?<![0-9])[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}(?![0-9])")
_NUMBER = re.compile(
    r"(?P<int>[0-9]{1,3}(?:(?P<sep>[ .,])[0-9]{3})(?:(?P=sep)[0-9]{3})*(?![0-9])|[0-9]+)"
    r"(?:[.,](?P<frac>[0-9]+))?"
    r"\s*(?P<mult>тыс[а-я]*\.?|млн\.?|миллион[а-я]*|mln|к(?![а-я])|k(?![a-z])|m(?![a-z]))?"
)
_PLATFORM_LABEL = re.compile(
    r"(?<![^\W\d_])(?:вк|vk|вконтакте|ок|ok|одноклассники|тг|tg|telegram|телеграм+|max|макс)"
    r"(?![^\W\d_])"
)


def parse_subscribers(text: str) -> int | None:
    """Parse a subscriber count ("1 300", "около 500", "1,3 тыс", "2.5k", "5000+") or None.

    Several numbers are summed only when each follows a platform label ("ВК 1200, ТГ 300").
    """
    cleaned = _clean(text).casefold()
    if _PLAIN_COUNT.fullmatch(cleaned):  # fast path: "1300" or "1 300"
        return int(cleaned.replace(" ", ""))
    if is_empty_marker(cleaned) or re.match(r"[-−][0-9]", cleaned):
        return None
    cleaned = _DATE_IN_TEXT.sub(" ", cleaned)  # "на 01.09.2025 — 1300" counts 1300, not 1
    matches = list(_NUMBER.finditer(cleaned))
    if not matches:
        return None
    starts = [0] + [m.end() for m in matches[:-1]]
    labelled = all(
        _PLATFORM_LABEL.search(cleaned, start, m.start())
        for start, m in zip(starts, matches, strict=True)
    )
    chosen = matches if len(matches) > 1 and labelled else matches[:1]
    total = sum((_number_value(m) for m in chosen), Decimal(0))
    return int(total.to_integral_value(rounding=ROUND_HALF_UP))


_MULTIPLIERS = (("тыс", 1000), ("к", 1000), ("k", 1000), ("м", 10**6), ("m", 10**6))


def _number_value(match: re.Match[str]) -> Decimal:
    digits, sep, frac, mult = match["int"], match["sep"], match["frac"], match["mult"] or ""
    factor = next((f for prefix, f in _MULTIPLIERS if mult.startswith(prefix)), 1)
    if sep in (".", ",") and factor > 1 and digits.count(sep) == 1 and not frac:
        # "1,300 тыс" is a decimal fraction of thousands, not 1 300 thousands.
        return Decimal(digits.replace(sep, ".")) * factor
    number = re.sub(r"[^0-9]", "", digits) + ("." + frac if frac else "")
    return Decimal(number) * factor


_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
_DAY_FIRST = re.compile(
    r"([0-9]{1,2})[./]([0-9]{1,2})[./]([0-9]{4}|[0-9]{2})"
    r"(?:[ T,]+([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]+))?)?)?"
)
_ISO = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})"
    r"(?:[ T]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]+))?)?)?"
    r"(?:\s*(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?))?",  # the zone is dropped: wall time is kept
    re.IGNORECASE,
)


def parse_timestamp(value: object) -> dt.datetime | None:
    """Return the naive datetime of a cell (datetime, date, Excel serial or text), else None.

    Text may be "DD.MM.YYYY[ H:MM[:SS]]", "DD.MM.YY HH:MM", "DD/MM/YYYY ..." or ISO 8601.
    """
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # also false for nan
            return _EXCEL_EPOCH + dt.timedelta(seconds=round(value * 86400))
        return None
    if not isinstance(value, str):
        return None
    text = _clean(value)
    if match := _DAY_FIRST.fullmatch(text):
        day, month, year, *clock = match.groups()
        full_year = int(year) + 2000 if len(year) == 2 else int(year)
        return _build(full_year, int(month), int(day), clock)
    if match := _ISO.fullmatch(text):
        year, month, day, *clock = match.groups()
        return _build(int(year), int(month), int(day), clock)
    return None


def _build(year: int, month: int, day: int, clock: list[str | None]) -> dt.datetime | None:
    hour, minute, second, fraction = clock
    try:
        return dt.datetime(
            year,
            month,
            day,
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            int((fraction or "0")[:6].ljust(6, "0")),
        )
    except ValueError:
        return None


_EMAIL = re.compile(r"[\w.%+'-]+@(?:[\w-]+\.)+[^\W\d_]{2,}")


def normalize_email(text: str) -> str | None:
    """Return the first valid e-mail address of the cell in lower case, or None.

    "mailto:" and angle brackets are removed; the address must look like local@domain.tld.
    """
    for part in re.split(r"[\s,;]+", _clean(text).lower()):
        candidate = strip_punctuation(strip_punctuation(part).removeprefix("mailto:"))
        local = candidate.partition("@")[0]
        if (
            _EMAIL.fullmatch(candidate)
            and ".." not in candidate
            and not local.startswith(".")
            and not local.endswith(".")
        ):
            return candidate
    return None


def organization_key(name: str) -> str:
    """Identity of an organisation name: whitespace runs collapsed to one space, casefolded.

    Only whitespace and case are normalised; punctuation and quotes still distinguish names.
    """
    return " ".join(name.split()).casefold()
