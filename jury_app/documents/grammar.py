"""Putting the recipient line into a Russian grammatical case (pymorphy3).

Only the head phrase of an organisation name is inflected: the adjectives before the first
noun and that noun («Новокузнецкий драматический театр» → «Новокузнецкому драматическому
театру»). What follows the head (genitive complements such as «администрации города
Кемерово»), quoted names and abbreviations stay exactly as typed: «МБОУ «СОШ № 12»» stays.
When the words cannot be read with certainty the text is returned unchanged — a manual
override in the documents page corrects the rare miss.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pymorphy3

CASES = {
    "nomn": "именительный (кто?)",
    "gent": "родительный (кого?)",
    "datv": "дательный (кому?)",
    "accs": "винительный (кого?)",
    "ablt": "творительный (кем?)",
}
_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
_STOP = re.compile(r"[«»\"„“”'(№]")
_ADJECTIVES = {"ADJF", "PRTF"}


@cache
def _analyzer() -> Any:
    return pymorphy3.MorphAnalyzer(lang="ru")


def inflect(text: str, case: str) -> str:
    """``text`` (an organisation name in the nominative) put into ``case``."""
    if case == "nomn" or case not in CASES:
        return text
    stop = _STOP.search(text)
    head_end = stop.start() if stop else len(text)
    words = [m for m in _WORD.finditer(text) if m.end() <= head_end]
    if not words or text[: words[0].start()].strip():
        return text  # starts with a quote, a number or something else: nothing to inflect
    pending: list[tuple[re.Match[str], Any]] = []
    for match in words:
        word = match.group()
        if _is_abbreviation(word):
            return text  # «МБОУ …», «ГАУК …»: the abbreviation is the head and does not change
        parse = _nominative(word)
        if parse is None:
            return text
        if parse.tag.POS in _ADJECTIVES:
            pending.append((match, parse))
            continue
        return _replace(text, [*pending, (match, parse)], case)
    return text


def _is_abbreviation(word: str) -> bool:
    letters = word.replace("-", "")
    return len(letters) >= 2 and letters.isupper()


def _nominative(word: str) -> Any | None:
    """The most likely nominative reading of a noun or adjective, or None."""
    for parse in _analyzer().parse(word):
        tag = parse.tag
        if tag.case == "nomn" and tag.POS in _ADJECTIVES | {"NOUN"} and "Fixd" not in tag:
            return parse
    return None


def _replace(text: str, parts: list[tuple[re.Match[str], Any]], case: str) -> str:
    head = parts[-1][1]
    number = head.tag.number or "sing"
    out: list[str] = []
    last = 0
    for match, parse in parts:
        grammemes = {case, number}
        if parse.tag.POS in _ADJECTIVES and number == "sing" and head.tag.gender:
            grammemes.add(head.tag.gender)
        if parse.tag.POS in _ADJECTIVES and case == "accs" and head.tag.animacy:
            grammemes.add(head.tag.animacy)
        word = _compound(match.group(), grammemes) if parse.tag.POS == "NOUN" else None
        if word is None:
            inflected = parse.inflect(grammemes)
            if inflected is None:
                return text
            word = inflected.word
        out.append(text[last : match.start()])
        out.append(_same_shape(match.group(), word))
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def _compound(word: str, grammemes: set[str]) -> str | None:
    """«Дом-музей» → «дому-музею»: both nouns of a hyphenated pair change; None otherwise."""
    parts = word.split("-")
    if len(parts) < 2:
        return None
    changed = []
    for part in parts:
        parse = _nominative(part)
        if parse is None or parse.tag.POS != "NOUN":
            return None
        inflected = parse.inflect(grammemes)
        if inflected is None:
            return None
        changed.append(inflected.word)
    return "-".join(changed)


def _same_shape(original: str, word: str) -> str:
    """``word`` written with the capitals of ``original`` (Title, UPPER or lower)."""
    if original.isupper() and len(original) > 1:
        return word.upper()
    pieces = word.split("-")
    shaped = []
    for index, piece in enumerate(pieces):
        source = original.split("-")[index] if index < len(original.split("-")) else ""
        shaped.append(piece[:1].upper() + piece[1:] if source[:1].isupper() else piece)
    return "-".join(shaped)
