"""Mapping of free-text nomination answers to the contest's nominations.

The matcher is deliberately conservative: it accepts spelling, case, word-form and abbreviation
variations of a title, and reports everything else as unknown (optionally with a "did you mean"
suggestion).  It never picks a nomination the answer does not unambiguously name.  Everything is
derived from the titles it is given, because the secretary can edit the list of nominations.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class NominationMatch:
    """Result of matching one answer: accepted number, suggestion when not accepted, exactness."""

    number: int | None
    suggestion: int | None
    exact: bool


_NO_MATCH = NominationMatch(None, None, False)

# Words that never tell nominations apart.
# fmt: off
_FIXED_STOP_WORDS = frozenset({
    "лучший", "лучшая", "лучшее", "паблик", "госпаблик", "страница", "сообщество", "группа",
    "канал", "аккаунт", "номинация", "в", "на", "для", "и", "по"
})
# fmt: on
# Words people add to a title without changing its meaning: "исполнительного органа
# (государственной) власти", "Кемеровской области", "в сфере культуры", "организации" for
# "учреждения".  Other extra words make an answer inconsistent with a title; these do not.
# They are compared exactly (not fuzzily), because "организации" would otherwise look like "органа".
# A filler that appears in one of the titles is a real word of that title, not a filler.
# fmt: off
_FILLER_WORDS = frozenset({
    "власти", "государственной", "государственного", "государственная", "кемеровской",
    "области", "сфере", "сферы", "организации", "организация", "организаций"
})
# fmt: on
# Abbreviations and colloquial forms, expanded before matching.
_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "мо": ("муниципального", "образования"),
    "спо": ("среднего", "специального", "образования"),
    # СПО officially stands for "среднее профессиональное образование"; the title says
    # "специального", so both spellings of the same level of education must meet.
    "профессионального": ("специального",),
    "доп": ("дополнительного",),
    "дод": ("дополнительного", "образования"),
    "удо": ("учреждения", "дополнительного", "образования"),
    "соц": ("социальной",),
    "соцзащиты": ("социальной", "защиты"),
    "соцзащита": ("социальной", "защиты"),
    "доу": ("детского", "сада"),
    "детсад": ("детского", "сада"),
    "детсада": ("детского", "сада"),
    "садик": ("сада",),
    "садика": ("сада",),
    "ио": ("исполнительного", "органа"),
    "иогв": ("исполнительного", "органа"),
    "оив": ("исполнительного", "органа"),
    "госпаблик": ("паблик",),
}
_FREQUENT_SHARE = 0.4  # a word in more than 40% of titles is treated as a stop word
_MIN_TITLES_FOR_FREQUENCY = 3  # with one or two titles every shared word would look frequent
_CACHE_LIMIT = 65536
_NON_WORD = re.compile(r"[\W_]+")
_ENUMERATION = re.compile(r"(?:номинация )?([0-9]{1,3})(?: |$)")


def normalize_title(text: str) -> str:
    """Basic normalisation used for exact comparison: casefold, ё→е, punctuation to spaces."""
    return _NON_WORD.sub(" ", text.casefold().replace("ё", "е")).strip()


class NominationMatcher:
    """Matches free-text answers against a fixed list of (number, title) nominations."""

    def __init__(self, nominations: Sequence[tuple[int, str]]) -> None:
        self._numbers = frozenset(number for number, _ in nominations)
        self._exact: dict[str, set[int]] = {}
        for number, title in nominations:
            self._exact.setdefault(normalize_title(title), set()).add(number)
        title_words = {number: _expand(normalize_title(title)) for number, title in nominations}
        self._stop_words = _FIXED_STOP_WORDS | _frequent_words(list(title_words.values()))
        vocabulary = {word for words in title_words.values() for word in words}
        self._content_vocabulary = frozenset(vocabulary - self._stop_words)
        self._fillers = _FILLER_WORDS - vocabulary
        self._titles = {
            number: frozenset(words) & self._content_vocabulary
            for number, words in title_words.items()
        }
        self._cache: dict[str, NominationMatch] = {}
        self._token_cache: dict[str, frozenset[str] | None] = {}
        self._stop_cache: dict[str, bool] = {}

    def match(self, text: str) -> NominationMatch:
        """Match one answer; ``number`` is set only when the answer names exactly one nomination.

        ``exact`` is True when the accepted answer equals a title after basic normalisation.
        """
        result = self._cache.get(text)
        if result is None:
            _bounded(self._cache)
            result = self._match_normalised(normalize_title(text))
            self._cache[text] = result
        return result

    def _match_normalised(self, key: str) -> NominationMatch:
        exact = self._exact_number(key)
        if exact is not None:
            return NominationMatch(exact, None, True)
        enumeration = _ENUMERATION.match(key)
        if enumeration is None:
            return self._match_tokens(self._content_tokens(key))
        stated = int(enumeration.group(1))
        rest = key[enumeration.end() :]
        exact = self._exact_number(rest)
        if exact is not None:  # "1. <title of nomination 1>"
            return NominationMatch(exact, None, True) if exact == stated else _suggest(exact)
        tokens = self._content_tokens(rest)
        by_title = self._match_tokens(tokens)
        if by_title.number is not None:
            # A leading number that contradicts the title means the answer cannot be trusted.
            return by_title if by_title.number == stated else _suggest(by_title.number)
        if stated in self._titles and all(self._explains(stated, t) for t in tokens):
            return _suggest(stated)
        return by_title

    def _exact_number(self, key: str) -> int | None:
        numbers = self._exact.get(key)
        return next(iter(numbers)) if numbers is not None and len(numbers) == 1 else None

    def _content_tokens(self, key: str) -> tuple[str, ...]:
        words = [word for word in _expand(key) if not self._is_stop_word(word)]
        return tuple(dict.fromkeys(words))

    def _is_stop_word(self, word: str) -> bool:
        if word in self._content_vocabulary:
            return False
        if word in self._stop_words or word in self._fillers:
            return True
        stop = self._stop_cache.get(word)
        if stop is None:
            _bounded(self._stop_cache)
            # Fuzzy, so that "кузбаса" and "учреждение" are stop words too.
            stop = self._stop_cache[word] = any(_similar(word, s) for s in self._stop_words)
        return stop

    def _matches(self, token: str) -> frozenset[str] | None:
        """Title words the input token stands for; None when it stands for none."""
        if token not in self._token_cache:
            _bounded(self._token_cache)
            found = frozenset(w for w in self._content_vocabulary if _similar(token, w))
            self._token_cache[token] = found or None
        return self._token_cache[token]

    def _explains(self, number: int, token: str) -> bool:
        matches = self._matches(token)
        return matches is not None and not matches.isdisjoint(self._titles[number])

    def _match_tokens(self, tokens: tuple[str, ...]) -> NominationMatch:
        if not tokens:
            return _NO_MATCH
        consistent: dict[int, float] = {}  # number -> coverage of its title words
        accepted: list[int] = []
        matched_count: dict[int, tuple[int, float]] = {}
        for number, title in self._titles.items():
            if not title:
                continue
            hit = [t for t in tokens if self._explains(number, t)]
            covered = {w for t in hit for w in self._matches(t) or () if w in title}
            coverage = len(covered) / len(title)
            matched_count[number] = (len(hit), coverage)
            if len(hit) < len(tokens):
                continue  # an input word this title does not explain
            consistent[number] = coverage
            if coverage == 1 or any(self._is_distinctive(number, t) for t in tokens):
                accepted.append(number)
        if len(accepted) == 1:
            return NominationMatch(accepted[0], None, False)
        best = _unique_best(consistent)
        if best is None:
            best = _unique_best({n: score for n, score in matched_count.items() if score[0] > 0})
        return NominationMatch(None, best, False)

    def _is_distinctive(self, number: int, token: str) -> bool:
        """True when the token explains words of this nomination's title and of no other."""
        return all(
            (other == number) == self._explains(other, token)
            for other, title in self._titles.items()
            if title
        )


def _bounded(cache: dict[str, Any]) -> None:
    """Empty a cache that has grown too big: memory stays bounded on endless distinct input."""
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()


def _suggest(number: int) -> NominationMatch:
    return NominationMatch(None, number, False)


def _unique_best(scores: Mapping[int, float | tuple[int, float]]) -> int | None:
    """The number with the single highest score; None when there is none or a tie."""
    if not scores:
        return None
    top = max(scores.values())
    leaders = [number for number, score in scores.items() if score == top]
    return leaders[0] if len(leaders) == 1 else None


def _expand(key: str) -> list[str]:
    return [word for token in key.split() for word in _ABBREVIATIONS.get(token, (token,))]


def _frequent_words(titles: list[list[str]]) -> frozenset[str]:
    if len(titles) < _MIN_TITLES_FOR_FREQUENCY:
        return frozenset()
    counts: dict[str, int] = {}
    for words in titles:
        for word in set(words):
            counts[word] = counts.get(word, 0) + 1
    return frozenset(w for w, n in counts.items() if n > _FREQUENT_SHARE * len(titles))


def _similar(a: str, b: str) -> bool:
    """Fuzzy word equality: same word up to a case ending or a small typo."""
    if a == b:
        return True
    if a[:1] != b[:1]:  # every rule below needs a common first letter; the common fast exit
        return False
    short = min(len(a), len(b))
    if short == 3:  # "сад" / "сада": only a one-letter ending
        return abs(len(a) - len(b)) == 1 and (a.startswith(b) or b.startswith(a))
    if short >= 4 and _common_prefix(a, b) >= max(4, short - 3):  # школы / школьный
        return True
    # Typos are rarely in the first letters; requiring them keeps "дополнительного" apart
    # from "исполнительного" (distance 2).
    limit = 2 if short >= 9 else 1
    return short >= 5 and a[:2] == b[:2] and _edit_distance(a, b, limit) <= limit


def _common_prefix(a: str, b: str) -> int:
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (a swap of neighbours costs 1), capped at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]
