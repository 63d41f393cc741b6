"""Shared fixtures. Qt runs offscreen; Qt warnings fail tests (see pyproject)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from jury_app.contest import create_contest
from jury_app.presets import kuzbass_2025
from jury_app.storage.engine import ContestDB

REPO = Path(__file__).resolve().parents[1]
DEMO_XLSX = REPO / "resources" / "demo" / "demo-applications.xlsx"


@pytest.fixture
def contest_path(tmp_path: Path) -> Path:
    """Path of a fresh kuzbass-2025 contest file (closed)."""
    path = tmp_path / "contest.jury"
    create_contest(path, kuzbass_2025()).close()
    return path


@pytest.fixture
def db(contest_path: Path) -> Iterator[ContestDB]:
    """A fresh kuzbass-2025 contest, open."""
    from jury_app.storage.engine import open_contest_file

    contest = open_contest_file(contest_path)
    yield contest
    contest.close()
