"""Window sizes that fit the laptop they open on (1366×768 is common among the jurors)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The share of the screen's free area a window may take, so its frame and title stay visible.
SCREEN_SHARE = 0.95


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to width × height, or smaller so that it fits the free area of its
    screen (never below its minimum size, which Qt keeps)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry()
    widget.resize(
        min(width, int(room.width() * SCREEN_SHARE)),
        min(height, int(room.height() * SCREEN_SHARE)),
    )
