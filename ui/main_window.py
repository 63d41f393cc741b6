"""The main window: a thin shell that composes the pages of the contest."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from jury_app.contest import contest_status, load_settings
from jury_app.errors import JuryError
from jury_app.exporting import export_applications
from jury_app.jury.scorefile import MergeReport, merge_score_files
from jury_app.storage.engine import ContestDB
from ui import opening, recent, tasks
from ui.about_dialog import AboutDialog
from ui.applications_page import ApplicationsPage
from ui.help_viewer import HelpViewer
from ui.i18n import LANGUAGES, preferred_language
from ui.import_log import ImportLogDialog
from ui.import_wizard import ImportWizard
from ui.jury_page import JuryPage
from ui.lazy_page import LazyPage, real_page
from ui.merge_dialog import MergeResultDialog, sort_dropped
from ui.scores_page import ScoresPage
from ui.screen_fit import fit_to_screen
from ui.settings_page import SettingsPage

if TYPE_CHECKING:
    from ui.documents_page import DocumentsPage
    from ui.results_page import ResultsPage


class MainWindow(QMainWindow):
    merged = Signal()

    def __init__(self, db: ContestDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setAcceptDrops(True)
        self.applications_page = ApplicationsPage(db, self)
        self.settings_page = SettingsPage(db, self)
        self.jury_page = JuryPage(db, self)
        self.scores_page = ScoresPage(db, self)
        self.results_holder = LazyPage(lambda parent: _results_page(db, parent), self)
        self.documents_holder = LazyPage(lambda parent: _documents_page(db, parent), self)
        self.pages: list[tuple[str, QWidget]] = [
            (self.tr("Applications"), self.applications_page),
            (self.tr("Commission"), self.jury_page),
            (self.tr("Scores"), self.scores_page),
            (self.tr("Results"), self.results_holder),
            (self.tr("Documents"), self.documents_holder),  # the paperwork follows the results
            (self.tr("Contest settings"), self.settings_page),
        ]
        self.nav = QListWidget(self)
        self.nav.setFixedWidth(210)
        self.nav.setStyleSheet(
            "QListWidget { border: none; background: #f3f4f6; font-size: 11pt; padding-top: 8px }"
            "QListWidget::item { padding: 10px 14px }"
            "QListWidget::item:selected { background: #dbeafe; color: #1e3a8a }"
        )
        self.stack = QStackedWidget(self)
        for title, page in self.pages:
            QListWidgetItem(title, self.nav)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.applications_page.importRequested.connect(self.import_applications)
        self.applications_page.exportRequested.connect(self.export_applications)
        self.applications_page.applicationChanged.connect(self.refresh_status)
        self.settings_page.settingsSaved.connect(self._settings_saved)
        self.jury_page.changed.connect(self._jury_changed)
        self.merged.connect(self.scores_page.reload)
        self.merged.connect(self._reload_results)
        fit_to_screen(self, 1360, 820)
        self.refresh_title()
        self.refresh_status()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(lambda: opening.ask_and_open(self))
        file_menu.addAction(open_action)
        file_menu.addMenu(recent.recent_menu(self, lambda path: opening.open_path(self, path)))
        file_menu.addSeparator()
        import_action = QAction(self.tr("&Import applications…"), self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.import_applications)
        export_action = QAction(self.tr("&Export applications…"), self)
        export_action.setShortcut(QKeySequence("Ctrl+E"))
        export_action.triggered.connect(self.export_applications)
        merge_action = QAction(self.tr("&Merge score files…"), self)
        merge_action.setShortcut(QKeySequence("Ctrl+M"))
        merge_action.triggered.connect(self.merge_score_files)
        log_action = QAction(self.tr("Import &problems…"), self)
        log_action.triggered.connect(lambda: ImportLogDialog.show_for(self, self.db))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (import_action, log_action, export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(merge_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("Language"))
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == preferred_language())
            action.triggered.connect(lambda _=False, c=code: self._set_language(c))
            language_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&User guide"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(lambda: HelpViewer.show_guide(self))
        about = QAction(self.tr("&About Jury App"), self)
        about.triggered.connect(lambda: AboutDialog.show_for(self))
        help_menu.addAction(guide)
        help_menu.addSeparator()
        help_menu.addAction(about)

    def refresh_title(self) -> None:
        settings = load_settings(self.db)
        self.setWindowTitle(f"{settings.title} {settings.year} — {self.db.path.name} — Jury App")

    def refresh_status(self, *_: object) -> None:
        status = contest_status(self.db)
        self.statusBar().showMessage(
            self.tr("Applications: {0} · jurors: {1} · scores: {2}").format(
                status.applications, status.jurors, status.scores
            )
        )

    @property
    def results_page(self) -> ResultsPage:
        """The results page (NumPy and the charts load when it is first needed)."""
        from ui.results_page import ResultsPage

        page = self.results_holder.page()
        assert isinstance(page, ResultsPage)
        return page

    def _reload_results(self) -> None:
        if self.results_holder.is_built():  # a page built later reads the contest itself
            self.results_page.reload()

    @property
    def documents_page(self) -> DocumentsPage:
        """The documents page (reportlab and the PDF viewer load when it is first needed)."""
        from ui.documents_page import DocumentsPage

        page = self.documents_holder.page()
        assert isinstance(page, DocumentsPage)
        return page

    def current_page(self) -> QWidget | None:
        return real_page(self.stack.currentWidget())

    def show_page(self, page: QWidget) -> None:
        index = self.stack.indexOf(page)
        holder = page.parentWidget()
        if index < 0 and holder is not None:  # a page built by a LazyPage
            index = self.stack.indexOf(holder)
        self.nav.setCurrentRow(index)

    def import_applications(self) -> None:
        self._import(None)

    def _import(self, path: Path | None) -> None:
        """The import wizard, on ``path`` when a form export was dropped on the window."""
        report = ImportWizard.ask(self, self.db, path)
        if report is None:
            return
        self.applications_page.reload()
        self.settings_page.reload()
        self.jury_page.reload()
        self.scores_page.reload()
        self.refresh_status()
        self.show_page(self.applications_page)

    def export_applications(self) -> None:
        path = self._ask_export_path()
        if path is None:
            return
        try:
            count = export_applications(self.db, path)
        except JuryError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return
        self.statusBar().showMessage(
            self.tr("Exported {0} applications to {1}").format(count, path.name), 8000
        )

    def _ask_export_path(self) -> Path | None:
        settings = QSettings()
        folder = str(settings.value("last_folder", str(self.db.path.parent)))
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export applications"),
            str(Path(folder) / "applications.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv);;JSON (*.json)"),
        )
        if not name:
            return None
        settings.setValue("last_folder", str(Path(name).parent))
        return Path(name)

    def merge_score_files(self) -> None:
        paths = self._ask_score_files()
        if paths:
            self.merge_files(paths)

    def _ask_score_files(self) -> list[Path]:
        settings = QSettings()
        folder = str(settings.value("last_folder", str(self.db.path.parent)))
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Merge score files"),
            folder,
            self.tr("Score files (*.juryscores);;All files (*)"),
        )
        if names:
            settings.setValue("last_folder", str(Path(names[0]).parent))
        return [Path(n) for n in names]

    def merge_files(self, paths: list[Path]) -> None:
        """Merge score files off the GUI thread, then show what was accepted and rejected."""
        self.statusBar().showMessage(self.tr("Merging {0} score files…").format(len(paths)))
        self.setEnabled(False)
        tasks.start(
            lambda _report: merge_score_files(self.db, paths),
            self._merged,
            self._merge_failed,
        )

    def _merged(self, report: object) -> None:
        self.setEnabled(True)
        assert isinstance(report, MergeReport)
        self.merged.emit()
        self.refresh_status()
        MergeResultDialog.show_report(self, report)

    def _merge_failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        if not isinstance(error, JuryError):
            raise error
        QMessageBox.warning(self, self.tr("Merge failed"), str(error))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(sort_dropped(self._dropped(event.mimeData())).values()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Score files are merged, contests and jury packages opened in their own window,
        a form export goes to the import wizard."""
        dropped = sort_dropped(self._dropped(event.mimeData()))
        if not any(dropped.values()):
            return
        event.acceptProposedAction()
        for path in dropped["open"]:
            opening.open_path(self, path)
        if dropped["merge"]:
            self.merge_files(dropped["merge"])
        elif dropped["import"]:
            self._import(dropped["import"][0])

    @staticmethod
    def _dropped(mime: QMimeData) -> list[Path]:
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def _jury_changed(self) -> None:
        self.scores_page.reload()
        self._reload_results()
        self.refresh_status()

    def _settings_saved(self) -> None:
        self.refresh_title()
        self._reload_results()
        self.applications_page.reload()

    def _set_language(self, code: str) -> None:
        QSettings().setValue("language", code)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The language will change the next time the program starts."),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settings_page.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved settings"),
                self.tr("The contest settings have unsaved changes. Close anyway?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        event.accept()


def _documents_page(db: ContestDB, parent: QWidget) -> QWidget:
    from ui.documents_page import DocumentsPage

    return DocumentsPage(db, parent)


def _results_page(db: ContestDB, parent: QWidget) -> QWidget:
    from ui.results_page import ResultsPage

    return ResultsPage(db, parent)
