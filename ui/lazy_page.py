"""A page of the main window that is built the first time it is shown, so the program's
start does not pay for pages nobody has opened yet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Stands in the page stack for the real page, which ``factory(parent)`` makes."""

    def __init__(self, factory: Callable[[QWidget], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._factory = factory
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def is_built(self) -> bool:
        return self._page is not None

    def page(self) -> QWidget:
        """The real page, built now if it was not yet."""
        if self._page is None:
            self._page = self._factory(self)
            self._layout.addWidget(self._page)
            if self.isVisible():
                self._page.show()
        return self._page

    def showEvent(self, event: QShowEvent) -> None:
        self.page()
        super().showEvent(event)


def real_page(widget: QWidget | None) -> QWidget | None:
    """The page a stack entry stands for (the built page of a :class:`LazyPage`)."""
    return widget.page() if isinstance(widget, LazyPage) else widget
