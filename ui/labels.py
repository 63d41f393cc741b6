"""Translated names shared by several pages: import fields and kinds of problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from jury_app.importing.columns import Column


class ImportTexts(QObject):
    """Translated names of the fields a column can hold and of the kinds of problems."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = {
            Column.ORGANIZATION: self.tr("Organization"),
            Column.NOMINATION: self.tr("Nomination"),
            Column.MUNICIPALITY: self.tr("Municipality"),
            Column.VK: self.tr("VK link"),
            Column.OK: self.tr("Odnoklassniki link"),
            Column.TELEGRAM: self.tr("Telegram link"),
            Column.MAX: self.tr("MAX link"),
            Column.LINKS: self.tr("Other links (any site)"),
            Column.CONTACT: self.tr("Contact person"),
            Column.PHONE: self.tr("Phone"),
            Column.EMAIL: self.tr("E-mail"),
            Column.SUBSCRIBERS: self.tr("Subscribers"),
            Column.SUBMITTED_AT: self.tr("Time of submission"),
            Column.CONSENT: self.tr("Consent to data processing"),
        }
        self.not_imported = self.tr("— not imported —")
        self.kinds = {
            "duplicate": self.tr("Repeated row"),
            "superseded": self.tr("Replaced by a later application"),
            "empty_name": self.tr("No organization"),
            "unknown_nomination": self.tr("Unknown nomination"),
            "formula_injection": self.tr("Looks like a formula"),
            "bad_link": self.tr("Unclear link"),
            "no_links": self.tr("No links"),
            "bad_phone": self.tr("Phone not recognised"),
            "bad_email": self.tr("E-mail not recognised"),
            "bad_subscribers": self.tr("Subscribers not recognised"),
            "bad_timestamp": self.tr("Time not recognised"),
        }

    def kind(self, kind: str) -> str:
        return self.kinds.get(kind, kind)


def role_labels() -> dict[str, str]:
    """Translated names of the commission roles, in roster order."""
    return {
        "chair": QCoreApplication.translate("Roles", "chair"),
        "deputy": QCoreApplication.translate("Roles", "deputy chair"),
        "member": QCoreApplication.translate("Roles", "member"),
        "secretary": QCoreApplication.translate("Roles", "secretary"),
    }
