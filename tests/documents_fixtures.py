"""A small scored contest for document tests: names that test grammar, escaping and wrapping."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from jury_app.contest import create_contest, load_settings, save_settings
from jury_app.importing.service import import_file
from jury_app.jury.roster import list_jurors, update_juror
from jury_app.presets import kuzbass_2025
from jury_app.storage.engine import ContestDB
from tests.fixtures import write_csv
from tests.results_fixtures import score_contest

SCHOOLS = "Лучший школьный паблик Кузбасса"
CULTURE = "Лучший паблик учреждения культуры Кузбасса"
LONG_NAME = (
    "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
    "школа № 12 с углублённым изучением отдельных предметов имени Героя Советского Союза "
    "Алексея Петровича Маресьева» Новокузнецкого городского округа Кемеровской области — Кузбасса"
)
MARKUP_NAME = 'Клуб <b>«Юнкор»</b> & Co "Пресс-центр" </para>'
NAMES = [
    (CULTURE, "Новокузнецкий драматический театр", "Новокузнецкий городской округ"),
    (CULTURE, "Кемеровская областная научная библиотека", "Кемеровский городской округ"),
    (CULTURE, MARKUP_NAME, "Беловский городской округ"),
    (CULTURE, "Дом культуры «Шахтёр»", "Ленинск-Кузнецкий городской округ"),
    (SCHOOLS, "МБОУ «СОШ № 12»", "Кемеровский городской округ"),
    (SCHOOLS, LONG_NAME, "Новокузнецкий городской округ"),
    (SCHOOLS, "Гимназия № 1", "Прокопьевский городской округ"),
    (SCHOOLS, "CON", "Юргинский городской округ"),
]


def small_contest(path: Path, *, scored: bool = True, quality_bar: float | None = 4.0) -> ContestDB:
    """Eight applications in two nominations, scored by three jurors (chair and secretary
    among them); 3 finalists per nomination, 1 winner."""
    db = create_contest(path, kuzbass_2025())
    rows = [
        [
            f"0{i + 1}.09.2025 10:00:00",
            nomination,
            name,
            municipality,
            f"vk.com/club{i}",
            "",
            "",
            "",
        ]
        for i, (nomination, name, municipality) in enumerate(NAMES)
    ]
    import_file(db, write_csv(path.with_suffix(".csv"), rows))
    settings = load_settings(db)
    save_settings(
        db,
        replace(
            settings,
            finalist_rule="total",
            finalist_total=6,
            finalist_min_per_nomination=3,
            quality_bar=quality_bar,
        ),
    )
    if scored:
        score_contest(db, 3, None, seed=3)
        jurors = list_jurors(db)
        update_juror(db, jurors[0].id, name="Кузнецова Анна Петровна", role="chair")
        update_juror(db, jurors[1].id, name="Смирнов Олег Ильич", role="secretary")
    return db
