"""Recognition and canonical form of a single page link (VK, OK, Telegram, MAX or other site).

Splitting a cell into parts lives in :mod:`jury_app.importing.normalize`; this module only turns
one part into a :class:`Link`, so that the same page written in different ways compares equal.
"""

import re
from collections.abc import Callable
from enum import StrEnum
from typing import NamedTuple
from urllib.parse import SplitResult, parse_qs, urlsplit


class Platform(StrEnum):
    """Where a page lives; OTHER is any other web site."""

    VK = "vk"
    OK = "ok"
    TELEGRAM = "telegram"
    MAX = "max"
    OTHER = "other"


class Link(NamedTuple):
    """A canonical page address together with the platform it belongs to.

    A named tuple rather than a frozen dataclass: imports create one per link, and a tuple is
    several times cheaper to build.
    """

    platform: Platform
    url: str


_BASE_URL = {
    Platform.VK: "https://vk.com/",
    Platform.OK: "https://ok.ru/",
    Platform.TELEGRAM: "https://t.me/",
    Platform.MAX: "https://max.ru/",
}

_HOSTS = {
    **dict.fromkeys(
        ("vk.com", "vk.ru", "m.vk.com", "m.vk.ru", "new.vk.com", "vkontakte.ru", "m.vkontakte.ru"),
        Platform.VK,
    ),
    **dict.fromkeys(("ok.ru", "m.ok.ru", "odnoklassniki.ru", "m.odnoklassniki.ru"), Platform.OK),
    **dict.fromkeys(("t.me", "telegram.me", "telegram.dog"), Platform.TELEGRAM),
    **dict.fromkeys(("max.ru", "web.max.ru"), Platform.MAX),
}

# Without a scheme only these endings make a word a domain: "т.е." or "file.docx" must not
# become a link.  With an explicit http(s):// any host with a dot is accepted.
# fmt: off
_KNOWN_TLDS = frozenset({
    "ru", "рф", "su", "рус", "com", "org", "net", "info", "biz", "pro", "me", "io", "dog",
    "online", "site", "space", "club", "live", "tv", "app", "dev", "edu", "gov", "kz", "by",
    "uz", "tech", "store", "blog", "moscow"
})
# fmt: on

_LEADING_PUNCT = "<([{«\"'“„‘"
_TRAILING_PUNCT = ">)]}»\"'”’.,;:!"
_SCHEME = re.compile(r"^(https?)://", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:[\w-]+\.)+([^\W\d_]{2,})\.?(?::[0-9]+)?(?:[/?#].*)?$", re.DOTALL)
# Handles of all four platforms are Latin; at least one letter so "123" is not a page name.
_HANDLE = re.compile(r"^(?=[0-9_.]*[A-Za-z])[A-Za-z0-9_.]{3,64}$")


def strip_punctuation(part: str) -> str:
    """Return the part without quotes/brackets around it and without trailing ".,;:!"."""
    return part.strip().lstrip(_LEADING_PUNCT).rstrip(_TRAILING_PUNCT).strip()


_SIMPLE = re.compile(
    r"(?:https?://)?(?:www\.)?(?P<host>(?:m\.|new\.)?vk\.(?:com|ru)|(?:m\.)?ok\.ru|t\.me|max\.ru)"
    r"/(?P<segment>[A-Za-z0-9_.-]*[A-Za-z0-9_-])/?",
    re.IGNORECASE,
)


def canonical_simple_link(text: str, hint: Platform | None = None) -> Link | None:
    """The common shapes, one link with one path segment or one @handle, without the general
    parser; None when ``text`` has another shape (the caller then takes the general way)."""
    if text[:1] == "@":
        if text[-1:] in _TRAILING_PUNCT:
            return None  # "@name." — the general way strips the punctuation first
        return _handle_link(text[1:], hint or Platform.TELEGRAM)
    match = _SIMPLE.fullmatch(text)
    if match is None:
        return None
    platform = _HOSTS.get(match["host"].lower())
    if platform is None:  # e.g. "new.vk.ru": not a host we know, the general way decides
        return None
    path = _PATH_BUILDERS[platform]([match["segment"]])
    return Link(platform, _BASE_URL[platform] + path) if path else None


def canonical_link(part: str, hint: Platform | None = None) -> Link | None:
    """Canonicalise one link, "@handle" or bare handle; None when the part is not recognised.

    The platform comes from the host; ``hint`` (the column's platform) only resolves handles.
    """
    part = strip_punctuation(part)
    if not part:
        return None
    if part[:5].lower() == "tg://":
        return _telegram_resolve(part)
    if part.startswith("@"):
        return _handle_link(part[1:], hint or Platform.TELEGRAM)
    if _SCHEME.match(part):
        return _url_link(part)
    match = _DOMAIN.match(part)
    if match and match.group(1).lower() in _KNOWN_TLDS:
        return _url_link("https://" + part)
    return _handle_link(part, hint) if hint is not None else None


def _handle_link(handle: str, platform: Platform | None) -> Link | None:
    if platform is None or platform is Platform.OTHER or not _HANDLE.match(handle):
        return None
    return Link(platform, _BASE_URL[platform] + handle)


def _telegram_resolve(part: str) -> Link | None:
    try:
        query = urlsplit(part).query
    except ValueError:
        return None
    domains = parse_qs(query).get("domain", [])
    return _handle_link(domains[0], Platform.TELEGRAM) if domains else None


def _url_link(url: str) -> Link | None:
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:  # e.g. a broken "[" IPv6 host
        return None
    if "." not in host:
        return None
    platform = _HOSTS.get(host.removeprefix("www."))
    if platform is None:
        return _other_link(parts)
    path = _PATH_BUILDERS[platform]([s for s in parts.path.split("/") if s])
    if path:
        return Link(platform, _BASE_URL[platform] + path)
    # A bare "vk.com/?w=..." still points somewhere only through its query; a bare "vk.com"
    # identifies no page at all and is reported as unrecognised.
    tail = ("?" + parts.query if parts.query else "") + (
        "#" + parts.fragment if parts.fragment else ""
    )
    return Link(platform, _BASE_URL[platform] + tail) if tail else None


def _vk_path(segments: list[str]) -> str:
    return segments[0] if segments else ""


def _ok_path(segments: list[str]) -> str:
    if len(segments) >= 2 and segments[0].lower() in ("group", "profile"):
        return "/".join(segments[:2])
    return segments[0] if segments else ""


def _telegram_path(segments: list[str]) -> str:
    if len(segments) >= 2 and segments[0] == "s":  # t.me/s/name is the web preview of t.me/name
        return segments[1]
    if len(segments) >= 2 and segments[0] in ("joinchat", "c"):
        return "/".join(segments[:2])
    return segments[0] if segments else ""


def _max_path(segments: list[str]) -> str:
    return "/".join(segments)


_PATH_BUILDERS: dict[Platform, Callable[[list[str]], str]] = {
    Platform.VK: _vk_path,
    Platform.OK: _ok_path,
    Platform.TELEGRAM: _telegram_path,
    Platform.MAX: _max_path,
}


def _other_link(parts: SplitResult) -> Link:
    url = f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path.rstrip('/')}"
    if parts.query:
        url += "?" + parts.query
    if parts.fragment:
        url += "#" + parts.fragment
    return Link(Platform.OTHER, url)
