"""Comparing two revisions of an article: one text, deletions struck through, insertions underlined."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.core.project import Project

if TYPE_CHECKING:  # the revisions core loads every importer (docx, lxml): not at start-up
    from workbench.core.revisions import DiffOp

# Okabe–Ito vermillion and blue, lightened: told apart with the common colour-vision deficiencies,
# and never the only cue (deletions are struck through, insertions underlined and bold).
DELETED_TINT = "#F6C9AC"
INSERTED_TINT = "#B9D9F0"
_PARAGRAPH_MARK = "¶"
# A sentence inserted or deleted whole reads best when its mark ends on its own full stop.
_SENTENCE_ENDS = ".!?…»"


@dataclass(frozen=True, slots=True)
class ShownChange:
    """One deletion or insertion as shown: its kind, where it sits in the view, its words."""

    kind: str  # "deleted" or "inserted"
    start: int  # position in the view's document
    end: int
    text: str


def deleted_format() -> QTextCharFormat:
    text_format = QTextCharFormat()
    text_format.setFontStrikeOut(True)
    text_format.setBackground(QColor(DELETED_TINT))
    text_format.setForeground(QColor("#000000"))
    return text_format


def inserted_format() -> QTextCharFormat:
    text_format = QTextCharFormat()
    text_format.setFontUnderline(True)
    text_format.setFontWeight(QFont.Weight.Bold)
    text_format.setBackground(QColor(INSERTED_TINT))
    text_format.setForeground(QColor("#000000"))
    return text_format


def readable_ops(ops: Sequence[DiffOp], old: str, new: str) -> list[DiffOp]:
    """The same differences, each pure insertion or deletion slid right to end on a sentence end.

    A word diff may mark ". New sentence" where "New sentence." was added: both describe the same
    edit, as the text after it repeats its first characters. Sliding changes nothing else.
    """
    result = list(ops)
    index = 1
    while index < len(result) - 1:
        op, before, after = result[index], result[index - 1], result[index + 1]
        if op.tag not in ("insert", "delete") or before.tag != "equal" or after.tag != "equal":
            index += 1
            continue
        inserted = op.tag == "insert"
        text = new if inserted else old
        start, end = (op.new_start, op.new_end) if inserted else (op.old_start, op.old_end)
        limit = after.new_end if inserted else after.old_end
        shift = best = 0
        while end + shift < limit and text[start + shift] == text[end + shift]:
            shift += 1
            if text[end + shift - 1] in _SENTENCE_ENDS:
                best = shift
        if best:
            result[index - 1] = replace(
                before, old_end=before.old_end + best, new_end=before.new_end + best
            )
            result[index] = replace(
                op, old_start=op.old_start + best, old_end=op.old_end + best,
                new_start=op.new_start + best, new_end=op.new_end + best,
            )
            moved = replace(
                after, old_start=after.old_start + best, new_start=after.new_start + best
            )
            if moved.old_start == moved.old_end:
                del result[index + 1]
            else:
                result[index + 1] = moved
        index += 1
    return result


class RevisionCompareDialog(QDialog):
    """Shows the word differences between two revisions of one article; not modal, never exec()."""

    def __init__(self, project: Project, article_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionCompare")
        self._project = project
        self._article_id = article_id
        self._changes: list[ShownChange] = []
        self._position = -1
        from workbench.core.revisions import revisions

        kept = revisions(project, article_id)
        title = kept[-1].title if kept else ""
        self.setWindowTitle(self.tr("Compare revisions — {0}").format(title))
        self.old = QComboBox()
        self.old.setObjectName("compareOld")
        self.new = QComboBox()
        self.new.setObjectName("compareNew")
        for record in kept:
            label = self.tr("Revision {0} ({1})").format(
                record.revision, record.imported_at[:16].replace("T", " ") or "—"
            )
            self.old.addItem(label, record.revision)
            self.new.addItem(label, record.revision)
        self.old.setCurrentIndex(max(0, len(kept) - 2))
        self.new.setCurrentIndex(len(kept) - 1)
        self.old.currentIndexChanged.connect(lambda _index: self.show_differences())
        self.new.currentIndexChanged.connect(lambda _index: self.show_differences())
        self.view = QTextBrowser()
        self.view.setObjectName("compareView")
        self.view.setOpenLinks(False)
        font = self.view.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.view.setFont(font)
        self.legend = QLabel()
        self.legend.setObjectName("compareLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setText(
            self.tr(
                "<span style='text-decoration: line-through; background: {0}'>Deleted text</span>"
                " is struck through; "
                "<span style='text-decoration: underline; font-weight: bold; background: {1}'>"
                "inserted text</span> is underlined and bold. {2} marks a paragraph break."
            ).format(DELETED_TINT, INSERTED_TINT, _PARAGRAPH_MARK)
        )
        self.counts = QLabel()
        self.counts.setObjectName("compareCounts")
        self.previous_button = QPushButton(self.tr("&Previous change"))
        self.previous_button.setShortcut(QKeySequence("Shift+F3"))
        self.previous_button.setToolTip(self.tr("Go to the previous change (Shift+F3)"))
        self.previous_button.clicked.connect(lambda: self.go_to_change(-1))
        self.next_button = QPushButton(self.tr("&Next change"))
        self.next_button.setShortcut(QKeySequence("F3"))
        self.next_button.setToolTip(self.tr("Go to the next change (F3)"))
        self.next_button.clicked.connect(lambda: self.go_to_change(1))
        choose = QHBoxLayout()
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.old)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.new)
        for widget in (from_label, self.old, to_label, self.new):
            choose.addWidget(widget)
        choose.addStretch()
        choose.addWidget(self.previous_button)
        choose.addWidget(self.next_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.counts)
        layout.addWidget(buttons)
        self.resize(820, 620)
        self.show_differences()

    def revisions_shown(self) -> tuple[int, int]:
        return int(self.old.currentData()), int(self.new.currentData())

    def changes(self) -> list[ShownChange]:
        return list(self._changes)

    def show_differences(self) -> None:
        old, new = self.revisions_shown()
        from workbench.core.revisions import compare_revisions, revision_text

        old_text = revision_text(self._project, self._article_id, old)
        new_text = revision_text(self._project, self._article_id, new)
        ops = readable_ops(
            compare_revisions(self._project, self._article_id, old, new), old_text, new_text
        )
        self.view.clear()
        self._changes = []
        self._position = -1
        cursor = QTextCursor(self.view.document())
        plain = QTextCharFormat()
        for op in ops:
            if op.tag == "equal":
                cursor.insertText(new_text[op.new_start : op.new_end], plain)
                continue
            if op.old_end > op.old_start:
                self._insert_change(cursor, "deleted", old_text[op.old_start : op.old_end])
            if op.new_end > op.new_start:
                self._insert_change(cursor, "inserted", new_text[op.new_start : op.new_end])
        deleted = sum(change.kind == "deleted" for change in self._changes)
        inserted = sum(change.kind == "inserted" for change in self._changes)
        if old == new:
            self.counts.setText(self.tr("The same revision is chosen twice."))
        elif not self._changes:
            self.counts.setText(self.tr("No difference."))
        else:
            self.counts.setText(
                self.tr("Revision {0} → {1}: {2} deletion(s), {3} insertion(s).").format(
                    old, new, deleted, inserted
                )
            )
        self.previous_button.setEnabled(bool(self._changes))
        self.next_button.setEnabled(bool(self._changes))
        self.view.moveCursor(QTextCursor.MoveOperation.Start)

    def _insert_change(self, cursor: QTextCursor, kind: str, words: str) -> None:
        """Mark the words; spaces at the edges stay plain. Lines follow the newer revision, so a
        deleted paragraph break shows as a struck ¶ and breaks no line."""
        deleted = kind == "deleted"
        core = words.strip()
        lead = words[: len(words) - len(words.lstrip())]
        trail = words[len(words.rstrip()) :]
        if not core and "\n" in words:
            core, lead, trail = words.strip(" "), "", ""  # only a paragraph break added or removed
        plain = QTextCharFormat()
        if deleted:
            lead, trail = lead.replace("\n", " "), trail.replace("\n", " ")
        cursor.insertText(lead, plain)
        if core:
            text_format = deleted_format() if deleted else inserted_format()
            text_format.setToolTip(
                self.tr("Deleted in this revision") if deleted
                else self.tr("Inserted in this revision")
            )
            shown = core.replace("\n", f"{_PARAGRAPH_MARK} " if deleted else f"{_PARAGRAPH_MARK}\n")
            start = cursor.position()
            cursor.insertText(shown, text_format)
            self._changes.append(ShownChange(kind, start, cursor.position(), core))
        cursor.insertText(trail, plain)

    def go_to_change(self, step: int) -> bool:
        """Select the next (1) or previous (-1) change, wrapping around."""
        if not self._changes:
            return False
        self._position = (self._position + step) % len(self._changes)
        change = self._changes[self._position]
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(change.start)
        cursor.setPosition(change.end, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        return True
