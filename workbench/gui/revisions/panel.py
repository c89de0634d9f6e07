"""What a revision left for the checker: the note on a reworded or lost claim, the orphans list."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workbench.core.model import Verdict
from workbench.core.project import ClaimRecord
from workbench.gui.review.verdicts import key_text, look_of
from workbench.gui.revisions.compare import DELETED_TINT, INSERTED_TINT
from workbench.gui.window.actions import DISMISS_CLAIM_KEY, KEEP_VERDICT_KEY, PLACE_CLAIM_KEY

translate = QCoreApplication.translate

if TYPE_CHECKING:  # the revisions core loads every importer (docx, lxml): not at start-up
    from workbench.core.revisions import AnchorState, AnchorStatus

_CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_SHORT_TEXT = 120
_MAX_ALTERNATIVES = 3  # past this, the checker selects the passage and places the claim
_CONTEXT_SHOWN = 30
_WORDINGS_MAX_HEIGHT = 132  # both wordings of a 40-word claim, side panel at its usual width


def marked_wordings(old: str, new: str) -> tuple[str, str]:
    """The old and new wording as rich text: deletions struck through, insertions underlined."""
    from workbench.core.revisions import diff_words

    old_parts: list[str] = []
    new_parts: list[str] = []
    for op in diff_words(old, new):
        before = html.escape(old[op.old_start : op.old_end])
        after = html.escape(new[op.new_start : op.new_end])
        if op.tag == "equal":
            old_parts.append(before)
            new_parts.append(after)
            continue
        if before:
            old_parts.append(f"<s style='background: {DELETED_TINT}'>{before}</s>")
        if after:
            new_parts.append(f"<u style='background: {INSERTED_TINT}'><b>{after}</b></u>")
    return "".join(old_parts), "".join(new_parts)


def review_mark(status: AnchorStatus, verdict: Verdict) -> str:
    """The short note before a claim's text in the claims list, or "" when all is well."""
    from PySide6.QtCore import QCoreApplication

    from workbench.core.revisions import AnchorStatus

    translate = QCoreApplication.translate
    if status == AnchorStatus.CHANGED:
        if verdict == Verdict.UNCHECKED:
            return translate("RevisionMarks", "reworded")
        return translate("RevisionMarks", "changed since verdict")
    if status == AnchorStatus.AMBIGUOUS:
        return translate("RevisionMarks", "place to confirm")
    if status == AnchorStatus.ORPHAN:
        return translate("RevisionMarks", "not found in this revision")
    return ""


class RevisionNote(QFrame):
    """Shown in the claim details when the last revision changed the claim or lost it.

    Signals:
        confirm_requested(int): keep the verdict for the new wording or place (claim id).
        place_requested(int): put the lost claim on the passage selected in the text.
        move_requested(int, int, int): put an ambiguous claim on another of its places (claim id,
            start, end).
        dismiss_requested(int): dismiss the lost claim (or bring it back).
    """

    confirm_requested = Signal(int)
    place_requested = Signal(int)
    move_requested = Signal(int, int, int)
    dismiss_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionNote")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Never squeezed: the lists below it give up their room first.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._claim: ClaimRecord | None = None
        self._state: AnchorState | None = None
        self._text = ""
        self._read_only = False
        self.alternatives: list[QPushButton] = []
        self.heading = QLabel()
        self.heading.setObjectName("revisionNoteHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.before = QLabel()
        self.before.setObjectName("revisionNoteBefore")
        self.before.setWordWrap(True)
        self.before.setTextFormat(Qt.TextFormat.RichText)
        self.before.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.after = QLabel()
        self.after.setObjectName("revisionNoteAfter")
        self.after.setWordWrap(True)
        self.after.setTextFormat(Qt.TextFormat.RichText)
        self.after.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm = QPushButton()
        self.confirm.setObjectName("revisionConfirm")
        self.confirm.clicked.connect(self._on_confirm_clicked)
        self.place = QPushButton()
        self.place.setObjectName("revisionPlace")
        self.place.clicked.connect(self._on_place_clicked)
        self.dismiss = QPushButton()
        self.dismiss.setObjectName("revisionDismiss")
        self.dismiss.clicked.connect(self._on_dismiss_clicked)
        buttons = QHBoxLayout()
        for button in (self.confirm, self.place, self.dismiss):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        wordings = QWidget()
        wordings_layout = QVBoxLayout(wordings)
        wordings_layout.setContentsMargins(0, 0, 0, 0)
        wordings_layout.addWidget(self.before)
        wordings_layout.addWidget(self.after)
        wordings_layout.addStretch()
        # Long sentences scroll here rather than squeeze the verdict buttons and lists below.
        self.wordings = QScrollArea()
        self.wordings.setObjectName("revisionNoteWordings")
        self.wordings.setWidgetResizable(True)
        self.wordings.setFrameShape(QFrame.Shape.NoFrame)
        self.wordings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.wordings.setWidget(wordings)
        self.wordings.setMaximumHeight(_WORDINGS_MAX_HEIGHT)
        self._alternatives_layout = QVBoxLayout()
        layout.addWidget(self.heading)
        layout.addWidget(self.wordings)
        layout.addLayout(self._alternatives_layout)
        layout.addLayout(buttons)
        self.show_claim(None, None, 1)

    def retranslate(self) -> None:
        self.confirm.setToolTip(
            translate("RevisionNote", "The flag is cleared; the verdict stays ({0})").format(
                key_text(KEEP_VERDICT_KEY)
            )
        )
        self.place.setText(translate("RevisionNote", "&Place on the selected text"))
        self.place.setToolTip(
            translate(
                "RevisionNote",
                "Select the passage in the article first (Ctrl+T, then Shift+arrows); then {0}",
            ).format(key_text(PLACE_CLAIM_KEY))
        )
        self.dismiss.setToolTip(
            translate("RevisionNote", "Dismiss the lost claim, or bring it back ({0})").format(
                key_text(DISMISS_CLAIM_KEY)
            )
        )
        self._show()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._show()

    def show_claim(
        self, claim: ClaimRecord | None, state: AnchorState | None, revision: int, text: str = ""
    ) -> None:
        """`text` is the article's, to show where an ambiguous claim's other places are."""
        self._claim, self._state, self._revision, self._text = claim, state, revision, text
        self.retranslate()

    def _show(self) -> None:
        claim, state = self._claim, self._state
        self._show_alternatives()
        if claim is None or state is None or not state.needs_review:
            self.setVisible(False)
            return
        from workbench.core.revisions import AnchorStatus

        status = state.status
        old = state.text_at_verdict
        if status == AnchorStatus.ORPHAN:
            self.heading.setText(
                translate(
                    "RevisionNote",
                    "⚠ Not found in revision {0}: kept with its verdict, to place or dismiss",
                ).format(self._revision)
            )
            self.before.setText(
                translate("RevisionNote", "Its wording was: {0}").format(
                    html.escape(old or claim.text)
                )
            )
            self.after.setText("")
        elif status == AnchorStatus.CHANGED:
            if claim.verdict == Verdict.UNCHECKED:
                heading = translate("RevisionNote", "⚠ Reworded since it was detected")
            else:
                heading = translate(
                    "RevisionNote",
                    "⚠ Changed since verdict: the verdict was given on the old wording",
                )
            self.heading.setText(heading)
            old_marked, new_marked = marked_wordings(old or claim.text, claim.text)
            self.before.setText(translate("RevisionNote", "Before: {0}").format(old_marked))
            self.after.setText(translate("RevisionNote", "Now: {0}").format(new_marked))
        else:
            self.heading.setText(
                translate(
                    "RevisionNote",
                    "⚠ Placed on one of {0} passages that fit: confirm this place or move it",
                ).format(len(state.alternatives) + 1)
            )
            self.before.setText("")
            self.after.setText("")
        self.before.setVisible(bool(self.before.text()))
        self.after.setVisible(bool(self.after.text()))
        self.wordings.setVisible(bool(self.before.text() or self.after.text()))
        orphan = status == AnchorStatus.ORPHAN
        self.confirm.setText(
            translate("RevisionNote", "&Keep the verdict for the new wording")
            if status == AnchorStatus.CHANGED
            else translate("RevisionNote", "C&onfirm this place")
        )
        self.confirm.setVisible(not orphan)
        self.place.setVisible(orphan or status == AnchorStatus.AMBIGUOUS)
        self.dismiss.setVisible(orphan and claim.origin != "manual")
        self.dismiss.setText(
            translate("RevisionNote", "Bring &back")
            if claim.is_dismissed
            else translate("RevisionNote", "&Dismiss")
        )
        for button in (self.confirm, self.place, self.dismiss, *self.alternatives):
            button.setEnabled(not self._read_only)
        self.setVisible(True)

    def _show_alternatives(self) -> None:
        """One button per other place of an ambiguous claim, naming the words before it."""
        for button in self.alternatives:
            self._alternatives_layout.removeWidget(button)
            button.deleteLater()
        self.alternatives = []
        claim, state = self._claim, self._state
        if claim is None or state is None:
            return
        from workbench.core.revisions import AnchorStatus  # loaded already: it made `state`

        if state.status != AnchorStatus.AMBIGUOUS:
            return
        for number, (start, end) in enumerate(state.alternatives[:_MAX_ALTERNATIVES], start=2):
            before = self._text[max(0, start - _CONTEXT_SHOWN) : start].lstrip()
            button = QPushButton(
                translate("RevisionNote", "Move it to place {0}, after “…{1}”").format(
                    number, before
                )
            )
            button.setObjectName("revisionAlternative")
            button.setToolTip(self._text[start:end])
            button.clicked.connect(
                lambda _=False, s=start, e=end: self.move_requested.emit(claim.id, s, e)
            )
            self._alternatives_layout.addWidget(button)
            self.alternatives.append(button)

    def _on_confirm_clicked(self) -> None:
        if self._claim is not None:
            self.confirm_requested.emit(self._claim.id)

    def _on_place_clicked(self) -> None:
        if self._claim is not None:
            self.place_requested.emit(self._claim.id)

    def _on_dismiss_clicked(self) -> None:
        if self._claim is not None:
            self.dismiss_requested.emit(self._claim.id)


class OrphansPanel(QWidget):
    """The claims of the open article that its last revision no longer holds; never hidden away.

    Signals:
        claim_selected(int): an orphan was chosen in the list (its claim id).
        place_requested(int): put it on the passage selected in the text.
        dismiss_requested(int): dismiss it, or bring it back.
    """

    claim_selected = Signal(int)
    place_requested = Signal(int)
    dismiss_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orphansPanel")
        self._claims: list[ClaimRecord] = []
        self._revision = 1
        self._read_only = False
        self.summary = QLabel()
        self.summary.setObjectName("orphansSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setObjectName("orphansList")
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.place = QPushButton()
        self.place.setObjectName("orphanPlace")
        self.place.clicked.connect(lambda: self._emit_for_current(self.place_requested))
        self.dismiss = QPushButton()
        self.dismiss.setObjectName("orphanDismiss")
        self.dismiss.clicked.connect(lambda: self._emit_for_current(self.dismiss_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.place)
        buttons.addWidget(self.dismiss)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(translate("OrphansPanel", "Claims not found in this revision"))
        self.place.setText(translate("OrphansPanel", "Place on the selected text"))
        self.place.setToolTip(
            translate(
                "OrphansPanel",
                "Select the passage in the article, then the claim here, then press this ({0})",
            ).format(key_text(PLACE_CLAIM_KEY))
        )
        self.dismiss.setToolTip(
            translate("OrphansPanel", "Dismiss the lost claim, or bring it back ({0})").format(
                key_text(DISMISS_CLAIM_KEY)
            )
        )
        self._fill()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def set_orphans(self, claims: Sequence[ClaimRecord], revision: int) -> None:
        """The orphans of the open article (revision: the one they were not found in)."""
        self._claims = list(claims)
        self._revision = revision
        self._fill()

    def orphans(self) -> list[ClaimRecord]:
        return list(self._claims)

    def select_claim(self, claim_id: int | None) -> None:
        for row, claim in enumerate(self._claims):
            if claim.id == claim_id:
                if self.list.currentRow() != row:
                    self.list.blockSignals(True)
                    self.list.setCurrentRow(row)
                    self.list.blockSignals(False)
                self._update_buttons()
                return
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._update_buttons()

    def current_claim(self) -> ClaimRecord | None:
        row = self.list.currentRow()
        return self._claims[row] if 0 <= row < len(self._claims) else None

    def _fill(self) -> None:
        current = self.current_claim()
        self.list.blockSignals(True)
        self.list.clear()
        for claim in self._claims:
            look = look_of(claim)
            text = claim.text if len(claim.text) <= _SHORT_TEXT else claim.text[:_SHORT_TEXT] + "…"
            line = translate("OrphansPanel", "Claim {0} — {1} {2} — “{3}”").format(
                claim.number, look.symbol, look.label(), text
            )
            if claim.is_dismissed:
                line = translate("OrphansPanel", "{0} (dismissed)").format(line)
            item = QListWidgetItem(line)
            item.setData(_CLAIM_ID_ROLE, claim.id)
            item.setToolTip(claim.text)
            self.list.addItem(item)
        self.list.blockSignals(False)
        live = sum(not claim.is_dismissed for claim in self._claims)
        if self._claims:
            self.summary.setText(
                translate(
                    "OrphansPanel",
                    "{0} claim(s) of the previous text were not found in revision {1} ({2} not "
                    "dismissed). They keep their verdicts: place each on the passage that now "
                    "says it, or dismiss it.",
                ).format(len(self._claims), self._revision, live)
            )
        else:
            self.summary.setText(
                translate("OrphansPanel", "Every claim was found in this revision.")
            )
        self.select_claim(current.id if current is not None else None)

    def _update_buttons(self) -> None:
        claim = self.current_claim()
        editable = claim is not None and not self._read_only
        self.place.setEnabled(editable)
        self.dismiss.setEnabled(editable and claim is not None and claim.origin != "manual")
        dismissed = claim is not None and claim.is_dismissed
        # No mnemonics here: the claim's note shows the same buttons with them (Alt+P, Alt+D).
        self.dismiss.setText(
            translate("OrphansPanel", "Bring back")
            if dismissed
            else translate("OrphansPanel", "Dismiss")
        )

    def _emit_for_current(self, signal: SignalInstance) -> None:
        claim = self.current_claim()
        if claim is not None:
            signal.emit(claim.id)

    def _on_list_current_row_changed(self, row: int) -> None:
        self._update_buttons()
        claim = self.current_claim()
        if claim is not None:
            self.claim_selected.emit(claim.id)
