"""The claims panel: filters over a sortable table of the current article's claims."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.model import ClaimType, Priority, Verdict
from workbench.core.project import ClaimRecord
from workbench.gui.review.claims_model import (
    ALSO_IN,
    CLAIM_ID_ROLE,
    CLAIM_ROLE,
    NUMBER,
    SCORE,
    TEXT,
    TYPES,
    VERDICT,
    ClaimsFilter,
    ClaimsModel,
)
from workbench.gui.review.tables import restore_header
from workbench.gui.review.verdicts import LOOKS, ORDER, type_label

translate = QCoreApplication.translate


class ClaimsPanel(QWidget):
    """Signals:
    current_claim_changed(object): the selected claim id, or None.
    """

    current_claim_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClaimsModel(self)
        self.proxy = ClaimsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("claimSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.installEventFilter(self)
        self.verdict_filter = QComboBox()
        self.verdict_filter.setObjectName("verdictFilter")
        self.verdict_filter.currentIndexChanged.connect(
            self._on_verdict_filter_current_index_changed
        )
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("typeFilter")
        self.type_filter.currentIndexChanged.connect(self._on_type_filter_current_index_changed)
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("threshold")
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.valueChanged.connect(self._on_threshold_value_changed)
        self.show_dismissed = QCheckBox()
        self.show_dismissed.setChecked(True)
        self.show_dismissed.toggled.connect(self.proxy.set_show_dismissed)
        self.must_check_only = QCheckBox()
        self.must_check_only.setObjectName("mustCheckOnly")
        self.must_check_only.toggled.connect(self.proxy.set_must_check_only)
        self.table = QTableView()
        self.table.setObjectName("claimsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.installEventFilter(self)
        self._widths_restored = False
        header = self.table.horizontalHeader()
        for column in (NUMBER, VERDICT, SCORE, TYPES, ALSO_IN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.moveSection(ALSO_IN, TEXT)  # shown beside the verdict, in view at the usual width
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("99"))
        # The score is a detector's number, not the checker's: shown on demand (header's menu).
        header.setSectionHidden(SCORE, True)
        header.setSectionHidden(ALSO_IN, True)  # until the corpus check finds a claim elsewhere
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_custom_context_menu_requested)
        self._fit_columns()
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        # Two rows, so the filters keep their words in French too at the panel's usual width.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.threshold)
        filters = QHBoxLayout()
        filters.addWidget(self.verdict_filter, 1)
        filters.addWidget(self.type_filter, 1)
        filters.addWidget(self.show_dismissed)
        filters.addWidget(self.must_check_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self._emitting = True
        self.retranslate()

    def _fit_columns(self) -> None:
        """Widths from the font and the labels, not the contents: fitting would read every row
        after each edit. The types column fits the longest type name in this language (a claim's
        other types are in its tooltip and announced)."""
        if self._widths_restored:
            return  # the checker's own widths win
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        names = sorted(
            (type_label(kind.value) for kind in ClaimType), key=metrics.horizontalAdvance
        )
        margin = 2 * metrics.horizontalAdvance("  ")
        widths = {
            NUMBER: metrics.horizontalAdvance("9999") + margin,
            VERDICT: max(
                metrics.horizontalAdvance("✓") + margin,
                header.fontMetrics().horizontalAdvance(
                    str(self.model.headerData(VERDICT, Qt.Orientation.Horizontal))
                )
                + margin,
            ),
            SCORE: metrics.horizontalAdvance("0.00") + margin,
            TYPES: metrics.horizontalAdvance(names[-1]) + margin,
            ALSO_IN: metrics.horizontalAdvance("⚠ 99 articles") + margin,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)

    def header_state(self) -> QByteArray:
        """Which columns are shown, their widths and order, to keep in the settings."""
        return self.table.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray | None) -> None:
        header = self.table.horizontalHeader()
        if not restore_header(header, state, TEXT):
            return
        self._widths_restored = True

    def show_also_in(self, shown: bool) -> None:
        """The "Also in" column takes room only when some claim is stated in other articles."""
        self.table.horizontalHeader().setSectionHidden(ALSO_IN, not shown)

    def column_menu(self) -> QMenu:
        """A checkable entry per column the user may hide (all but the claim's text)."""
        menu = QMenu(self)
        menu.setObjectName("claimsColumnsMenu")
        header = self.table.horizontalHeader()
        for column in (NUMBER, VERDICT, SCORE, TYPES):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            if column == NUMBER:
                title = translate("ClaimsPanel", "Number")
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(
                lambda shown, column=column: header.setSectionHidden(column, not shown)
            )
        return menu

    def retranslate(self) -> None:
        self.table.setAccessibleName(translate("ClaimsPanel", "Claims of the article"))
        self.table.setAccessibleDescription(
            translate(
                "ClaimsPanel",
                "C, D, U set the verdict; Backspace clears it; right-click the header for columns",
            )
        )
        self.search.setAccessibleName(translate("ClaimsPanel", "Search the claims"))
        self.threshold.setAccessibleName(translate("ClaimsPanel", "Lowest score shown"))
        for editor in self.threshold.findChildren(QLineEdit):  # the box's own field has focus too
            editor.setAccessibleName(self.threshold.accessibleName())
        self.verdict_filter.setAccessibleName(translate("ClaimsPanel", "Show the verdict"))
        self.type_filter.setAccessibleName(translate("ClaimsPanel", "Show the type"))
        self.show_dismissed.setAccessibleName(translate("ClaimsPanel", "Show the dismissed claims"))
        self.search.setPlaceholderText(
            translate("ClaimsPanel", "Search the claims (Ctrl+F; Esc returns to the list)")
        )
        self.threshold.setPrefix(translate("ClaimsPanel", "score ≥ "))
        self.threshold.setToolTip(
            translate("ClaimsPanel", "Hide the detected claims scoring below this")
        )
        self.show_dismissed.setText(translate("ClaimsPanel", "Dismissed"))
        self.must_check_only.setText(translate("ClaimsPanel", "Must check"))
        self.must_check_only.setToolTip(
            translate(
                "ClaimsPanel",
                "Show only the claims to check first: allegations, numbers, anonymous sources",
            )
        )
        self.show_dismissed.setToolTip(translate("ClaimsPanel", "Show the dismissed claims"))
        verdict_index = max(0, self.verdict_filter.currentIndex())
        self.verdict_filter.blockSignals(True)
        self.verdict_filter.clear()
        self.verdict_filter.addItem(translate("ClaimsPanel", "All verdicts"), None)
        for verdict in ORDER:
            self.verdict_filter.addItem(LOOKS[verdict].icon(), LOOKS[verdict].label(), verdict)
        self.verdict_filter.setCurrentIndex(verdict_index)
        self.verdict_filter.blockSignals(False)
        type_index = max(0, self.type_filter.currentIndex())
        self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(translate("ClaimsPanel", "All types"), None)
        for kind in ClaimType:
            self.type_filter.addItem(type_label(kind.value), kind.value)
        self.type_filter.setCurrentIndex(type_index)
        self.type_filter.blockSignals(False)
        self._fit_columns()

    # -- content -------------------------------------------------------------------------------

    def set_claims(self, claims: Sequence[ClaimRecord]) -> None:
        self._emitting = False
        try:
            self.model.set_claims(claims)
        finally:
            self._emitting = True
        self.current_claim_changed.emit(None)

    def shown_claims(self) -> list[ClaimRecord]:
        """The claims the filters let through, in the table's order."""
        shown = []
        for row in range(self.proxy.rowCount()):
            claim = self.proxy.index(row, 0).data(CLAIM_ROLE)
            if isinstance(claim, ClaimRecord):
                shown.append(claim)
        return shown

    def update_claim(self, claim: ClaimRecord) -> None:
        self.model.update_claim(claim)

    def set_verdict_filter(self, verdict: Verdict | None) -> None:
        index = self.verdict_filter.findData(verdict) if verdict is not None else 0
        self.verdict_filter.setCurrentIndex(index)

    def set_type_filter(self, kind: str | None) -> None:
        index = self.type_filter.findData(kind) if kind is not None else 0
        self.type_filter.setCurrentIndex(index)

    # -- selection -----------------------------------------------------------------------------

    def current_claim(self) -> ClaimRecord | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        claim = index.data(CLAIM_ROLE)
        return claim if isinstance(claim, ClaimRecord) else None

    def select_claim(self, claim_id: int | None) -> bool:
        """Select a claim; returns False if it is filtered out (the selection is then cleared)."""
        if claim_id is None:
            self.table.selectionModel().clearCurrentIndex()
            self.table.clearSelection()
            return False
        row = self.model.row_of(claim_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self._select_index(index)
        return True

    def step(self, step: int) -> bool:
        """Select the next (step 1) or previous (step -1) claim in the table's order."""
        rows = self.proxy.rowCount()
        if rows == 0:
            return False
        current = self.table.currentIndex()
        row = current.row() + step if current.isValid() else (0 if step > 0 else rows - 1)
        if not 0 <= row < rows:
            return False
        self._select_index(self.proxy.index(row, 0))
        return True

    def move_to_next_unchecked(self, must_check: bool = False) -> bool:
        """Select the next claim to check (unchecked, or to re-check) after the current one,
        wrapping around; with `must_check`, the next such must-check claim."""
        rows = self.proxy.rowCount()
        current = self.table.currentIndex()
        start = current.row() if current.isValid() else -1
        for offset in range(1, rows + 1):
            row = (start + offset) % rows
            claim = self.proxy.index(row, 0).data(CLAIM_ROLE)
            if (
                isinstance(claim, ClaimRecord)
                and not claim.is_checked
                and not claim.is_dismissed
                and (not must_check or claim.priority is Priority.MUST_CHECK)
            ):
                self._select_index(self.proxy.index(row, 0))
                return True
        return False

    def _select_index(self, index: QModelIndex) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    # -- slots ---------------------------------------------------------------------------------

    def _on_table_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self._emitting:
            return
        claim_id = current.data(CLAIM_ID_ROLE) if current.isValid() else None
        self.current_claim_changed.emit(claim_id)

    def _on_header_custom_context_menu_requested(self, position: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.horizontalHeader().mapToGlobal(position))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Home and End go to the first and last claim (a table's own go to the row's first cell).
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            rows = self.proxy.rowCount()
            if rows:
                row = 0 if event.key() == Qt.Key.Key_Home else rows - 1
                self._select_index(self.proxy.index(row, 0))
            return True
        # Escape in the search box goes back to the list, the filter kept, as in the rationale.
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self.table.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)

    def _on_verdict_filter_current_index_changed(self, index: int) -> None:
        verdict = self.verdict_filter.itemData(index)
        self.proxy.set_verdicts([verdict] if verdict is not None else [])

    def _on_type_filter_current_index_changed(self, index: int) -> None:
        kind = self.type_filter.itemData(index)
        self.proxy.set_types([kind] if kind is not None else [])

    def _on_threshold_value_changed(self, value: float) -> None:
        self.proxy.set_threshold(value)
