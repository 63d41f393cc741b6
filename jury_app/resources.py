"""Finding bundled files (fonts, translations, demo data) from source and when frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The ``resources`` folder: beside the package in a checkout, in the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """A bundled file or folder, e.g. ``resource_path("fonts", "PTSans-Regular.ttf")``."""
    return resources_root().joinpath(*parts)


GUIDE = "guide-ru.md"


def guide_path() -> Path:
    """The Russian user guide: under ``resources/docs`` in the frozen bundle, else the
    checkout's ``docs`` folder (the path is returned even if the guide is missing)."""
    bundled = resource_path("docs", GUIDE)
    if bundled.is_file():
        return bundled
    return Path(__file__).resolve().parents[1] / "docs" / GUIDE
