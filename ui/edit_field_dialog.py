"""Dialog to correct one wrongly imported field of an application, with a reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jury_app.applications import ApplicationRow

_FIELD_VALUES: dict[str, Callable[[ApplicationRow], str]] = {
    "organization": lambda r: r.organization,
    "municipality": lambda r: r.municipality,
    "link_vk": lambda r: r.vk,
    "link_ok": lambda r: r.ok,
    "link_telegram": lambda r: r.telegram,
    "link_max": lambda r: r.max,
    "contact_name": lambda r: r.contact_name,
    "phone": lambda r: r.phone,
    "email": lambda r: r.email,
    "subscribers": lambda r: "" if r.subscribers is None else str(r.subscribers),
}


@dataclass(frozen=True)
class FieldEdit:
    field: str
    value: str
    reason: str


class EditFieldDialog(QDialog):
    def __init__(
        self,
        row: ApplicationRow,
        nominations: list[tuple[int, str]],
        field: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Correct application No. {0}").format(row.id))
        self.setMinimumWidth(560)
        labels = {
            "organization": self.tr("Organization"),
            "nomination": self.tr("Nomination"),
            "municipality": self.tr("Municipality"),
            "link_vk": self.tr("VK page"),
            "link_ok": self.tr("Odnoklassniki page"),
            "link_telegram": self.tr("Telegram channel"),
            "link_max": self.tr("MAX channel"),
            "contact_name": self.tr("Contact person"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "subscribers": self.tr("Subscribers"),
        }
        self.field_combo = QComboBox(self)
        for key, label in labels.items():
            self.field_combo.addItem(label, key)
        self.value_edit = QLineEdit(self)
        self.nomination_combo = QComboBox(self)
        for number, title in nominations:
            self.nomination_combo.addItem(f"{number}. {title}", number)
        self.value_stack = QStackedWidget(self)
        self.value_stack.addWidget(self.value_edit)
        self.value_stack.addWidget(self.nomination_combo)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("e.g. the applicant sent the right link"))
        form = QFormLayout()
        form.addRow(self.tr("Field"), self.field_combo)
        form.addRow(self.tr("New value"), self.value_stack)
        form.addRow(self.tr("Reason"), self.reason_edit)
        note = QLabel(self.tr("The change is recorded in the contest's audit log."), self)
        note.setStyleSheet("color: #6b7280")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.field_combo.currentIndexChanged.connect(self._field_changed)
        if field is not None and self.field_combo.findData(field) >= 0:
            self.field_combo.setCurrentIndex(self.field_combo.findData(field))
        self._field_changed()

    def _field_changed(self) -> None:
        field = self.field_combo.currentData()
        if field == "nomination":
            self.value_stack.setCurrentWidget(self.nomination_combo)
            self.nomination_combo.setCurrentIndex(
                max(self.nomination_combo.findData(self.row.nomination), 0)
            )
        else:
            self.value_stack.setCurrentWidget(self.value_edit)
            self.value_edit.setText(_FIELD_VALUES[field](self.row))
            self.value_edit.selectAll()
            self.value_edit.setFocus()

    def result_edit(self) -> FieldEdit:
        field = self.field_combo.currentData()
        value = (
            str(self.nomination_combo.currentData())
            if field == "nomination"
            else self.value_edit.text()
        )
        return FieldEdit(field, value, self.reason_edit.text().strip())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        row: ApplicationRow,
        nominations: list[tuple[int, str]],
        field: str | None = None,
    ) -> FieldEdit | None:
        dialog = cls(row, nominations, field, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_edit()
