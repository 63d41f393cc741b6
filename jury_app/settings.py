"""The contest's rules as plain values: what the settings page edits and presets produce."""

from __future__ import annotations

from dataclasses import dataclass, field

AGGREGATION_METHODS = ("mean", "trimmed", "median", "zscore", "adjusted")
FINALIST_RULES = ("total", "fixed")


@dataclass(frozen=True)
class NominationSpec:
    number: int
    title: str
    finalist_quota: int | None = None


@dataclass(frozen=True)
class CriterionSpec:
    title: str
    rubric: str = ""
    min_score: float = 0
    max_score: float = 10
    step: float = 1
    weight: float = 1


@dataclass(frozen=True)
class ContestSettings:
    title: str
    year: int
    signatory_name: str = ""
    signatory_position: str = ""
    aggregation_method: str = "mean"
    finalist_rule: str = "total"
    finalist_total: int = 39
    finalist_min_per_nomination: int = 3
    winners_per_nomination: int = 1
    nominations: tuple[NominationSpec, ...] = field(default_factory=tuple)
    criteria: tuple[CriterionSpec, ...] = field(default_factory=tuple)
    preset: str | None = None
    # Tie-break chain after the score: "criterion:N" (higher mean on criterion N) or
    # "median" (higher median of juror totals); empty = criteria from last to first, median.
    tiebreak: tuple[str, ...] = ()
    quality_bar: float | None = None  # the quality mark goes to every score ≥ this


def validate_settings(settings: ContestSettings) -> list[str]:
    """Return the reasons (Russian) why these settings cannot be saved; empty when fine."""
    problems: list[str] = []
    if not settings.title.strip():
        problems.append("Укажите название конкурса.")
    if not settings.nominations:
        problems.append("В конкурсе должна быть хотя бы одна номинация.")
    numbers = [n.number for n in settings.nominations]
    if len(set(numbers)) != len(numbers):
        problems.append("Номера номинаций повторяются.")
    for nomination in settings.nominations:
        if not nomination.title.strip():
            problems.append(f"У номинации № {nomination.number} нет названия.")
        if nomination.finalist_quota is not None and nomination.finalist_quota < 0:
            problems.append(f"Квота финалистов номинации № {nomination.number} меньше нуля.")
    titles = [n.title.strip().casefold() for n in settings.nominations]
    if len(set(titles)) != len(titles):
        problems.append("Названия номинаций повторяются.")
    if not settings.criteria:
        problems.append("Нужен хотя бы один критерий оценки.")
    for criterion in settings.criteria:
        name = criterion.title.strip() or "без названия"
        if not criterion.title.strip():
            problems.append("У критерия нет названия.")
        if criterion.max_score <= criterion.min_score:
            problems.append(f"Критерий «{name}»: максимум шкалы должен быть больше минимума.")
        if criterion.step <= 0:
            problems.append(f"Критерий «{name}»: шаг шкалы должен быть больше нуля.")
        if criterion.weight <= 0:
            problems.append(f"Критерий «{name}»: вес должен быть больше нуля.")
    if settings.aggregation_method not in AGGREGATION_METHODS:
        problems.append(f"Неизвестный способ подсчёта «{settings.aggregation_method}».")
    if settings.finalist_rule not in FINALIST_RULES:
        problems.append(f"Неизвестное правило отбора финалистов «{settings.finalist_rule}».")
    if settings.finalist_total < 0 or settings.finalist_min_per_nomination < 0:
        problems.append("Число финалистов не может быть отрицательным.")
    if settings.winners_per_nomination < 0:
        problems.append("Число победителей не может быть отрицательным.")
    for step in settings.tiebreak:
        position = step.removeprefix("criterion:")
        valid = step == "median" or (
            position.isdigit() and 1 <= int(position) <= len(settings.criteria)
        )
        if not valid:
            problems.append(f"Неизвестный показатель для равенства баллов «{step}».")
    return problems
