"""Where the program keeps its own files: the user's app-data folder, never the current
folder or the folder of the executable (read-only under «Program Files» on the laptops)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

LOG_NAME = "jury-app.log"


def app_data_folder() -> Path:
    """The per-user folder for the program's own files (named after the application)."""
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def demo_folder() -> Path:
    """Where the built-in demo contest is built."""
    return app_data_folder() / "demo"


def log_file() -> Path:
    """The program's log file (its folder may not exist yet)."""
    return app_data_folder() / "logs" / LOG_NAME


def documents_folder() -> Path:
    """A sensible first folder for file dialogs before the user has chosen one."""
    location = QStandardPaths.StandardLocation.DocumentsLocation
    return Path(QStandardPaths.writableLocation(location) or Path.home())
