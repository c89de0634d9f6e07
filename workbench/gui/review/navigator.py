"""The articles navigator: every article of the project with its progress (n of m checked)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.project import ArticleRecord

translate = QCoreApplication.translate

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

TITLE, PROGRESS = range(2)

ModelIndex = QModelIndex | QPersistentModelIndex


class ArticlesModel(QAbstractTableModel):
    """Title and progress per article. Article texts are not kept here, only what is shown."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[tuple[int, str, int, int]] = []  # id, title, checked, total
        self._row_of: dict[int, int] = {}

    def set_articles(self, articles: Sequence[ArticleRecord]) -> None:
        self.beginResetModel()
        self._rows = [(a.id, a.title, a.checked_count, a.claim_count) for a in articles]
        self._row_of = {row[0]: index for index, row in enumerate(self._rows)}
        self.endResetModel()

    def update_progress(self, article_id: int, checked: int, total: int) -> None:
        row = self._row_of.get(article_id)
        if row is None:
            return
        identifier, title, *_ = self._rows[row]
        self._rows[row] = (identifier, title, checked, total)
        self.dataChanged.emit(self.index(row, PROGRESS), self.index(row, PROGRESS))

    def row_of(self, article_id: int) -> int | None:
        return self._row_of.get(article_id)

    def article_ids(self) -> list[int]:
        return [row[0] for row in self._rows]

    def totals(self) -> tuple[int, int]:
        return sum(row[2] for row in self._rows), sum(row[3] for row in self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == TITLE:
            return translate("ArticlesModel", "Article")
        if section == PROGRESS:
            return translate("ArticlesModel", "Checked")
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        identifier, title, checked, total = self._rows[index.row()]
        column = index.column()
        if role == ARTICLE_ID_ROLE:
            return identifier
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return title
            return translate("ArticlesModel", "{0} of {1}").format(checked, total)
        if role == SORT_ROLE:
            return title.casefold() if column == TITLE else (checked / total if total else 1.0)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("ArticlesModel", "{0}\n{1} of {2} claims checked").format(
                title, checked, total
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ArticlesNavigator(QWidget):
    """Signals:
    current_article_changed(object): the selected article id, or None.
    """

    current_article_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticlesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(TITLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setObjectName("articleFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("articlesTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # A fixed width: fitting the contents would read all 1,366 rows after every verdict.
        header.setSectionResizeMode(PROGRESS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(PROGRESS, self.fontMetrics().horizontalAdvance("  9999 of 9999  "))
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        self._emitting = True
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(translate("ArticlesNavigator", "Filter the articles"))
        self.filter.setAccessibleName(translate("ArticlesNavigator", "Filter the articles"))
        self.table.setAccessibleName(translate("ArticlesNavigator", "Articles of the project"))

    def set_articles(self, articles: Sequence[ArticleRecord]) -> None:
        self._emitting = False
        try:
            self.model.set_articles(articles)
        finally:
            self._emitting = True

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
        if self._emitting:
            value = current.data(ARTICLE_ID_ROLE) if current.isValid() else None
            self.current_article_changed.emit(int(value) if value is not None else None)
