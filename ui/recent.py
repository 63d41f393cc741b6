"""Recently opened contest files and jury packages, kept in QSettings (cosmetic state)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

KEY = "recent_files"
MAX_RECENT = 8


def _key(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def _stored() -> list[str]:
    value = QSettings().value(KEY, [])
    if isinstance(value, str):  # one entry comes back as a plain string from some formats
        return [value] if value else []
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


def recent_files() -> list[Path]:
    """Files that still exist, most recent first, each once, at most :data:`MAX_RECENT`."""
    seen: set[str] = set()
    paths: list[Path] = []
    for name in _stored():
        path = Path(name)
        key = _key(path)
        if key in seen or not path.is_file():
            continue
        seen.add(key)
        paths.append(path)
    return paths[:MAX_RECENT]


def add_recent_file(path: Path) -> None:
    """Put ``path`` first in the list (moving it up if it was there already)."""
    key = _key(path)
    rest = [str(p) for p in recent_files() if _key(p) != key]
    QSettings().setValue(KEY, [key, *rest][:MAX_RECENT])


def clear_recent_files() -> None:
    QSettings().remove(KEY)


def recent_menu(parent: QWidget, open_file: Callable[[Path], object]) -> QMenu:
    """File → Open recent: rebuilt each time it is shown, so it lists what exists now."""
    menu = QMenu(QCoreApplication.translate("RecentFiles", "Open &recent"), parent)
    menu.setObjectName("recent_menu")
    menu.aboutToShow.connect(lambda: fill_recent_menu(menu, open_file))
    fill_recent_menu(menu, open_file)  # keyboard navigation needs items before the first show
    return menu


def fill_recent_menu(menu: QMenu, open_file: Callable[[Path], object]) -> None:
    menu.clear()
    paths = recent_files()
    for number, path in enumerate(paths, 1):
        action = QAction(f"&{number} {path.name}", menu)
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.setData(str(path))
        action.triggered.connect(lambda _=False, p=path: open_file(p))
        menu.addAction(action)
    if not paths:
        empty = QAction(QCoreApplication.translate("RecentFiles", "No recent files"), menu)
        empty.setEnabled(False)
        menu.addAction(empty)
    menu.addSeparator()
    clear = QAction(QCoreApplication.translate("RecentFiles", "Clear list"), menu)
    clear.setEnabled(bool(paths))
    clear.triggered.connect(clear_recent_files)
    menu.addAction(clear)
    menu.setToolTipsVisible(True)
