"""The checker's edits from the window: verdicts, claims added by hand, spans, dismissals,
rationales and sources, each sent to the session; its refusals and failures told."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from workbench.core.model import AnchorStatus, Verdict
from workbench.core.project import ProjectError, SourceRecord
from workbench.gui.dialogs.common import SourceDialog
from workbench.gui.review.article_view import ArticleView
from workbench.gui.review.controller import ReviewController
from workbench.gui.review.details import ClaimDetails
from workbench.gui.window.actions import WindowActions
from workbench.gui.window.current import Current
from workbench.gui.window.dialog_host import DialogHost
from workbench.gui.window.status import StatusArea

translate = QCoreApplication.translate


class EditingController(QObject):
    """Turns the edit actions and the details' requests into session edits."""

    def __init__(
        self,
        current: Current,
        actions: WindowActions,
        review: ReviewController,
        article_view: ArticleView,
        details: ClaimDetails,
        status: StatusArea,
        dialogs: DialogHost,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._current = current
        self._review = review
        self._article_view = article_view
        self._details = details
        self._status = status
        self._dialogs = dialogs
        for verdict in Verdict:
            actions.verdict[verdict].triggered.connect(lambda _=False, v=verdict: self.mark(v))
            actions.verdict_next[verdict].triggered.connect(
                lambda _=False, v=verdict: self.mark(v, then_next=True)
            )
        actions.next_unchecked.triggered.connect(review.go_to_next_unchecked)
        actions.add_claim.triggered.connect(self.add_claim_from_selection)
        actions.change_span.triggered.connect(self.change_span_to_selection)
        actions.dismiss_claim.triggered.connect(self.dismiss_or_restore)
        actions.add_source.triggered.connect(self._on_details_source_add_requested)
        details.verdict_chosen.connect(self._on_details_verdict_chosen)
        details.rationale_edited.connect(self._on_details_rationale_edited)
        details.source_add_requested.connect(self._on_details_source_add_requested)
        details.source_edit_requested.connect(self._on_details_source_edit_requested)
        details.source_remove_requested.connect(self._on_details_source_remove_requested)

    def session_opened(self) -> None:
        """Wire the new session: its change sets to the views, its failures to the checker."""
        session = self._current.session
        assert session is not None
        session.changed.connect(self._review.apply)
        session.write_failed.connect(self._on_session_write_failed)
        session.edit_refused.connect(self._on_session_edit_refused)

    # -- claims --------------------------------------------------------------------------------

    def mark(self, verdict: Verdict, then_next: bool = False) -> None:
        """Set the current claim's verdict (the keys C, D, U, Backspace)."""
        claim = self._review.current_claim()
        session = self._current.session
        if session is None or claim is None:
            self._status.tell(translate("Editing", "Select a claim first"), 3000)
            return
        if claim.verdict == verdict and claim.anchor_status != AnchorStatus.CHANGED:
            saved = True  # nothing to change, nothing to undo (a reworded claim's flag would go)
        else:
            saved = session.set_verdict(claim, verdict)
        if saved and then_next:
            self._review.go_to_next_unchecked()

    def add_claim_from_selection(self) -> None:
        """The key A: the passage selected in the text becomes a claim."""
        span = self._article_view.selected_span()
        session, article_id = self._current.session, self._current.article_id
        if session is None or article_id is None or span is None:
            self._status.tell(
                translate(
                    "Editing", "Select a passage of the text first (Ctrl+T, then Shift+arrows)"
                )
            )
            return
        session.add_claim(article_id, *span)

    def change_span_to_selection(self) -> None:
        """The key S: the current claim now covers the passage selected in the text."""
        claim = self._review.current_claim()
        span = self._article_view.selected_span()
        session = self._current.session
        if session is None or claim is None or span is None:
            self._status.tell(
                translate("Editing", "Select a claim, then the passage it should cover")
            )
            return
        session.set_span(claim, *span)  # also places a claim lost or unsure after a revision

    def dismiss_or_restore(self) -> None:
        """The key Delete: dismiss a detected claim, bring it back, or remove a manual one."""
        claim = self._review.current_claim()
        session = self._current.session
        if session is None or claim is None:
            self._status.tell(translate("Editing", "Select a claim first"))
            return
        session.dismiss_or_restore(claim)

    def _on_details_verdict_chosen(self, verdict: Verdict) -> None:
        self.mark(verdict)

    def _on_details_rationale_edited(self, claim_id: int, text: str) -> None:
        if self._current.session is not None:
            self._current.session.set_rationale(claim_id, text)

    # -- what the session says -----------------------------------------------------------------

    def _on_session_write_failed(self, error: ProjectError) -> None:
        self._dialogs.project_error(error)

    def _on_session_edit_refused(self, reason: str) -> None:
        self._status.tell(translate("Editing", "Not changed: {0}").format(reason))

    # -- sources -------------------------------------------------------------------------------

    def _on_details_source_add_requested(self) -> None:
        if self._review.current_claim() is not None:
            self._open_source_dialog(None)

    def _on_details_source_edit_requested(self, source: SourceRecord) -> None:
        self._open_source_dialog(source)

    def _on_details_source_remove_requested(self, source: SourceRecord) -> None:
        if self._current.session is not None:
            self._current.session.remove_source(source)

    def _open_source_dialog(self, source: SourceRecord | None) -> None:
        dialog = self._dialogs.keep(SourceDialog(source, self._dialogs.window))
        dialog.submitted.connect(
            lambda url, title, excerpt, accessed: self._save_source(
                source, url, title, excerpt, accessed, dialog
            )
        )
        dialog.open()

    def _save_source(
        self,
        source: SourceRecord | None,
        url: str,
        title: str,
        excerpt: str,
        accessed: str,
        dialog: SourceDialog,
    ) -> None:
        claim = self._review.current_claim()
        session = self._current.session
        if session is None or claim is None:
            return
        # While the dialog is open, a refusal is said in it, next to the fields.
        session.edit_refused.connect(dialog.show_problem)
        try:
            if source is None:
                saved = session.add_source(claim, url, title, excerpt, accessed)
            else:
                saved = session.edit_source(source, url, title, excerpt, accessed)
        finally:
            session.edit_refused.disconnect(dialog.show_problem)
        if saved:
            dialog.accept()
