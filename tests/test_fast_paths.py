"""The fast paths of the normalisers agree with the general parsers wherever they answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jury_app.importing.links import Platform, canonical_link, canonical_simple_link
from jury_app.importing.normalize import (
    _PHONE_SEPARATOR,
    _clean,
    _russian_phone,
    is_empty_marker,
    normalize_phone,
    parse_subscribers,
)

LINKISH = st.from_regex(
    r"(https?://)?(www\.)?(m\.|new\.)?(vk\.com|vk\.ru|ok\.ru|t\.me|max\.ru|VK\.COM)"
    r"/[A-Za-z0-9_.\-]{0,12}/?",
    fullmatch=True,
)


@settings(max_examples=400)
@given(LINKISH)
def test_simple_links_agree_with_the_general_parser(text: str) -> None:
    fast = canonical_simple_link(text)
    if fast is not None:
        assert fast == canonical_link(text)


@settings(max_examples=300)
@given(st.from_regex(r"@[A-Za-z0-9_.]{0,70}", fullmatch=True), st.sampled_from(list(Platform)))
def test_handles_agree_with_the_general_parser(text: str, hint: Platform) -> None:
    fast = canonical_simple_link(text, hint)
    if fast is not None:
        assert fast == canonical_link(text, hint)


@settings(max_examples=400)
@given(st.from_regex(r"\+?\(?[0-9][0-9 ()\-.]{0,16}[0-9]", fullmatch=True))
def test_phone_fast_path_agrees(text: str) -> None:
    general = None
    for candidate in _PHONE_SEPARATOR.split(_clean(text)):
        from jury_app.importing.normalize import _DIGIT_RUN, _PHONE_EXTENSION

        for run in _DIGIT_RUN.findall(_PHONE_EXTENSION.sub("", candidate)):
            general = _russian_phone(run)
            if general is not None:
                break
        if general is not None:
            break
    assert normalize_phone(text) == general


@given(st.integers(0, 10**9))
def test_plain_counts(number: int) -> None:
    grouped = f"{number:,}".replace(",", " ")
    assert parse_subscribers(str(number)) == number
    assert parse_subscribers(grouped) == number


@given(st.text(max_size=30))
def test_empty_marker_first_letter_shortcut_is_exact(text: str) -> None:
    key = " ".join(_clean(text).split()).casefold().rstrip(".").strip()
    dashes = bool(key) and all(c in "-—–‒―−" for c in key)
    from jury_app.importing.normalize import _EMPTY_MARKERS

    assert is_empty_marker(text) == (dashes or key in _EMPTY_MARKERS)
