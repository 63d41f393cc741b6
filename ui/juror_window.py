"""Juror mode: the window a commission member scores their assigned applications in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jury_app.errors import JuryError
from jury_app.jury import scoring
from jury_app.jury.package import PackageInfo
from jury_app.jury.scorefile import SCORE_SUFFIX, export_score_file
from jury_app.jury.scoring import CONFLICT, DONE, AssignedApplication
from jury_app.jury.sheet import fill_score_sheet, write_score_sheet
from jury_app.storage.engine import ContestDB
from ui import opening, recent
from ui.about_dialog import AboutDialog
from ui.help_viewer import HelpViewer
from ui.juror_models import (
    COLUMN_ORGANIZATION,
    COLUMN_SCORED,
    ConflictCommand,
    ConflictDialog,
    JurorWorkFilter,
    JurorWorkModel,
    ScoreCommand,
)
from ui.score_panel import MAX_LINK_KEYS, ApplicationCard, ScorePanel
from ui.screen_fit import fit_to_screen

COMMENT_PAUSE_MS = 1500


class JurorWindow(QMainWindow):
    """Left: the assigned applications and progress; right: card, criteria, rubric, comment."""

    def __init__(self, db: ContestDB, info: PackageInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.info, self.juror_id = db, info, info.juror_id
        self.criteria = scoring.criteria(db)
        self.current_app: AssignedApplication | None = None
        self.undo_stack = QUndoStack(self)
        self.model = JurorWorkModel(len(self.criteria), self)
        self.proxy = JurorWorkFilter(self)
        self.proxy.setSourceModel(self.model)
        self.setWindowTitle(
            self.tr("{0} — {1} — Jury App").format(info.juror_name, info.contest_title)
        )
        splitter = QSplitter(self)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_scoring())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 850])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self._build_menus()
        fit_to_screen(self, 1280, 800)
        self.reload()

    # ------------------------------------------------------------------ building
    def _build_list(self) -> QWidget:
        pane = QWidget(self)
        self.progress_label = QLabel(pane)
        self.progress_label.setWordWrap(True)
        self.progress_label.setStyleSheet("font-size: 11pt; font-weight: 600")
        self.progress_bar = QProgressBar(pane)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(10)
        self.progress_bar.setStyleSheet(
            "QProgressBar { background: #e5e7eb; border: none; border-radius: 5px }"
            "QProgressBar::chunk { background: #16a34a; border-radius: 5px }"
        )
        self.search = QLineEdit(pane)
        self.search.setPlaceholderText(self.tr("Search by organisation, municipality or No."))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.only_unscored = QCheckBox(self.tr("Only not yet scored"), pane)
        self.only_unscored.toggled.connect(self._only_unscored_toggled)
        self.tree = QTreeView(pane)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_ORGANIZATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_SCORED, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.installEventFilter(self)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(10, 10, 4, 6)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.only_unscored)
        layout.addWidget(self.tree, 1)
        return pane

    def _build_scoring(self) -> QWidget:
        pane = QWidget(self)
        self.card = ApplicationCard(pane)
        self.card.linkClicked.connect(lambda url: self.open_url(QUrl(url)))
        self.conflict_banner = QLabel(pane)
        self.conflict_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict_banner.setWordWrap(True)
        self.conflict_banner.setStyleSheet(
            "background: #fef2f2; color: #991b1b; border: 1px solid #fecaca;"
            " border-radius: 6px; padding: 8px"
        )
        self.panel = ScorePanel(self.criteria, pane)
        self.panel.store = self._store_from_panel
        self.panel.finished.connect(lambda: self.go_next(unscored=False))
        hint = QLabel(
            self.tr(
                "Digits — score · Enter, Tab, ↑↓ — move · Backspace — clear · "
                "Ctrl+N — next not yet scored · Ctrl+1…4 — open page · Ctrl+Z — undo"
            ),
            pane,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7280")
        self.comment = QPlainTextEdit(pane)
        self.comment.setPlaceholderText(
            self.tr("Comment for the secretary (optional, saved automatically)")
        )
        self.comment.setMinimumHeight(80)
        self.comment.setTabChangesFocus(True)
        self.comment.installEventFilter(self)
        self._comment_timer = QTimer(self)
        self._comment_timer.setSingleShot(True)
        self._comment_timer.setInterval(COMMENT_PAUSE_MS)
        self._comment_timer.timeout.connect(self.save_comment)
        self.comment.textChanged.connect(self._comment_timer.start)
        self.conflict_button = QPushButton(pane)
        self.conflict_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.conflict_button.clicked.connect(self.toggle_conflict)
        self.card.corner.addWidget(self.conflict_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(4, 10, 10, 6)
        layout.setSpacing(8)
        layout.addWidget(self.card)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.panel)
        layout.addWidget(self.comment, 1)
        layout.addWidget(hint)
        return pane

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        *keys: QKeySequence | QKeySequence.StandardKey | str,
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(self.tr("Open…"), lambda: opening.ask_and_open(self), "Ctrl+O")
        )
        file_menu.addMenu(recent.recent_menu(self, lambda path: opening.open_path(self, path)))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("Export score file…"), self.export_score_file, "Ctrl+E")
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Blank Excel score sheet…"), self.write_sheet))
        file_menu.addAction(self._action(self.tr("Load filled Excel sheet…"), self.fill_sheet))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        )
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(undo)
        edit.addAction(redo)
        self.addActions([undo, redo])
        go = self.menuBar().addMenu(self.tr("&Application"))
        go.addAction(
            self._action(
                self.tr("Next not yet scored"), lambda: self.go_next(unscored=True), "Ctrl+N", "F3"
            )
        )
        go.addAction(
            self._action(
                self.tr("Next application"), lambda: self.go_next(unscored=False), "Ctrl+Down"
            )
        )
        go.addSeparator()
        for number in range(1, MAX_LINK_KEYS + 1):
            go.addAction(
                self._action(
                    self.tr("Open page {0}").format(number),
                    self._opener(number),
                    f"Ctrl+{number}",
                )
            )
        go.addSeparator()
        go.addAction(
            self._action(self.tr("Declare or withdraw conflict of interest…"), self.toggle_conflict)
        )
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("User guide"),
                lambda: HelpViewer.show_guide(self),
                QKeySequence.StandardKey.HelpContents,
            )
        )
        help_menu.addAction(
            self._action(self.tr("About Jury App"), lambda: AboutDialog.show_for(self))
        )

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        """Read the whole work list again (after loading a sheet, and on start)."""
        keep = self.current_app.id if self.current_app else None
        self.model.set_work(scoring.juror_work(self.db, self.juror_id))
        self.tree.expandAll()
        self.update_progress()
        apps = self.model.applications()
        if keep is None:
            todo = [a for a in apps if a.state not in (DONE, CONFLICT)]
            keep = (todo or apps)[0].id if apps else None
        self.current_app = None
        if keep is not None:
            self.select_application(keep)
        else:
            self._show(None)

    def update_progress(self) -> None:
        p = scoring.progress(self.db, self.juror_id)
        self.progress_bar.setRange(0, max(p.total, 1))
        self.progress_bar.setValue(p.finished)
        parts = [self.tr("Scored {0} of {1}").format(p.done, p.total)]
        if p.partial:
            parts.append(self.tr("started {0}").format(p.partial))
        if p.conflict:
            parts.append(self.tr("conflicts {0}").format(p.conflict))
        text = " · ".join(parts)
        if p.total and p.finished == p.total:
            text += "\n" + self.tr("All done — export the score file (File menu).")
        self.progress_label.setText(text)

    def run_core(self, fn: Callable[..., Any], *args: Any, default: Any = None) -> Any:
        """Call a scoring service for this juror; a refusal goes to the status bar."""
        try:
            return fn(self.db, self.juror_id, *args)
        except JuryError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return default

    def store_score(self, app_id: int, position: int, value: float | None) -> bool:
        """Write one score (undo/redo) and show where it changed."""
        self.select_application(app_id)
        self.panel.set_current([c.position for c in self.criteria].index(position))
        try:
            scoring.set_score(self.db, self.juror_id, app_id, position, value)
        except JuryError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return False
        self.refresh_application(app_id)
        return True

    def _store_from_panel(self, position: int, value: float | None) -> bool:
        app = self.current_app
        if app is None:
            return False
        old = app.scores.get(position)
        if old == value:
            return True
        try:
            scoring.set_score(self.db, self.juror_id, app.id, position, value)
        except JuryError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            QApplication.beep()
            return False
        self.undo_stack.push(ScoreCommand(self, app.id, position, old, value))
        self.refresh_application(app.id)
        self.statusBar().clearMessage()
        return True

    def refresh_application(self, app_id: int) -> None:
        app = scoring.assigned_application(self.db, self.juror_id, app_id)
        self.model.update_application(app)
        if self.current_app is not None and self.current_app.id == app_id:
            self.current_app = app
            self.panel.show_scores(app.scores, enabled=not app.recused, start=None)
            self._show_conflict(app)
        self.update_progress()

    def save_comment(self) -> None:
        self._comment_timer.stop()
        app = self.current_app
        text = self.comment.toPlainText().strip()
        if app is None or text == app.comment:
            return
        self.run_core(scoring.set_comment, app.id, text)
        self.current_app = scoring.assigned_application(self.db, self.juror_id, app.id)
        self.model.update_application(self.current_app)

    # ------------------------------------------------------------------ navigation
    def select_application(self, app_id: int) -> None:
        if self.current_app is not None and self.current_app.id == app_id:
            return
        self.proxy.set_pinned(app_id)
        index = self.proxy.mapFromSource(self.model.index_of(app_id))
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        app = self.model.application(self.proxy.mapToSource(current))
        if app is None or (self.current_app is not None and app.id == self.current_app.id):
            return
        self.save_comment()
        self.proxy.set_pinned(app.id)
        self._show(app)

    def _show(self, app: AssignedApplication | None) -> None:
        self.current_app = app
        self.card.show_application(app)
        self.comment.blockSignals(True)
        self.comment.setPlainText(app.comment if app else "")
        self.comment.blockSignals(False)
        self.comment.setEnabled(app is not None)
        self.conflict_button.setEnabled(app is not None)
        scores = app.scores if app else {}
        self.panel.show_scores(
            scores, enabled=bool(app and not app.recused), start=self.panel.first_unscored(scores)
        )
        self._show_conflict(app)

    def _show_conflict(self, app: AssignedApplication | None) -> None:
        recused = bool(app and app.recused)
        self.conflict_banner.setVisible(recused)
        if app is not None and recused:
            self.conflict_banner.setText(
                self.tr(
                    "You declared a conflict of interest: {0}. This application is not scored."
                ).format(app.recusal_reason)
            )
        self.conflict_button.setText(
            self.tr("Withdraw conflict of interest")
            if recused
            else self.tr("Declare conflict of interest…")
        )

    def go_next(self, unscored: bool = True) -> None:
        """Next application in list order (wrapping); with ``unscored`` only unfinished ones."""
        apps = self.model.applications()
        if not apps:
            return
        start = next(
            (i for i, a in enumerate(apps) if self.current_app and a.id == self.current_app.id), -1
        )
        for step in range(1, len(apps) + 1):
            app = apps[(start + step) % len(apps)]
            if unscored and app.state in (DONE, CONFLICT):
                continue
            if not unscored and not self.proxy.mapFromSource(self.model.index_of(app.id)).isValid():
                continue
            if app.id != (self.current_app.id if self.current_app else None):
                self.select_application(app.id)
                self.panel.setFocus()
                return
            break
        message = (
            self.tr("Every application is scored.")
            if unscored
            else self.tr("This is the last application in the list.")
        )
        self.statusBar().showMessage(message, 6000)

    def open_link(self, number: int) -> None:
        app = self.current_app
        if app is None or number > len(app.links):
            self.statusBar().showMessage(
                self.tr("This application has no page {0}.").format(number), 5000
            )
            return
        self.open_url(QUrl(app.links[number - 1][1]))

    def _opener(self, number: int) -> Callable[[], None]:
        return lambda: self.open_link(number)

    def open_url(self, url: QUrl) -> None:
        """Open a page in the browser (tests replace this)."""
        QDesktopServices.openUrl(url)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self.tree.expandAll()

    def _only_unscored_toggled(self, on: bool) -> None:
        self.proxy.set_only_unscored(on)
        self.tree.expandAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not hasattr(self, "panel"):
            return super().eventFilter(watched, event)  # still being built
        if watched is self.comment and event.type() == QEvent.Type.FocusOut:
            self.save_comment()
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if plain and (
                event.text().isdigit() or event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            ):
                # From the list straight into scoring: no mouse needed.
                self.panel.setFocus()
                if event.text().isdigit():
                    self.panel.type_digit(int(event.text()))
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ conflict
    def toggle_conflict(self) -> None:
        app = self.current_app
        if app is None:
            return
        if app.recused:
            self.undo_stack.push(ConflictCommand(self, app.id, app.recusal_reason, declare=False))
            return
        reason = ConflictDialog.ask(self)
        if reason:
            self.undo_stack.push(ConflictCommand(self, app.id, reason, declare=True))

    # ------------------------------------------------------------------ files
    def _save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        folder = str(QSettings().value("juror/folder", str(Path.home())))
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / suggested), filters)
        if not name:
            return None
        QSettings().setValue("juror/folder", str(Path(name).parent))
        return Path(name)

    def _open_path(self, title: str, filters: str) -> Path | None:
        folder = str(QSettings().value("juror/folder", str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(self, title, folder, filters)
        return Path(name) if name else None

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def _safe_name(self, what: str) -> str:
        name = "".join(c if c.isalnum() or c in " .-" else " " for c in self.info.juror_name)
        return f"{' '.join(name.split())} — {what}"

    def export_score_file(self) -> None:
        self.save_comment()
        title = self.tr("Export score file")
        suggested = self._safe_name(self.tr("scores")) + SCORE_SUFFIX
        path = self._save_path(title, suggested, self.tr("Score files (*{0})").format(SCORE_SUFFIX))
        if path is None:
            return
        try:
            result = export_score_file(self.db, self.juror_id, path)
        except JuryError as exc:
            self._warn(title, str(exc))
            return
        self.statusBar().showMessage(self.tr("Score file saved: {0}").format(result.path), 10000)
        self._inform(
            title,
            self.tr(
                "Score file, revision {0}, with {1} scores is saved as\n{2}\n\n"
                "Send this file to the secretary of the commission. If you change scores "
                "later, export again: the newer revision replaces the older one."
            ).format(result.revision, result.scores, result.path),
        )

    def write_sheet(self) -> None:
        self.save_comment()
        title = self.tr("Blank Excel score sheet")
        path = self._save_path(
            title,
            self._safe_name(self.tr("score sheet")) + ".xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path is None:
            return
        try:
            rows = write_score_sheet(self.db, self.juror_id, path)
        except JuryError as exc:
            self._warn(title, str(exc))
            return
        self._inform(
            title,
            self.tr(
                "The score sheet with {0} applications is saved as\n{1}\n\n"
                "Fill it in Excel and load it back with File → Load filled Excel sheet."
            ).format(rows, path),
        )

    def fill_sheet(self) -> None:
        self.save_comment()
        title = self.tr("Load filled Excel sheet")
        path = self._open_path(title, self.tr("Excel workbooks (*.xlsx)"))
        if path is None:
            return
        try:
            report = fill_score_sheet(self.db, self.juror_id, path)
        except JuryError as exc:
            self._warn(title, str(exc))
            return
        # Scores changed outside the undo history: undoing older steps would overwrite them.
        self.undo_stack.clear()
        self.reload()
        self.statusBar().showMessage(
            self.tr("Loaded from the sheet: {0} scores, {1} comments.").format(
                report.scores, report.comments
            ),
            10000,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Scrolling before the first layout lands wrong; keep the open application in view.
        QTimer.singleShot(
            0,
            lambda: self.tree.scrollTo(
                self.tree.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_comment()
        super().closeEvent(event)
