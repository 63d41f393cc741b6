"""The batch of documents from the documents page: where to write, the draft question, the
work in the background with progress and «Отмена», and the summary at the end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from jury_app.documents.service import (
    GenerationReport,
    generate_documents,
    generate_protocol,
    is_draft,
)
from jury_app.errors import JuryError
from jury_app.storage.engine import ContestDB
from ui import tasks
from ui.documents_dialogs import GenerationSummary


class BatchBar(QWidget):
    """Status, progress and the «Generate all…» (or «Save protocol…») button of one kind."""

    finished = Signal(object)  # GenerationReport, or the exception of a failed batch
    runningChanged = Signal(bool)

    def __init__(self, db: ContestDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.kind = "thanks"
        self.last_report: GenerationReport | None = None
        self._task: tasks.Task | None = None
        self.status_label = QLabel(self)
        self.status_label.setStyleSheet("color: #4b5563")
        self.progress = QProgressBar(self)
        self.progress.setFixedWidth(180)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.generate_button = QPushButton(self)
        self.generate_button.clicked.connect(self.generate)
        self.buttons = QHBoxLayout(self)
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addWidget(self.status_label, 1)
        self.buttons.addWidget(self.progress)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addWidget(self.generate_button)
        self._set_running(False)
        self.set_kind(self.kind)

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.generate_button.setText(
            self.tr("Save protocol…") if kind == "protocol" else self.tr("Generate all…")
        )

    def running(self) -> bool:
        return self._task is not None

    def generate(self) -> None:
        """Ask where, confirm a draft, then write every document of the kind in the background."""
        kind, db = self.kind, self.db
        target = self._ask_protocol_file() if kind == "protocol" else self._ask_folder()
        if target is None:
            return
        draft_ok = is_draft(db, kind)
        if draft_ok and not self.confirm_draft():
            return

        def work(report: Any) -> GenerationReport:
            if kind == "protocol":
                return generate_protocol(db, target, draft_ok=draft_ok)
            return generate_documents(db, kind, target, draft_ok=draft_ok, progress=report)

        self._task = tasks.start(work, self._done, self._failed, self._progress)
        self.status_label.setText(self.tr("Generating…"))
        self._set_running(True)

    def _ask_folder(self) -> Path | None:
        settings = QSettings()
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Folder for the documents"),
            str(settings.value("last_folder", str(self.db.path.parent))),
        )
        if not folder:
            return None
        settings.setValue("last_folder", folder)
        return Path(folder)

    def _ask_protocol_file(self) -> Path | None:
        settings = QSettings()
        folder = Path(str(settings.value("last_folder", str(self.db.path.parent))))
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the protocol"),
            str(folder / self.tr("Protocol.pdf")),
            self.tr("PDF document (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        settings.setValue("last_folder", str(path.parent))
        return path

    def confirm_draft(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Results are not frozen"),
            self.tr(
                "The results have not been frozen yet. The documents will be made as drafts, "
                "marked «ПРОЕКТ» on every page. Make drafts?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        if shiboken6.isValid(self) and self._task is not None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.status_label.setText(self.tr("Generating: {0} of {1}").format(done, total))

    def _done(self, report: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_running(False)
        self.last_report = report
        self.status_label.setText(self.tr("Done: {0} files.").format(len(report.files)))
        self.finished.emit(report)
        GenerationSummary.show_report(self, report)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_running(False)
        self.finished.emit(error)
        if isinstance(error, tasks.Cancelled):
            self.status_label.setText(self.tr("Cancelled: no file was written."))
            return
        self.status_label.setText("")
        if not isinstance(error, JuryError):
            raise error
        QMessageBox.warning(self, self.tr("Documents"), str(error))

    def _set_running(self, running: bool) -> None:
        if not running:
            self._task = None
        self.progress.setRange(0, 0)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.generate_button.setEnabled(not running)
        self.runningChanged.emit(running)
