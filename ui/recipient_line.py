"""The recipient line of one document: the form the grammar produced and the one typed by
hand, which replaces it in that document (empty: automatic again)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jury_app.documents.journal import set_recipient_override
from jury_app.documents.service import DocumentRow
from jury_app.errors import JuryError
from jury_app.storage.engine import ContestDB


class RecipientLineBox(QGroupBox):
    """Edits the recipient line of the document shown; emits the row as it is now stored."""

    changed = Signal(object)  # DocumentRow with the new override

    def __init__(self, db: ContestDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Recipient line"))
        self.db = db
        self.kind = ""
        self.row: DocumentRow | None = None
        self.automatic_label = QLabel(self)
        self.automatic_label.setWordWrap(True)
        self.automatic_label.setTextFormat(Qt.TextFormat.PlainText)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type the line by hand to replace it…"))
        self.edit.textChanged.connect(self._update_buttons)
        self.edit.returnPressed.connect(lambda: self.save())
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button = QPushButton(self.tr("Back to automatic"), self)
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.automatic_label)
        layout.addWidget(self.edit)
        layout.addLayout(buttons)
        self.show_row("", None)

    def show_row(self, kind: str, row: DocumentRow | None) -> None:
        self.kind, self.row = kind, row
        automatic = row.automatic if row else "—"
        self.automatic_label.setText(self.tr("Automatic: {0}").format(automatic))
        self.edit.setText(row.override if row else "")
        self.edit.setEnabled(row is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.row
        typed = " ".join(self.edit.text().split())
        self.save_button.setEnabled(row is not None and typed != row.override)
        self.revert_button.setEnabled(row is not None and bool(row.override))

    def save(self, text: str | None = None) -> None:
        """Store the typed line (or ``text``) for the document shown."""
        row = self.row
        if row is None:
            return
        text = " ".join((self.edit.text() if text is None else text).split())
        try:
            set_recipient_override(self.db, self.kind, row.recipient.application_id, text)
        except JuryError as exc:
            QMessageBox.warning(self, self.title(), str(exc))
            return
        row = replace(row, override=text)
        self.show_row(self.kind, row)
        self.changed.emit(row)

    def revert(self) -> None:
        self.save("")
