"""The scores page: progress, completeness, the coverage matrix and the missing list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from jury_app.importing.service import import_file
from jury_app.jury.assignment import assign, assignment_matrix
from jury_app.jury.roster import add_juror
from jury_app.jury.scoring import declare_conflict, set_score
from jury_app.storage.engine import ContestDB
from tests.fixtures import messy_rows, write_xlsx
from ui.jury_models import (
    FRACTION_ROLE,
    SORT_ROLE,
    CompletenessModel,
    CoverageMatrixModel,
    MissingModel,
    ProgressModel,
)
from ui.scores_page import ScoresPage


@pytest.fixture
def contest(db: ContestDB, tmp_path: Path) -> ContestDB:
    import_file(db, write_xlsx(tmp_path / "e.xlsx", messy_rows()))
    for name in ("Иванов Иван Иванович", "Петрова Анна Сергеевна"):
        add_juror(db, name)
    assign(db, None)
    return db


@pytest.fixture
def page(qtbot, contest: ContestDB) -> ScoresPage:  # type: ignore[no-untyped-def]
    widget = ScoresPage(contest)
    qtbot.addWidget(widget)
    return widget


def pairs(db: ContestDB) -> tuple[list[int], list[int]]:
    matrix = assignment_matrix(db)
    return [j for j, _ in matrix.jurors], [a.id for a in matrix.applications]


def test_nothing_scored_yet(page: ScoresPage, contest: ContestDB) -> None:
    _, apps = pairs(contest)
    assert page.progress.rowCount() == 2
    assert page.missing.rowCount() == 2 * len(apps)
    assert page.progress.data(page.progress.index(0, ProgressModel.COL_PROGRESS)) == "0 %"
    assert "0 of 10" in page.summary_label.text()
    assert page.tabs.tabText(1) == "What is missing (10)"


def test_scores_show_up_after_reload(page: ScoresPage, contest: ContestDB) -> None:
    (a, b), apps = pairs(contest)
    for position in range(1, 5):
        set_score(contest, a, apps[0], position, 5)
    set_score(contest, a, apps[1], 1, 5)
    declare_conflict(contest, b, apps[0], "родственник")
    page.reload()
    model = page.progress
    assert model.data(model.index(0, ProgressModel.COL_SCORED)) == "1"
    assert model.data(model.index(0, ProgressModel.COL_PARTIAL)) == "1"
    assert model.data(model.index(1, ProgressModel.COL_CONFLICTS)) == "1"
    assert model.data(model.index(0, ProgressModel.COL_PROGRESS), FRACTION_ROLE) == 1 / 5
    matrix = page.matrix
    row = matrix.application_row(apps[0])
    assert matrix.data(matrix.index(row, matrix.juror_column(a))) == "✓"
    assert matrix.data(matrix.index(row, matrix.juror_column(b))) == "✕"
    assert matrix.data(matrix.index(matrix.application_row(apps[1]), matrix.juror_column(a))) == (
        "◐"
    )
    # The first application is done: only the others remain with «only incomplete».
    page.incomplete_check.setChecked(True)
    assert matrix.application_row(apps[0]) == -1
    assert matrix.rowCount() == len(apps) - 1
    completeness = page.completeness
    done = sum(
        int(completeness.data(completeness.index(r, CompletenessModel.COL_COMPLETE)).split("/")[0])
        for r in range(completeness.rowCount())
    )
    assert done == 1
    assert page.missing.rowCount() == 2 * len(apps) - 2
    assert page.missing.data(page.missing.index(0, MissingModel.COL_STATE)) == "partially scored"


def test_nomination_filter(page: ScoresPage) -> None:
    total = page.matrix.rowCount()
    page.nomination_filter.setCurrentIndex(1)
    number = page.nomination_filter.currentData()
    assert 0 < page.matrix.rowCount() < total
    index = page.matrix.index(0, CoverageMatrixModel.COL_NOMINATION)
    assert page.matrix.data(index) == str(number)


def test_copy_list(page: ScoresPage, contest: ContestDB) -> None:
    (a, _), apps = pairs(contest)
    set_score(contest, a, apps[0], 1, 5)
    page.reload()
    page.copy_list()
    text = QGuiApplication.clipboard().text()
    assert text == page.missing_text()
    blocks = text.strip().split("\n\n")
    assert len(blocks) == 2
    assert blocks[0].startswith("Иванов Иван Иванович — applications waiting for scores: 5")
    assert f"application No. {apps[0]}: " in blocks[0]
    assert "partially scored" in blocks[0]
    assert blocks[1].startswith("Петрова Анна Сергеевна")


def test_empty_contest(qtbot, db: ContestDB) -> None:  # type: ignore[no-untyped-def]
    page = ScoresPage(db)
    qtbot.addWidget(page)
    assert page.progress.rowCount() == 0
    assert page.missing_text() == ""
    assert not page.copy_button.isEnabled()
    assert "No applications" in page.summary_label.text()


def test_models_pass_the_model_tester(qtmodeltester, page: ScoresPage, contest: ContestDB) -> None:  # type: ignore[no-untyped-def]
    (a, _), apps = pairs(contest)
    set_score(contest, a, apps[0], 1, 5)
    page.reload()
    for model in (page.progress, page.completeness, page.matrix, page.missing):
        qtmodeltester.check(model)
    for view in (page.progress_table, page.completeness_table, page.missing_table):
        qtmodeltester.check(view.model())
    assert page.missing.data(page.missing.index(0, MissingModel.COL_ID), SORT_ROLE) > 0
