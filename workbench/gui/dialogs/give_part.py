"""Giving a checker some articles: which ones, and to whom; the file is asked for afterwards."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.project import ArticleRecord

translate = QCoreApplication.translate

_ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1


class GivePartDialog(QDialog):
    """Ticks the articles to give and names the checker; accepted once both are there.

    `chosen()` gives the ticked articles' ids, `checker()` the name typed.
    """

    def __init__(
        self,
        articles: Sequence[ArticleRecord],
        ticked: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("givePartDialog")
        self.setWindowTitle(translate("GivePartDialog", "Give articles to a checker"))
        explanation = QLabel(
            translate(
                "GivePartDialog",
                "The ticked articles, with their claims, verdicts, sources and history, go to a "
                "project file of their own that the checker can work on offline. File ▸ Merge a "
                "checker's work brings their work back.",
            )
        )
        explanation.setWordWrap(True)
        self.articles = QListWidget()
        self.articles.setObjectName("partArticles")
        self.articles.setAccessibleName(translate("GivePartDialog", "Articles to give"))
        wanted = set(ticked)
        for article in articles:
            item = QListWidgetItem(article.title)
            item.setData(_ARTICLE_ROLE, article.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if article.id in wanted else Qt.CheckState.Unchecked
            )
            self.articles.addItem(item)
        self.articles.itemChanged.connect(lambda _item: self._update_buttons())
        every = QPushButton(translate("GivePartDialog", "Tick &all"))
        none = QPushButton(translate("GivePartDialog", "Tick &none"))
        every.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        none.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        ticks = QHBoxLayout()
        ticks.addWidget(every)
        ticks.addWidget(none)
        ticks.addStretch()
        self.count = QLabel()
        self.count.setObjectName("partCount")
        ticks.addWidget(self.count)
        self.checker_name = QLineEdit()
        self.checker_name.setObjectName("partChecker")
        self.checker_name.textChanged.connect(lambda _text: self._update_buttons())
        form = QFormLayout()
        form.addRow(translate("GivePartDialog", "&Checker:"), self.checker_name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.give: QPushButton = buttons.addButton(
            translate("GivePartDialog", "&Save the part as…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.give.setObjectName("givePart")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.articles, 1)
        layout.addLayout(ticks)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update_buttons()
        self.resize(520, 480)

    def _tick_all(self, state: Qt.CheckState) -> None:
        for row in range(self.articles.count()):
            self.articles.item(row).setCheckState(state)

    def chosen(self) -> list[int]:
        return [
            int(item.data(_ARTICLE_ROLE))
            for row in range(self.articles.count())
            if (item := self.articles.item(row)).checkState() == Qt.CheckState.Checked
        ]

    def checker(self) -> str:
        return self.checker_name.text().strip()

    def _update_buttons(self) -> None:
        chosen = len(self.chosen())
        self.count.setText(
            translate("GivePartDialog", "{0} of {1} article(s) ticked").format(
                chosen, self.articles.count()
            )
        )
        self.give.setEnabled(bool(chosen and self.checker()))
