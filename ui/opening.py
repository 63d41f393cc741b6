"""Opening a file in the window its kind needs: a contest file or a juror's package."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from jury_app.errors import JuryError
from jury_app.jury.package import PACKAGE_SUFFIX, file_mode, package_info
from jury_app.storage.engine import CONTEST_SUFFIX, ContestDB, open_contest_file
from ui import recent
from ui.app_data import documents_folder

# Files that open in a window of their own (a contest, a juror's package), by extension.
OPENED_SUFFIXES = (CONTEST_SUFFIX, PACKAGE_SUFFIX)

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


def open_windows() -> list[QMainWindow]:
    """Windows opened through :func:`open_path` and not yet destroyed."""
    return list(_open_windows)


def _database(window: QMainWindow) -> ContestDB | None:
    db = getattr(window, "db", None)
    return db if isinstance(db, ContestDB) else None


def _already_open(path: Path) -> QMainWindow | None:
    for window in _open_windows:
        db = _database(window)
        if window.isVisible() and db is not None and db.path.resolve() == path.resolve():
            return window
    return None


def open_path(parent: QWidget | None, path: Path) -> QMainWindow | None:
    """Open ``path`` in a new window (or bring forward the window that has it open already),
    or explain in a message why it cannot be opened."""
    shown = _already_open(path)
    if shown is not None:
        shown.raise_()
        shown.activateWindow()
        return shown
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
    recent.add_recent_file(path)
    return window


def close_all() -> None:
    """At the end of the program: close every opened window's contest file."""
    for window in open_windows():
        db = _database(window)
        if db is not None:
            db.close()
        window.deleteLater()
    _open_windows.clear()


def last_folder() -> str:
    """Where file dialogs start: the last folder used, else the user's documents."""
    folder = str(QSettings().value("last_folder", "") or "")
    return folder if folder and Path(folder).is_dir() else str(documents_folder())


def ask_and_open(parent: QWidget, filters: str | None = None) -> QMainWindow | None:
    """File → Open: a contest file (.jury) or a jury package (.jurypkg), or what ``filters``
    offer (a Qt file-dialog filter string)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Opening", "Open"),
        last_folder(),
        filters
        or QCoreApplication.translate(
            "Opening", "Contest files and jury packages (*.jury *.jurypkg);;All files (*)"
        ),
    )
    return open_path(parent, Path(name)) if name else None


def ask_and_open_package(parent: QWidget) -> QMainWindow | None:
    """Open a jury package (.jurypkg): the juror's side of the program."""
    return ask_and_open(
        parent, QCoreApplication.translate("Opening", "Jury packages (*.jurypkg);;All files (*)")
    )
