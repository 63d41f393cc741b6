"""Finding bundled files from a checkout and from the frozen bundle; the guide viewer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from jury_app.resources import GUIDE, guide_path, resource_path, resources_root
from ui.help_viewer import HelpViewer

REPO = Path(__file__).resolve().parents[1]


def _frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PyInstaller-like bundle: ``sys._MEIPASS/resources/...``."""
    bundle = tmp_path / "bundle"
    (bundle / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    return bundle


def test_resources_from_a_checkout() -> None:
    assert resources_root() == REPO / "resources"
    assert resource_path("fonts", "LICENSE-ParaType.txt").is_file()


def test_resources_in_the_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = _frozen(tmp_path, monkeypatch)
    assert resources_root() == bundle / "resources"
    assert resource_path("fonts", "x.ttf") == bundle / "resources" / "fonts" / "x.ttf"


def test_the_guide_from_a_checkout() -> None:
    assert guide_path() == REPO / "docs" / GUIDE


def test_the_guide_in_the_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = _frozen(tmp_path, monkeypatch)
    bundled = bundle / "resources" / "docs" / GUIDE
    bundled.parent.mkdir()
    bundled.write_text("# Руководство\n", encoding="utf-8")
    assert guide_path() == bundled


def test_a_bundle_without_the_guide_falls_back_to_the_docs_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _frozen(tmp_path, monkeypatch)
    assert guide_path() == REPO / "docs" / GUIDE


def _guide(folder: Path) -> Path:
    (folder / "img").mkdir(parents=True)
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b82f6"))
    assert image.save(str(folder / "img" / "window.png"))
    path = folder / GUIDE
    path.write_text(
        "# Руководство секретаря\n\nОткройте **файл конкурса**.\n\n"
        "![Главное окно](img/window.png)\n\n## Оценки\n\nСведение оценок.\n",
        encoding="utf-8",
    )
    return path


def test_the_viewer_shows_the_guide_with_its_pictures(qtbot: QtBot, tmp_path: Path) -> None:
    viewer = HelpViewer(_guide(tmp_path / "docs"))
    qtbot.addWidget(viewer)
    assert viewer.found
    assert "Руководство секретаря" in viewer.browser.toPlainText()
    picture = viewer.browser.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("img/window.png")
    )
    assert QImage.fromData(picture).size().width() == 40


def test_find_in_the_guide(qtbot: QtBot, tmp_path: Path) -> None:
    viewer = HelpViewer(_guide(tmp_path / "docs"))
    qtbot.addWidget(viewer)
    viewer.search.setText("оценок")
    viewer.find_next()
    assert viewer.browser.textCursor().selectedText() == "оценок"
    viewer.search.setText("нет такого слова")
    viewer.find_next()
    assert viewer.not_found.text() == "Not found"


def test_a_missing_guide_is_explained(qtbot: QtBot, tmp_path: Path) -> None:
    missing = tmp_path / GUIDE
    viewer = HelpViewer(missing)
    qtbot.addWidget(viewer)
    assert not viewer.found
    text = viewer.browser.toPlainText()
    assert "not available" in text and str(missing) in text


def test_wide_pictures_are_shrunk_to_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    picture = QImage(2000, 1000, QImage.Format.Format_RGB32)
    picture.fill(QColor("#1e3a8a"))
    picture.save(str(tmp_path / "wide.png"))
    small = QImage(100, 50, QImage.Format.Format_RGB32)
    small.fill(QColor("#b91c1c"))
    small.save(str(tmp_path / "small.png"))
    guide = tmp_path / "guide-ru.md"
    guide.write_text("# Руководство\n\n![окно](wide.png)\n\n![значок](small.png)\n", "utf-8")

    viewer = HelpViewer(guide)
    qtbot.addWidget(viewer)
    viewer.resize(900, 700)
    viewer.show()
    qtbot.waitExposed(viewer)

    widths = {}
    block = viewer.browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            image = fragments.fragment().charFormat().toImageFormat()
            if image.isValid():
                widths[image.name()] = (image.width(), image.height())
            fragments += 1
        block = block.next()
    room = viewer.browser.viewport().width()
    wide_width, wide_height = widths["wide.png"]
    assert 400 < wide_width < room
    assert wide_height == pytest.approx(wide_width / 2)  # proportions kept
    assert widths["small.png"] == (100, 50)  # never enlarged
    assert viewer.browser.horizontalScrollBar().maximum() == 0
