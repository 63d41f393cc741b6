"""Editing the template of one kind of document: texts with placeholders, case of the
recipient line, font, layout, colour and images, with a live preview beside the form."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jury_app.documents.grammar import CASES
from jury_app.documents.recipients import contest_facts
from jury_app.documents.service import preview_pdf
from jury_app.documents.templates import (
    IMAGES,
    PLACEHOLDERS,
    DocumentTemplate,
    default_template,
    load_template,
    save_template,
    validate_template,
)
from jury_app.errors import JuryError
from jury_app.storage.engine import ContestDB
from ui import tasks
from ui.document_preview import DocumentPreview
from ui.documents_models import DocumentTexts
from ui.screen_fit import fit_to_screen
from ui.template_fields import ColorButton, ImageField

TEXTS = ("issuer", "heading", "subheading", "lead", "body", "place_line", "date_text")
LINES = ("number_pattern", "signatory_name", "signatory_position")
# What each kind of document actually prints; other fields are hidden for it.
LETTER_FIELDS = set(TEXTS + LINES + IMAGES) - {"date_text"} | {"case", "font", "layout", "color"}
SHOWN = {
    "badge": {"issuer", "heading", "subheading", "body", "number_pattern", "font", "color"},
    "protocol": {"issuer", "heading", "body", "place_line", "date_text", "font", "color"},
}
ERROR_STYLE = "color: #b91c1c"


class TemplateDialog(QDialog):
    """The template of one kind; «Save» stores it in the contest (audited)."""

    def __init__(
        self,
        db: ContestDB,
        kind: str,
        application_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.kind = kind
        self.application_id = application_id
        self.template = load_template(db, kind)
        self.setWindowTitle(self.tr("Template: {0}").format(DocumentTexts(self).kind(kind)))
        fit_to_screen(self, 1180, 760)
        self._generation = 0
        self._last_edit: QLineEdit | QPlainTextEdit | None = None
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(400)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._build()
        self._fill(self.template)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # --- form ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name in TEXTS + LINES:
            edit: QLineEdit | QPlainTextEdit
            if name == "body":
                edit = QPlainTextEdit(self)
                edit.setTabChangesFocus(True)
                edit.setMinimumHeight(90)
                edit.setMaximumHeight(130)
                edit.textChanged.connect(self._changed)
            else:
                edit = QLineEdit(self)
                edit.textChanged.connect(self._changed)
            self.edits[name] = edit
        signatory = contest_facts(self.db)
        for name, value in (
            ("signatory_name", signatory.signatory_name),
            ("signatory_position", signatory.signatory_position),
        ):
            placeholder = self.tr("from the contest settings: {0}").format(value or "—")
            self.edits[name].setPlaceholderText(placeholder)
        self.edits["date_text"].setPlaceholderText(self.tr("empty: the date of issue"))
        self.case_combo = self._combo([(key, label) for key, label in CASES.items()])
        self.font_combo = self._combo([("serif", "PT Serif"), ("sans", "PT Sans")])
        self.layout_combo = self._combo(
            [("frame", self.tr("With a frame")), ("plain", self.tr("Without a frame"))]
        )
        self.color_button = ColorButton(self)
        self.color_button.changed.connect(self._changed)
        self.images = {name: ImageField(self.db.path.parent, self) for name in IMAGES}
        for field in self.images.values():
            field.changed.connect(self._changed)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "issuer": self.tr("Issuer (above the heading)"),
            "heading": self.tr("Heading"),
            "subheading": self.tr("Subheading"),
            "lead": self.tr("Words before the recipient"),
            "case": self.tr("Case of the recipient line"),
            "body": self.tr("Text (paragraphs separated by an empty line)"),
            "place_line": self.tr("Place"),
            "date_text": self.tr("Date of the meeting"),
            "number_pattern": self.tr("Registration number"),
            "signatory_name": self.tr("Signatory"),
            "signatory_position": self.tr("Signatory's position"),
            "font": self.tr("Font"),
            "layout": self.tr("Layout"),
            "color": self.tr("Accent colour"),
            "emblem": self.tr("Emblem"),
            "facsimile": self.tr("Facsimile of the signature"),
            "seal": self.tr("Seal"),
        }
        fields: dict[str, QWidget] = {
            **self.edits,
            "case": self.case_combo,
            "font": self.font_combo,
            "layout": self.layout_combo,
            "color": self.color_button,
            **self.images,
        }
        shown = SHOWN.get(self.kind, LETTER_FIELDS)
        for name, label in labels.items():
            if name not in shown:
                fields[name].hide()
                continue
            title = QLabel(label, self)
            title.setWordWrap(True)
            title.setMinimumWidth(150)
            self.form.addRow(title, fields[name])
        self.edits["number_pattern"].setToolTip(
            self.tr("{year} — the contest's year, {seq} — the next number, {seq:03} — 001, 002…")
        )
        form_widget = QWidget(self)
        form_column = QVBoxLayout(form_widget)
        form_column.addLayout(self.form)
        form_column.addStretch(1)  # rows stay together when the kind has only a few
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)

        self.placeholders = QListWidget(self)
        for key, explanation in PLACEHOLDERS.items():
            self.placeholders.addItem(f"{{{key}}} — {explanation}")
        self.placeholders.setMaximumHeight(130)
        self.placeholders.itemDoubleClicked.connect(self._insert_placeholder)
        hint = QLabel(
            self.tr("Placeholders (double-click to insert into the field being edited):"), self
        )
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(ERROR_STYLE)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(hint)
        left_layout.addWidget(self.placeholders)
        left_layout.addWidget(self.problems_label)
        self.preview = DocumentPreview(self)
        self.preview.show_message(self.tr("Preparing the preview…"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([700, 460])
        splitter.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.reset_button = self.buttons.addButton(
            self.tr("Reset to the original"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.reset_button.clicked.connect(lambda: self._fill(default_template(self.kind)))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        for key, label in items:
            combo.addItem(label, key)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _fill(self, template: DocumentTemplate) -> None:
        for name, edit in self.edits.items():
            value = getattr(template, name)
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)
        for combo, value in (
            (self.case_combo, template.recipient_case),
            (self.font_combo, template.font),
            (self.layout_combo, template.layout),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        for name in IMAGES:
            self.set_image(name, getattr(template, name))
        self.set_color(template.accent_color)

    def set_color(self, color: str) -> None:
        self.color_button.set_color(color)

    def set_image(self, name: str, data: bytes) -> None:
        self.images[name].set_data(data)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if any(new is self.edits[name] for name in TEXTS):
            self._last_edit = new  # type: ignore[assignment]

    def _insert_placeholder(self) -> None:
        edit = self._last_edit or self.edits["body"]
        key = self.placeholders.currentItem().text().split(" ", 1)[0]
        edit.insertPlainText(key) if isinstance(edit, QPlainTextEdit) else edit.insert(key)
        edit.setFocus()

    # --- template, validation, preview -----------------------------------------------------

    def current_template(self) -> DocumentTemplate:
        values: dict[str, Any] = {
            name: edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            for name, edit in self.edits.items()
        }
        values.update(
            {name: field.data for name, field in self.images.items()},
            recipient_case=str(self.case_combo.currentData()),
            font=str(self.font_combo.currentData()),
            layout=str(self.layout_combo.currentData()),
            accent_color=self.color_button.color,
        )
        return replace(self.template, **values)

    def problems(self) -> list[str]:
        return validate_template(self.current_template())

    def _changed(self) -> None:
        if not hasattr(self, "buttons"):
            return  # still being built
        problems = self.problems()
        self.problems_label.setText("\n".join(dict.fromkeys(problems)))
        self.problems_label.setVisible(bool(problems))
        self.save_button.setEnabled(not problems)
        if not problems:
            self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Render the edited (unsaved) template in the background."""
        if self.kind == "badge":
            self.preview.show_message(self.tr("The badge is shown on the page once saved."))
            return
        self._generation += 1
        generation, db, kind, app = self._generation, self.db, self.kind, self.application_id
        template = self.current_template()
        tasks.start(
            lambda _report: preview_pdf(db, kind, app, template=template),
            lambda data: self._previewed(generation, data),
            lambda error: self._preview_failed(generation, error),
        )

    def _previewed(self, generation: int, data: Any) -> None:
        if shiboken6.isValid(self) and generation == self._generation:
            self.preview.show_pdf(data, self.tr("Preview of the edited template"))

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        if not isinstance(error, JuryError):
            raise error
        self.preview.show_message(str(error))

    def accept(self) -> None:
        try:
            save_template(self.db, self.current_template())
        except JuryError as exc:
            self.problems_label.setText(str(exc))
            self.problems_label.setVisible(True)
            return
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, db: ContestDB, kind: str, application_id: int | None
    ) -> bool:
        """Edit the template of ``kind``; True when a changed template was saved."""
        return cls(db, kind, application_id, parent).exec() == QDialog.DialogCode.Accepted
