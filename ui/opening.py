"""Opening a file in the window its kind needs: a contest file or a juror's package."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from jury_app.errors import JuryError
from jury_app.jury.package import file_mode, package_info
from jury_app.storage.engine import open_contest_file

# Windows opened from a menu live as long as the program; Qt does not own them.
_open_windows: list[QMainWindow] = []


def window_for(path: Path) -> QMainWindow:
    """A new, not yet shown window for the file; raises JuryError if it cannot be opened."""
    db = open_contest_file(path)
    try:
        if file_mode(db) == "juror":
            from ui.juror_window import JurorWindow

            return JurorWindow(db, package_info(db))
        from ui.main_window import MainWindow

        return MainWindow(db)
    except BaseException:
        db.close()
        raise


def open_path(parent: QWidget | None, path: Path) -> QMainWindow | None:
    """Open ``path`` in a new window, or explain in a message why it cannot be opened."""
    try:
        window = window_for(path)
    except JuryError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Opening", "Cannot open"), str(exc))
        return None
    _open_windows.append(window)
    window.destroyed.connect(
        lambda *_: _open_windows.remove(window) if window in _open_windows else None
    )
    window.show()
    QSettings().setValue("last_folder", str(path.parent))
    return window


def ask_and_open(parent: QWidget) -> QMainWindow | None:
    """File → Open: a contest file (.jury) or a jury package (.jurypkg)."""
    folder = str(QSettings().value("last_folder", ""))
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Opening", "Open"),
        folder,
        QCoreApplication.translate(
            "Opening", "Contest files and jury packages (*.jury *.jurypkg);;All files (*)"
        ),
    )
    return open_path(parent, Path(name)) if name else None
