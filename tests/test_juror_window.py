"""Juror mode: keyboard scoring, undo, filters, conflicts, links, and durability."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl

from jury_app.jury.package import PackageInfo, open_package
from jury_app.jury.scoring import CONFLICT, DONE, assigned_application, juror_work, set_score
from jury_app.storage.engine import ContestDB
from tests.conftest import REPO
from tests.jury_fixtures import make_jury
from ui.juror_models import ConflictDialog, JurorWorkFilter, JurorWorkModel
from ui.juror_window import JurorWindow

Package = tuple[ContestDB, PackageInfo, Path]


@pytest.fixture
def package(db: ContestDB, tmp_path: Path) -> Iterator[Package]:
    jury = make_jury(db, tmp_path)
    path = jury.packages[jury.juror_ids[0]]
    pdb, info = open_package(path)
    yield pdb, info, path
    pdb.close()


@pytest.fixture
def window(qtbot, package: Package) -> JurorWindow:  # type: ignore[no-untyped-def]
    pdb, info, _ = package
    win = JurorWindow(pdb, info)
    win.opened: list[str] = []  # type: ignore[misc]
    win.open_url = lambda url: win.opened.append(url.toString())  # type: ignore[method-assign]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.panel.setFocus()
    return win


def stored(win: JurorWindow, app_id: int) -> dict[int, float]:
    return assigned_application(win.db, win.juror_id, app_id).scores


def keys(qtbot, win: JurorWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    for char in text:
        qtbot.keyClick(win.panel, char)


def test_digits_score_and_move_on(qtbot, window: JurorWindow) -> None:  # type: ignore[no-untyped-def]
    app = window.current_app
    assert app is not None and window.panel.current == 0
    keys(qtbot, window, "7")
    assert window.panel.current == 1
    keys(qtbot, window, "5")
    assert window.panel.current == 2
    assert stored(window, app.id) == {1: 7, 2: 5}
    # "1" then "0" quickly is ten, then focus moves on
    keys(qtbot, window, "10")
    assert window.panel.current == 3
    assert stored(window, app.id)[3] == 10
    # "1" alone becomes 1 after the pause
    keys(qtbot, window, "1")
    assert stored(window, app.id)[4] == 1
    fresh = {a.id: a for a in juror_work(window.db, window.juror_id)}
    assert fresh[app.id].scores == {1: 7, 2: 5, 3: 10, 4: 1}
    assert fresh[app.id].state == DONE
    assert "1" in window.panel.rows[3].score.text()


def test_one_alone_moves_on_after_the_pause(qtbot, window: JurorWindow) -> None:  # type: ignore[no-untyped-def]
    keys(qtbot, window, "1")
    assert window.panel.current == 0
    qtbot.waitUntil(lambda: window.panel.current == 1, timeout=2000)
    assert window.current_app is not None
    assert stored(window, window.current_app.id) == {1: 1}


def test_backspace_clears_and_arrows_move(qtbot, window: JurorWindow) -> None:  # type: ignore[no-untyped-def]
    app = window.current_app
    assert app is not None
    keys(qtbot, window, "8")
    qtbot.keyClick(window.panel, Qt.Key.Key_Up)
    assert window.panel.current == 0
    qtbot.keyClick(window.panel, Qt.Key.Key_Backspace)
    assert stored(window, app.id) == {}
    qtbot.keyClick(window.panel, Qt.Key.Key_Tab)
    qtbot.keyClick(window.panel, Qt.Key.Key_Return)
    assert window.panel.current == 2
    qtbot.keyClick(window.panel, Qt.Key.Key_Backtab)
    assert window.panel.current == 1


def test_enter_after_last_criterion_opens_next_application(qtbot, window: JurorWindow) -> None:  # type: ignore[no-untyped-def]
    first = window.current_app
    assert first is not None
    keys(qtbot, window, "2345")
    assert window.panel.current == 3
    qtbot.keyClick(window.panel, Qt.Key.Key_Return)
    assert window.current_app is not None and window.current_app.id != first.id
    assert window.panel.current == 0


def test_off_scale_is_refused_with_message(qtbot, window: JurorWindow) -> None:  # type: ignore[no-untyped-def]
    app = window.current_app
    assert app is not None
    window.panel.store(1, 11)
    assert "вне шкалы" in window.statusBar().currentMessage()
    assert stored(window, app.id) == {}


def test_undo_and_redo_go_through_the_store(qtbot, window: JurorWindow) -> None:  # type: ignore[no-untyped-def]
    app = window.current_app
    assert app is not None
    keys(qtbot, window, "6")
    qtbot.keyClick(window.panel, Qt.Key.Key_Up)
    keys(qtbot, window, "9")
    assert stored(window, app.id) == {1: 9}
    window.undo_stack.undo()
    assert stored(window, app.id) == {1: 6}
    window.undo_stack.undo()
    assert stored(window, app.id) == {}
    window.undo_stack.redo()
    assert stored(window, app.id) == {1: 6}
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window, app.id) == {}
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, redo)
    assert stored(window, app.id) == {1: 6}


def test_undo_of_another_application_shows_it(qtbot, window: JurorWindow) -> None:  # type: ignore[no-untyped-def]
    first = window.current_app
    assert first is not None
    keys(qtbot, window, "3")
    window.go_next(unscored=False)
    assert window.current_app is not None and window.current_app.id != first.id
    window.undo_stack.undo()
    assert window.current_app.id == first.id
    assert stored(window, first.id) == {}


def test_next_unscored_jump(qtbot, window: JurorWindow) -> None:  # type: ignore[no-untyped-def]
    work = juror_work(window.db, window.juror_id)
    assert len(work) >= 3
    for app in work[1:3]:
        for c in window.criteria:
            set_score(window.db, window.juror_id, app.id, c.position, 5)
    window.reload()
    window.select_application(work[0].id)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_app is not None
    assert window.current_app.id == (work[3].id if len(work) > 3 else work[0].id)


def test_filter_hides_scored_applications(qtbot, window: JurorWindow) -> None:  # type: ignore[no-untyped-def]
    work = juror_work(window.db, window.juror_id)
    done = work[1]
    for c in window.criteria:
        set_score(window.db, window.juror_id, done.id, c.position, 4)
    window.reload()
    window.select_application(work[0].id)

    def visible() -> set[int]:
        proxy = window.proxy
        ids = set()
        for g in range(proxy.rowCount()):
            group = proxy.index(g, 0)
            for r in range(proxy.rowCount(group)):
                app = window.model.application(proxy.mapToSource(proxy.index(r, 0, group)))
                assert app is not None
                ids.add(app.id)
        return ids

    assert done.id in visible()
    window.only_unscored.setChecked(True)
    assert done.id not in visible()
    assert work[0].id in visible()
    # The open application stays listed while it is being scored to the end.
    keys(qtbot, window, "1111")
    assert window.current_app is not None and window.current_app.state == DONE
    assert work[0].id in visible()
    window.search.setText(work[2].organization[:12])
    assert work[2].id in visible()
    window.only_unscored.setChecked(False)
    window.search.setText("")
    assert visible() == {a.id for a in work}


def test_conflict_removes_scores_and_undo_restores(
    qtbot, window: JurorWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    app = window.current_app
    assert app is not None
    keys(qtbot, window, "78")
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda cls, parent: "родственник"))
    window.conflict_button.click()
    after = assigned_application(window.db, window.juror_id, app.id)
    assert after.state == CONFLICT and after.scores == {}
    assert after.recusal_reason == "родственник"
    assert window.conflict_banner.isVisibleTo(window)
    assert "conflicts 1" in window.progress_label.text()
    keys(qtbot, window, "5")  # refused: recused
    assert stored(window, app.id) == {}
    window.undo_stack.undo()
    back = assigned_application(window.db, window.juror_id, app.id)
    assert not back.recused and back.scores == {1: 7, 2: 8}
    window.undo_stack.redo()
    assert assigned_application(window.db, window.juror_id, app.id).state == CONFLICT
    window.conflict_button.click()  # withdraw
    assert not assigned_application(window.db, window.juror_id, app.id).recused
    window.undo_stack.undo()
    assert assigned_application(window.db, window.juror_id, app.id).recused


def test_cancelled_conflict_dialog_changes_nothing(
    qtbot, window: JurorWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    app = window.current_app
    assert app is not None
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda cls, parent: None))
    window.conflict_button.click()
    assert not assigned_application(window.db, window.juror_id, app.id).recused
    assert window.undo_stack.count() == 0


def test_progress_follows_the_store(qtbot, window: JurorWindow) -> None:  # type: ignore[no-untyped-def]
    total = len(juror_work(window.db, window.juror_id))
    assert window.progress_label.text().startswith(f"Scored 0 of {total}")
    keys(qtbot, window, "1111")
    assert window.progress_label.text().startswith(f"Scored 1 of {total}")
    assert window.progress_bar.value() == 1
    window.undo_stack.undo()
    assert window.progress_label.text().startswith(f"Scored 0 of {total}")
    assert "started 1" in window.progress_label.text()
    assert window.progress_bar.value() == 0


def test_links_open_by_shortcut_and_button(qtbot, window: JurorWindow) -> None:  # type: ignore[no-untyped-def]
    app = next(a for a in juror_work(window.db, window.juror_id) if a.links)
    window.select_application(app.id)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.opened == [app.links[0][1]]  # type: ignore[attr-defined]
    window.open_link(len(app.links) + 1)
    assert "no page" in window.statusBar().currentMessage()
    window.card.linkClicked.emit(app.links[-1][1])
    assert window.opened[-1] == app.links[-1][1]  # type: ignore[attr-defined]
    assert QUrl(window.opened[0]).isValid()  # type: ignore[attr-defined]


def test_comment_is_saved_on_focus_out(qtbot, window: JurorWindow) -> None:  # type: ignore[no-untyped-def]
    app = window.current_app
    assert app is not None
    window.comment.setFocus()
    qtbot.keyClicks(window.comment, "fine page")
    window.panel.setFocus()
    assert assigned_application(window.db, window.juror_id, app.id).comment == "fine page"


def test_title_and_file_actions(
    qtbot, window: JurorWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle() == (
        f"{window.info.juror_name} — {window.info.contest_title} — Jury App"
    )
    informed: list[str] = []
    warned: list[str] = []
    monkeypatch.setattr(window, "_inform", lambda title, text: informed.append(text))
    monkeypatch.setattr(window, "_warn", lambda title, text: warned.append(text))
    keys(qtbot, window, "5")
    out = tmp_path / "scores.juryscores"
    monkeypatch.setattr(window, "_save_path", lambda *a: out)
    window.export_score_file()
    assert out.exists() and "revision 1" in informed[-1] and not warned
    sheet = tmp_path / "sheet.xlsx"
    monkeypatch.setattr(window, "_save_path", lambda *a: sheet)
    window.write_sheet()
    assert sheet.exists() and not warned
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    monkeypatch.setattr(window, "_open_path", lambda *a: bad)
    window.fill_sheet()
    assert warned


def test_models_pass_the_model_tester(qtmodeltester, package: Package) -> None:  # type: ignore[no-untyped-def]
    pdb, info, _ = package
    model = JurorWorkModel(4)
    model.set_work(juror_work(pdb, info.juror_id))
    qtmodeltester.check(model)
    proxy = JurorWorkFilter()
    proxy.setSourceModel(model)
    proxy.set_only_unscored(True)
    proxy.set_search("а")
    qtmodeltester.check(proxy)


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from jury_app.jury.package import open_package
    from jury_app.jury.scoring import criteria, juror_work, set_score

    db, info = open_package(Path(sys.argv[1]))
    keys = [(a.id, c.position) for a in juror_work(db, info.juror_id) for c in criteria(db)]
    n = 0
    while True:
        app_id, position = keys[n % len(keys)]
        value = (n // len(keys) + position) % 11
        set_score(db, info.juror_id, app_id, position, value)
        print(n, app_id, position, value, flush=True)
        n += 1
    """
)


def test_scores_survive_a_kill(package: Package) -> None:
    pdb, info, path = package
    pdb.close()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )
    assert child.stdout is not None
    lines = []
    try:
        while len(lines) < 60:
            line = child.stdout.readline()
            assert line, "the child stopped early"
            lines.append(line)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    lines += child.stdout.read().splitlines()
    last: dict[tuple[int, int], float] = {}
    for line in lines:
        _, app_id, position, value = (int(x) for x in line.split())
        last[(app_id, position)] = value
    db, info = open_package(path)
    try:
        work = {a.id: a.scores for a in juror_work(db, info.juror_id)}
    finally:
        db.close()
    # At most one write past the last printed line may have landed (killed before printing).
    mismatched = [k for k, v in last.items() if work[k[0]].get(k[1]) != v]
    assert len(mismatched) <= 1
