"""Translated names of the problem kinds an import reports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def problem_labels() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("ProblemLabels", text)

    return {
        "duplicate": tr("Duplicate row"),
        "superseded": tr("Superseded by a later one"),
        "empty_name": tr("No organization name"),
        "unknown_nomination": tr("Unknown nomination"),
        "formula_injection": tr("Looks like a formula"),
        "bad_link": tr("Unclear link"),
        "no_links": tr("No page links"),
        "bad_phone": tr("Phone not recognized"),
        "bad_email": tr("E-mail not recognized"),
        "bad_subscribers": tr("Subscribers not recognized"),
        "bad_timestamp": tr("Time not recognized"),
    }
