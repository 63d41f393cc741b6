"""The documents page: who gets which document, a preview of each, the recipient line by
hand, templates, the registration journal, printing and the batch of files."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jury_app.documents.service import (
    DocumentRow,
    badge_png,
    document_rows,
    is_draft,
    preview_pdf,
)
from jury_app.documents.templates import KINDS
from jury_app.errors import JuryError
from jury_app.storage.engine import ContestDB
from ui import tasks
from ui.document_preview import DocumentPreview, print_document, print_image
from ui.documents_batch import BatchBar
from ui.documents_dialogs import JournalDialog
from ui.documents_models import ROW_ROLE, DocumentRowsFilter, DocumentRowsModel, DocumentTexts
from ui.jury_dialogs import plain_table
from ui.recipient_line import RecipientLineBox
from ui.template_dialog import TemplateDialog

BANNER_STYLE = "background: #fef3c7; color: #92400e; padding: 6px 10px; border-radius: 4px"
ERROR_STYLE = "background: #fee2e2; color: #991b1b; padding: 6px 10px; border-radius: 4px"
HINT_STYLE = "color: #4b5563"


class DocumentsPage(QWidget):
    """Documents of one kind at a time; the protocol is previewed and saved as a whole."""

    rowsLoaded = Signal()
    previewShown = Signal()

    def __init__(self, db: ContestDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.texts = DocumentTexts(self)
        self.model = DocumentRowsModel(self.texts, self)
        self.proxy = DocumentRowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.draft = False
        self.error = ""
        self._rows_generation = 0
        self._loaded_generation = -1  # equal to _rows_generation once the rows are shown
        self._preview_generation = 0
        self._build()  # the rows load when the page is first shown: nothing to do before

    # --- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.kind_combo = QComboBox(self)
        for kind in KINDS:
            self.kind_combo.addItem(self.texts.kind(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.template_button = QPushButton(self.tr("Template…"), self)
        self.template_button.clicked.connect(self.edit_template)
        self.journal_button = QPushButton(self.tr("Registration journal"), self)
        self.journal_button.clicked.connect(lambda: JournalDialog.show_for(self, self.db))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Document:"), self))
        top.addWidget(self.kind_combo)
        top.addStretch(1)
        top.addWidget(self.template_button)
        top.addWidget(self.journal_button)
        self.banner = QLabel(
            self.tr("Results are not frozen — documents will be marked DRAFT"), self
        )
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search by organization, recipient, number…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.proxy.set_text)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(HINT_STYLE)
        self.table = plain_table(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DocumentRowsModel.COL_NOMINATION, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        for column in (DocumentRowsModel.COL_ORGANIZATION, DocumentRowsModel.COL_RECIPIENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 50), (1, 52), (3, 96), (4, 100)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.left = QWidget(self)
        left_layout = QVBoxLayout(self.left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        self.preview = DocumentPreview(self)
        self.override_box = RecipientLineBox(self.db, self)
        self.override_box.changed.connect(self._override_saved)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.override_box)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 440])
        self.splitter.setChildrenCollapsible(False)

        self.batch = BatchBar(self.db, self)
        self.batch.runningChanged.connect(self._running_changed)
        self.batch.finished.connect(lambda _result: self.refresh())  # numbers were given
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_preview)
        self.batch.buttons.insertWidget(self.batch.buttons.count() - 1, self.print_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.error_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.batch)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)
        self._preview_timer.timeout.connect(self.load_preview)
        self._show_kind()

    # --- kind and rows ----------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def _kind_changed(self) -> None:
        self.model.set_rows([])
        self.preview.show_message(self.tr("Loading…"))
        self._show_kind()
        self.refresh()

    def _show_kind(self) -> None:
        protocol = self.kind() == "protocol"
        self.left.setVisible(not protocol)
        self.batch.set_kind(self.kind())
        self.preview.zoom_combo.setCurrentIndex(1 if protocol else 0)
        self._show_override()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()  # results, templates or names may have changed on other pages

    def refresh(self) -> None:
        """Reload the documents of the current kind in the background, keeping the selection."""
        self._rows_generation += 1
        generation, db, kind = self._rows_generation, self.db, self.kind()

        def work(_report: Any) -> tuple[bool, list[DocumentRow], str]:
            draft = is_draft(db, kind)
            if kind == "protocol":
                return draft, [], ""
            try:
                return draft, document_rows(db, kind), ""
            except JuryError as exc:
                return draft, [], str(exc)

        tasks.start(work, lambda value: self._loaded(generation, value), self._failed)

    def _loaded(self, generation: int, value: Any) -> None:
        if not shiboken6.isValid(self) or generation != self._rows_generation:
            return
        self.draft, rows, self.error = value
        self._loaded_generation = generation
        selected = self.selected_row()
        self.model.set_rows(rows)
        self.banner.setVisible(self.draft)
        self.error_label.setText(self.error)
        self.error_label.setVisible(bool(self.error))
        self.count_label.setText(self.tr("Documents: {0}").format(len(rows)))
        kept = selected is not None and self.select(selected.recipient.application_id)
        if not kept and self.proxy.rowCount():
            self.table.selectRow(0)
        self._selection_changed()
        self._update_actions()
        self.rowsLoaded.emit()

    def _failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            raise error  # document_rows' own problems arrive as values, not here

    def select(self, application_id: int) -> bool:
        row = self.model.find(application_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def selected_row(self) -> DocumentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _selection_changed(self, *_: object) -> None:
        self._show_override()
        self._preview_timer.start()

    # --- preview ----------------------------------------------------------------------------

    def load_preview(self) -> None:
        """Render the selected document (or the protocol) in the background."""
        if self._loaded_generation != self._rows_generation:
            return  # the rows are on their way; showing them selects and previews one
        self._preview_generation += 1
        generation, db, kind = self._preview_generation, self.db, self.kind()
        row = self.selected_row()
        if self.error:
            self.preview.show_message(self.error)
            self._update_actions()
            self.previewShown.emit()
            return
        app = row.recipient.application_id if row else None
        title = self.texts.kind(kind)
        if row is not None:
            title += f" — {row.recipient.organization}"

        def work(_report: Any) -> tuple[str, bytes]:
            if kind == "badge":
                return "png", badge_png(db, app)
            return "pdf", preview_pdf(db, kind, app)

        tasks.start(
            work,
            lambda value: self._previewed(generation, title, value),
            lambda error: self._preview_failed(generation, error),
        )

    def _previewed(self, generation: int, title: str, value: Any) -> None:
        if not shiboken6.isValid(self) or generation != self._preview_generation:
            return
        form, data = value
        if form == "png":
            self.preview.show_png(data, title)
        else:
            self.preview.show_pdf(data, title)
        self._update_actions()
        self.previewShown.emit()

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._preview_generation:
            return
        if not isinstance(error, JuryError):
            raise error
        self.preview.show_message(str(error))
        self._update_actions()
        self.previewShown.emit()

    # --- templates, printing, batches -------------------------------------------------------

    def edit_template(self) -> None:
        row = self.selected_row()
        application_id = row.recipient.application_id if row else None
        if TemplateDialog.ask(self, self.db, self.kind(), application_id):
            self.refresh()  # the case of the recipient line may have changed

    def print_preview(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the document"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            pages = self.print_to(printer)
            text = self.tr("Pages sent to the printer: {0}").format(pages)
            self.batch.status_label.setText(text)

    def print_to(self, printer: QPrinter) -> int:
        """Print what the preview shows (every page of it); the number of pages printed."""
        if self.preview.kind() == "png":
            return print_image(self.preview.picture(), printer)
        if self.preview.kind() == "pdf":
            return print_document(self.preview.document, printer)
        return 0

    def _update_actions(self) -> None:
        idle = not self.batch.running()
        self.print_button.setEnabled(idle and bool(self.preview.kind()))
        ready = self.kind() == "protocol" or (self.model.rowCount() > 0 and not self.error)
        self.batch.generate_button.setEnabled(idle and ready)

    def _running_changed(self, running: bool) -> None:
        for widget in (self.kind_combo, self.template_button, self.override_box):
            widget.setEnabled(not running)
        self._update_actions()

    # --- recipient line ---------------------------------------------------------------------

    def _show_override(self) -> None:
        self.override_box.setVisible(self.kind() not in ("badge", "protocol"))
        self.override_box.show_row(self.kind(), self.selected_row())

    def _override_saved(self, row: DocumentRow) -> None:
        self.model.replace_row(self.model.find(row.recipient.application_id), row)
        self._preview_timer.start()
