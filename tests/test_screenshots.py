"""The guide's screenshots: the script makes every picture at its size, and the guide and
the script agree on the pictures and on the names of the pages."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.conftest import REPO
from ui import screenshots
from ui.screenshots import SHOTS

GUIDE = REPO / "docs" / "guide-ru.md"
IMAGES = REPO / "docs" / "img"
TRANSLATIONS = REPO / "resources" / "translations" / "jury_app_ru.ts"
# The pages of the main window (English source text → the Russian name if not translated yet).
PAGES = {
    "Applications": "Заявки",
    "Commission": "Комиссия",
    "Scores": "Оценки",
    "Results": "Итоги",
    "Contest settings": "Настройки конкурса",
    "Documents": "Документы",
}


@pytest.fixture(scope="module")
def shots(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Path:
    outdir = tmp_path_factory.mktemp("img")
    assert screenshots.main([str(outdir)]) == 0
    return outdir


def test_the_script_gives_back_the_language_it_borrowed(shots: Path) -> None:
    # Run inside a test session, the Russian translators must not outlive the script.
    assert QCoreApplication.translate("MainWindow", "Applications") == "Applications"


def guide_images() -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(img/([^)\s]+)\)", GUIDE.read_text(encoding="utf-8"))


def test_every_shot_is_written_at_its_size(shots: Path) -> None:
    for shot in SHOTS:
        path = shots / shot.name
        assert path.is_file(), f"{shot.name} was not written"
        assert path.stat().st_size > 10_000, f"{shot.name} looks empty"
        assert path.stat().st_size < screenshots.MAX_BYTES, f"{shot.name} is too big"
        image = QImage(str(path))
        assert image.size() == shot.saved_size, shot.name
    assert sorted(p.name for p in shots.iterdir()) == sorted(s.name for s in SHOTS)


def test_the_guide_shows_exactly_the_pictures_the_script_makes(shots: Path) -> None:
    referenced = guide_images()
    assert referenced, "the guide shows no pictures"
    for name in referenced:
        assert (shots / name).is_file(), f"the guide shows {name}, the script does not make it"
        assert (IMAGES / name).is_file(), f"{name} is not in docs/img: run python -m ui.screenshots"
    assert set(referenced) == {s.name for s in SHOTS}, "a picture is made but never shown"


def _main_window_translations() -> dict[str, str]:
    root = ET.parse(TRANSLATIONS).getroot()
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != "MainWindow":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                found[message.findtext("source") or ""] = translation.text
    return found


def test_the_guide_names_every_page_as_the_interface_does() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    translated = _main_window_translations()
    for source, fallback in PAGES.items():
        name = translated.get(source, fallback)
        assert f"«{name}»" in text, f"the guide never mentions the page «{name}»"
    for section in ("Секретарь", "Член комиссии", "Если что-то пошло не так", "командная строка"):
        assert section in text
