"""The "Document" panel beside the text: what the import said about the open article, its
view (article or whole page), the reviewers' comments, and where the current claim sits (page,
comments on it)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.model import Annotation

translate = QCoreApplication.translate

SPAN_ROLE = Qt.ItemDataRole.UserRole + 1  # (start, end) of the commented passage
_QUOTE_CHARS = 90
_COMMENT_CHARS = 200


class DocumentPanel(QWidget):
    """Shows; holds no logic (the document controller fills it).

    Signals:
        comment_activated(int, int): the checker chose a comment; its passage (start, end).
    """

    comment_activated = Signal(int, int)

    def __init__(self, switch_view: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentPanel")
        self.notices = QLabel()
        self.notices.setObjectName("importNotices")
        self.notices.setWordWrap(True)
        self.notices.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.switch_button = QToolButton()
        self.switch_button.setObjectName("switchViewButton")
        self.switch_button.setDefaultAction(switch_view)
        self.switch_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.claim_place = QLabel()
        self.claim_place.setObjectName("claimPlace")
        self.claim_place.setWordWrap(True)
        self.comments_title = QLabel()
        self.comments = QListWidget()
        self.comments.setObjectName("commentsList")
        self.comments.setWordWrap(True)
        self.comments.setAlternatingRowColors(True)
        self.comments.itemActivated.connect(self._on_comments_item_activated)
        self.comments.itemClicked.connect(self._on_comments_item_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notices)
        layout.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.claim_place)
        layout.addWidget(self.comments_title)
        layout.addWidget(self.comments, 1)
        layout.addStretch(0)  # takes the room while the list is hidden
        self._comments: list[Annotation] = []
        self.show_article("", "", [], [])

    def show_article(
        self,
        notices: str,
        text: str,
        comments: Sequence[Annotation],
        notes: Sequence[Annotation],
        view: str | None = None,
    ) -> None:
        """The open article's notices, its comments (with the passage each one is on), and for
        a web page which of its texts is shown (`view`: "article" or "whole_page")."""
        lines = []
        if view == "article":
            lines.append(
                translate(
                    "DocumentPanel", "Web page: the article's text, as the extractor found it."
                )
            )
        elif view == "whole_page":
            lines.append(
                translate("DocumentPanel", "Web page: the whole page's text, menus and asides too.")
            )
        if notices:
            lines.append(translate("DocumentPanel", "From the import: {0}").format(notices))
        if notes:
            lines.append(
                translate(
                    "DocumentPanel",
                    "{0} note(s) placed in the text, in blue where no claim covers them.",
                ).format(len(notes))
            )
        self.notices.setText(
            "\n".join(lines)
            or translate("DocumentPanel", "The import left nothing out or changed.")
        )
        self._comments = list(comments)
        self.comments.clear()
        self.comments_title.setText(
            translate(
                "DocumentPanel", "Reviewers' comments ({0}), passages underlined in purple"
            ).format(len(comments))
            if comments
            else translate("DocumentPanel", "No reviewer's comment on this article.")
        )
        self.comments.setVisible(bool(comments))
        for comment in comments:
            item = QListWidgetItem(comment_line(comment, text))
            item.setData(SPAN_ROLE, (comment.start, comment.end))
            item.setToolTip(comment.text)
            self.comments.addItem(item)
        self.show_claim_place("", [])

    def show_claim_place(self, page: str, touching: Sequence[Annotation]) -> None:
        """Where the current claim is: its page, and the comments on its passage (in bold)."""
        parts = []
        if page:
            parts.append(translate("DocumentPanel", "Current claim: {0}").format(page))
        if touching:
            parts.append(
                translate("DocumentPanel", "{0} comment(s) on the current claim (in bold):").format(
                    len(touching)
                )
                + "\n"
                + "\n".join(f"— {_author(comment)}: {comment.text}" for comment in touching)
            )
        self.claim_place.setText("\n".join(parts))
        self.claim_place.setVisible(bool(parts))
        for row, comment in enumerate(self._comments):
            item = self.comments.item(row)
            font = QFont(item.font())
            font.setBold(comment in touching)
            item.setFont(font)

    def set_switch_visible(self, visible: bool) -> None:
        self.switch_button.setVisible(visible)

    def _on_comments_item_activated(self, item: QListWidgetItem) -> None:
        start, end = item.data(SPAN_ROLE)
        self.comment_activated.emit(int(start), int(end))


def _author(comment: Annotation) -> str:
    return comment.author or translate("DocumentPanel", "unknown author")


def _shortened(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def comment_line(comment: Annotation, text: str) -> str:
    """ "Randy Bartels, 2024-03-28: Check this figure / on “passage”" (long ones shortened; the
    item's tooltip holds the whole comment)."""
    date = (comment.date or "")[:10]
    who = f"{_author(comment)}, {date}" if date else _author(comment)
    passage = _shortened(text[comment.start : comment.end], _QUOTE_CHARS)
    line = f"{who}: {_shortened(comment.text, _COMMENT_CHARS)}"
    return line + "\n" + translate("DocumentPanel", "on “{0}”").format(passage) if passage else line
