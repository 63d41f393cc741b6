"""Windows open no larger than the screen they are on."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.screen_fit import SCREEN_SHARE, fit_to_screen


def test_a_window_larger_than_the_screen_is_shrunk_to_it(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    room = widget.screen().availableGeometry()

    fit_to_screen(widget, room.width() * 2, room.height() // 2)

    assert widget.width() == int(room.width() * SCREEN_SHARE)
    assert widget.height() == room.height() // 2  # what fits is kept as asked


def test_the_minimum_size_still_wins(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    room = widget.screen().availableGeometry()
    widget.setMinimumWidth(room.width() + 100)

    fit_to_screen(widget, room.width() * 2, 100)

    assert widget.width() == room.width() + 100
