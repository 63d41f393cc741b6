"""Dragging files onto a widget and dropping them, as the user does from a file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget


def drop_files(widget: QWidget, *paths: Path) -> bool:
    """Drag the files over ``widget`` and, if it accepts them, drop them; whether the drag
    was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(widget.rect().center(), *args)
    enter.ignore()
    widget.dragEnterEvent(enter)
    if enter.isAccepted():
        widget.dropEvent(QDropEvent(QPointF(widget.rect().center()), *args))
    return enter.isAccepted()
