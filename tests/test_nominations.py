"""Tests of mapping free-text nomination answers to the contest's nominations."""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jury_app.importing.nominations import NominationMatch, NominationMatcher, normalize_title

PRESET_2025 = [
    "Лучший школьный паблик Кузбасса",
    "Лучший паблик детского сада Кузбасса",
    "Лучший паблик учреждения дополнительного образования Кузбасса",
    "Лучший паблик учреждения здравоохранения Кузбасса",
    "Лучший паблик учреждения культуры Кузбасса",
    "Лучший паблик учреждения спорта Кузбасса",
    "Лучший паблик учреждения социальной защиты Кузбасса",
    "Лучший паблик учреждения среднего специального образования Кузбасса",
    "Лучший паблик администрации муниципального образования Кузбасса",
    "Лучший паблик исполнительного органа Кузбасса",
    "Лучший паблик структурного подразделения администрации муниципального образования Кузбасса",
    "Лучший паблик подведомственного учреждения Кузбасса",
]
NOMINATIONS = list(enumerate(PRESET_2025, start=1))
MATCHER = NominationMatcher(NOMINATIONS)


@pytest.mark.parametrize(("number", "title"), NOMINATIONS)
@pytest.mark.parametrize(
    "variant",
    [
        lambda t: t,
        str.upper,
        str.lower,
        lambda t: f"«{t}»",
        lambda t: f'"{t}"',
        lambda t: f"  {t}. ",
        lambda t: t.replace(" ", "  "),
        lambda t: f"{NOMINATIONS[PRESET_2025.index(t)][0]}. {t}",
        lambda t: f"Номинация {NOMINATIONS[PRESET_2025.index(t)][0]}: {t}",
        lambda t: f"№{NOMINATIONS[PRESET_2025.index(t)][0]} {t}",
    ],
)
def test_exact_titles(number: int, title: str, variant: object) -> None:
    assert callable(variant)
    assert MATCHER.match(variant(title)) == NominationMatch(number, None, True)


def test_yo_is_e() -> None:
    matcher = NominationMatcher([(1, "Лучший паблик «Ёлочки»"), (2, "Лучший паблик Берёзки")])
    assert matcher.match("лучший паблик елочки") == NominationMatch(1, None, True)
    assert matcher.match("Лучший паблик берёзки") == NominationMatch(2, None, True)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Лучший школьный паблик", 1),
        ("Лучший паблик школы", 1),
        ("лучший школьный госпаблик кузбасса", 1),
        ("Паблик школы", 1),
        ("Лучший паблик детского сада", 2),
        ("Лучший паблик детский сад", 2),
        ("Лучший паблик ДОУ", 2),
        ("Лучший паблик детсада", 2),
        ("Лучший паблик учреждения дополнительного образования", 3),
        ("Лучший паблик учреждения доп. образования", 3),
        ("Лучший паблик УДО", 3),
        ("Лучший паблик учреждения здравохранения Кузбаса", 4),
        ("Лучший паблик учреждения здравоохранения", 4),
        ("Лучший паблик учреждения культуры", 5),
        ("лучший паблик учреждения кульутры", 5),  # swapped letters
        ("Лучший паблик организации культуры", 5),
        ("Лучший паблик в сфере культуры", 5),
        ("Лучший паблик учреждения спорта", 6),
        ("Лучший паблик спортивного учреждения", 6),
        ("паблик учреждения социальной защиты", 7),
        ("Лучший паблик учреждения соцзащиты", 7),
        ("Лучший паблик учреждения соц. защиты", 7),
        ("Лучший паблик учреждения СПО", 8),
        ("Лучший паблик учреждения среднего профессионального образования", 8),
        ("лучший паблик администрации МО", 9),
        ("Лучший паблик администрации муниципального образования", 9),
        ("Лучший паблик администрации муниципальных образований Кузбасса", 9),
        ("Лучший паблик исполнительного органа", 10),
        ("Лучший паблик ИОГВ Кузбасса", 10),
        ("Лучший паблик исполнительного органа власти Кузбасса", 10),
        ("Лучший паблик исполнительного органа государственной власти Кемеровской области", 10),
        ("Лучший паблик структурного подразделения администрации", 11),
        ("Лучший паблик структурного подразделения администрации МО", 11),
        ("Лучший паблик подведомственного учреждения", 12),
        ("1. Лучший школьный паблик", 1),
        ("5) Лучший паблик учреждения культуры", 5),
    ],
)
def test_accepted_variations(text: str, number: int) -> None:
    assert MATCHER.match(text) == NominationMatch(number, None, False)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "-",
        "Лучший паблик учреждения молодёжной политики",
        "Лучший паблик образования",  # 3, 8, 9 and 11 all fit
        "Лучший паблик Кузбасса",
        "Лучший паблик",
        "Номинация 5",  # a bare number is not a title
        "5",
        "Лучший паблик предприятия",
        "Лучший школьный паблик детского сада",  # words of two nominations
        "Лучший паблик учреждения",
        "Лучший паблик учреждения культуры и спорта",
        "Лучший паблик спортивной школы",
        "Лучший паблик организации",  # not "органа"
        "Лучший паблик образовательного учреждения",
        "Лучший паблик общеобразовательного учреждения",
        "Лучший паблик администрации",  # 9 or 11
        "Лучший паблик муниципального образования",  # 9 or 11
        "Лучший паблик администрации города",
        "Лучший школьный паблик МБОУ СОШ № 12",
        "Лучший паблик медицинского учреждения",
        "Лучший паблик больницы",
        "Лучший паблик социального обслуживания",
        "Лучший школьный паблик Кузбасса, Лучший паблик детского сада Кузбасса",
        "Лучший паблик учреждения дополнительного образования для детей и взрослых школы",
        "Какой-то случайный текст",
        "Lorem ipsum dolor sit amet",
        "1. Лучший паблик учреждения культуры Кузбасса",
        "15. Лучший школьный паблик",
    ],
)
def test_not_accepted(text: str) -> None:
    assert MATCHER.match(text).number is None


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("1. Лучший паблик учреждения культуры Кузбасса", 5),  # the number contradicts the title
        ("2. Лучший школьный паблик", 1),
        ("15. Лучший школьный паблик", 1),  # no nomination 15
        ("Номинация 5", 5),
        ("3. Лучший паблик образования", 3),  # the number fits the words
        ("Лучший паблик образования", 3),  # highest coverage among the fitting ones
        ("Лучший паблик администрации города", 9),
        ("Лучший школьный паблик МБОУ СОШ № 12", 1),
        ("Лучший паблик учреждения молодёжной политики", None),
        ("Лучший паблик учреждения культуры и спорта", None),  # a tie: no suggestion
        ("Лучший паблик Кузбасса", None),
        ("", None),
    ],
)
def test_suggestions(text: str, suggestion: int | None) -> None:
    assert MATCHER.match(text) == NominationMatch(None, suggestion, False)


def test_title_words_do_not_collide() -> None:
    """No two different content words of the preset count as the same word."""
    vocabulary = sorted(MATCHER._content_vocabulary)
    for a, b in itertools.combinations(vocabulary, 2):
        assert not ({a} <= (MATCHER._matches(b) or frozenset())), (a, b)


def test_frequent_words_are_stop_words() -> None:
    assert {"кузбасса", "учреждения"} <= MATCHER._stop_words
    assert "образования" not in MATCHER._stop_words  # only 4 of 12 titles


def test_edited_titles_are_used() -> None:
    matcher = NominationMatcher(
        [
            (1, "Лучший паблик библиотеки"),
            (2, "Лучший паблик музея"),
            (7, "Лучший паблик театра"),
            (8, "Лучший паблик органа власти"),
        ]
    )
    assert matcher.match("паблик музея").number == 2
    assert matcher.match("Лучший паблик театра Кузбасса").number is None  # not in these titles
    assert matcher.match("лучший паблик театра") == NominationMatch(7, None, True)
    assert matcher.match("Лучший паблик органа власти") == NominationMatch(8, None, True)
    assert matcher.match("Лучший школьный паблик Кузбасса").number is None


def test_two_titles_keep_their_shared_words() -> None:
    # With two titles every shared word would be "frequent"; that rule needs at least three.
    matcher = NominationMatcher([(1, "Паблик школы"), (2, "Паблик сада")])
    assert matcher.match("паблик школы").number == 1
    assert matcher.match("школа").number == 1


def test_duplicate_titles_are_never_accepted() -> None:
    matcher = NominationMatcher([(1, "Лучший паблик школы"), (2, "Лучший паблик школы")])
    assert matcher.match("Лучший паблик школы").number is None


def test_empty_nomination_list() -> None:
    assert NominationMatcher([]).match("Лучший школьный паблик") == NominationMatch(
        None, None, False
    )


def test_normalize_title() -> None:
    assert normalize_title("  «Лучший  паблик»: ДЕТСКОГО-сада, Ёлочка! ") == (
        "лучший паблик детского сада елочка"
    )


@given(st.text())
def test_match_never_raises(text: str) -> None:
    result = MATCHER.match(text)
    assert result.number is None or result.number in dict(NOMINATIONS)
    assert result.suggestion is None or result.suggestion in dict(NOMINATIONS)
    assert result.number is None or result.suggestion is None
    assert not result.exact or result.number is not None


@given(st.lists(st.sampled_from([*" ".join(PRESET_2025).split(), "1.", "мо", "спо", "ёж"])))
def test_match_never_raises_on_title_words(words: list[str]) -> None:
    result = MATCHER.match(" ".join(words))
    assert result.number is None or result.number in dict(NOMINATIONS)
