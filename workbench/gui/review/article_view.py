"""The article text, read-only, with each claim highlighted in its verdict colour."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from workbench.core.model import Priority
from workbench.core.project import ClaimRecord
from workbench.gui.review.claims_model import claim_announcement
from workbench.gui.review.offsets import Utf16Offsets
from workbench.gui.review.verdicts import look_of, reasons_text

translate = QCoreApplication.translate

_GUTTER_BADGES = 2  # claims starting on the same line beyond this are not badged
# Neighbouring claims alternate two strengths of their colour, so where one ends is visible.
# The strength says the claim's priority: must-check claims are dark and wave-underlined,
# check-worthy ones as before, low ones barely tinted with grey text.
_TINTS = {
    Priority.MUST_CHECK: (0.75, 0.6),
    Priority.CHECKWORTHY: (0.42, 0.3),
    Priority.LOW: (0.1, 0.07),
}
_CURRENT_TINT = 0.9
# Spellings to check: a name in vermilion waves, an ordinary word in blue dashes (Okabe-Ito
# colours, told apart without colour by the line's shape, and named in the tooltip).
_NAME_MARK_COLOUR = "#d55e00"
_WORD_MARK_COLOUR = "#0072b2"


class SpellingMark(NamedTuple):
    """A passage whose spelling is probably wrong, as the text shows it."""

    start: int  # offsets into the article's text
    end: int
    tooltip: str
    is_name: bool  # names stand out; ordinary words are marked lower


_LOW_TEXT = "#4D4D4D"


def priority_text(priority: Priority) -> str:
    """The legend of a claim's highlight, shown in its tooltip."""
    texts = {
        Priority.MUST_CHECK: translate(
            "ArticleView",
            "Must check (dark, wavy underline): an allegation, a number or an anonymous source",
        ),
        Priority.CHECKWORTHY: translate(
            "ArticleView", "Check-worthy (medium highlight): the score passes the threshold"
        ),
        Priority.LOW: translate(
            "ArticleView", "Low priority (faint highlight, grey text): below the threshold"
        ),
    }
    return texts[priority]


class _Gutter(QWidget):
    """The left margin: a badge with the claim number and verdict symbol where each claim starts."""

    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self) -> QSize:
        return QSize(self._view.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._view.paint_gutter(self, event)


class ArticleView(QPlainTextEdit):
    """Shows one article. Highlights are extra selections over the text, never a split of it.

    Signals:
        claim_clicked(int): the checker put the caret in a claim (by mouse or keyboard).
    """

    claim_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setObjectName("articleView")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self._gutter = _Gutter(self)
        self._offsets = Utf16Offsets("")
        self._claims: list[ClaimRecord] = []
        self._starts: list[int] = []
        self._current: int | None = None
        self._spelling: list[SpellingMark] = []
        self._moving = False
        # Marks from the import (notes, comments, code), drawn under and over the claims.
        self._overlays_under: list[QTextEdit.ExtraSelection] = []
        self._overlays_over: list[QTextEdit.ExtraSelection] = []
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh)
        self.cursorPositionChanged.connect(self._on_self_cursor_position_changed)
        self.updateRequest.connect(self._on_self_update_request)
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)
        self.setTabChangesFocus(True)  # read-only: Tab goes on to the claims, as in a form

    # -- content -------------------------------------------------------------------------------

    def show_article(self, text: str, claims: Sequence[ClaimRecord]) -> None:
        self._moving = True
        self._overlays_under, self._overlays_over = [], []  # the next article brings its own
        try:
            self._offsets = Utf16Offsets(text)
            self.setPlainText(text)
            self._current = None
            self._spelling = []
            self.set_claims(claims)
        finally:
            self._moving = False

    def clear_article(self) -> None:
        self.show_article("", [])

    def set_spelling_marks(self, marks: Sequence[SpellingMark]) -> None:
        """Underline these spellings (cleared by the next article shown)."""
        self._spelling = sorted(marks, key=lambda mark: (mark.start, not mark.is_name))
        self._refresh_soon()

    def spelling_mark_at(self, index: int) -> SpellingMark | None:
        """The mark covering a text offset; a name's wins over a word's."""
        found = [mark for mark in self._spelling if mark.start <= index < mark.end]
        found.sort(key=lambda mark: not mark.is_name)
        return found[0] if found else None

    def set_claims(self, claims: Sequence[ClaimRecord]) -> None:
        self._claims = sorted(claims, key=lambda claim: (claim.start, claim.end))
        self._starts = [claim.start for claim in self._claims]
        self._refresh()

    def update_claim(self, claim: ClaimRecord) -> None:
        for index, known in enumerate(self._claims):
            if known.id == claim.id:
                self._claims[index] = claim
                break
        else:
            return
        if known.start != claim.start or known.end != claim.end:
            self.set_claims(self._claims)
        else:
            self._refresh_soon()

    def current_claim(self) -> int | None:
        return self._current

    def set_overlays(
        self,
        under: Sequence[QTextEdit.ExtraSelection],
        over: Sequence[QTextEdit.ExtraSelection] = (),
    ) -> None:
        """Marks that are not claims: `under` draws below the claim highlights, `over` on top of
        them (code, which is never a claim, hides any highlight)."""
        self._overlays_under = list(under)
        self._overlays_over = list(over)
        self._refresh()

    def set_current_claim(self, claim_id: int | None) -> None:
        """Mark a claim as the current one and bring it into view, without moving the selection."""
        self._current = claim_id
        claim = self.shown_claim(claim_id)
        if claim is not None:
            cursor = self.textCursor()
            if self._claim_at(self._offsets.from_qt(cursor.position())) != claim:
                self._moving = True
                try:
                    cursor.setPosition(self._offsets.to_qt(claim.start))
                    self.setTextCursor(cursor)
                finally:
                    self._moving = False
            self._ensure_visible(claim)
        self._refresh_soon()

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as Python offsets into the article text, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._offsets.from_qt(cursor.selectionStart())
        end = self._offsets.from_qt(cursor.selectionEnd())
        return (start, end) if end > start else None

    def offsets(self) -> Utf16Offsets:
        """Python offsets of the shown text to Qt's positions, and back."""
        return self._offsets

    def claim_rect(self, claim_id: int) -> QRect | None:
        """Where a claim starts, in viewport coordinates (for tests and tooltips)."""
        claim = self.shown_claim(claim_id)
        if claim is None:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(claim.start))
        return self.cursorRect(cursor)

    # -- drawing -------------------------------------------------------------------------------

    def _refresh_soon(self) -> None:
        """A verdict and a move to the next claim come together: the highlights are redrawn once,
        before the next paint."""
        self._refresh_timer.start()

    def _refresh(self) -> None:
        self._refresh_timer.stop()
        selections = list(self._overlays_under)
        for position, claim in enumerate(self._claims):
            look = look_of(claim)
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._offsets.to_qt(claim.start))
            cursor.setPosition(self._offsets.to_qt(claim.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            text_format = QTextCharFormat()
            if claim.is_dismissed:
                text_format.setForeground(QColor("#6b6b6b"))
                text_format.setFontStrikeOut(False)
            else:
                current = claim.id == self._current
                priority = claim.priority
                strength = _CURRENT_TINT if current else _TINTS[priority][position % 2]
                text_format.setBackground(look.tint(strength))
                low = priority is Priority.LOW and not current
                text_format.setForeground(QColor(_LOW_TEXT if low else "#000000"))
                if current:
                    text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                    text_format.setUnderlineColor(QColor("#000000"))
                elif priority is Priority.MUST_CHECK:
                    text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                    text_format.setUnderlineColor(QColor("#000000"))
            text_format.setProperty(QTextFormat.Property.UserProperty, claim.id)
            selection.format = text_format
            selections.append(selection)
            selections.extend(self._atom_selections(claim))
        selections.extend(self._spelling_selections())
        self.setExtraSelections(selections + self._overlays_over)
        self._gutter.update()
        self.announce_claim_at_caret()  # a verdict given: said again

    def _atom_selections(self, claim: ClaimRecord) -> list[QTextEdit.ExtraSelection]:
        selections = []
        for atom in claim.atoms:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._offsets.to_qt(atom.start))
            cursor.setPosition(self._offsets.to_qt(atom.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            text_format = QTextCharFormat()
            text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            text_format.setUnderlineColor(QColor("#333333"))
            selection.format = text_format
            selections.append(selection)
        return selections

    def _spelling_selections(self) -> list[QTextEdit.ExtraSelection]:
        selections = []
        length = self.document().characterCount()
        for mark in self._spelling:
            if self._offsets.to_qt(mark.end) >= length:
                continue  # a mark of another text
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._offsets.to_qt(mark.start))
            cursor.setPosition(self._offsets.to_qt(mark.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            text_format = QTextCharFormat()
            if mark.is_name:
                text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                text_format.setUnderlineColor(QColor(_NAME_MARK_COLOUR))
            else:
                text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                text_format.setUnderlineColor(QColor(_WORD_MARK_COLOUR))
            selection.format = text_format
            selections.append(selection)
        return selections

    def gutter_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("99✓ ") * _GUTTER_BADGES + 6

    def paint_gutter(self, gutter: QWidget, event: QPaintEvent) -> None:
        painter = QPainter(gutter)
        painter.fillRect(event.rect(), self.palette().window())
        metrics = self.fontMetrics()
        badge_width = metrics.horizontalAdvance("99✓ ")
        per_line: dict[int, int] = {}
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        for claim in self._claims:
            if claim.is_dismissed:
                continue
            rect = self.claim_rect(claim.id)
            if rect is None or rect.bottom() < event.rect().top() or rect.top() > gutter.height():
                continue
            slot = per_line.get(rect.top(), 0)
            per_line[rect.top()] = slot + 1
            if slot >= _GUTTER_BADGES:
                continue
            look = look_of(claim)
            box = QRect(2 + slot * (badge_width + 2), rect.top(), badge_width, rect.height())
            painter.fillRect(box, QColor(look.colour))
            painter.setPen(QColor("#000000"))
            painter.drawRect(box.adjusted(0, 0, -1, -1))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"{claim.number}{look.symbol}")
        painter.end()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(event.pos())
            if not tip:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, point: QPoint) -> str:
        """What the tooltip says at a point: a spelling to check first, then the claim."""
        index = self._offsets.from_qt(self.cursorForPosition(point).position())
        claim = self._claim_at(index)
        mark = self.spelling_mark_at(index)
        parts = [mark.tooltip] if mark is not None else []
        if claim is not None:
            parts.append(self.claim_tooltip(claim))
        return "\n\n".join(parts)

    def claim_at_point(self, point: QPoint) -> ClaimRecord | None:
        """The claim under a point of the viewport, if any."""
        position = self.cursorForPosition(point).position()
        return self._claim_at(self._offsets.from_qt(position))

    def claim_tooltip(self, claim: ClaimRecord) -> str:
        look = look_of(claim)
        reasons = reasons_text(claim.reasons) or "—"
        return (
            translate("ArticleView", "Claim {0}: {1} {2} — score {3:.2f}\n{4}").format(
                claim.number, look.symbol, look.label(), claim.score, reasons
            )
            + "\n"
            + priority_text(claim.priority)
        )

    def claim_format(self, claim_id: int) -> QTextCharFormat | None:
        """The highlight a claim is drawn with (its verdict colour at its priority's strength)."""
        for selection in self.extraSelections():
            if selection.format.property(QTextFormat.Property.UserProperty) == claim_id:
                return QTextCharFormat(selection.format)  # a copy outlives the selection
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        contents = self.contentsRect()
        self._gutter.setGeometry(
            QRect(contents.left(), contents.top(), self.gutter_width(), contents.height())
        )

    def _on_self_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        self._gutter.update()

    # -- finding claims ------------------------------------------------------------------------

    def shown_claim(self, claim_id: int | None) -> ClaimRecord | None:
        for claim in self._claims:
            if claim.id == claim_id:
                return claim
        return None

    def _claim_at(self, index: int) -> ClaimRecord | None:
        """The claim covering a text offset; a live claim wins over a dismissed one."""
        position = bisect_right(self._starts, index)
        found = None
        for claim in reversed(self._claims[:position]):
            if claim.start <= index < claim.end:
                if not claim.is_dismissed:
                    return claim
                found = found or claim
        return found

    def _ensure_visible(self, claim: ClaimRecord) -> None:
        """A claim not wholly in view is brought to the middle, with lines around it to read."""
        start, end = QTextCursor(self.document()), QTextCursor(self.document())
        start.setPosition(self._offsets.to_qt(claim.start))
        end.setPosition(self._offsets.to_qt(claim.end))
        if self.cursorRect(start).top() >= 0 and self.cursorRect(end).bottom() <= (
            self.viewport().height()
        ):
            return
        keep = self.textCursor()
        self._moving = True
        try:
            self.setTextCursor(start)
            self.centerCursor()
            self.setTextCursor(keep)
        finally:
            self._moving = False

    def announce_claim_at_caret(self) -> None:
        """The claim under the caret, as the view's accessible description: a screen reader
        says its number, verdict and types as the caret moves (the text itself is read out)."""
        claim = self._claim_at(self._offsets.from_qt(self.textCursor().position()))
        said = (
            claim_announcement(claim)
            if claim is not None
            else translate("ArticleView", "No claim at the caret")
        )
        if said != self.accessibleDescription():
            self.setAccessibleDescription(said)
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            )

    def _on_self_cursor_position_changed(self) -> None:
        self.announce_claim_at_caret()
        if self._moving:
            return
        cursor = self.textCursor()
        claim = self._claim_at(self._offsets.from_qt(cursor.position()))
        if claim is not None and claim.id != self._current:
            self.claim_clicked.emit(claim.id)
