"""The Qt binding itself must not leak or lose references (PySide6 6.12.0 lost one on None
per call returning None, which kills the program after a few thousand clicks)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_returning_none_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Оценено 5 из 317")
    assert sys.getrefcount(None) >= before - 50
