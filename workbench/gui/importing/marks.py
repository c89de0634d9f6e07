"""What an import leaves on the article view: notes, the passages reviewers commented on, and
code (kept as text, never a claim), drawn as extra selections over the text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextEdit

from workbench.core.model import Annotation
from workbench.gui.review.offsets import Utf16Offsets

NOTE_BACKGROUND = QColor("#dbe6f4")  # a pale blue no verdict tint uses
NOTE_FOREGROUND = QColor("#1f4e8c")
COMMENT_UNDERLINE = QColor("#7b3294")  # purple: apart from the verdicts' orange and blue
CODE_BACKGROUND = QColor("#e6e6e6")
CODE_FOREGROUND = QColor("#3a3a3a")
KIND_PROPERTY = QTextFormat.Property.UserProperty + 1  # "note", "comment" or "code", for tests


def _selection(
    document: QTextDocument,
    offsets: Utf16Offsets,
    start: int,
    end: int,
    text_format: QTextCharFormat,
) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(document)
    limit = document.characterCount() - 1
    cursor.setPosition(min(offsets.to_qt(start), limit))
    cursor.setPosition(min(offsets.to_qt(end), limit), QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    selection.format = text_format
    return selection


def note_selections(
    document: QTextDocument, offsets: Utf16Offsets, notes: Sequence[Annotation]
) -> list[QTextEdit.ExtraSelection]:
    """Footnotes and endnotes placed in the text: dark blue on pale blue, under the claims'
    tints (a selection over them is drawn only with a ground of its own, which would hide the
    verdict colour; and it cannot change the font)."""
    selections = []
    for note in notes:
        text_format = QTextCharFormat()
        text_format.setBackground(NOTE_BACKGROUND)
        text_format.setForeground(NOTE_FOREGROUND)
        text_format.setProperty(KIND_PROPERTY, "note")
        text_format.setToolTip(note_label(note))
        selections.append(_selection(document, offsets, note.start, note.end, text_format))
    return selections


def comment_selections(
    document: QTextDocument, offsets: Utf16Offsets, comments: Sequence[Annotation]
) -> list[QTextEdit.ExtraSelection]:
    """The passages reviewers commented on: a dashed purple underline (claims keep their tint)."""
    selections = []
    for comment in comments:
        if comment.end <= comment.start:
            continue
        text_format = QTextCharFormat()
        text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        text_format.setUnderlineColor(COMMENT_UNDERLINE)
        text_format.setProperty(KIND_PROPERTY, "comment")
        selections.append(_selection(document, offsets, comment.start, comment.end, text_format))
    return selections


def code_selections(
    document: QTextDocument, offsets: Utf16Offsets, ranges: Sequence[tuple[int, int]]
) -> list[QTextEdit.ExtraSelection]:
    """Code blocks: grey, over any claim highlight, since code is never a claim."""
    selections = []
    for start, end in ranges:
        text_format = QTextCharFormat()
        text_format.setBackground(CODE_BACKGROUND)
        text_format.setForeground(CODE_FOREGROUND)
        text_format.setFontUnderline(False)
        text_format.setProperty(KIND_PROPERTY, "code")
        selections.append(_selection(document, offsets, start, end, text_format))
    return selections


def note_label(note: Annotation) -> str:
    """ "footnote 1", "endnote ii": how the draft numbers the note."""
    kind = str(note.extra.get("note", "note"))
    label = str(note.extra.get("label", "") or "")
    return f"{kind} {label}".strip()
