"""Built-in contest presets."""

from __future__ import annotations

from jury_app.errors import JuryError
from jury_app.settings import ContestSettings, CriterionSpec, NominationSpec

KUZBASS_2025_NOMINATIONS = (
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
)

KUZBASS_2025_CRITERIA = (
    CriterionSpec(
        title="Оформление в едином фирменном стиле",
        rubric=(
            "0 — оформления нет: случайные обложки и аватар, шрифты и цвета не согласованы.\n"
            "5 — единый стиль угадывается, но выдержан не везде (обложка, аватар, карточки "
            "постов различаются).\n"
            "10 — всё в едином фирменном стиле: обложка, аватар, шаблоны публикаций, "
            "цвета и шрифты, символика региона использована уместно."
        ),
    ),
    CriterionSpec(
        title="Разнообразие контент-форматов",
        rubric=(
            "0 — только однотипные тексты или репосты.\n"
            "5 — есть фото и видео, но форматы повторяются; интерактива почти нет.\n"
            "10 — разнообразные форматы: короткие видео, карточки, опросы, прямые эфиры, "
            "истории, подкасты, инфографика — каждый к месту."
        ),
    ),
    CriterionSpec(
        title="Регулярность и качество публикаций",
        rubric=(
            "0 — публикации редкие и нерегулярные, с ошибками, без пользы для жителей.\n"
            "5 — публикации выходят регулярно, но часть из них формальна или с ошибками.\n"
            "10 — ежедневные грамотные публикации понятным языком, полезные жителям, "
            "с оперативными ответами на актуальные события."
        ),
    ),
    CriterionSpec(
        title="Вовлечённость аудитории",
        rubric=(
            "0 — реакций и комментариев почти нет, вопросы жителей остаются без ответа.\n"
            "5 — аудитория реагирует, на вопросы отвечают, но не всегда и не быстро.\n"
            "10 — высокая вовлечённость (ER), живое обсуждение, быстрые ответы на "
            "комментарии и сообщения, обратная связь с жителями."
        ),
    ),
)


def kuzbass_2025() -> ContestSettings:
    """The 2025 edition of «Лучший госпаблик Кузбасса»: 12 nominations, 39 finalists."""
    return ContestSettings(
        title="Лучший госпаблик Кузбасса",
        year=2025,
        signatory_name="И. В. Середюк",
        signatory_position="Губернатор Кузбасса",
        aggregation_method="mean",
        finalist_rule="total",
        finalist_total=39,
        finalist_min_per_nomination=3,
        winners_per_nomination=1,
        nominations=tuple(
            NominationSpec(number=i, title=t) for i, t in enumerate(KUZBASS_2025_NOMINATIONS, 1)
        ),
        criteria=KUZBASS_2025_CRITERIA,
        preset="kuzbass-2025",
    )


def blank() -> ContestSettings:
    """A contest from scratch: one nomination and one criterion to start editing from."""
    return ContestSettings(
        title="Новый конкурс",
        year=2025,
        nominations=(NominationSpec(number=1, title="Основная номинация"),),
        criteria=(CriterionSpec(title="Общая оценка"),),
    )


PRESETS = {"kuzbass-2025": kuzbass_2025, "blank": blank}


def preset_settings(name: str) -> ContestSettings:
    """Settings of a named preset, or a clear error listing the known names."""
    try:
        return PRESETS[name]()
    except KeyError:
        known = ", ".join(sorted(PRESETS))
        raise JuryError(f"Неизвестная заготовка конкурса «{name}». Есть: {known}.") from None
