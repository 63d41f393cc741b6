"""The main window shell and the program's start on a contest or on the demo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from jury_app.contest import contest_status
from jury_app.importing.service import import_file
from jury_app.storage.engine import ContestDB
from tests.fixtures import messy_rows, write_xlsx
from tests.qt_drop import drop_files
from ui.i18n import remove_translators
from ui.import_wizard import ImportWizard
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _no_translators_left(qapp: QApplication) -> Iterator[None]:
    """main() installs the Russian translation; the application object outlives the test."""
    yield
    remove_translators(qapp)


@pytest.fixture
def window(qtbot: QtBot, db: ContestDB) -> MainWindow:
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    return w


def test_pages_and_title(window: MainWindow) -> None:
    from ui.documents_page import DocumentsPage

    assert "Лучший госпаблик Кузбасса" in window.windowTitle()
    # The documents page is built when first opened, not at the program's start.
    assert not window.documents_holder.is_built()
    assert not window.results_holder.is_built()
    assert not window.findChildren(DocumentsPage)
    window.nav.setCurrentRow(5)
    assert window.stack.currentWidget() is window.settings_page
    window.nav.setCurrentRow(4)
    assert window.documents_holder.is_built()
    assert window.current_page() is window.documents_page
    assert window.documents_page.isVisible()
    window.nav.setCurrentRow(3)
    assert window.current_page() is window.results_page
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is window.jury_page
    window.nav.setCurrentRow(0)
    assert window.stack.currentWidget() is window.applications_page


def test_the_program_has_its_icon(qapp: QApplication) -> None:
    from ui.app import create_application

    app = create_application(["jury-app"])
    sizes = app.windowIcon().availableSizes()
    assert sizes and max(s.width() for s in sizes) >= 256


def test_import_refreshes_the_pages(
    window: MainWindow, db: ContestDB, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_xlsx(tmp_path / "e.xlsx", messy_rows())

    def fake_ask(
        _cls: object, _parent: object, database: ContestDB, _path: Path | None = None
    ) -> object:
        return import_file(database, source)

    monkeypatch.setattr(ImportWizard, "ask", classmethod(fake_ask))
    window.import_applications()

    assert window.applications_page.model.rowCount() == 5
    assert "5" in window.statusBar().currentMessage()


def test_export_writes_the_chosen_file(
    window: MainWindow, db: ContestDB, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_file(db, write_xlsx(tmp_path / "e.xlsx", messy_rows()))
    out = tmp_path / "заявки.xlsx"
    monkeypatch.setattr(window, "_ask_export_path", lambda: out)
    window.export_applications()
    assert out.stat().st_size > 0


def test_program_starts_on_a_contest_and_quits(contest_path: Path, qapp: QApplication) -> None:
    from ui import app as app_module

    seen: list[str] = []

    def look_and_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.extend(w.nav.item(0).text() for w in windows if w.isVisible())
        # Closing the last window ends main(); a stray quit() would end the next test's main().
        QApplication.closeAllWindows()

    QTimer.singleShot(300, look_and_close)
    assert app_module.main([str(contest_path), "--lang", "ru"]) == 0
    assert seen == ["Заявки"]
    # main() gives the language back: the next test sees the source texts.
    assert qapp.translate("MainWindow", "Applications") == "Applications"


def test_program_explains_a_broken_contest_file_then_offers_the_start_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui import app as app_module
    from ui.start_screen import StartScreen

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    broken = tmp_path / "broken.jury"
    broken.write_bytes(b"not a contest")
    screens: list[QWidget] = []

    def look() -> None:
        screens.extend(w for w in qapp.topLevelWidgets() if isinstance(w, StartScreen))
        qapp.closeAllWindows()  # the last window closed ends main()

    QTimer.singleShot(300, look)
    assert app_module.main([str(broken)]) == 0
    assert shown and "не файл конкурса" in shown[0]
    assert screens


def test_demo_contest_is_built_once(tmp_path: Path) -> None:
    from jury_app.demo_contest import ensure_demo_contest
    from jury_app.storage.engine import open_contest_file

    path = ensure_demo_contest(tmp_path)
    with open_contest_file(path) as db:
        assert contest_status(db).applications == 475
    stamp = path.stat().st_mtime_ns
    assert ensure_demo_contest(tmp_path) == path
    assert path.stat().st_mtime_ns == stamp


def test_import_log_lists_skipped_rows_too(
    qtbot: QtBot, db: ContestDB, tmp_path: Path, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    from ui.import_log import ImportLogDialog, ImportProblemsModel

    import_file(db, write_xlsx(tmp_path / "e.xlsx", messy_rows()))
    dialog = ImportLogDialog(db)
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    rows = {
        (
            model.index(r, ImportProblemsModel.COL_ROW).data(),
            model.index(r, ImportProblemsModel.COL_STATE).data(),
        )
        for r in range(model.rowCount())
    }
    assert ("4", "row not imported") in rows  # the duplicate
    assert ("9", "open") in rows  # the formula-looking name, imported


def test_merging_score_files_from_the_window(
    qtbot: QtBot, db: ContestDB, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jury_app.jury.package import open_package
    from jury_app.jury.scorefile import MergeReport, export_score_file
    from jury_app.jury.scoring import juror_work, set_score
    from tests.jury_fixtures import make_jury
    from ui.merge_dialog import MergeResultDialog

    jury = make_jury(db, tmp_path)
    juror, path = next(iter(jury.packages.items()))
    package, info = open_package(path)
    with package:
        first = juror_work(package, info.juror_id)[0].id
        set_score(package, info.juror_id, first, 1, 6)
        scores = export_score_file(package, info.juror_id, tmp_path / "s.juryscores").path
    junk = tmp_path / "junk.juryscores"
    junk.write_text("не файл", encoding="utf-8")
    shown: list[MergeReport] = []
    monkeypatch.setattr(
        MergeResultDialog, "show_report", classmethod(lambda _c, _p, r: shown.append(r))
    )
    window = MainWindow(db)
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "_ask_score_files", lambda: [scores, junk])

    window.merge_score_files()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)

    assert shown[0].accepted == [scores]
    assert [p for p, _ in shown[0].rejected] == [junk]
    assert juror_work(db, juror)[0].scores or any(a.scores for a in juror_work(db, juror))
    assert window.isEnabled()


def test_dropped_files_are_sorted_by_what_is_done_with_them() -> None:
    from ui.merge_dialog import sort_dropped

    paths = [
        Path("a.juryscores"),
        Path("b.xlsx"),
        Path("C.JURYSCORES"),
        Path("конкурс.jury"),
        Path("Иванов.JURYPKG"),
        Path("выгрузка.csv"),
        Path("фото.jpg"),
    ]
    assert sort_dropped(paths) == {
        "merge": [Path("a.juryscores"), Path("C.JURYSCORES")],
        "open": [Path("конкурс.jury"), Path("Иванов.JURYPKG")],
        "import": [Path("b.xlsx"), Path("выгрузка.csv")],
    }
    assert not any(sort_dropped([Path("фото.jpg"), Path("readme")]).values())


def test_a_dropped_form_export_goes_to_the_import_wizard(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Path | None] = []
    monkeypatch.setattr(
        ImportWizard, "ask", classmethod(lambda _c, _p, _db, path=None: asked.append(path))
    )
    export = write_xlsx(tmp_path / "заявки.xlsx", messy_rows())

    assert drop_files(window, export)
    assert asked == [export]
    assert not drop_files(window, tmp_path / "фото.jpg")
    assert asked == [export]


def test_a_dropped_contest_opens_in_its_own_window(window: MainWindow, tmp_path: Path) -> None:
    from jury_app.contest import create_contest
    from jury_app.presets import kuzbass_2025
    from ui import opening

    other = tmp_path / "другой конкурс.jury"
    create_contest(other, kuzbass_2025()).close()
    try:
        assert drop_files(window, other)
        opened = [w for w in opening.open_windows() if isinstance(w, MainWindow)]
        assert [w.db.path for w in opened] == [other]
        assert opened[0].isVisible() and opened[0] is not window
    finally:
        opening.close_all()


def test_opening_a_file_picks_the_window_by_its_kind(
    qtbot: QtBot, db: ContestDB, tmp_path: Path
) -> None:
    from tests.jury_fixtures import make_jury
    from ui.juror_window import JurorWindow
    from ui.opening import open_path

    jury = make_jury(db, tmp_path)
    package = open_path(None, next(iter(jury.packages.values())))
    contest = open_path(None, db.path)
    assert isinstance(package, JurorWindow)
    assert isinstance(contest, MainWindow)
    for window in (package, contest):
        assert window is not None
        qtbot.addWidget(window)
        window.close()


def test_opening_a_foreign_file_explains_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.opening import open_path

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    junk = tmp_path / "notes.jury"
    junk.write_text("просто текст", encoding="utf-8")
    assert open_path(None, junk) is None
    assert shown and "не файл конкурса" in shown[0]


def test_a_stale_demo_contest_is_built_again(tmp_path: Path) -> None:
    import sqlite3

    from jury_app.demo_contest import ensure_demo_contest
    from jury_app.storage.engine import open_contest_file

    path = ensure_demo_contest(tmp_path)
    with sqlite3.connect(path) as raw:  # an older program's file: a column is missing
        raw.execute("ALTER TABLE contest DROP COLUMN quality_bar")
    raw.close()
    assert ensure_demo_contest(tmp_path) == path
    with open_contest_file(path) as db:
        assert contest_status(db).applications == 475
