"""The window's edits: verdicts, claims added by hand, spans, dismissals, sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from workbench.core.model import Verdict
from workbench.core.project import ClaimRecord, ProjectError, SourceRecord
from workbench.gui.dialogs.common import SourceDialog

if TYPE_CHECKING:
    from workbench.gui.window.parts import WindowParts as _Base
else:
    _Base = object


class EditsMixin(_Base):
    """Part of MainWindow, kept apart to keep each module small."""

    dialog: QWidget | None

    def mark(self, verdict: Verdict, then_next: bool = False) -> None:
        """Set the current claim's verdict (the keys C, D, U, Backspace)."""
        claim = self.current_claim()
        if self.session is None or claim is None:
            self.statusBar().showMessage(self.tr("Select a claim first"), 3000)
            return
        if self.session.set_verdict(claim, verdict) and then_next:
            self._go_to_next_unchecked()

    def _go_to_next_unchecked(self) -> None:
        if not self.claims_panel.move_to_next_unchecked():
            self.statusBar().showMessage(self.tr("No unchecked claim left in this list"), 4000)

    def _on_session_claim_changed(self, claim: ClaimRecord) -> None:
        if claim.article_id != self._article_id:
            # an undo or redo of an edit made on another article: show it where it happened
            self.navigator.select_article(claim.article_id, notify=False)
            self.show_article(claim.article_id)
            self.select_claim(claim.id)
        self.claims_panel.update_claim(claim)
        self.article_view.update_claim(claim)
        current = self.details.claim()
        if current is not None and current.id == claim.id and self.project is not None:
            self.details.show_claim(
                claim, self.project.sources(claim.id), self.claim_history(claim.id)
            )
        self._update_article_progress(claim.article_id)

    def _update_article_progress(self, article_id: int) -> None:
        if self.project is None:
            return
        article = self.project.article(article_id)
        self.navigator.model.update_progress(article_id, article.checked_count, article.claim_count)
        self._update_status()

    def _on_session_write_failed(self, error: ProjectError) -> None:
        self._show_project_error(error)

    def _on_details_verdict_chosen(self, verdict: Verdict) -> None:
        self.mark(verdict)

    def _on_details_rationale_edited(self, claim_id: int, text: str) -> None:
        if self.session is not None:
            self.session.set_rationale(claim_id, text)

    def add_claim_from_selection(self) -> None:
        """The key A: the passage selected in the text becomes a claim."""
        span = self.article_view.selected_span()
        if self.session is None or self._article_id is None or span is None:
            self._tell(self.tr("Select a passage of the text first (Ctrl+T, then Shift+arrows)"))
            return
        self.session.add_claim(self._article_id, *span)

    def change_span_to_selection(self) -> None:
        """The key S: the current claim now covers the passage selected in the text."""
        claim = self.current_claim()
        span = self.article_view.selected_span()
        if self.session is None or claim is None or span is None:
            self._tell(self.tr("Select a claim, then the passage it should cover"))
            return
        self.session.set_span(claim, *span)  # also places a claim lost or unsure after a revision

    def dismiss_or_restore(self) -> None:
        """The key Delete: dismiss a detected claim, bring it back, or remove a manual one."""
        claim = self.current_claim()
        if self.session is None or claim is None:
            self._tell(self.tr("Select a claim first"))
            return
        self.session.dismiss_or_restore(claim)

    def _tell(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    def _on_session_claims_reshaped(self, article_id: int, claim_id: int | None) -> None:
        if self.project is None:
            return
        if article_id != self._article_id:
            self.navigator.select_article(article_id, notify=False)
            self.show_article(article_id)
        else:
            claims = self.project.claims(article_id)
            self.article_view.set_claims(claims)
            self.claims_panel.set_claims(claims)
        self.select_claim(claim_id)
        self._update_article_progress(article_id)

    def _on_session_sources_changed(self, claim_id: int) -> None:
        current = self.current_claim()
        if current is None or current.id != claim_id:
            if self.project is not None:
                claim = self.project.claim(claim_id)
                if claim.article_id != self._article_id:
                    self.navigator.select_article(claim.article_id, notify=False)
                    self.show_article(claim.article_id)
            self.select_claim(claim_id)
        self._show_details(claim_id)

    def _on_session_edit_refused(self, reason: str) -> None:
        self._tell(self.tr("Not changed: {0}").format(reason))

    # -- sources -------------------------------------------------------------------------------

    def _on_details_source_add_requested(self) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        self._open_source_dialog(None)

    def _on_details_source_edit_requested(self, source: SourceRecord) -> None:
        self._open_source_dialog(source)

    def _on_details_source_remove_requested(self, source: SourceRecord) -> None:
        if self.session is not None:
            self.session.remove_source(source)

    def _open_source_dialog(self, source: SourceRecord | None) -> None:
        dialog = SourceDialog(source, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(
            lambda url, title, excerpt, accessed: self._save_source(
                source, url, title, excerpt, accessed, dialog
            )
        )
        self.dialog = dialog
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
        claim = self.current_claim()
        if self.session is None or claim is None:
            return
        self.session.edit_refused.connect(dialog.show_problem)
        try:
            if source is None:
                saved = self.session.add_source(claim, url, title, excerpt, accessed)
            else:
                saved = self.session.edit_source(source, url, title, excerpt, accessed)
        finally:
            self.session.edit_refused.disconnect(dialog.show_problem)
        if saved:
            dialog.accept()

