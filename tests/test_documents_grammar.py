"""Recipient lines in the case a template asks for, on real names from the contest."""

from __future__ import annotations

import pytest

from jury_app.documents.grammar import inflect

DATIVE = [
    ("Новокузнецкий драматический театр", "Новокузнецкому драматическому театру"),
    (
        "Администрация Беловского муниципального округа",
        "Администрации Беловского муниципального округа",
    ),
    (
        "Управление образования администрации города Кемерово",
        "Управлению образования администрации города Кемерово",
    ),
    (
        "Муниципальное бюджетное учреждение культуры «Центральная библиотека»",
        "Муниципальному бюджетному учреждению культуры «Центральная библиотека»",
    ),
    ("Городской Совет народных депутатов", "Городскому Совету народных депутатов"),
    ("Детская школа искусств № 3", "Детской школе искусств № 3"),
    (
        "Кемеровская областная научная библиотека им. В. Д. Фёдорова",
        "Кемеровской областной научной библиотеке им. В. Д. Фёдорова",
    ),
    (
        "Отдел культуры, спорта и молодёжной политики",
        "Отделу культуры, спорта и молодёжной политики",
    ),
    ("Центр ДО «Радуга»", "Центру ДО «Радуга»"),
]
UNCHANGED = [
    "МБОУ «СОШ № 12»",
    "ГАУК «Кузбасский центр искусств»",
    "«Красная горка»",
    'МАОУ "Гимназия № 41"',
    "IT-куб Новокузнецк",
    "12 школа",
    "",
]


@pytest.mark.parametrize(("name", "expected"), DATIVE)
def test_dative_inflects_the_head_phrase_only(name: str, expected: str) -> None:
    assert inflect(name, "datv") == expected


@pytest.mark.parametrize("name", UNCHANGED)
def test_abbreviations_quotes_and_foreign_starts_stay_as_typed(name: str) -> None:
    assert inflect(name, "datv") == name
    assert inflect(name, "gent") == name


def test_genitive_and_nominative() -> None:
    assert inflect("Новокузнецкий драматический театр", "gent") == (
        "Новокузнецкого драматического театра"
    )
    assert inflect("Прокопьевский городской округ", "gent") == "Прокопьевского городского округа"
    assert inflect("Новокузнецкий драматический театр", "nomn") == (
        "Новокузнецкий драматический театр"
    )


def test_plural_head_and_capitals_are_kept() -> None:
    assert inflect("Юные журналисты Кузбасса", "datv") == "Юным журналистам Кузбасса"
    assert (
        inflect("ДЕТСКИЙ САД № 5", "datv") == "ДЕТСКИЙ САД № 5"
    )  # all capitals: an acronym-like line
    assert inflect("Дом-музей Г. Ф. Кошкина", "datv") == "Дому-музею Г. Ф. Кошкина"
