"""The diagnostics and awards tabs of the results page, and the tie-break / quality-mark
settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from jury_app.contest import load_settings
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Application
from tests.results_fixtures import scored_demo
from ui.results_extras import (
    AwardsPanel,
    DiagnosticsPanel,
    JurorDiagnosticsModel,
    PeoplesChoiceModel,
)
from ui.settings_page import SettingsPage

SHOTS = Path("/tmp/shots")


class RecordingAwards(AwardsPanel):
    """The awards panel with the file chooser and the message box replaced."""

    def __init__(self, db: ContestDB) -> None:
        self.warnings: list[str] = []
        self.chosen: Path | None = None
        super().__init__(db)

    def _choose_votes_file(self) -> Path | None:
        return self.chosen

    def _warn(self, text: str) -> None:
        self.warnings.append(text)


@pytest.fixture
def scored_db(db: ContestDB) -> ContestDB:
    scored_demo(db, jurors=4, per_application=2)
    return db


def _shot(qtbot, widget, name: str) -> None:  # type: ignore[no-untyped-def]
    widget.resize(1360, 820)
    widget.show()
    qtbot.waitExposed(widget)
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"extras_{name}.png"))


def test_diagnostics_panel_shows_alpha_and_jurors(qtbot, qtmodeltester, scored_db) -> None:  # type: ignore[no-untyped-def]
    panel = DiagnosticsPanel(scored_db)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=60_000):
        panel.reload()
    assert panel.report is not None and panel.report.total_alpha is not None
    assert "α" in panel.reliability_label.text()
    assert f"{panel.report.total_alpha:.2f}" in panel.reliability_label.text()
    model = panel.jurors
    assert model.rowCount() == 4
    names = {model.data(model.index(r, JurorDiagnosticsModel.COL_NAME)) for r in range(4)}
    assert names == {f"Член комиссии {i}" for i in range(1, 5)}
    assert "±" in model.data(model.index(0, JurorDiagnosticsModel.COL_OFFSET))
    assert all(row.changes for row in panel.sensitivity._rows)
    qtmodeltester.check(panel.jurors)
    qtmodeltester.check(panel.sensitivity)
    _shot(qtbot, panel, "diagnostics")


def test_votes_import_fills_the_table(qtbot, qtmodeltester, scored_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    panel = RecordingAwards(scored_db)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=60_000):
        panel.reload()
    with scored_db.session() as session:
        ids = list(session.exec(select(Application.id).order_by(Application.id)).all())[:3]
    votes = tmp_path / "votes.csv"
    votes.write_text(
        "№ заявки;Голоса\n" + "".join(f"{a};{100 * (i + 1)}\n" for i, a in enumerate(ids)),
        encoding="utf-8",
    )
    panel.chosen = votes
    panel.import_votes()
    assert panel.warnings == []
    model = panel.votes
    top = model.data(model.index(0, PeoplesChoiceModel.COL_VOTES))
    assert top == "300"
    assert panel.votes_view.isColumnHidden(PeoplesChoiceModel.COL_COMBINED)
    panel.weight_check.setChecked(True)
    assert not panel.votes_view.isColumnHidden(PeoplesChoiceModel.COL_COMBINED)
    assert model.data(model.index(0, PeoplesChoiceModel.COL_COMBINED)) != "—"
    qtmodeltester.check(model)
    panel.bar_spin.setValue(6.0)
    assert panel.quality.rowCount() > 0
    qtmodeltester.check(panel.quality)
    _shot(qtbot, panel, "awards")

    bad = tmp_path / "bad.csv"
    bad.write_text("№ заявки;Голоса\n999999;5\n", encoding="utf-8")
    panel.chosen = bad
    panel.import_votes()
    assert len(panel.warnings) == 1
    assert panel.warnings[0].startswith("Голоса не загружены")
    assert model.data(model.index(0, PeoplesChoiceModel.COL_VOTES)) == "300"  # unchanged


def test_settings_page_saves_tiebreak_and_quality_bar(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    page = SettingsPage(db)
    qtbot.addWidget(page)
    assert page.tiebreak_list.count() == 5  # four criteria and the median
    assert page.quality_bar_spin.value() == 0
    assert not page.has_unsaved_changes()
    page.tiebreak_list.setCurrentRow(4)  # the median, last by default
    for _ in range(4):
        qtbot.mouseClick(page.tiebreak_up_button, Qt.MouseButton.LeftButton)
    assert not page.tiebreak_up_button.isEnabled()
    page.quality_bar_spin.setValue(7.5)
    assert page.has_unsaved_changes()
    assert page.save()
    settings = load_settings(db)
    assert settings.tiebreak == (
        "median",
        "criterion:4",
        "criterion:3",
        "criterion:2",
        "criterion:1",
    )
    assert settings.quality_bar == 7.5
    assert not page.has_unsaved_changes()
    assert page.tiebreak_list.item(0).text() == "Median of juror totals"
    page.quality_bar_spin.setValue(0)
    assert page.save()
    assert load_settings(db).quality_bar is None
