"""Dialogs of the commission page: a juror, a reason, conflicts of interest."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_app.errors import JuryError
from jury_app.jury.roster import (
    ROLES,
    JurorRow,
    add_conflict,
    list_jurors,
    remove_conflict,
)
from jury_app.storage.engine import ContestDB
from ui.jury_models import (
    ConflictsModel,
)
from ui.labels import role_labels

HINT_STYLE = "color: #4b5563"


@dataclass(frozen=True)
class JurorEdit:
    name: str
    role: str
    position: str
    nominations: tuple[int, ...]  # empty = all nominations


@dataclass(frozen=True)
class ConflictSpec:
    kind: str  # municipality | organization | application
    value: str
    application_id: int | None
    reason: str


def dialog_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def plain_table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setHighlightSections(False)
    return view


class JurorDialog(QDialog):
    """Name, role, position and nominations of one juror."""

    def __init__(
        self,
        nominations: list[tuple[int, str]],
        juror: JurorRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit juror") if juror else self.tr("Add juror"))
        self.setMinimumWidth(620)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Surname First name Patronymic"))
        self.role_combo = QComboBox(self)
        labels = role_labels()
        for role in ROLES:
            self.role_combo.addItem(labels[role], role)
        self.position_edit = QLineEdit(self)
        self.position_edit.setPlaceholderText(self.tr("e.g. head of the press service"))
        self.nomination_list = QListWidget(self)
        self.nomination_list.setMinimumHeight(200)
        for number, title in nominations:
            item = QListWidgetItem(f"{number}. {title}", self.nomination_list)
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = juror is not None and number in juror.nominations
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        note = QLabel(self.tr("Nothing checked: the juror scores in every nomination."), self)
        note.setStyleSheet(HINT_STYLE)
        if juror is not None:
            self.name_edit.setText(juror.name)
            self.role_combo.setCurrentIndex(max(self.role_combo.findData(juror.role), 0))
            self.position_edit.setText(juror.position)
        else:
            self.role_combo.setCurrentIndex(self.role_combo.findData("member"))
        form = QFormLayout()
        form.addRow(self.tr("Full name"), self.name_edit)
        form.addRow(self.tr("Role"), self.role_combo)
        form.addRow(self.tr("Position"), self.position_edit)
        form.addRow(self.tr("Nominations"), self.nomination_list)
        form.addRow("", note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self))

    def result_edit(self) -> JurorEdit:
        numbers = []
        for i in range(self.nomination_list.count()):
            item = self.nomination_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                numbers.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return JurorEdit(
            self.name_edit.text().strip(),
            str(self.role_combo.currentData()),
            self.position_edit.text().strip(),
            tuple(numbers),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        nominations: list[tuple[int, str]],
        juror: JurorRow | None = None,
    ) -> JurorEdit | None:
        dialog = cls(nominations, juror, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_edit()


class ReasonDialog(QDialog):
    """Asks why: the answer goes into the audit log."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        note = QLabel(self.tr("The reason is recorded in the contest's audit log."), self)
        note.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(note)
        layout.addWidget(dialog_buttons(self))

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str) -> str | None:
        dialog = cls(title, prompt, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason_edit.text().strip()


class ConflictSpecDialog(QDialog):
    """One new conflict of interest: by municipality, organisation or application number."""

    def __init__(self, municipalities: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a conflict of interest"))
        self.setMinimumWidth(560)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("Municipality"), "municipality")
        self.kind_combo.addItem(self.tr("Organization"), "organization")
        self.kind_combo.addItem(self.tr("Application"), "application")
        self.municipality_combo = QComboBox(self)
        self.municipality_combo.setEditable(True)
        self.municipality_combo.addItems(municipalities)
        self.organization_edit = QLineEdit(self)
        self.organization_edit.setPlaceholderText(self.tr("Organization name as in the form"))
        self.application_spin = QSpinBox(self)
        self.application_spin.setRange(1, 10_000_000)
        self.application_spin.setPrefix("№ ")
        self.value_stack = QStackedWidget(self)
        for widget in (self.municipality_combo, self.organization_edit, self.application_spin):
            self.value_stack.addWidget(widget)
        self.kind_combo.currentIndexChanged.connect(self.value_stack.setCurrentIndex)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("e.g. works in this municipality"))
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Value"), self.value_stack)
        form.addRow(self.tr("Reason"), self.reason_edit)
        note = QLabel(
            self.tr("Assignments the conflict covers are removed; it can never be assigned."),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(dialog_buttons(self))

    def spec(self) -> ConflictSpec:
        kind = str(self.kind_combo.currentData())
        reason = self.reason_edit.text().strip()
        if kind == "application":
            return ConflictSpec(kind, "", self.application_spin.value(), reason)
        value = (
            self.municipality_combo.currentText()
            if kind == "municipality"
            else self.organization_edit.text()
        )
        return ConflictSpec(kind, value.strip(), None, reason)

    @classmethod
    def ask(cls, parent: QWidget | None, municipalities: list[str]) -> ConflictSpec | None:
        dialog = cls(municipalities, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.spec()


class ConflictsDialog(QDialog):
    """A juror's conflicts of interest: the list, add, remove. Changes apply at once."""

    def __init__(
        self,
        db: ContestDB,
        juror: JurorRow,
        municipalities: list[str],
        organizations: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.juror_id = juror.id
        self.municipalities = municipalities
        self.changed = False
        self.setWindowTitle(self.tr("Conflicts of interest: {0}").format(juror.name))
        self.resize(760, 380)
        self.model = ConflictsModel(self)
        self.model.organizations = organizations
        self.table = plain_table(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(
            ConflictsModel.COL_VALUE, QHeaderView.ResizeMode.Stretch
        )
        self.table.setColumnWidth(ConflictsModel.COL_KIND, 170)
        self.table.setColumnWidth(ConflictsModel.COL_REASON, 220)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        juror = next((j for j in list_jurors(self.db) if j.id == self.juror_id), None)
        self.model.set_rows(juror.conflicts if juror else ())
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        self.remove_button.setEnabled(self.table.selectionModel().hasSelection())

    def add(self) -> None:
        spec = ConflictSpecDialog.ask(self, self.municipalities)
        if spec is None:
            return
        try:
            add_conflict(
                self.db, self.juror_id, spec.kind, spec.value, spec.application_id, spec.reason
            )
        except JuryError as exc:
            self._warn(str(exc))
            return
        self.changed = True
        self.refresh()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        conflict = self.model.row_at(rows[0].row())
        reason = ReasonDialog.ask(
            self,
            self.tr("Remove the conflict of interest"),
            self.tr("Why is the conflict of interest no longer there?"),
        )
        if reason is None:
            return
        try:
            remove_conflict(self.db, conflict.id, reason)
        except JuryError as exc:
            self._warn(str(exc))
            return
        self.changed = True
        self.refresh()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Conflicts of interest"), text)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        db: ContestDB,
        juror: JurorRow,
        municipalities: list[str],
        organizations: dict[int, str],
    ) -> bool:
        """Show the dialog; True when something changed."""
        dialog = cls(db, juror, municipalities, organizations, parent)
        dialog.exec()
        return dialog.changed


class MatrixView(QTableView):
    """The assignment matrix; Space asks to toggle the current cell, like a double-click."""

    toggleRequested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            self.toggleRequested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)
