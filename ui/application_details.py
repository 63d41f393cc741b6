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
        parts = [
            f"<h3 style='margin-bottom:2px'>{_e(row.organization)}</h3>",
            f"<p style='color:#374151;margin-top:0'>"
            f"{_e(self.tr('Application No. {0}').format(row.id))} · "
            f"{_e(self.tr('Nomination {0}').format(row.nomination))}: "
            f"{_e(row.nomination_title)}</p>",
        ]
        links = [
            f"<a href='{_e(url)}'>{_e(url)}</a>&nbsp;<span style='color:#6b7280'>({_e(label)})"
            f"</span>"
            for label, url in row.links
        ]
        fields = [
            (self.tr("Municipality"), _e(row.municipality)),
            (self.tr("Pages"), "<br>".join(links) or _e(self.tr("no links"))),
            (self.tr("Subscribers"), _e(row.subscribers if row.subscribers is not None else "")),
            (self.tr("Contact person"), _e(row.contact_name)),
            (self.tr("Phone"), _e(row.phone)),
            (self.tr("E-mail"), _e(row.email)),
            (
                self.tr("Submitted"),
                _e(row.submitted_at.strftime("%d.%m.%Y %H:%M:%S") if row.submitted_at else ""),
            ),
            (
                self.tr("Source"),
                _e(
                    self.tr("{0}, row {1}").format(row.source_file, row.source_row)
                    if row.source_file
                    else ""
                ),
            ),
        ]
        parts.append("<table cellspacing='0' cellpadding='3'>")
        for label, value in fields:
            parts.append(
                f"<tr><td style='color:#6b7280;padding-right:10px' valign='top'>{_e(label)}"
                f"</td><td>{value or '—'}</td></tr>"
            )
        parts.append("</table>")
        if row.problems:
            parts.append(f"<h4 style='color:#b45309'>{_e(self.tr('Problems'))}</h4><ul>")
            parts.extend(f"<li>{_e(p.message)}</li>" for p in row.problems)
            parts.append("</ul>")
        return "".join(parts)

    def open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def _request_edit(self) -> None:
        if self._row is not None:
            self.editRequested.emit(self._row.id)
