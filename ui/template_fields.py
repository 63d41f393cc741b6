"""Fields of the template dialog that are more than a line of text: the accent colour and
the pictures (emblem, facsimile, seal)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)


class ColorButton(QPushButton):
    """Shows a colour (#rrggbb) and lets the user pick another."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = "#000000"
        self.setFixedWidth(160)
        self.clicked.connect(self._choose)

    def set_color(self, color: str) -> None:
        self.color = color
        text = "#000000" if QColor(color).lightness() > 150 else "#ffffff"
        self.setText(color)
        self.setStyleSheet(f"background: {color}; color: {text}; padding: 4px 16px")
        self.changed.emit()

    def _choose(self) -> None:
        color = QColorDialog.getColor(QColor(self.color), self, self.tr("Accent colour"))
        if color.isValid():
            self.set_color(color.name())


class ImageField(QWidget):
    """A picture (PNG or JPEG bytes, or none) with a thumbnail, «Choose…» and «Remove»."""

    changed = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = b""
        self._folder = folder
        self.thumb = QLabel(self)
        self.thumb.setFixedSize(52, 52)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet("border: 1px solid #d1d5db; background: white; color: #9ca3af")
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(lambda: self.set_data(b""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.thumb)
        layout.addWidget(choose)
        layout.addWidget(remove)
        layout.addStretch(1)

    def set_data(self, data: bytes) -> None:
        self.data = bytes(data)
        picture = QPixmap()
        if data and picture.loadFromData(data):
            self.thumb.setPixmap(
                picture.scaled(
                    48,
                    48,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.thumb.clear()
            self.thumb.setText("?" if data else "—")  # «?»: not a picture Qt can read
        self.changed.emit()

    def _choose(self) -> None:
        settings = QSettings()
        folder = str(settings.value("last_folder", str(self._folder)))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a picture"), folder, self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path:
            settings.setValue("last_folder", str(Path(path).parent))
            self.set_data(Path(path).read_bytes())
