"""The results page on the scored demo contest: 475 applications, 7 jurors, 5 per application."""

from __future__ import annotations

from pathlib import Path

import pytest

from jury_app.contest import FROZEN_MESSAGE, load_settings
from jury_app.results.decisions import freeze_results, list_decisions
from jury_app.storage.engine import ContestDB
from ui.results_models import (
    PROBABILITY_ROLE,
    ROW_ROLE,
    Decision,
    DecisionDialog,
    RankingModel,
    ReasonDialog,
)
from ui.results_page import ResultsPage

SHOTS = Path("/tmp/shots")


@pytest.fixture
def page(qtbot, sdb: ContestDB) -> ResultsPage:  # type: ignore[no-untyped-def]
    page = ResultsPage(sdb)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.results is not None, timeout=20_000)
    return page


def reloaded(qtbot, page: ResultsPage, action) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        action()


def statuses(page: ResultsPage) -> list[str]:
    assert page.results is not None
    return [r.status for n in page.results.nominations for r in n.ranking]


def table_rows(page: ResultsPage) -> list[list[str]]:
    proxy = page.proxy
    return [
        [str(proxy.index(r, c).data()) for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


def select_row(page: ResultsPage, row: int) -> None:
    page.table.selectRow(row)
    assert page.selected_row() is not None


def test_demo_counts_and_table(page: ResultsPage) -> None:
    all_statuses = statuses(page)
    assert all_statuses.count("winner") == 12
    assert all_statuses.count("winner") + all_statuses.count("finalist") == 39
    rows = table_rows(page)
    assert rows[0][RankingModel.COL_PLACE] == "1"
    assert rows[0][RankingModel.COL_STATUS] == "Winner"
    assert all("." in r[RankingModel.COL_SCORE] for r in rows)
    assert page.table.isColumnHidden(RankingModel.COL_MEAN)  # the demo counts by the mean
    nomination = page.nomination()
    assert nomination is not None
    assert page.proxy.rowCount() == len(nomination.ranking)
    shown = sum(r[RankingModel.COL_STATUS] in ("Winner", "Finalist") for r in rows)
    assert shown == nomination.finalists


def test_method_switch_previews_without_changing_settings(qtbot, page, sdb) -> None:  # type: ignore[no-untyped-def]
    before = table_rows(page)
    reloaded(
        qtbot, page, lambda: page.method_combo.setCurrentIndex(page.method_combo.findData("median"))
    )
    assert page.results is not None and page.results.method == "median"
    assert table_rows(page) != before
    assert not page.table.isColumnHidden(RankingModel.COL_MEAN)
    assert "Preview" in page.preview_label.text()
    assert load_settings(sdb).aggregation_method == "mean"


def test_decision_through_the_page(qtbot, page, sdb, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    last = page.proxy.rowCount() - 1
    select_row(page, last)
    chosen = page.selected_row()
    assert chosen is not None and chosen.status == "participant"
    monkeypatch.setattr(
        DecisionDialog,
        "ask",
        classmethod(lambda cls, parent, row: Decision("finalist", None, "vote")),
    )
    reloaded(qtbot, page, page.record_decision)
    assert [d.application_id for d in list_decisions(sdb)] == [chosen.application_id]
    row = next(
        r for r in table_rows(page) if r[RankingModel.COL_ORGANIZATION] == chosen.organization
    )
    assert row[RankingModel.COL_STATUS] == "Finalist"
    decided = [page.proxy.index(r, 0).data(ROW_ROLE) for r in range(page.proxy.rowCount())]
    assert any(r.decided and r.application_id == chosen.application_id for r in decided)

    select_row(page, [r.application_id for r in decided].index(chosen.application_id))
    assert page.undecide_button.isEnabled()
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, parent, title: "mistake"))
    reloaded(qtbot, page, page.remove_decision)
    assert list_decisions(sdb) == []


def test_frozen_results_refuse_decisions(qtbot, page, sdb, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, parent, title: "approved"))
    reloaded(qtbot, page, page.toggle_freeze)
    assert page.results is not None and page.results.frozen
    assert page.frozen_badge.text().endswith("Results frozen")
    warnings: list[str] = []
    monkeypatch.setattr(page, "_warn", warnings.append)
    monkeypatch.setattr(
        DecisionDialog, "ask", classmethod(lambda cls, parent, row: Decision("winner", 1, "x"))
    )
    select_row(page, 3)
    page.record_decision()
    assert warnings == [FROZEN_MESSAGE]
    assert list_decisions(sdb) == []
    reloaded(qtbot, page, page.toggle_freeze)  # unfreeze, with a reason
    assert page.results is not None and not page.results.frozen


def test_freeze_twice_elsewhere_is_reported(qtbot, page, sdb, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    freeze_results(sdb, "by the CLI")  # the page still believes the results are open
    warnings: list[str] = []
    monkeypatch.setattr(page, "_warn", warnings.append)
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, parent, title: "again"))
    page.toggle_freeze()
    assert len(warnings) == 1


def test_stability_fills_the_probability_column(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.stability_resamples = 40
    column = RankingModel.COL_ODDS
    model = page.model  # the Python model directly: QModelIndex.data() mishandles None
    assert model.data(model.index(0, column), PROBABILITY_ROLE) is None
    with qtbot.waitSignal(page.stability_finished, timeout=60_000):
        page.check_stability()
    values = [model.data(model.index(r, column), PROBABILITY_ROLE) for r in range(model.rowCount())]
    assert all(v is not None and 0 <= v <= 1 for v in values)
    assert page.proxy.index(0, column).data().endswith("%")
    assert not page.progress.isVisible()


def test_models_pass_the_model_tester(qtmodeltester, page) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    empty = RankingModel()
    qtmodeltester.check(empty)


def test_screenshot(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.resize(1360, 820)
    page.show()
    qtbot.waitExposed(page)
    page.stability_resamples = 200
    with qtbot.waitSignal(page.stability_finished, timeout=60_000):
        page.check_stability()
    page.charts.setCurrentIndex(0)
    select_row(page, 2)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "results.png"))
    page.charts.setCurrentIndex(1)
    page.grab().save(str(SHOTS / "results_leniency.png"))
