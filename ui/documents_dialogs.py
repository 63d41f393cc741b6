"""Small dialogs of the documents page: the registration journal and the summary of a batch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_app.documents.journal import journal
from jury_app.documents.service import GenerationReport
from jury_app.storage.engine import ContestDB
from ui.document_preview import print_document
from ui.documents_models import DocumentTexts, JournalModel
from ui.screen_fit import fit_to_screen


class JournalDialog(QDialog):
    """Every registered document with its number and date; exportable for the archive."""

    def __init__(self, db: ContestDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Registration journal"))
        fit_to_screen(self, 1000, 600)
        self.entries = journal(db)
        self.model = JournalModel(DocumentTexts(self), self)
        self.model.set_rows(self.entries)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        for column, width in ((0, 250), (1, 120), (2, 90), (4, 90), (5, 100)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(
            JournalModel.COL_ORGANIZATION, QHeaderView.ResizeMode.Stretch
        )
        finals = sum(e.final for e in self.entries)
        summary = QLabel(
            self.tr("Registered documents: {0}, of them final: {1}.").format(
                len(self.entries), finals
            )
            if self.entries
            else self.tr(
                "No document has been registered yet: numbers are given when the "
                "documents are generated."
            ),
            self,
        )
        summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.export_button = QPushButton(self.tr("Export to CSV…"), self)
        self.export_button.setEnabled(bool(self.entries))
        self.export_button.clicked.connect(self.export)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def export(self) -> None:
        settings = QSettings()
        folder = Path(str(settings.value("last_folder", str(self.db.path.parent))))
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the journal"),
            str(folder / self.tr("registration journal.csv")),
            self.tr("CSV for Excel (*.csv)"),
        )
        if not name:
            return
        path = Path(name).with_suffix(".csv")
        settings.setValue("last_folder", str(path.parent))
        try:
            self.model.write_csv(path, self.entries)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))

    @classmethod
    def show_for(cls, parent: QWidget | None, db: ContestDB) -> JournalDialog:
        """Open the journal without blocking (it may stay open beside the page)."""
        dialog = cls(db, parent)
        dialog.open()
        return dialog


class GenerationSummary(QMessageBox):
    """What a batch wrote, with a button that opens the folder."""

    def __init__(self, report: GenerationReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Documents generated"))
        folder = report.files[0].parent if report.files else Path()
        self.folder = folder
        if report.kind == "protocol":
            text = self.tr("The protocol was saved as «{0}».").format(report.files[0].name)
        else:
            text = self.tr("Files written: {0}.").format(len(report.files))
            if report.combined is not None:
                text += "\n" + self.tr("Everything in one file for printing: «{0}».").format(
                    report.combined.name
                )
        if report.draft:
            text += "\n\n" + self.tr(
                "The results are not frozen: the documents are marked «ПРОЕКТ» (draft)."
            )
        self.setText(text)
        self.setInformativeText(self.tr("Folder: {0}").format(folder))
        self.print_button: QPushButton | None = None
        printable = report.combined or (report.files[0] if report.kind == "protocol" else None)
        if printable is not None:
            self.printable = printable
            self.print_button = self.addButton(
                self.tr("Print all…"), QMessageBox.ButtonRole.ActionRole
            )
            self.print_button.clicked.connect(self.print_all)  # the box closes, printing starts
        self.open_button = self.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_folder)
        self.addButton(QMessageBox.StandardButton.Close)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def print_all(self) -> int:
        """Print the file with everything in it (the protocol, or the combined file of the
        batch); the number of pages sent to the printer."""
        parent = self.parentWidget()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(self.tr("Print all documents"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        return print_file(parent, self.printable, printer)

    @classmethod
    def show_report(cls, parent: QWidget | None, report: GenerationReport) -> GenerationSummary:
        box = cls(report, parent)
        box.open()
        return box


def print_file(parent: QWidget | None, path: Path, printer: QPrinter) -> int:
    """Print a PDF file page by page with a progress window that can stop it; the number
    of pages sent to the printer."""
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("GenerationSummary", "Cannot print"),
                QCoreApplication.translate(
                    "GenerationSummary", "The file «{0}» could not be read."
                ).format(path.name),
            )
            return 0
        total = document.pageCount()
        progress = QProgressDialog(
            QCoreApplication.translate("GenerationSummary", "Printing…"),
            QCoreApplication.translate("GenerationSummary", "Stop"),
            0,
            total,
            parent,
        )
        progress.setWindowTitle(QCoreApplication.translate("GenerationSummary", "Printing"))
        progress.setMinimumDuration(300)

        def step(done: int, _total: int) -> bool:
            progress.setValue(done)
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        printed = print_document(document, printer, progress=step)
        progress.setValue(total)
        progress.close()
        return printed
    finally:
        document.close()
        document.deleteLater()
