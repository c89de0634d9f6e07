"""The corpus part of a claim's details: the other claims of its group, earlier projects'
verdicts on the same statement, and the spellings to check in it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.model import Verdict
from workbench.core.project import ClaimRecord
from workbench.gui.review.verdicts import LOOKS

if TYPE_CHECKING:  # the corpus core loads with the first check, not with the window
    from workbench.core.corpus.groups import ClaimGroupView, GroupMember
    from workbench.core.corpus.library import PastVerdict, Suggestion
    from workbench.core.corpus.names import SpellingFlag

translate = QCoreApplication.translate

_CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 2
_SHORT_TEXT = 70
_MAX_LIST_ROWS = 6  # taller groups scroll
_SUGGESTION_LINES = 4


def articles_text(count: int, is_conflicting: bool = False) -> str:
    """ "12 articles" (the claims list's "Also in" column), with a warning sign when the
    group's verdicts disagree."""
    text = (
        translate("CorpusPane", "1 article")
        if count == 1
        else translate("CorpusPane", "{0} articles").format(count)
    )
    return f"⚠ {text}" if is_conflicting else text


def also_in_text(count: int) -> str:
    """ "Also in 12 articles"."""
    return (
        translate("CorpusPane", "Also in 1 article")
        if count == 1
        else translate("CorpusPane", "Also in {0} articles").format(count)
    )


def conflict_text(group: ClaimGroupView) -> str:
    counts = dict.fromkeys(group.verdicts, 0)
    for member in group.members:
        if member.verdict in counts:
            counts[member.verdict] += 1
    given = ", ".join(
        f"{LOOKS[verdict].label()} ×{count}"
        for verdict, count in sorted(counts.items(), key=lambda item: item[0].value)
    )
    return translate("CorpusPane", "⚠ Conflicting verdicts in this group: {0}").format(given)


def describe(past: PastVerdict) -> str:
    """ "Denied on 26 Oct 2024 in project octobre by Ana, rationale: …", in the interface's
    language."""
    said = LOOKS[past.verdict].label()
    moment = QDateTime.fromString(past.decided_at, Qt.DateFormat.ISODate)
    if moment.isValid():
        said = translate("CorpusPane", "{0} on {1}").format(
            said, QLocale().toString(moment.date(), "d MMM yyyy")
        )
    said = translate("CorpusPane", "{0} in project {1}").format(said, past.project_name)
    if past.decided_by:
        said = translate("CorpusPane", "{0} by {1}").format(said, past.decided_by)
    if past.rationale:
        said = translate("CorpusPane", "{0}, rationale: {1}").format(said, past.rationale)
    return said


def _short(text: str) -> str:
    return text if len(text) <= _SHORT_TEXT else text[: _SHORT_TEXT - 1] + "…"


class CorpusPane(QWidget):
    """Shown under a claim's reasons; holds no business logic.

    Signals:
        go_to_requested(int): show this claim (its id), in its article.
        group_verdict_requested(object): give these claims (a tuple of ids) the shown claim's
            verdict.
        take_over_requested(object): take this Suggestion's verdict over.
    """

    go_to_requested = Signal(int)
    group_verdict_requested = Signal(object)
    take_over_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("corpusPane")
        self._claim: ClaimRecord | None = None
        self._group: ClaimGroupView | None = None
        self._read_only = False
        self.group_heading = QLabel()
        self.group_heading.setObjectName("groupHeading")
        self.group_heading.setWordWrap(True)
        self.group_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict = QLabel()
        self.conflict.setObjectName("groupConflict")
        self.conflict.setWordWrap(True)
        self.conflict.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict.setStyleSheet("QLabel { background: #fde2c8; color: #000; padding: 2px; }")
        self.members = QListWidget()
        self.members.setObjectName("groupMembers")
        self.members.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.members.setTextElideMode(Qt.TextElideMode.ElideRight)
        # One line per claim: the list need not measure each of a thousand repeats to lay out.
        self.members.setUniformItemSizes(True)
        self.members.itemActivated.connect(self._on_members_item_activated)
        self.members.itemChanged.connect(self._update_buttons)
        self.members.currentItemChanged.connect(self._update_buttons)
        self.go_to = QPushButton()
        self.go_to.setObjectName("groupGoTo")
        self.go_to.clicked.connect(self._on_go_to_clicked)
        self.apply_to_group = QPushButton()
        self.apply_to_group.setObjectName("groupApply")
        self.apply_to_group.clicked.connect(self._on_apply_to_group_clicked)
        group_buttons = QHBoxLayout()
        group_buttons.addWidget(self.go_to)
        group_buttons.addWidget(self.apply_to_group)
        group_buttons.addStretch()
        self.earlier_heading = QLabel()
        self.earlier = QListWidget()
        self.earlier.setObjectName("earlierVerdicts")
        self.earlier.setWordWrap(True)
        self.earlier.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.earlier.currentItemChanged.connect(self._update_buttons)
        self.take_over = QPushButton()
        self.take_over.setObjectName("takeOver")
        self.take_over.clicked.connect(self._on_take_over_clicked)
        earlier_buttons = QHBoxLayout()
        earlier_buttons.addWidget(self.take_over)
        earlier_buttons.addStretch()
        self.spelling = QLabel()
        self.spelling.setObjectName("spellingNotes")
        self.spelling.setWordWrap(True)
        self.spelling.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.group_heading)
        layout.addWidget(self.conflict)
        layout.addWidget(self.members)
        layout.addLayout(group_buttons)
        layout.addWidget(self.earlier_heading)
        layout.addWidget(self.earlier)
        layout.addLayout(earlier_buttons)
        layout.addWidget(self.spelling)
        self._group_widgets: tuple[QWidget, ...] = (
            self.group_heading,
            self.members,
            self.go_to,
            self.apply_to_group,
        )
        self._earlier_widgets: tuple[QWidget, ...] = (
            self.earlier_heading,
            self.earlier,
            self.take_over,
        )
        for button in (self.go_to, self.apply_to_group, self.take_over):
            # A click leaves the keyboard where it was (the claims list, for the verdict keys).
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.retranslate()
        self.show_claim(None, None, (), ())

    def retranslate(self) -> None:
        self.go_to.setText(translate("CorpusPane", "&Go to this claim"))
        self.go_to.setToolTip(translate("CorpusPane", "Show the selected claim in its article"))
        self.apply_to_group.setText(translate("CorpusPane", "Give the ticked claims this verdict"))
        self.apply_to_group.setToolTip(
            translate(
                "CorpusPane",
                "One undoable step; each claim's history says the verdict was reused from "
                "this claim",
            )
        )
        self.earlier_heading.setText(translate("CorpusPane", "Verdicts in earlier projects:"))
        self.take_over.setText(translate("CorpusPane", "Take this verdict &over"))
        self.take_over.setToolTip(
            translate(
                "CorpusPane",
                "Give this claim the selected earlier verdict (and its rationale if it has "
                "none); one undoable step",
            )
        )
        if self._claim is not None or self._group is not None:
            self._show_group()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def show_claim(
        self,
        claim: ClaimRecord | None,
        group: ClaimGroupView | None,
        suggestions: Sequence[Suggestion],
        flags: Sequence[SpellingFlag],
    ) -> None:
        """The corpus evidence of a claim (its group with the verdicts as they are now)."""
        self._claim, self._group = claim, group
        self._show_group()
        self._show_suggestions(suggestions)
        self._show_flags(flags)
        self.setVisible(claim is not None and bool(group or suggestions or flags))
        self._update_buttons()

    def shown_group(self) -> ClaimGroupView | None:
        return self._group

    def ticked(self) -> tuple[int, ...]:
        """The claims of the group ticked to take the verdict."""
        return tuple(
            self.members.item(row).data(_CLAIM_ID_ROLE)
            for row in range(self.members.count())
            if self.members.item(row).checkState() == Qt.CheckState.Checked
        )

    def _show_group(self) -> None:
        claim, group = self._claim, self._group
        self.members.blockSignals(True)
        self.members.clear()
        others: tuple[GroupMember, ...] = ()
        if claim is not None and group is not None:
            others = group.others(claim.id)
            own = group.member(claim.id).article_id
            count = len({member.article_id for member in others if member.article_id != own})
            same_article = len(others) - len(
                [member for member in others if member.article_id != own]
            )
            heading = also_in_text(count)
            if same_article:
                heading += translate("CorpusPane", " (and {0} more time(s) in this one)").format(
                    same_article
                )
            self.group_heading.setText(heading)
            for member in others:
                look = LOOKS[member.verdict]
                item = QListWidgetItem(
                    translate("CorpusPane", "{0} {1} — {2}, claim {3}: {4}").format(
                        look.symbol,
                        look.label(),
                        _short(member.article_title),
                        member.number,
                        _short(member.text),
                    )
                )
                item.setToolTip(
                    member.text + ("\n\n" + member.rationale if member.rationale else "")
                )
                item.setData(_CLAIM_ID_ROLE, member.claim_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                # Ticked by default: the claims still waiting for a verdict.
                item.setCheckState(
                    Qt.CheckState.Checked
                    if member.verdict == Verdict.UNCHECKED
                    else Qt.CheckState.Unchecked
                )
                self.members.addItem(item)
            if others:
                self.members.setCurrentRow(0)
        self.members.blockSignals(False)
        rows = min(len(others), _MAX_LIST_ROWS)
        row_height = max(self.members.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.members.setFixedHeight(rows * row_height + 2 * self.members.frameWidth() + 2)
        for widget in self._group_widgets:
            widget.setVisible(bool(others))
        conflicting = group is not None and claim is not None and group.is_conflicting
        self.conflict.setVisible(conflicting)
        self.conflict.setText(conflict_text(group) if conflicting and group is not None else "")

    def _show_suggestions(self, suggestions: Sequence[Suggestion]) -> None:
        self.earlier.clear()
        for suggestion in suggestions:
            past = suggestion.past
            item = QListWidgetItem(
                translate("CorpusPane", "{0} {1}\n“{2}”").format(
                    LOOKS[past.verdict].symbol, describe(past), _short(past.text)
                )
            )
            item.setToolTip(
                translate("CorpusPane", "{0}\nClaim {1} of “{2}”, in {3}").format(
                    past.text, past.claim_number, past.article_title, past.project_path
                )
            )
            item.setData(_SUGGESTION_ROLE, suggestion)
            self.earlier.addItem(item)
        if suggestions:
            self.earlier.setCurrentRow(0)
        # Up to two suggestions in view, each up to four wrapped lines; more scroll.
        lines = min(len(suggestions), 2) * _SUGGESTION_LINES
        self.earlier.setFixedHeight(
            lines * self.fontMetrics().lineSpacing() + 2 * self.earlier.frameWidth() + 4
        )
        for widget in self._earlier_widgets:
            widget.setVisible(bool(suggestions))

    def _show_flags(self, flags: Sequence[SpellingFlag]) -> None:
        lines = []
        for flag in sorted(flags, key=lambda flag: flag.level != "name"):
            if flag.level == "name":
                line = translate("CorpusPane", "Name to check: “{0}” → “{1}”? ({2})")
            else:
                line = translate("CorpusPane", "Spelling to check: “{0}” → “{1}”? ({2})")
            lines.append(line.format(flag.text, flag.suggestion, flag.reason))
        self.spelling.setText("\n".join(lines))
        self.spelling.setVisible(bool(lines))

    def _update_buttons(self) -> None:
        editable = self._claim is not None and not self._read_only
        has_verdict = self._claim is not None and self._claim.verdict != Verdict.UNCHECKED
        self.apply_to_group.setEnabled(editable and has_verdict and bool(self.ticked()))
        self.go_to.setEnabled(self.members.currentItem() is not None)
        self.take_over.setEnabled(editable and self.earlier.currentItem() is not None)

    def _on_members_item_activated(self, item: QListWidgetItem) -> None:
        self.go_to_requested.emit(int(item.data(_CLAIM_ID_ROLE)))

    def _on_go_to_clicked(self) -> None:
        item = self.members.currentItem()
        if item is not None:
            self.go_to_requested.emit(int(item.data(_CLAIM_ID_ROLE)))

    def _on_apply_to_group_clicked(self) -> None:
        ticked = self.ticked()
        if ticked:
            self.group_verdict_requested.emit(ticked)

    def _on_take_over_clicked(self) -> None:
        item = self.earlier.currentItem()
        if item is not None:
            self.take_over_requested.emit(item.data(_SUGGESTION_ROLE))
