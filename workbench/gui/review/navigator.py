"""The articles navigator: every article of the project with its corpus index, date, source and
progress (n of m checked, must-check claims left), sorted on a header click, filtered by title
and to the articles not finished."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.project import ArticleRow
from workbench.gui.review.tables import filter_change, restore_header

translate = QCoreApplication.translate

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FINISHED_ROLE = Qt.ItemDataRole.UserRole + 3
MUST_CHECK_LEFT_ROLE = Qt.ItemDataRole.UserRole + 4

INDEX, DATE, SOURCE, TITLE, PROGRESS, MUST_CHECK = range(6)
_COLUMNS = 6
MUST_CHECK_MARK = "⚑"  # beside the count, so the mark is never colour alone
FINISHED_MARK = "✓"

ModelIndex = QModelIndex | QPersistentModelIndex


class ArticlesModel(QAbstractTableModel):
    """One row per article (an `ArticleRow`: no text, only what is shown). Finished articles
    are drawn quiet with a tick, the progress of those with must-check claims left in bold with
    a flag and their count."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleRow] = []
        self._row_of: dict[int, int] = {}
        self._sorted: tuple[int, bool] | None = None  # column, descending
        self._quiet = QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_articles(self, articles: Sequence[ArticleRow]) -> None:
        self.beginResetModel()
        self._rows = list(articles)
        if self._sorted is not None:
            self._rows.sort(key=_sorting(self._sorted[0]), reverse=self._sorted[1])
        self._row_of = {row.id: index for index, row in enumerate(self._rows)}
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here in one pass of Python's sort: a proxy's sort would ask Qt for the two
        rows of every comparison, close to a second for 1,366 articles. The rows stay where
        they are as verdicts change their progress, until the next sort."""
        if not 0 <= column < _COLUMNS:
            return
        self._sorted = (column, order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        places = [(self._rows[index.row()].id, index.column()) for index in kept]
        self._rows.sort(key=_sorting(column), reverse=self._sorted[1])
        self._row_of = {row.id: index for index, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            kept, [self.index(self._row_of[identifier], at) for identifier, at in places]
        )
        self.layoutChanged.emit()

    def row_at(self, row: int) -> ArticleRow:
        return self._rows[row]

    def add_articles(self, articles: Sequence[ArticleRow]) -> None:
        """Rows for articles just written (an import's chunk); those already listed are skipped."""
        new = [row for row in articles if row.id not in self._row_of]
        if not new:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for offset, row in enumerate(new):
            self._row_of[row.id] = first + offset
        self._rows.extend(new)
        self.endInsertRows()
        if self._sorted is not None:  # in their place in the order shown
            column, descending = self._sorted
            self.sort(
                column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            )

    def update_progress(self, article_id: int, checked: int, total: int, must_left: int) -> None:
        row = self._row_of.get(article_id)
        if row is None:
            return
        self._rows[row] = replace(
            self._rows[row], checked_count=checked, claim_count=total, must_check_left=must_left
        )
        # the whole row: finishing an article quiets every cell of it
        self.dataChanged.emit(self.index(row, 0), self.index(row, _COLUMNS - 1))

    def row_of(self, article_id: int) -> int | None:
        return self._row_of.get(article_id)

    def article_ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def rows(self) -> list[ArticleRow]:
        return list(self._rows)

    def totals(self) -> tuple[int, int]:
        return sum(row.checked_count for row in self._rows), sum(
            row.claim_count for row in self._rows
        )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column_title(section, long=True)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ARTICLE_ID_ROLE:
            return row.id
        if role == FINISHED_ROLE:
            return row.is_finished
        if role == MUST_CHECK_LEFT_ROLE:
            return row.must_check_left
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _spoken(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.is_finished:
            return self._quiet
        # The mark, not the whole row: in a fresh corpus nearly every article has some left.
        if role == Qt.ItemDataRole.FontRole and column == PROGRESS and row.must_check_left:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (INDEX, PROGRESS, MUST_CHECK):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def column_title(column: int, long: bool = False) -> str:
    if column == INDEX:
        return (
            translate("ArticlesModel", "Number of the article in its corpus export")
            if long
            else translate("ArticlesModel", "#")
        )
    if column == DATE:
        return translate("ArticlesModel", "Date")
    if column == SOURCE:
        return (
            translate("ArticlesModel", "The site, or the file the article was read from")
            if long
            else translate("ArticlesModel", "Source")
        )
    if column == TITLE:
        return translate("ArticlesModel", "Article")
    if column == PROGRESS:
        return (
            translate("ArticlesModel", "Claims checked, of all the article's claims")
            if long
            else translate("ArticlesModel", "Checked")
        )
    if column == MUST_CHECK:
        return (
            translate("ArticlesModel", "Must-check claims not checked yet")
            if long
            else translate("ArticlesModel", "Must")
        )
    return ""


def _display(row: ArticleRow, column: int) -> str:
    if column == INDEX:
        return str(row.corpus_index) if row.corpus_index is not None else ""
    if column == DATE:
        return row.day or row.date
    if column == SOURCE:
        return row.source
    if column == TITLE:
        return row.title
    if column == PROGRESS:
        # compact: the navigator is narrow, and the words are in the tooltip and announced
        text = f"{row.checked_count}/{row.claim_count}"
        if row.is_finished:
            return f"{FINISHED_MARK} {text}"
        return f"{text} {MUST_CHECK_MARK}{row.must_check_left}" if row.must_check_left else text
    if column == MUST_CHECK:
        return f"{MUST_CHECK_MARK} {row.must_check_left}" if row.must_check_left else ""
    return ""


def _sorting(column: int) -> Callable[[ArticleRow], tuple[Any, int]]:
    """The key of a column's order; equal keys keep the reading order."""
    return lambda row: (_sort_key(row, column), row.position)


def _sort_key(row: ArticleRow, column: int) -> Any:
    if column == INDEX:
        return row.corpus_index if row.corpus_index is not None else row.position
    if column == DATE:
        return row.day or row.date or "~"  # the undated last
    if column == SOURCE:
        return row.source.casefold()
    if column == TITLE:
        return row.title.casefold()
    if column == PROGRESS:
        return row.checked_count / row.claim_count if row.claim_count else 1.0
    return row.must_check_left


def _tooltip(row: ArticleRow) -> str:
    stated = row.date.replace("T", " ")
    lines = [row.title, " — ".join(part for part in (stated, row.source) if part)]
    lines.append(
        translate("ArticlesModel", "{0} of {1} claims checked").format(
            row.checked_count, row.claim_count
        )
    )
    if row.must_check_left:
        lines.append(
            translate("ArticlesModel", "{0} must-check claims not checked yet").format(
                row.must_check_left
            )
        )
    return "\n".join(lines)


def _spoken(row: ArticleRow, column: int) -> str:
    if column == PROGRESS:
        spoken = translate("ArticlesModel", "{0} of {1} claims checked").format(
            row.checked_count, row.claim_count
        )
        if row.must_check_left:
            spoken += ", " + _spoken(row, MUST_CHECK)
        return spoken
    if column == MUST_CHECK:
        return translate("ArticlesModel", "{0} must-check claims not checked yet").format(
            row.must_check_left
        )
    return _display(row, column)


class ArticlesFilter(QSortFilterProxyModel):
    """Articles whose title holds the text typed, and with "not finished" only those with
    claims left to check. The article being read stays listed when its last claim is checked,
    so the checker is not thrown to the top of the list."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._unfinished_only = False
        self._kept: int | None = None

    def set_text(self, text: str) -> None:
        with filter_change(self):
            self._text = text.casefold()

    def set_unfinished_only(self, only: bool) -> None:
        with filter_change(self):
            self._unfinished_only = only

    def keep(self, article_id: int | None) -> None:
        """The article shown, listed even when finished."""
        if article_id == self._kept:
            return
        if not self._unfinished_only:
            self._kept = article_id  # nothing hidden: no need to filter again
            return
        with filter_change(self):
            self._kept = article_id

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The articles model sorts itself (`ArticlesModel.sort`); the filter keeps its order."""
        model = self.sourceModel()
        if isinstance(model, ArticlesModel):
            model.sort(column, order)

    def accepts(self, row: ArticleRow) -> bool:
        if self._unfinished_only and row.is_finished and row.id != self._kept:
            return False
        return not self._text or self._text in row.title.casefold()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        return isinstance(model, ArticlesModel) and self.accepts(model.row_at(source_row))


class ArticlesNavigator(QWidget):
    """Signals:
    current_article_changed(object): the selected article id, or None.
    """

    current_article_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticlesModel(self)
        self.proxy = ArticlesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setObjectName("articleFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.unfinished_only = QCheckBox()
        self.unfinished_only.setObjectName("unfinishedOnly")
        self.unfinished_only.toggled.connect(self.proxy.set_unfinished_only)
        self.table = QTableView()
        self.table.setObjectName("articlesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(INDEX, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        for column in range(_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_custom_context_menu_requested)
        self._widths_restored = False
        # Room the title needs in a narrow navigator: shown on demand (the header's menu); the
        # source is in each row's tooltip, the must-check claims left in its progress.
        header.setSectionHidden(SOURCE, True)
        header.setSectionHidden(MUST_CHECK, True)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.unfinished_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self._emitting = True
        self.retranslate()

    def _fit_columns(self) -> None:
        """Widths from the font, not the contents: fitting would read all 1,366 rows after every
        verdict."""
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        margin = 3 * metrics.horizontalAdvance(" ")
        if self._widths_restored:
            return  # the checker's own widths win
        widths = {
            INDEX: metrics.horizontalAdvance("9999") + margin,
            DATE: metrics.horizontalAdvance("2024-10-25") + margin,
            SOURCE: metrics.horizontalAdvance("www.lemonde.fr") + margin,
            PROGRESS: QFontMetrics(bold).horizontalAdvance(f"99/99 {MUST_CHECK_MARK}99") + margin,
            MUST_CHECK: metrics.horizontalAdvance(f"{MUST_CHECK_MARK} 99") + margin,
        }
        header = self.table.horizontalHeader()
        titles = header.fontMetrics()
        for column, width in widths.items():
            # the title and the sort arrow fit too, in every language
            title = titles.horizontalAdvance(column_title(column)) + 2 * margin
            header.resizeSection(column, max(width, title))

    def retranslate(self) -> None:
        self._fit_columns()
        self.filter.setPlaceholderText(translate("ArticlesNavigator", "Filter the articles"))
        self.filter.setAccessibleName(translate("ArticlesNavigator", "Filter the articles"))
        self.table.setAccessibleName(translate("ArticlesNavigator", "Articles of the project"))
        self.unfinished_only.setAccessibleName(translate("ArticlesNavigator", "Not finished"))
        self.unfinished_only.setText(translate("ArticlesNavigator", "Not finished"))
        self.unfinished_only.setToolTip(
            translate("ArticlesNavigator", "Only the articles with claims left to check")
        )

    def header_state(self) -> QByteArray:
        """Which columns are shown, their widths, order and the sort, to keep in the settings."""
        return self.table.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray | None) -> None:
        header = self.table.horizontalHeader()
        if not restore_header(header, state, TITLE):
            return
        self._widths_restored = True
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def column_menu(self) -> QMenu:
        """A checkable entry per column the user may hide (all but the title)."""
        menu = QMenu(self)
        menu.setObjectName("articlesColumnsMenu")
        header = self.table.horizontalHeader()
        for column in (INDEX, DATE, SOURCE, PROGRESS, MUST_CHECK):
            action = menu.addAction(column_title(column, long=column in (INDEX, MUST_CHECK)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(
                lambda shown, column=column: header.setSectionHidden(column, not shown)
            )
        return menu

    def set_articles(self, articles: Sequence[ArticleRow]) -> None:
        self._emitting = False
        try:
            self.model.set_articles(articles)
        finally:
            self._emitting = True

    def add_articles(self, articles: Sequence[ArticleRow]) -> None:
        """Articles an import just wrote: listed at once, the current one kept."""
        self._emitting = False
        try:
            self.model.add_articles(articles)
        finally:
            self._emitting = True

    def visible_rows(self) -> list[ArticleRow]:
        """The articles as listed now: filtered and in the order of the sorted column."""
        return [row for row in self.model.rows() if self.proxy.accepts(row)]

    def current_article(self) -> int | None:
        index = self.table.currentIndex()
        value = index.data(ARTICLE_ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def select_article(self, article_id: int | None, notify: bool = True) -> bool:
        row = self.model.row_of(article_id) if article_id is not None else None
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self._emitting = notify
        try:
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._emitting = True
        self.table.scrollTo(index)
        return True

    def step(self, step: int) -> bool:
        rows = self.proxy.rowCount()
        current = self.table.currentIndex()
        row = current.row() + step if current.isValid() else 0
        if not 0 <= row < rows:
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.proxy.index(row, 0), flags)
        self.table.scrollTo(self.proxy.index(row, 0))
        return True

    def _on_table_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            self.proxy.keep(int(current.data(ARTICLE_ID_ROLE)))
        if self._emitting:
            value = current.data(ARTICLE_ID_ROLE) if current.isValid() else None
            self.current_article_changed.emit(int(value) if value is not None else None)

    def _on_header_custom_context_menu_requested(self, position: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.horizontalHeader().mapToGlobal(position))
