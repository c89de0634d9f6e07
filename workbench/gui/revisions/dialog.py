"""The dialog that confirms which article a newly read text revises, with a preview of the outcome."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.model import Analysis, ArticleDraft
from workbench.core.project import Project, ProjectError
from workbench.core.revisions import (
    RevisionPlan,
    article_numbers,
    choose_revision,
    plan_revision,
    suggest_matches,
)
from workbench.core.revisions.matching import MIN_SIMILARITY

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE, REVISION, SIMILARITY = range(3)


class RevisionDialog(QDialog):
    """Lists the articles the text may revise (the open one first, then by similarity) and shows
    what recording it would do. Opened with open(), never exec().

    Signals:
        confirmed(RevisionPlan): the checker chose an article; nothing is written yet.
    """

    confirmed = Signal(object)

    def __init__(
        self,
        project: Project,
        analysed: Sequence[tuple[ArticleDraft, Analysis]],
        current_article_id: int | None,
        path: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revisionDialog")
        self.setWindowTitle(self.tr("Import a new version of an article"))
        self._project = project
        self._analysed = list(analysed)
        self._current_article_id = current_article_id
        self._plan: RevisionPlan | None = None
        self._suggestions: dict[int, float] = {}
        # Per draft: comparing with every article of a large project takes most of a second.
        self._suggested: dict[int, dict[int, float]] = {}

        intro = QLabel(
            self.tr(
                "{0}\n\nChoose the article this text is a new version of. Verdicts stay on the "
                "claims found again; reworded claims are flagged and claims no longer found are "
                "listed, never dropped."
            ).format(path)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self._path = path
        self.drafts = QComboBox()
        self.drafts.setObjectName("revisionDraft")
        # The numbers `read_revision(path, index)` takes: the corpus's own, else positions.
        numbers = article_numbers([draft for draft, _ in self._analysed])
        for number, (draft, _) in zip(numbers, self._analysed, strict=True):
            title = draft.title or self.tr("(untitled)")
            self.drafts.addItem(self.tr("{0}. {1}").format(number, title), number)
        self.drafts.currentIndexChanged.connect(self._on_drafts_current_index_changed)
        self.candidates = QTableWidget(0, 3)
        self.candidates.setObjectName("revisionCandidates")
        self.candidates.setHorizontalHeaderLabels(
            [self.tr("Article"), self.tr("Revision"), self.tr("Similarity")]
        )
        self.candidates.verticalHeader().setVisible(False)
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.candidates.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REVISION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SIMILARITY, QHeaderView.ResizeMode.ResizeToContents)
        self.candidates.itemSelectionChanged.connect(self._on_candidates_item_selection_changed)
        self.candidates.itemActivated.connect(lambda _item: self._on_buttons_accepted())
        self.show_all = QCheckBox(self.tr("Show &every article of the project"))
        self.show_all.setObjectName("revisionShowAll")
        self.show_all.toggled.connect(lambda _checked: self._fill_candidates())
        self.preview = QLabel()
        self.preview.setObjectName("revisionPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel()
        self.problem.setObjectName("revisionProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #B00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importRevision")
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Text in the file:"), self.drafts)
        self.drafts.setEnabled(len(self._analysed) > 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        candidates_label = QLabel(self.tr("&New version of:"))
        candidates_label.setBuddy(self.candidates)
        layout.addWidget(candidates_label)
        layout.addWidget(self.candidates, 1)
        layout.addWidget(self.show_all)
        layout.addWidget(self.preview)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(640, 460)
        self._fill_candidates()

    # -- what is chosen ------------------------------------------------------------------------

    def draft(self) -> tuple[ArticleDraft, Analysis]:
        """The text chosen, by the same rule as `read_revision` (a file of one has no choice)."""
        number = self.drafts.currentData() if len(self._analysed) > 1 else None
        drafts = [draft for draft, _ in self._analysed]
        return self._analysed[choose_revision(drafts, self._path, number)]

    def chosen_article(self) -> int | None:
        rows = self.candidates.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.candidates.item(rows[0].row(), TITLE)
        return int(item.data(ARTICLE_ID_ROLE)) if item is not None else None

    def choose_article(self, article_id: int) -> bool:
        for row in range(self.candidates.rowCount()):
            item = self.candidates.item(row, TITLE)
            if item is not None and item.data(ARTICLE_ID_ROLE) == article_id:
                self.candidates.selectRow(row)
                return True
        return False

    def plan(self) -> RevisionPlan | None:
        return self._plan

    def candidate_rows(self) -> list[tuple[int, str, str]]:
        """What the table shows, row by row: article id, title, similarity (for tests)."""
        rows = []
        for row in range(self.candidates.rowCount()):
            title = self.candidates.item(row, TITLE)
            similarity = self.candidates.item(row, SIMILARITY)
            assert title is not None and similarity is not None
            rows.append((int(title.data(ARTICLE_ID_ROLE)), title.text(), similarity.text()))
        return rows

    # -- filling -------------------------------------------------------------------------------

    def _fill_candidates(self) -> None:
        draft, _ = self.draft()
        index = max(0, self.drafts.currentIndex())
        if index not in self._suggested:
            self._suggested[index] = dict(suggest_matches(self._project, draft, limit=10))
        self._suggestions = self._suggested[index]
        articles = {article.id: article for article in self._project.articles()}
        if self.show_all.isChecked():
            ids = list(articles)
            ids.sort(key=lambda article_id: -self._suggestions.get(article_id, 0.0))
        else:
            ids = list(self._suggestions)
        current = self._current_article_id
        if current in articles:
            ids = [current] + [article_id for article_id in ids if article_id != current]
        self.candidates.setRowCount(len(ids))
        for row, article_id in enumerate(ids):
            article = articles[article_id]
            title = article.title
            if article_id == current:
                title = self.tr("{0} (open now)").format(title)
            title_item = QTableWidgetItem(title)
            title_item.setData(ARTICLE_ID_ROLE, article_id)
            title_item.setToolTip(article.title)
            revision_item = QTableWidgetItem(str(article.revision))
            similarity = self._suggestions.get(article_id)
            if similarity is None:
                shown = self.tr("below {0} %").format(round(MIN_SIMILARITY * 100))
            else:
                shown = self.tr("{0} %").format(round(similarity * 100))
            similarity_item = QTableWidgetItem(shown)
            for item in (revision_item, similarity_item):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.candidates.setItem(row, TITLE, title_item)
            self.candidates.setItem(row, REVISION, revision_item)
            self.candidates.setItem(row, SIMILARITY, similarity_item)
        self.candidates.clearSelection()
        if ids:
            self.choose_article(self._default_choice(ids))
        else:
            self._update_preview()

    def _default_choice(self, ids: Sequence[int]) -> int:
        """The open article, unless the text plainly belongs to another one the checker can see."""
        current = self._current_article_id
        if current is not None and current in ids and (
            current in self._suggestions or not self._suggestions
        ):
            return current
        best = max(self._suggestions, key=self._suggestions.__getitem__, default=ids[0])
        return best if best in ids else ids[0]

    def _update_preview(self) -> None:
        self._plan = None
        self.problem.clear()
        article_id = self.chosen_article()
        draft, analysis = self.draft()
        if article_id is None:
            self.preview.setText(self.tr("No article of the project looks like this text."))
            self.import_button.setText(self.tr("&Import as new revision"))
            self.import_button.setEnabled(False)
            return
        try:
            plan = plan_revision(self._project, article_id, draft, analysis)
        except (ProjectError, KeyError) as error:
            self.preview.clear()
            self.problem.setText(getattr(error, "problem", str(error)))
            self.import_button.setText(self.tr("&Import as new revision"))
            self.import_button.setEnabled(False)
            return
        self._plan = plan
        counts = plan.summary()
        kept = counts["exact"] + counts["moved"]
        lines = [
            self.tr("{0} claim(s) found again: their verdicts stay.").format(kept),
            self.tr("{0} claim(s) reworded: kept, flagged “changed since verdict”.").format(
                counts["changed"]
            ),
            self.tr("{0} claim(s) placed where several passages fit: to confirm.").format(
                counts["ambiguous"]
            ),
            self.tr("{0} claim(s) not found: listed, to place or dismiss.").format(counts["orphan"]),
            self.tr("{0} new claim(s) in new sentences.").format(counts["new"]),
        ]
        if article_id not in self._suggestions:
            lines.append(
                self.tr("Warning: this text looks little like the chosen article.")
            )
        self.preview.setText("\n".join(lines))
        self.import_button.setText(
            self.tr("&Import as revision {0}").format(plan.base_revision + 1)
        )
        self.import_button.setEnabled(True)

    # -- slots ---------------------------------------------------------------------------------

    def _on_drafts_current_index_changed(self, _index: int) -> None:
        self._fill_candidates()

    def _on_candidates_item_selection_changed(self) -> None:
        self._update_preview()

    def _on_buttons_accepted(self) -> None:
        if self._plan is None:
            return
        self.confirmed.emit(self._plan)
        self.accept()
