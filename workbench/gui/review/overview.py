"""The corpus overview: articles by date and by source with their progress, claims by tier and by
verdict, and the jump to the next article with must-check claims left. The articles' numbers come
from the navigator's rows, already in memory; the claims' from one grouped statement, read only
while the overview is open and at most once per refresh delay."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.model import Priority, Standing, Verdict
from workbench.core.project import CorpusOverview, Tally, next_with_must_check
from workbench.gui.review.claims_panel import ClaimsPanel
from workbench.gui.review.navigator import ArticlesNavigator
from workbench.gui.review.verdicts import LOOKS, RECHECK, key_text
from workbench.gui.window.current import Current
from workbench.gui.window.status import StatusArea

translate = QCoreApplication.translate

REFRESH_DELAY_MS = 400  # after the last verdict: a run of key presses costs one statement
_STANDINGS = (
    Standing.UNCHECKED,
    Standing.CONFIRMED,
    Standing.DENIED,
    Standing.UNVERIFIED,
    Standing.TO_RECHECK,
)
_DAY_ROLE = Qt.ItemDataRole.UserRole + 1


def tier_label(tier: Priority) -> str:
    return {
        Priority.MUST_CHECK: translate("Overview", "Must check"),
        Priority.CHECKWORTHY: translate("Overview", "Check-worthy"),
        Priority.LOW: translate("Overview", "Low"),
    }[tier]


def standing_label(standing: Standing) -> str:
    if standing is Standing.TO_RECHECK:
        return f"{RECHECK.symbol} {RECHECK.label()}"
    look = LOOKS[Verdict(standing.value)]
    return f"{look.symbol} {look.label()}"


class OverviewDialog(QDialog):
    """The overview, open beside the window (not modal): it follows the checker's verdicts.

    Signals:
        next_requested(): "Next article with unchecked must-check claims" was pressed.
    """

    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("corpusOverview")
        self.summary = QLabel()
        self.summary.setObjectName("overviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.next_button = QPushButton()
        self.next_button.setObjectName("overviewNext")
        self.next_button.clicked.connect(self.next_requested)
        self.tiers = _table("overviewTiers", 3)
        self.verdicts = _table("overviewVerdicts", 2)
        self.days = _table("overviewDays", 3)
        self.sources = _table("overviewSources", 3)
        self.captions = [QLabel() for _ in range(4)]
        grid = QGridLayout()
        for position, (caption, table) in enumerate(
            zip(self.captions, (self.tiers, self.verdicts, self.days, self.sources), strict=True)
        ):
            caption.setBuddy(table)
            grid.addWidget(caption, (position // 2) * 2, position % 2)
            grid.addWidget(table, (position // 2) * 2 + 1, position % 2)
        grid.setRowStretch(3, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.next_button)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self._overview: CorpusOverview | None = None
        self.retranslate("")
        self.resize(760, 600)

    def retranslate(self, next_key: str) -> None:
        self.setWindowTitle(translate("Overview", "Corpus overview"))
        text = translate("Overview", "Next article with unchecked must-check claims")
        self.next_button.setText(f"{text} ({next_key})" if next_key else text)
        for caption, text in zip(
            self.captions,
            (
                translate("Overview", "Claims by &tier"),
                translate("Overview", "Claims by &verdict"),
                translate("Overview", "Articles by &date"),
                translate("Overview", "Articles by &source"),
            ),
            strict=True,
        ):
            caption.setText(text)
            buddy = caption.buddy()
            if buddy is not None:  # announced by its caption's words
                buddy.setAccessibleName(text.replace("&", ""))
        self.summary.setAccessibleName(translate("Overview", "Corpus overview"))
        self.tiers.setHorizontalHeaderLabels(
            [
                translate("Overview", "Tier"),
                translate("Overview", "Claims"),
                translate("Overview", "Checked"),
            ]
        )
        self.verdicts.setHorizontalHeaderLabels(
            [translate("Overview", "Verdict"), translate("Overview", "Claims")]
        )
        for table, first in (
            (self.days, translate("Overview", "Date")),
            (self.sources, translate("Overview", "Source")),
        ):
            table.setHorizontalHeaderLabels(
                [first, translate("Overview", "Articles"), translate("Overview", "Finished")]
            )
        if self._overview is not None:
            self.show_overview(self._overview)

    def show_overview(self, overview: CorpusOverview) -> None:
        self._overview = overview
        self.summary.setText(
            translate(
                "Overview",
                "{0} articles, {1} finished · {2} claims, {3} checked · "
                "{4} must-check claims left in {5} articles",
            ).format(
                overview.articles.count,
                overview.articles.done,
                overview.claims.count,
                overview.claims.done,
                overview.must_check_left,
                overview.articles_with_must_check_left,
            )
        )
        self.next_button.setEnabled(overview.must_check_left > 0)
        _fill(
            self.tiers,
            [
                (tier_label(tier), overview.by_tier[tier].count, overview.by_tier[tier].done)
                for tier in Priority
            ],
        )
        _fill(
            self.verdicts,
            [(standing_label(s), overview.by_standing.get(s, 0)) for s in _STANDINGS],
        )
        no_date = translate("Overview", "(no date)")
        _fill(self.days, [(day or no_date, t.count, t.done) for day, t in overview.by_day])
        no_source = translate("Overview", "(unknown)")
        _fill(
            self.sources, [(name or no_source, t.count, t.done) for name, t in overview.by_source]
        )


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab goes to the next table
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, columns):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: Sequence[tuple[object, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)


class OverviewController(QObject):
    """Opens the overview, keeps it up to date while it is open, and runs "next article with
    unchecked must-check claims".

    Collaborators: the window's `Current` state, the navigator (its rows are the articles'
    numbers), the claims panel (to land on the must-check claim), the status area, the two
    actions, `go_to_article` (the review controller's), and the window the dialog belongs to.
    """

    def __init__(
        self,
        current: Current,
        navigator: ArticlesNavigator,
        claims_panel: ClaimsPanel,
        status: StatusArea,
        show_action: QAction,
        next_action: QAction,
        go_to_article: Callable[[int], None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._current = current
        self._navigator = navigator
        self._claims_panel = claims_panel
        self._status = status
        self._next_action = next_action
        self._go_to_article = go_to_article
        self._window = window
        self.dialog: OverviewDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        show_action.triggered.connect(self.show)
        next_action.triggered.connect(self.go_to_next_must_check)
        model = navigator.model
        for signal in (model.dataChanged, model.rowsInserted, model.modelReset):
            signal.connect(self._on_navigator_changed)
        current.project_changed.connect(self._on_navigator_changed)

    def show(self) -> None:
        if self.dialog is None:
            self.dialog = OverviewDialog(self._window)
            self.dialog.addAction(self._next_action)  # its key works with the dialog in front
            self.dialog.next_requested.connect(self.go_to_next_must_check)
            self.dialog.finished.connect(self._timer.stop)
            self.retranslate()
        self.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def retranslate(self) -> None:
        if self.dialog is not None:
            self.dialog.retranslate(key_text(self._next_action.shortcut()))

    def refresh(self) -> None:
        self._timer.stop()
        project = self._current.project
        if self.dialog is None:
            return
        if project is None:
            self.dialog.show_overview(_empty())
            return
        self.dialog.show_overview(project.corpus_overview(self._navigator.model.rows()))

    def go_to_next_must_check(self) -> None:
        """The next article, in the navigator's order, with must-check claims not checked yet,
        on its first such claim."""
        if self._current.project is None:
            return
        rows = self._navigator.visible_rows()
        after = self._current.article_id
        target = next_with_must_check(rows, after) or next_with_must_check(
            self._navigator.model.rows(), after
        )
        if target is None:
            self._status.tell(
                translate("Overview", "No article has must-check claims left to check"), 6000
            )
            return
        if target != after:
            self._go_to_article(target)
        self._claims_panel.move_to_next_unchecked(must_check=True)

    def _on_navigator_changed(self, *_args: object) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self._timer.start()


def _empty() -> CorpusOverview:
    return CorpusOverview(Tally(), Tally(), 0, 0, [], [], dict.fromkeys(Priority, Tally()), {})
