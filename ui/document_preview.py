"""Showing a document as it will be printed (a PDF in a QPdfView, or the badge's PNG) and
printing it page by page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

# Pages are printed as images; 300 dpi keeps text sharp, while an A4 page at the 1200 dpi of
# a high-resolution PDF printer would take half a gigabyte of memory.
PRINT_DPI = 300


class ElidedLabel(QLabel):
    """One line of text that ends in «…» rather than widening its window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, _event: QPaintEvent) -> None:
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        painter.drawText(rect, int(self.alignment()), text)


class DocumentPreview(QWidget):
    """A PDF (kept in memory with the buffer it was read from), a picture, or a message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None  # QPdfDocument reads from it for its whole life
        self._picture = QPixmap()
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setStyleSheet("QPdfView { background: #9ca3af }")
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(120, 120)
        self.image.setStyleSheet("background: #9ca3af")
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #4b5563; padding: 24px; background: #f3f4f6")
        self.title = ElidedLabel(self)
        self.title.setStyleSheet("color: #1f2937; font-weight: bold")
        self.zoom_combo = QComboBox(self)
        self.zoom_combo.addItem(self.tr("Whole page"), QPdfView.ZoomMode.FitInView)
        self.zoom_combo.addItem(self.tr("Fit width"), QPdfView.ZoomMode.FitToWidth)
        self.zoom_combo.currentIndexChanged.connect(
            lambda: self.view.setZoomMode(self.zoom_combo.currentData())
        )
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.zoom_combo)
        self.pages = QStackedLayout()
        for widget in (self.message, self.view, self.image):
            self.pages.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(self.pages, 1)
        self.show_message("")

    def kind(self) -> str:
        """What is shown: "pdf", "png" or "" (a message)."""
        widget = self.pages.currentWidget()
        return "pdf" if widget is self.view else "png" if widget is self.image else ""

    def show_pdf(self, data: bytes, title: str = "") -> None:
        self._release()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        self._show(self.view, title)

    def show_png(self, data: bytes, title: str = "") -> None:
        self._release()
        self._picture.loadFromData(data, "PNG")
        self._scale_picture()
        self._show(self.image, title)

    def show_message(self, text: str) -> None:
        self._release()
        self.message.setText(text)
        self._show(self.message, "")

    def picture(self) -> QImage:
        return self._picture.toImage()

    def _show(self, widget: QWidget, title: str) -> None:
        self.title.setText(title)
        self.title.setToolTip(title)
        self.zoom_combo.setVisible(widget is self.view)
        self.pages.setCurrentWidget(widget)

    def _release(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._picture = QPixmap()
        self.image.clear()

    def _scale_picture(self) -> None:
        if self._picture.isNull():
            return
        size = self.image.size().shrunkBy(self.image.contentsMargins()) - QSize(16, 16)
        self.image.setPixmap(
            self._picture.scaled(
                size.boundedTo(self._picture.size()),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_picture()


def print_document(
    document: QPdfDocument,
    printer: QPrinter,
    dpi: int = PRINT_DPI,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Print every page of ``document``, each fitted to the printer's page; the number of
    pages printed. ``progress(done, total)`` may return False to stop."""
    total = document.pageCount()
    painter = QPainter()
    if total == 0 or not painter.begin(printer):
        return 0
    resolution = min(printer.resolution(), dpi)
    printed = 0
    try:
        for page in range(total):
            if progress is not None and not progress(page, total):
                break
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(
                round(points.width() * resolution / 72), round(points.height() * resolution / 72)
            )
            _draw_fitted(painter, printer, document.render(page, size))
            printed += 1
    finally:
        painter.end()
    return printed


def print_image(image: QImage, printer: QPrinter) -> int:
    """Print one picture fitted to the page; 1 when printed."""
    painter = QPainter()
    if image.isNull() or not painter.begin(printer):
        return 0
    try:
        _draw_fitted(painter, printer, image)
    finally:
        painter.end()
    return 1


def _draw_fitted(painter: QPainter, printer: QPrinter, image: QImage) -> None:
    """``image`` centred in the printable area, as large as fits, keeping its proportions."""
    area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
    area.moveTo(0, 0)  # the painter's origin is already the printable area's corner
    size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRect(0, 0, size.width(), size.height())
    target.moveCenter(area.center())
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(target, image)
