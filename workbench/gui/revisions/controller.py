"""The window's revision commands: import a new version of an article, review what it changed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QDockWidget, QFileDialog, QLabel, QMessageBox

from workbench.core.model import Analysis, ArticleDraft
from workbench.core.project import ClaimRecord, HistoryEntry, ProjectError
from workbench.gui.dialogs.common import show_message
from workbench.gui.importing.controller import RunnerFactory
from workbench.gui.revisions.panel import OrphansPanel, RevisionNote, review_mark
from workbench.gui.revisions.reading import RevisionImport

if TYPE_CHECKING:
    # The revisions core loads every importer (docx, lxml, charset_normalizer): at start-up the
    # window needs none of it, so it and the dialogs built on it are imported where first used.
    from workbench.core.revisions import AnchorState, RevisionPlan
    from workbench.gui.window.parts import WindowParts as _Base
else:
    _Base = object


_ORPHANS_DOCK_HEIGHT = 150


class RevisionMixin(_Base):
    """Part of MainWindow, kept apart to keep each module small."""

    def _build_revisions(self, runner_factory: RunnerFactory) -> None:
        """Adds the revision widgets to the window; called once, after the menus exist."""
        self.revision_import = RevisionImport(runner_factory, self)
        self._revision_states: dict[int, AnchorState] = {}
        self._revision_count = 0
        self._revision_number = 1  # of the open article: the current text is its last revision
        self.revision_note = RevisionNote()
        details = self.details.layout()
        assert isinstance(details, QBoxLayout)
        details.insertWidget(details.indexOf(self.details.reasons) + 1, self.revision_note)
        self.orphans_panel = OrphansPanel()
        self.orphans_dock = QDockWidget()
        self.orphans_dock.setObjectName("orphansDock")
        self.orphans_dock.setWidget(self.orphans_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.orphans_dock)
        self.orphans_dock.hide()
        self.revision_label = QLabel()
        self.revision_label.setObjectName("revisionLabel")
        self.revision_label.setTextFormat(Qt.TextFormat.RichText)
        self.revision_label.linkActivated.connect(lambda _link: self.compare_revisions())
        self.statusBar().insertPermanentWidget(0, self.revision_label)
        a = self.commands
        self.file_menu.insertAction(a.export_report, a.import_revision)
        self.view_menu.insertAction(self.language_menu.menuAction(), a.compare_revisions)
        self.view_menu.insertAction(
            self.language_menu.menuAction(), self.orphans_dock.toggleViewAction()
        )
        a.import_revision.triggered.connect(self._on_import_revision_triggered)
        a.compare_revisions.triggered.connect(self.compare_revisions)
        a.cancel_analysis.triggered.connect(self.revision_import.cancel)
        reader = self.revision_import
        reader.started.connect(self._on_revision_import_started)
        reader.progressed.connect(self._on_importer_progressed)
        reader.analysed.connect(self._on_revision_import_analysed)
        reader.failed.connect(self._on_revision_import_failed)
        reader.cancelled.connect(self._on_revision_import_cancelled)
        self.project_changed.connect(self._on_window_project_changed)
        self.article_shown.connect(self._on_window_article_shown)
        self.details.claim_shown.connect(self._on_details_claim_shown)
        for source in (self.revision_note, self.orphans_panel):
            source.place_requested.connect(self.place_on_selection)
            source.dismiss_requested.connect(self._on_revision_dismiss_requested)
        self.revision_note.confirm_requested.connect(self.confirm_claim_place)
        self.revision_note.move_requested.connect(self.place_claim_on)
        self.orphans_panel.claim_selected.connect(self._on_orphans_panel_claim_selected)

    def _retranslate_revisions(self) -> None:
        self.orphans_dock.setWindowTitle(self.tr("Claims not found in this revision"))
        self.orphans_panel.retranslate()
        self.revision_note.retranslate()
        if self._article_id is not None:
            claims = self.claims_panel.model.claims()
            self._refresh_revision_state(self._article_id, claims, text_too=False)
        self._show_revision_label()

    # -- importing a new version ---------------------------------------------------------------

    def _on_import_revision_triggered(self) -> None:
        dialog = self._file_dialog(
            self.tr("Import a new version of an article"),
            QFileDialog.FileMode.ExistingFile,
            self.tr("Articles (*.txt *.md *.html *.htm *.docx);;All files (*)"),
        )
        dialog.fileSelected.connect(lambda name: self.import_revision(Path(name)))
        dialog.open()

    def import_revision(self, path: Path) -> None:
        """Read and analyse the file in the worker process, then ask which article it revises."""
        project = self.project
        if project is None or project.read_only:
            return
        if not project.articles():
            self._tell(self.tr("The project has no article yet: import the article first"))
            return
        if self.revision_import.is_running() or self.importer.is_running():
            self._tell(self.tr("An import is already running"))
            return
        self.revision_import.start(path)

    def _on_revision_import_started(self, path: str) -> None:
        self._show_analysis(True)
        self.commands.import_revision.setEnabled(False)
        self.analysis_bar.setRange(0, 0)
        self.statusBar().showMessage(self.tr("Reading and analysing {0}…").format(path))

    def _end_revision_reading(self) -> None:
        self._show_analysis(False)
        self._update_revision_actions()

    def _on_revision_import_analysed(
        self, analysed: list[tuple[ArticleDraft, Analysis]], path: str
    ) -> None:
        self._end_revision_reading()
        project = self.project
        if project is None or project.read_only:
            return
        self.statusBar().clearMessage()
        from workbench.gui.revisions.dialog import RevisionDialog

        dialog = RevisionDialog(project, analysed, self._article_id, path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(self._on_revision_dialog_confirmed)
        self.dialog = dialog
        dialog.open()

    def _on_revision_import_failed(self, message: str) -> None:
        self._end_revision_reading()
        self.dialog = show_message(
            self,
            QMessageBox.Icon.Warning,
            self.tr("The new version was not imported"),
            self.tr("The file could not be read or analysed; the project is unchanged."),
            message,
        )

    def _on_revision_import_cancelled(self) -> None:
        self._end_revision_reading()
        self._tell(self.tr("Import of the new version cancelled; the project is unchanged."))

    def _on_revision_dialog_confirmed(self, plan: RevisionPlan) -> None:
        project = self.project
        if project is None:
            return
        from workbench.core.revisions import apply_revision

        self.details.flush()
        try:
            result = apply_revision(project, plan, self._who())
        except ProjectError as error:
            self._show_project_error(error)
            return
        if self.session is not None:
            # Undoing an earlier span change would put old offsets on the new text.
            self.session.undo_stack.clear()
        self.navigator.set_articles(project.articles())
        self.navigator.select_article(result.article_id, notify=False)
        self.show_article(result.article_id)
        review = [*result.changed, *result.ambiguous, *result.orphans]
        if review:
            self.select_claim(review[0])
        if result.orphans:
            self._show_orphans_dock()
        self.statusBar().showMessage(
            self.tr(
                "Revision {0} recorded: {1} claim(s) kept, {2} changed, {3} to confirm, "
                "{4} not found, {5} new. Earlier edits can no longer be undone."
            ).format(
                result.revision, len(result.kept), len(result.changed), len(result.ambiguous),
                len(result.orphans), len(result.new_claims),
            ),
            15000,
        )
        self._update_status()
        self.revision_import.recorded.emit(result)

    # -- the open article's revision state -----------------------------------------------------

    def _on_window_project_changed(self) -> None:
        if self.revision_import.is_running():
            self.revision_import.cancel()
        if self.session is not None:
            self.session.claims_reshaped.connect(self._on_session_claims_reshaped_revision)
            self.session.claim_changed.connect(self._on_session_claim_changed_revision)
        read_only = self.project is None or self.project.read_only
        self.orphans_panel.set_read_only(read_only)
        self.revision_note.set_read_only(read_only)
        if self._article_id is None:
            self._revision_states = {}
            self._revision_count = 0
            self._revision_number = 1
            self.orphans_panel.set_orphans([], 1)
            self.orphans_dock.hide()
            self.revision_note.show_claim(None, None, 1)
            self.claims_panel.model.set_marks({})
        self._show_revision_label()
        self._update_revision_actions()

    def _on_window_article_shown(self, article_id: int) -> None:
        project = self.project
        if project is None:
            return
        from workbench.core.revisions import revisions

        kept = revisions(project, article_id)
        self._revision_count = len(kept)
        self._revision_number = kept[-1].revision if kept else 1
        self._refresh_revision_state(article_id, self.claims_panel.model.claims())
        if self.orphans_panel.orphans():
            self._show_orphans_dock()
        self._show_revision_label()
        self._update_revision_actions()

    def _refresh_revision_state(
        self, article_id: int, claims: Sequence[ClaimRecord], text_too: bool = True
    ) -> None:
        """Marks in the list, orphans out of the text and in their panel, the current note.

        `text_too=False` after an edit that moved no claim: the text's highlights are current.
        """
        project = self.project
        if project is None:
            return
        from workbench.core.revisions import anchor_states

        states = anchor_states(project, article_id)
        self._revision_states = states
        marks = {}
        for claim in claims:
            state = states.get(claim.id)
            if state is not None and state.needs_review:
                marks[claim.id] = review_mark(state.status, claim.verdict)
        self.claims_panel.model.set_marks(marks)
        orphans = [claim for claim in claims if _is_orphan(states, claim)]
        if text_too:
            # An orphan has no place in the text: left in the view it would get a badge somewhere.
            self.article_view.set_claims([c for c in claims if not _is_orphan(states, c)])
        self.orphans_panel.set_orphans(orphans, self._current_revision())
        current = self.details.claim()
        if current is not None:
            self._on_details_claim_shown(current)

    def _show_orphans_dock(self) -> None:
        if self.orphans_dock.isVisible():
            return
        self.orphans_dock.show()
        # Short by default: the claims list stays the main list; the checker can drag it taller.
        self.resizeDocks([self.orphans_dock], [_ORPHANS_DOCK_HEIGHT], Qt.Orientation.Vertical)

    def _current_revision(self) -> int:
        return self._revision_number if self._article_id is not None else 1

    def _on_session_claims_reshaped_revision(self, article_id: int, claim_id: object) -> None:
        if article_id == self._article_id:
            self._refresh_revision_state(article_id, self.claims_panel.model.claims())
            current = self.details.claim()
            if isinstance(claim_id, int) and (current is None or current.id != claim_id):
                # A note hidden with the focus in it hands the focus to the orphans list, which
                # makes its first row current: the claim just edited stays the current one.
                self.select_claim(claim_id)

    def _on_session_claim_changed_revision(self, claim: ClaimRecord) -> None:
        if claim.article_id == self._article_id:
            claims = self.claims_panel.model.claims()
            self._refresh_revision_state(claim.article_id, claims, text_too=False)

    def _on_details_claim_shown(self, claim: object) -> None:
        if not isinstance(claim, ClaimRecord):
            self.revision_note.show_claim(None, None, 1)
            self.orphans_panel.select_claim(None)
            return
        state = self._revision_states.get(claim.id)
        text = self.article_view.toPlainText() if state is not None and state.alternatives else ""
        self.revision_note.show_claim(claim, state, self._current_revision(), text)
        self.orphans_panel.select_claim(claim.id)

    def _show_revision_label(self) -> None:
        project = self.project
        if project is None or self._article_id is None:
            self.revision_label.setText("")
            return
        revision = self._current_revision()
        text = self.tr("Revision {0} of {1}").format(revision, max(self._revision_count, revision))
        if revision > 1:
            link = self.tr("compare with revision {0}").format(revision - 1)
            text = f"{text} (<a href='compare'>{link}</a>)"
        self.revision_label.setText(text)
        self.revision_label.setToolTip(
            self.tr("The open article's revision; Ctrl+Shift+D compares it with the previous one")
        )

    def _update_revision_actions(self) -> None:
        project = self.project
        writable = project is not None and not project.read_only
        running = self.revision_import.is_running() or self.importer.is_running()
        self.commands.import_revision.setEnabled(writable and not running)
        self.commands.compare_revisions.setEnabled(
            project is not None and self._article_id is not None and self._revision_count > 1
        )

    def claim_history(self, claim_id: int) -> list[HistoryEntry]:
        """A claim's history, with the revisions of its article imported since it appeared."""
        project = self.project
        if project is None:
            return []
        from workbench.core.revisions import anchor_states

        entries = project.history(claim_id)
        claim = project.claim(claim_id)
        since = anchor_states(project, claim.article_id)[claim_id].since_revision
        revised = [
            entry
            for entry in project.history(article_id=claim.article_id)
            if entry.field == "revision" and entry.claim_id is None and _after(entry.new, since)
        ]
        return sorted([*entries, *revised], key=lambda entry: entry.id)

    # -- the checker's answers -----------------------------------------------------------------

    def compare_revisions(self) -> None:
        """Show the open article's changes since its previous revision (Ctrl+Shift+D)."""
        project = self.project
        if project is None or self._article_id is None or self._revision_count < 2:
            self._tell(self.tr("This article has a single revision: nothing to compare"))
            return
        from workbench.gui.revisions.compare import RevisionCompareDialog

        dialog = RevisionCompareDialog(project, self._article_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.show()  # not modal: the checker keeps working beside it

    def place_on_selection(self, claim_id: int) -> None:
        """A lost or ambiguous claim goes on the passage selected in the text; its verdict stays."""
        span = self.article_view.selected_span()
        if span is None:
            self._tell(self.tr("Select the passage in the text first (Ctrl+T, then Shift+arrows)"))
            return
        self.place_claim_on(claim_id, *span)

    def place_claim_on(self, claim_id: int, start: int, end: int) -> None:
        """The claim goes on text[start:end] of the open article; its verdict stays (undoable)."""
        if self.session is None or self.session.project.read_only:
            return
        if self.session.place_claim(self.session.project.claim(claim_id), start, end):
            self._tell(self.tr("Claim placed; its verdict stays"))

    def confirm_claim_place(self, claim_id: int) -> None:
        """The checker accepts a reworded or ambiguous claim where it is (undoable)."""
        if self.session is None or self.session.project.read_only:
            return
        self.session.confirm_place(self.session.project.claim(claim_id))

    def _on_revision_dismiss_requested(self, claim_id: int) -> None:
        if self.session is not None and self.project is not None:
            self.session.dismiss_or_restore(self.project.claim(claim_id))

    def _on_orphans_panel_claim_selected(self, claim_id: int) -> None:
        current = self.details.claim()
        if current is None or current.id != claim_id:
            self.select_claim(claim_id)


def _is_orphan(states: dict[int, AnchorState], claim: ClaimRecord) -> bool:
    from workbench.core.revisions import AnchorStatus

    state = states.get(claim.id)
    return state is not None and state.status == AnchorStatus.ORPHAN


def _after(revision: str | None, since: int) -> bool:
    try:
        return revision is not None and int(revision) > since
    except ValueError:
        return False
