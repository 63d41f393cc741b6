"""The details pane of one application: every field, clickable page links, open problems."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from jury_app.applications import ApplicationRow


def _e(text: object) -> str:
    # Applicants typed these texts: they are shown literally, never as markup.
    return html.escape(str(text))


def _fields(pairs: list[tuple[str, str]]) -> str:
    rows = "".join(
        f"<tr><td style='color:#6b7280;padding-right:12px' valign='top'>{_e(label)}</td>"
        f"<td valign='top'>{value or '—'}</td></tr>"
        for label, value in pairs
    )
    return f"<table cellspacing='0' cellpadding='3'>{rows}</table>"


class ApplicationDetails(QWidget):
    """Shows one application; links open in the browser; «Correct…» asks to edit a field."""

    editRequested = Signal(int)  # application id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row: ApplicationRow | None = None
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.open_link)
        self.edit_button = QPushButton(self.tr("Correct a field…"), self)
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self._request_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.show_row(None)

    def show_row(self, row: ApplicationRow | None) -> None:
        self._row = row
        self.edit_button.setEnabled(row is not None)
        if row is None:
            hint = self.tr("Select an application to see its details.")
            self.browser.setHtml(f"<p style='color:#6b7280'>{_e(hint)}</p>")
            return
        self.browser.setHtml(self.render_html(row))

    def render_html(self, row: ApplicationRow) -> str:
        number = self.tr("Application No. {0}").format(row.id)
        nomination = self.tr("Nomination {0}").format(row.nomination)
        source = self.tr("{0}, row {1}").format(row.source_file, row.source_row)
        subscribers = "" if row.subscribers is None else f"{row.subscribers:,}".replace(",", " ")
        submitted = row.submitted_at.strftime("%d.%m.%Y %H:%M:%S") if row.submitted_at else ""
        links = [
            f"<a href='{_e(url)}'>{_e(url)}</a>&nbsp;<span style='color:#6b7280'>({_e(label)})"
            "</span>"
            for label, url in row.links
        ]
        # Two columns side by side: who the applicant is, and where its pages are.
        left = [
            (self.tr("Municipality"), _e(row.municipality)),
            (self.tr("Contact person"), _e(row.contact_name)),
            (self.tr("Phone"), _e(row.phone)),
            (self.tr("E-mail"), _e(row.email)),
        ]
        right = [
            (self.tr("Pages"), "<br>".join(links) or _e(self.tr("no links"))),
            (self.tr("Subscribers"), _e(subscribers)),
            (self.tr("Submitted"), _e(submitted)),
            (self.tr("Source"), _e(source if row.source_file else "")),
        ]
        parts = [
            f"<h3 style='margin-bottom:2px'>{_e(row.organization)}</h3>",
            f"<p style='color:#374151;margin-top:0'>{_e(number)} · {_e(nomination)}: "
            f"{_e(row.nomination_title)}</p>",
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>",
            f"<td width='50%' valign='top'>{_fields(left)}</td>",
            f"<td width='50%' valign='top'>{_fields(right)}</td>",
            "</tr></table>",
        ]
        if row.problems:
            problems = self.tr("Problems")
            parts.append(f"<p style='color:#b45309;margin-bottom:0'><b>{_e(problems)}</b></p><ul>")
            parts.extend(f"<li>{_e(p.message)}</li>" for p in row.problems)
            parts.append("</ul>")
        return "".join(parts)

    def open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def _request_edit(self) -> None:
        if self._row is not None:
            self.editRequested.emit(self._row.id)
