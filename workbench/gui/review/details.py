"""The current claim's details: verdict buttons, rationale, sources and history."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.model import Standing, Verdict
from workbench.core.project import ClaimRecord, HistoryEntry, SourceRecord
from workbench.gui.review.history_labels import field_label, value_label
from workbench.gui.review.verdicts import (
    LOOKS,
    ORDER,
    RECHECK,
    key_text,
    reasons_text,
    type_label,
)

translate = QCoreApplication.translate

_SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1
_HISTORY_VALUE = 80  # characters of an old or new value shown in the history list
RATIONALE_DELAY_MS = 400  # saved this long after the last key, or at once on leaving the field


class ClaimDetails(QWidget):
    """Shows one claim and reports the checker's edits; holds no business logic.

    Signals:
        verdict_chosen(Verdict): a verdict button was pressed.
        rationale_edited(int, str): the rationale of a claim changed (claim id, new text).
        editing_finished(): Escape in the rationale: the window moves focus back to the claims.
        claim_shown(object): the claim now shown (a ClaimRecord), or None.
        source_add_requested(): "Add a source" was pressed.
        source_edit_requested(SourceRecord), source_remove_requested(SourceRecord): the same for
            the source selected in the list.
    """

    verdict_chosen = Signal(object)
    rationale_edited = Signal(int, str)
    editing_finished = Signal()
    claim_shown = Signal(object)
    source_add_requested = Signal()
    source_edit_requested = Signal(object)
    source_remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._claim: ClaimRecord | None = None
        self._sources: tuple[SourceRecord, ...] = ()
        self._history: tuple[HistoryEntry, ...] = ()
        self._read_only = False
        self._saved_rationale = ""
        self._notes = 0
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons: dict[Verdict, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        grid = QGridLayout()
        for position, verdict in enumerate(ORDER):
            button = QToolButton()
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do it; focus stays put
            button.setObjectName(f"verdict-{verdict.value}")
            button.clicked.connect(lambda _=False, v=verdict: self.verdict_chosen.emit(v))
            self._group.addButton(button)
            self.buttons[verdict] = button
            grid.addWidget(button, position // 2, position % 2)
        self.rationale = QPlainTextEdit()
        self.rationale.setObjectName("rationale")
        self.rationale.setTabChangesFocus(True)
        self.rationale.installEventFilter(self)
        self.rationale.textChanged.connect(self._on_rationale_text_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RATIONALE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.sources = QListWidget()
        self.sources.setObjectName("sources")
        self.sources.itemActivated.connect(
            lambda item: self.source_edit_requested.emit(item.data(_SOURCE_ROLE))
        )
        self.add_source = QPushButton()
        self.add_source.setObjectName("addSource")
        self.add_source.clicked.connect(self.source_add_requested)
        self.edit_source = QPushButton()
        self.edit_source.setObjectName("editSource")
        self.edit_source.clicked.connect(self._on_edit_source_clicked)
        self.remove_source = QPushButton()
        self.remove_source.setObjectName("removeSource")
        self.remove_source.clicked.connect(self._on_remove_source_clicked)
        self.sources.currentRowChanged.connect(self._update_source_buttons)
        source_buttons = QHBoxLayout()
        for source_button in (self.add_source, self.edit_source, self.remove_source):
            source_buttons.addWidget(source_button)
        source_buttons.addStretch()
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.rationale_label = QLabel()
        self.rationale_label.setBuddy(self.rationale)
        self.sources_label = QLabel()
        self.history_label = QLabel()
        # The claim's header and verdict buttons stay in sight; what is below them scrolls when
        # the panel is short (1366x768 with a revision note, many sources, a long history).
        self.lower = QWidget()
        self.lower.setObjectName("detailsLower")
        self.lower_layout = QVBoxLayout(self.lower)
        self.lower_layout.setContentsMargins(0, 0, 0, 0)
        self.lower_layout.addWidget(self.rationale_label)
        self.lower_layout.addWidget(self.rationale, 2)
        self.lower_layout.addWidget(self.sources_label)
        self.lower_layout.addWidget(self.sources, 1)
        self.lower_layout.addLayout(source_buttons)
        self.lower_layout.addWidget(self.history_label)
        self.lower_layout.addWidget(self.history, 1)
        self.lower_area = QScrollArea()
        self.lower_area.setObjectName("detailsArea")
        self.lower_area.setWidget(self.lower)
        self.lower_area.setWidgetResizable(True)
        self.lower_area.setFrameShape(QFrame.Shape.NoFrame)
        self.lower_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the fields
        self.lower_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Below the verdicts, room for two lines at the least: the window must still fit a
        # 768-pixel-high screen beside the eight claim rows and the orphans panel.
        self.lower_area.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.reasons)
        layout.addLayout(grid)
        layout.addWidget(self.lower_area, 1)
        self.retranslate()
        self.show_claim(None, [], [])

    def retranslate(self) -> None:
        for verdict, button in self.buttons.items():
            look = LOOKS[verdict]
            key = key_text(look.key)
            button.setText(translate("ClaimDetails", "{0}  [{1}]").format(look.label(), key))
            button.setIcon(look.icon())
            button.setToolTip(
                translate(
                    "ClaimDetails",
                    "Mark the claim {0} ({1}); Shift+{1} also moves to the next unchecked claim",
                ).format(look.label().lower(), key)
            )
        self.rationale.setPlaceholderText(
            translate(
                "ClaimDetails", "Why this verdict? Saved as you type. Esc returns to the claims."
            )
        )
        self.rationale_label.setText(translate("ClaimDetails", "&Rationale"))
        self.sources_label.setText(translate("ClaimDetails", "Sources"))
        self.add_source.setText(translate("ClaimDetails", "Add a &source…"))
        self.add_source.setToolTip(
            translate("ClaimDetails", "Add a source to this claim (Ctrl+Shift+K)")
        )
        self.edit_source.setText(translate("ClaimDetails", "Edi&t…"))
        self.remove_source.setText(translate("ClaimDetails", "Remo&ve"))
        self.history_label.setText(translate("ClaimDetails", "History"))
        self.sources.setAccessibleName(translate("ClaimDetails", "Sources of the claim"))
        self.history.setAccessibleName(translate("ClaimDetails", "History of the claim"))
        self._show_heading()
        self._fill_sources(keep_selection=True)
        self._fill_history()

    def add_note(self, widget: QWidget) -> None:
        """A note about the claim (its revision, the other articles stating it), shown at the top
        of the part that scrolls, after the notes added before it."""
        self._notes += 1
        self.lower_layout.insertWidget(self._notes - 1, widget)

    def shown_sources(self) -> tuple[SourceRecord, ...]:
        return self._sources

    def shown_history(self) -> tuple[HistoryEntry, ...]:
        """The history shown, oldest first."""
        return self._history

    def claim(self) -> ClaimRecord | None:
        return self._claim

    def show_claim(
        self,
        claim: ClaimRecord | None,
        sources: Sequence[SourceRecord],
        history: Sequence[HistoryEntry],
    ) -> None:
        """Show a claim (or none). A pending rationale edit of the previous one is saved first."""
        if self._claim is not None and (claim is None or claim.id != self._claim.id):
            self.flush()
        same = claim is not None and self._claim is not None and claim.id == self._claim.id
        self._claim = claim
        self._sources, self._history = tuple(sources), tuple(history)
        self._show_heading()
        for verdict, button in self.buttons.items():
            button.setEnabled(claim is not None and not self._read_only)
            button.setChecked(claim is not None and claim.verdict == verdict)
        self.rationale.setEnabled(claim is not None)
        rationale = claim.rationale if claim is not None else ""
        # An update of the claim being typed in must not overwrite what is being typed.
        if not (same and self.rationale.hasFocus()) and self.rationale.toPlainText() != rationale:
            self.rationale.blockSignals(True)
            self.rationale.setPlainText(rationale)
            self.rationale.blockSignals(False)
        if not same or not self._timer.isActive():
            self._saved_rationale = rationale
        self._fill_sources()
        self._fill_history()
        self.claim_shown.emit(claim)

    def _fill_sources(self, keep_selection: bool = False) -> None:
        """The sources in the interface's language (`keep_selection`: when written again)."""
        row = self.sources.currentRow() if keep_selection else -1
        self.sources.clear()
        for source in self._sources:
            item = QListWidgetItem(
                translate("ClaimDetails", "{0}\n{1}\n{2} (accessed {3})").format(
                    source.title or source.url, source.url, source.excerpt, source.accessed
                )
            )
            item.setData(_SOURCE_ROLE, source)
            self.sources.addItem(item)
        if 0 <= row < self.sources.count():
            self.sources.setCurrentRow(row)
        self._update_source_buttons()

    def _fill_history(self) -> None:
        """Newest first, in the interface's language (written again when it changes)."""
        self.history.clear()
        for entry in reversed(self._history):
            self.history.addItem(self._history_line(entry))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.rationale.setReadOnly(read_only)
        self._update_source_buttons()
        for button in self.buttons.values():
            button.setEnabled(self._claim is not None and not read_only)

    def _update_source_buttons(self) -> None:
        editable = self._claim is not None and not self._read_only
        selected = self.sources.currentItem() is not None
        self.add_source.setEnabled(editable)
        self.edit_source.setEnabled(editable and selected)
        self.remove_source.setEnabled(editable and selected)

    def _on_edit_source_clicked(self) -> None:
        item = self.sources.currentItem()
        if item is not None:
            self.source_edit_requested.emit(item.data(_SOURCE_ROLE))

    def _on_remove_source_clicked(self) -> None:
        item = self.sources.currentItem()
        if item is not None:
            self.source_remove_requested.emit(item.data(_SOURCE_ROLE))

    def _show_heading(self) -> None:
        claim = self._claim
        if claim is None:
            self.heading.setText(translate("ClaimDetails", "No claim selected"))
            self.reasons.setText("")
            return
        types = ", ".join(type_label(kind.value) for kind in claim.types) or translate(
            "ClaimDetails", "no type"
        )
        origin = (
            translate("ClaimDetails", "added by hand")
            if claim.origin == "manual"
            else translate("ClaimDetails", "detected")
        )
        dismissed = translate("ClaimDetails", " — dismissed") if claim.is_dismissed else ""
        if claim.standing is Standing.TO_RECHECK:
            dismissed += translate(
                "ClaimDetails", " — {0} {1}: {2} was given on the earlier wording"
            ).format(RECHECK.symbol, RECHECK.label().lower(), LOOKS[claim.verdict].label())
        self.heading.setText(
            translate("ClaimDetails", "Claim {0} — score {1:.2f} — {2} — {3}{4}").format(
                claim.number, claim.score, types, origin, dismissed
            )
        )
        self.reasons.setText(
            translate("ClaimDetails", "Why: {0}").format(reasons_text(claim.reasons))
            if claim.reasons
            else ""
        )

    def _history_line(self, entry: HistoryEntry) -> str:
        who = entry.who or translate("ClaimDetails", "someone")
        return translate("ClaimDetails", "{0} — {1}: {2} {3} → {4}").format(
            entry.at[:19].replace("T", " "),
            who,
            field_label(entry.field),
            self._history_value(entry.field, entry.old),
            self._history_value(entry.field, entry.new),
        )

    def _history_value(self, field: str, value: str | None) -> str:
        shown = value_label(field, value)
        return shown if len(shown) <= _HISTORY_VALUE else shown[: _HISTORY_VALUE - 1] + "…"

    def flush(self) -> None:
        """Save the rationale now if it changed."""
        self._timer.stop()
        if self._claim is None:
            return
        text = self.rationale.toPlainText()
        if text != self._saved_rationale:
            self._saved_rationale = text
            self.rationale_edited.emit(self._claim.id, text)

    def _on_rationale_text_changed(self) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.rationale:
            if event.type() == QEvent.Type.FocusOut:
                self.flush()
            elif (
                isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape
            ):
                self.flush()
                self.editing_finished.emit()
                return True
        return super().eventFilter(watched, event)
