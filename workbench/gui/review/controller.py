"""Reviewing the open project: which article and claim are shown, kept in sync between the
navigator, the text, the claims list and the details, and refreshed from each change set."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from workbench.core.model import Priority
from workbench.core.project import ClaimRecord, Project, ProjectError
from workbench.gui.editing.changes import ChangeSet
from workbench.gui.review.article_view import ArticleView
from workbench.gui.review.claims_panel import ClaimsPanel
from workbench.gui.review.details import ClaimDetails
from workbench.gui.review.navigator import ArticlesNavigator
from workbench.gui.revisions.marks import RevisionMarks
from workbench.gui.window.current import Current
from workbench.gui.window.status import StatusArea

translate = QCoreApplication.translate

STATE_ARTICLE = "current_article"
STATE_CLAIM = "current_claim"
_STATE_DELAY_MS = 300  # where the checker is, saved shortly after moving (a commit is an fsync)


class ReviewController(QObject):
    """Shows articles and claims, follows the checker's moves, and applies change sets.

    Collaborators: the window's `Current` state, the four review widgets, the status area and the
    revision marks of the open article.
    """

    def __init__(
        self,
        current: Current,
        navigator: ArticlesNavigator,
        article_view: ArticleView,
        claims_panel: ClaimsPanel,
        details: ClaimDetails,
        status: StatusArea,
        marks: RevisionMarks,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._current = current
        self._navigator = navigator
        self._article_view = article_view
        self._claims_panel = claims_panel
        self._details = details
        self._status = status
        self._marks = marks
        self._syncing = False
        self._state_timer = QTimer(self)
        self._state_timer.setSingleShot(True)
        self._state_timer.setInterval(_STATE_DELAY_MS)
        self._state_timer.timeout.connect(self.save_position)
        navigator.current_article_changed.connect(self._on_navigator_current_article_changed)
        claims_panel.current_claim_changed.connect(self._on_claims_panel_current_claim_changed)
        article_view.claim_clicked.connect(self._on_article_view_claim_clicked)
        details.claim_shown.connect(self._on_details_claim_shown)

    # -- a project opens and closes ------------------------------------------------------------

    def project_opened(self, project: Project) -> None:
        self._navigator.set_articles(project.article_rows())
        self._restore_position(project)

    def project_closing(self) -> None:
        self._details.flush()
        self.save_position()

    def clear(self) -> None:
        self._current.article_id = None
        self._navigator.set_articles([])
        self._article_view.clear_article()
        self._claims_panel.set_claims([])
        self._details.show_claim(None, [], [])
        self._marks.clear()

    def reload_articles(self, project: Project) -> None:
        self._navigator.set_articles(project.article_rows())

    def add_articles(self, article_ids: Sequence[int]) -> None:
        """Articles an import just wrote, listed while the rest are still being written."""
        project = self._current.project
        if project is None or not article_ids:
            return
        self._navigator.add_articles(project.article_rows(article_ids))
        self.update_status()

    # -- where the checker is ------------------------------------------------------------------

    def _restore_position(self, project: Project) -> None:
        article_id = _int_or_none(project.state(STATE_ARTICLE))
        claim_id = _int_or_none(project.state(STATE_CLAIM))
        ids = self._navigator.model.article_ids()
        if article_id not in ids:
            article_id = ids[0] if ids else None
        if article_id is None:
            return
        self._navigator.select_article(article_id, notify=False)
        self.show_article(article_id)
        if claim_id is not None:
            self.select_claim(claim_id)

    def save_position(self) -> None:
        self._state_timer.stop()
        project = self._current.project
        if project is None or project.read_only:
            return
        claim = self._details.claim()
        article_id = self._current.article_id
        try:
            project.set_state(STATE_ARTICLE, str(article_id) if article_id else None)
            project.set_state(STATE_CLAIM, str(claim.id) if claim is not None else None)
        except ProjectError:
            pass  # losing the reading position is not worth interrupting the checker

    # -- showing articles and claims -----------------------------------------------------------

    def show_article(self, article_id: int) -> None:
        project = self._current.project
        if project is None:
            return
        self._details.flush()
        article = project.article(article_id)
        claims = project.claims(article_id)
        self._current.article_id = article_id
        self._article_view.show_article(article.text, claims)
        self._claims_panel.set_claims(claims)
        self._status.show_article_labels(article.language, article.model)
        self._marks.article_shown(project, article_id)
        self.update_status()
        self._state_timer.start()
        self._current.article_shown.emit(article_id)

    def go_to_article(self, article_id: int) -> None:
        """Show an article, selected in the navigator too (without a move to its first claim)."""
        self._navigator.select_article(article_id, notify=False)
        self.show_article(article_id)

    def select_claim(self, claim_id: int | None) -> None:
        """Make a claim current everywhere: list, text and details."""
        if self._current.project is None:
            return
        self._syncing = True
        try:
            if claim_id is not None and self._claims_panel.model.row_of(claim_id) is None:
                claim_id = None
            if claim_id is not None and not self._claims_panel.select_claim(claim_id):
                # filtered out of the list: still show it in the text and details
                self._claims_panel.select_claim(None)
            if claim_id is None:
                self._claims_panel.select_claim(None)
            self._article_view.set_current_claim(claim_id)
            self.show_details(claim_id)
        finally:
            self._syncing = False
        self._state_timer.start()

    def show_details(self, claim_id: int | None) -> None:
        project = self._current.project
        if project is None or claim_id is None:
            self._details.show_claim(None, [], [])
            return
        model = self._claims_panel.model
        row = model.row_of(claim_id)
        claim = model.claim_at(row) if row is not None else project.claim(claim_id)
        self._details.show_claim(
            claim, project.sources(claim_id), self._marks.claim_history(project, claim)
        )

    def current_claim(self) -> ClaimRecord | None:
        return self._details.claim()

    def go_to_next_unchecked(self) -> None:
        if not self._claims_panel.move_to_next_unchecked():
            self._status.tell(translate("Review", "No unchecked claim left in this list"), 4000)

    # -- one change set, every view ------------------------------------------------------------

    def apply(self, changes: ChangeSet) -> None:
        """Refresh the views from what one edit, undo or redo changed (the session's `changed`)."""
        project = self._current.project
        if project is None:
            return
        if changes.article_id != self._current.article_id:
            # an undo or redo of an edit made on another article: show it where it happened
            self.go_to_article(changes.article_id)
            self.select_claim(_claim_to_show(changes))  # its details are read there
            self._update_other_articles(changes)
            self.update_article_progress(changes.article_id)
            return
        if changes.reshaped:
            claims = project.claims(changes.article_id)
            self._article_view.set_claims(claims)
            self._claims_panel.set_claims(claims)
            self._marks.refresh(claims)
            self.select_claim(changes.current)
            if changes.current is not None and self._shown_id() != changes.current:
                # A note hidden with the focus in it hands the focus to the orphans list, which
                # makes its first row current: the claim just edited stays the current one.
                self.select_claim(changes.current)
        else:
            for claim in changes.updated:
                self._claims_panel.update_claim(claim)
                self._article_view.update_claim(claim)
            known = {state.claim_id for state in changes.anchors}
            self._marks.refresh(
                self._claims_panel.model.claims(),
                # a verdict on a reworded claim says how the claim stands now: nothing to read
                reload=changes.anchors_changed and not known >= {c.id for c in changes.updated},
                text_too=False,
                known=changes.anchors,
            )
            if changes.sources_of is not None and self._shown_id() != changes.sources_of:
                self.select_claim(changes.sources_of)
        self._refresh_details(project, changes)
        self._update_other_articles(changes)
        self.update_article_progress(changes.article_id)

    def _update_other_articles(self, changes: ChangeSet) -> None:
        for article_id in changes.other_articles:
            if article_id != self._current.article_id:
                self.update_article_progress(article_id)

    def _refresh_details(self, project: Project, changes: ChangeSet) -> None:
        shown = self._details.claim()
        if shown is None or not changes.touches(shown.id):
            return
        if changes.sources_of is not None:
            self.show_details(shown.id)
            return
        (claim,) = [c for c in changes.updated if c.id == shown.id]
        if changes.history is not None:
            # The lines the edit wrote follow the history shown: nothing to read again.
            history = [*self._details.shown_history(), *changes.history]
        else:
            history = self._marks.claim_history(project, claim)
        self._details.show_claim(claim, self._details.shown_sources(), history)

    def _shown_id(self) -> int | None:
        shown = self._details.claim()
        return shown.id if shown is not None else None

    def update_article_progress(self, article_id: int) -> None:
        """The navigator's "n of m checked", from the claims in memory when they are shown."""
        project = self._current.project
        if project is None:
            return
        if article_id == self._current.article_id:
            claims = self._claims_panel.model.claims()
            checked, total = progress_of(claims)
            must_left = must_check_left(claims)
        else:
            rows = project.article_rows([article_id])
            if not rows:
                return
            checked, total, must_left = (
                rows[0].checked_count,
                rows[0].claim_count,
                rows[0].must_check_left,
            )
        self._navigator.model.update_progress(article_id, checked, total, must_left)
        self.update_status()

    def update_status(self) -> None:
        if self._current.project is None:
            self._status.progress_label.setText(translate("Window", "No project open"))
            self._status.clear_article_labels()
            return
        checked, total = self._navigator.model.totals()
        article_checked, article_total = progress_of(self._claims_panel.model.claims())
        self._status.progress_label.setText(
            translate("Window", "Article: {0} of {1} checked — project: {2} of {3}").format(
                article_checked, article_total, checked, total
            )
        )

    # -- selection sync ------------------------------------------------------------------------

    def _on_navigator_current_article_changed(self, article_id: int | None) -> None:
        if article_id is not None and article_id != self._current.article_id:
            self.show_article(article_id)
            # a new article starts at its first unchecked claim, else its first
            if not self._claims_panel.move_to_next_unchecked():
                self._claims_panel.step(1)

    def _on_claims_panel_current_claim_changed(self, claim_id: int | None) -> None:
        if self._syncing:
            return
        if claim_id is None and self._details.claim() is not None:
            # the list lost its selection (a filter hid the row): the claim stays current
            return
        self.select_claim(claim_id)

    def _on_article_view_claim_clicked(self, claim_id: int) -> None:
        if not self._syncing:
            self.select_claim(claim_id)

    def _on_details_claim_shown(self, claim: object) -> None:
        self._marks.claim_shown(claim if isinstance(claim, ClaimRecord) else None)


def _claim_to_show(changes: ChangeSet) -> int | None:
    if changes.reshaped:
        return changes.current
    if changes.sources_of is not None:
        return changes.sources_of
    return changes.updated[0].id if changes.updated else None


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def progress_of(claims: Sequence[ClaimRecord]) -> tuple[int, int]:
    """Checked and counted claims: a dismissed claim does not count, nor does a verdict to
    re-check count as checked."""
    live = [claim for claim in claims if not claim.is_dismissed]
    return sum(claim.is_checked for claim in live), len(live)


def must_check_left(claims: Sequence[ClaimRecord]) -> int:
    """Must-check claims, not dismissed, without a verdict on their present wording."""
    return sum(
        1
        for claim in claims
        if not claim.is_dismissed and not claim.is_checked and claim.priority is Priority.MUST_CHECK
    )
