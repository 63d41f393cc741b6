"""The built-in demo contest: the kuzbass-2025 preset with the shipped synthetic export."""

from __future__ import annotations

from pathlib import Path

from jury_app.contest import contest_status, create_contest, load_settings
from jury_app.importing.service import import_file
from jury_app.presets import kuzbass_2025
from jury_app.resources import resource_path
from jury_app.storage.engine import backups_dir, open_contest_file

DEMO_EXPORT = "demo-applications.xlsx"
DEMO_CONTEST = "demo-kuzbass-2025.jury"


def demo_export_path() -> Path:
    return resource_path("demo", DEMO_EXPORT)


def ensure_demo_contest(folder: Path) -> Path:
    """Return a ready demo contest in ``folder``, (re)building it when missing or unreadable."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DEMO_CONTEST
    if path.exists():
        if _usable(path):
            return path
        _remove(path)
    db = create_contest(path, kuzbass_2025())
    try:
        import_file(db, demo_export_path())
    finally:
        db.close()
    return path


def _usable(path: Path) -> bool:
    """The demo file opens and reads; a stale or damaged demo is simply built again."""
    try:
        with open_contest_file(path) as db:
            load_settings(db)
            contest_status(db)
        return True
    except Exception:  # any failure: the demo holds nothing the user must keep
        return False


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    folder = backups_dir(path)
    if folder.is_dir():
        for backup in folder.iterdir():
            backup.unlink()
        folder.rmdir()
