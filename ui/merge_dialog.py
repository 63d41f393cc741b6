"""Merging score files from the GUI: File → Merge, or files dropped on the window (and
what else a drop on the main window does)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jury_app.importing.reader import SPREADSHEET_SUFFIXES
from jury_app.jury.scorefile import SCORE_SUFFIX, MergeReport
from ui.opening import OPENED_SUFFIXES

SCORE_FILE_SUFFIXES = (SCORE_SUFFIX,)


def score_files(paths: list[Path]) -> list[Path]:
    """The paths that look like score files (by extension)."""
    return [p for p in paths if p.suffix.lower() in SCORE_FILE_SUFFIXES]


IMPORTED_SUFFIXES = (*sorted(SPREADSHEET_SUFFIXES), ".csv", ".tsv", ".txt")


def sort_dropped(paths: list[Path]) -> dict[str, list[Path]]:
    """Files dropped on the main window by what is done with them (by extension):
    ``merge`` score files, ``open`` contests and packages, ``import`` form exports."""
    return {
        "merge": score_files(paths),
        "open": [p for p in paths if p.suffix.lower() in OPENED_SUFFIXES],
        "import": [p for p in paths if p.suffix.lower() in IMPORTED_SUFFIXES],
    }


class MergeResultDialog(QDialog):
    """What a merge did: accepted files, and each rejected file with its reason."""

    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Score files merged"))
        self.resize(760, 420)
        summary = QLabel(
            self.tr("Accepted files: {0} · scores: {1} · rejected files: {2}").format(
                len(report.accepted), report.scores, len(report.rejected)
            ),
            self,
        )
        summary.setStyleSheet("font-weight: bold")
        self.list = QListWidget(self)
        for path in report.accepted:
            QListWidgetItem("✓  " + path.name, self.list)
        for path, reason in report.rejected:
            item = QListWidgetItem(f"✕  {path.name}: {reason}", self.list)
            item.setToolTip(str(path))
        note = QLabel(
            self.tr("A backup of the contest file was made before merging: {0}").format(
                report.backup.name if report.backup else "—"
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #4b5563")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @classmethod
    def show_report(cls, parent: QWidget | None, report: MergeReport) -> None:
        cls(report, parent).exec()
