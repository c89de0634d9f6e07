"""What a revision left on the open article, kept on screen: the marks in the claims list, the
orphans out of the text and in their panel, the note on the current claim, the revision label."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from workbench.core.model import AnchorStatus
from workbench.core.project import AnchorState, ClaimRecord, HistoryEntry, Project
from workbench.gui.review.article_view import ArticleView
from workbench.gui.review.claims_panel import ClaimsPanel
from workbench.gui.review.details import ClaimDetails
from workbench.gui.revisions.panel import OrphansPanel, RevisionNote, review_mark

translate = QCoreApplication.translate
_ORPHANS_DOCK_HEIGHT = 150


class RevisionMarks:
    """The open article's revision state, read when it is shown and after edits that move claims;
    kept in memory between them, so a verdict reads nothing."""

    def __init__(
        self,
        window: QMainWindow,
        claims_panel: ClaimsPanel,
        article_view: ArticleView,
        details: ClaimDetails,
        revision_label: QLabel,
    ) -> None:
        self._window = window
        self._claims_panel = claims_panel
        self._article_view = article_view
        self._details = details
        self.revision_label = revision_label
        self.revision_note = RevisionNote()
        self.orphans_panel = OrphansPanel()
        self.orphans_dock = QDockWidget()
        self.orphans_dock.setObjectName("orphansDock")
        self.orphans_dock.setWidget(self.orphans_panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.orphans_dock)
        self.orphans_dock.hide()
        self._project: Project | None = None
        self._article_id: int | None = None
        self._states: dict[int, AnchorState] = {}
        self._revised: list[HistoryEntry] = []  # the article's "revision" history entries
        self.revision_count = 0
        self._revision_number = 1  # of the open article: the current text is its last revision
        self._live_orphans = 0  # the open article's lost claims, not dismissed

    def retranslate(self) -> None:
        self.orphans_dock.setWindowTitle(
            translate("Revisions", "Claims not found in this revision")
        )
        self.orphans_panel.retranslate()
        self.revision_note.retranslate()
        if self._article_id is not None:
            self.refresh(self._claims_panel.model.claims(), reload=False, text_too=False)
        self._show_label()

    def set_read_only(self, read_only: bool) -> None:
        self.orphans_panel.set_read_only(read_only)
        self.revision_note.set_read_only(read_only)

    # -- the open article ----------------------------------------------------------------------

    def clear(self) -> None:
        self._project = None
        self._article_id = None
        self._states = {}
        self._revised = []
        self.revision_count = 0
        self._revision_number = 1
        self._live_orphans = 0
        self.orphans_panel.set_orphans([], 1)
        self.orphans_dock.hide()
        self.revision_note.show_claim(None, None, 1)
        self._claims_panel.model.set_marks({})
        self._show_label()

    def article_shown(self, project: Project, article_id: int) -> None:
        from workbench.core.revisions import revisions

        kept = revisions(project, article_id)
        self._article_id = article_id
        self.revision_count = len(kept)
        self._revision_number = kept[-1].revision if kept else 1
        self._revised = [
            entry
            for entry in project.history(article_id=article_id)
            if entry.field == "revision" and entry.claim_id is None
        ]
        self._project = project
        self._live_orphans = 0
        self.refresh(self._claims_panel.model.claims())
        if not self._live_orphans:
            self.orphans_dock.hide()  # another article's lost claims are not this one's
        self._show_label()

    def refresh(
        self,
        claims: Sequence[ClaimRecord],
        *,
        reload: bool = True,
        text_too: bool = True,
        known: Sequence[AnchorState] = (),
    ) -> None:
        """Marks in the list, orphans out of the text and in their panel, the current note.

        `reload=False` when no anchor changed, or when `known` holds the new states of the claims
        whose anchor did (the states in memory are then current); `text_too=False` when no claim
        moved (the text's highlights are current).
        """
        if self._article_id is None or self._project is None:
            return
        for state in known:
            self._states[state.claim_id] = state
        if reload:
            self._states = self._project.anchor_states(self._article_id)
        marks = {}
        for claim in claims:
            state = self._states.get(claim.id)
            if state is not None and state.needs_review:
                marks[claim.id] = review_mark(state.status, claim.verdict)
        self._claims_panel.model.set_marks(marks)
        orphans = [claim for claim in claims if self._is_orphan(claim)]
        if text_too:
            # An orphan has no place in the text: left in the view it would get a badge somewhere.
            self._article_view.set_claims([c for c in claims if not self._is_orphan(c)])
        self.orphans_panel.set_orphans(orphans, self.current_revision())
        live = sum(not claim.is_dismissed for claim in orphans)
        if not live:
            # every claim found again (placed) or let go (dismissed): nothing left to do there
            self.orphans_dock.hide()
        elif live > self._live_orphans:
            self.show_orphans_dock()  # lost claims came (back): an undo, another article
        self._live_orphans = live
        current = self._details.claim()
        if current is not None:
            self.claim_shown(current)

    def claim_shown(self, claim: ClaimRecord | None) -> None:
        """The note for the claim the details show (none for a claim the revision left alone)."""
        if claim is None:
            self.revision_note.show_claim(None, None, 1)
            self.orphans_panel.select_claim(None)
            return
        state = self._states.get(claim.id)
        text = self._article_view.toPlainText() if state is not None and state.alternatives else ""
        self.revision_note.show_claim(claim, state, self.current_revision(), text)
        self.orphans_panel.select_claim(claim.id)

    def claim_history(self, project: Project, claim: ClaimRecord) -> list[HistoryEntry]:
        """A claim's history, with the revisions of its article imported since it appeared."""
        entries = project.history(claim.id)
        if claim.article_id == self._article_id and claim.id in self._states:
            since = self._states[claim.id].since_revision
            revised = self._revised
        else:
            since = project.anchor_states(claim.article_id)[claim.id].since_revision
            revised = [
                entry
                for entry in project.history(article_id=claim.article_id)
                if entry.field == "revision" and entry.claim_id is None
            ]
        later = [entry for entry in revised if _after(entry.new, since)]
        return sorted([*entries, *later], key=lambda entry: entry.id)

    def state_of(self, claim_id: int) -> AnchorState | None:
        """The open article's claim's anchor state after its last revision (None: not known)."""
        return self._states.get(claim_id)

    def current_revision(self) -> int:
        return self._revision_number if self._article_id is not None else 1

    def show_orphans_dock(self) -> None:
        if self.orphans_dock.isVisible():
            return
        self.orphans_dock.show()
        # Short by default: the claims list stays the main list; the checker can drag it taller.
        self._window.resizeDocks(
            [self.orphans_dock], [_ORPHANS_DOCK_HEIGHT], Qt.Orientation.Vertical
        )

    def _is_orphan(self, claim: ClaimRecord) -> bool:
        state = self._states.get(claim.id)
        return state is not None and state.status == AnchorStatus.ORPHAN

    def _show_label(self) -> None:
        if self._article_id is None:
            self.revision_label.setText("")
            return
        revision = self.current_revision()
        text = translate("Revisions", "Revision {0} of {1}").format(
            revision, max(self.revision_count, revision)
        )
        if revision > 1:
            link = translate("Revisions", "compare with revision {0}").format(revision - 1)
            text = f"{text} (<a href='compare'>{link}</a>)"
        self.revision_label.setText(text)
        self.revision_label.setToolTip(
            translate(
                "Revisions",
                "The open article's revision; Ctrl+Shift+D compares it with the previous one",
            )
        )


def _after(revision: str | None, since: int) -> bool:
    try:
        return revision is not None and int(revision) > since
    except ValueError:
        return False
