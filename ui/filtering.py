"""Changing a proxy model's row filter with the API of the Qt that runs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel


def change_row_filter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Apply ``change`` (which alters the filter's state) and re-filter the rows.

    Qt 6.9 replaced invalidateRowsFilter() by a begin/end pair around the change.
    """
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        change()
        proxy.invalidateRowsFilter()
