"""What the review's tables (the articles navigator, the claims list) share: refiltering a proxy,
and restoring the checker's header layout."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QByteArray, QSortFilterProxyModel
from PySide6.QtWidgets import QHeaderView


@contextmanager
def filter_change(proxy: QSortFilterProxyModel) -> Iterator[None]:
    """Change what `proxy` filters on inside the block; it refilters its rows once, after."""
    # beginFilterChange/endFilterChange replace the deprecated invalidateFilter in Qt 6.9
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        yield
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - Qt before 6.9
        yield
        proxy.invalidateFilter()


def restore_header(header: QHeaderView, state: QByteArray | None, main_column: int) -> bool:
    """The columns, widths and order the checker left, if `state` holds them. The main column
    (the title, the claim) is always shown and takes the room left. False when nothing was kept."""
    if state is None or not header.restoreState(state):
        return False
    header.setSectionHidden(main_column, False)
    header.setSectionResizeMode(main_column, QHeaderView.ResizeMode.Stretch)
    return True
