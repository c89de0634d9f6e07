"""The window's revision commands: import a new version of an article, review what it changed,
answer for the claims it moved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from workbench.core.project import Project, ProjectError
from workbench.core.project.file import ProjectFile
from workbench.gui.background.analysis import RunnerFactory
from workbench.gui.background.tasks import Report, ThreadRunner
from workbench.gui.background.worker import WorkResult
from workbench.gui.importing.formats import article_filters
from workbench.gui.review.article_view import ArticleView
from workbench.gui.review.controller import ReviewController
from workbench.gui.review.details import ClaimDetails
from workbench.gui.revisions.marks import RevisionMarks
from workbench.gui.revisions.reading import RevisionImport
from workbench.gui.window.actions import WindowActions
from workbench.gui.window.current import Current
from workbench.gui.window.dialog_host import DialogHost
from workbench.gui.window.status import StatusArea

if TYPE_CHECKING:
    from workbench.core.revisions import RevisionPlan, RevisionResult

translate = QCoreApplication.translate


def record_revision(
    _report: Report, file: ProjectFile, plan: RevisionPlan, who: str
) -> RevisionResult | ProjectError:
    """The recording task, off the GUI thread: one transaction through a connection of its own
    (the window's is bound to the GUI thread, which stays free to draw and take keys). A refusal
    or a failed write comes back as the outcome, for the window's dialog."""
    from workbench.core.revisions import apply_revision

    try:
        with file.companion() as companion:
            return apply_revision(Project(companion), plan, who)
    except ProjectError as error:
        return error


class RevisionsController(QObject):
    """New versions of articles: read in the worker process (which also finds the articles they
    may revise), placed through the revision dialog, recorded; then the checker's answers.

    Signals:
        busy_changed(bool): a new version started or stopped being read.
    """

    busy_changed = Signal(bool)

    def __init__(
        self,
        current: Current,
        actions: WindowActions,
        review: ReviewController,
        marks: RevisionMarks,
        article_view: ArticleView,
        details: ClaimDetails,
        status: StatusArea,
        dialogs: DialogHost,
        runner_factory: RunnerFactory,
        who: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._current = current
        self._actions = actions
        self._review = review
        self._marks = marks
        self._article_view = article_view
        self._details = details
        self._status = status
        self._dialogs = dialogs
        self._who = who
        self.reading = RevisionImport(runner_factory, self)
        self.reading.started.connect(self._on_reading_started)
        self.reading.progressed.connect(status.show_progress)
        self.reading.analysed.connect(self._on_reading_analysed)
        self.reading.failed.connect(self._on_reading_failed)
        self.reading.cancelled.connect(self._on_reading_cancelled)
        self.recording = ThreadRunner(self)
        self.recording.finished.connect(self._on_recording_finished)
        self.recording.failed.connect(self._on_recording_failed)
        actions.import_revision.triggered.connect(self._on_import_revision_triggered)
        actions.compare_revisions.triggered.connect(self.compare_revisions)
        status.revision_label.linkActivated.connect(lambda _link: self.compare_revisions())
        for source in (marks.revision_note, marks.orphans_panel):
            source.place_requested.connect(self.place_on_selection)
            source.dismiss_requested.connect(self._on_marks_dismiss_requested)
        marks.revision_note.confirm_requested.connect(self.confirm_claim_place)
        marks.revision_note.move_requested.connect(self.place_claim_on)
        marks.orphans_panel.claim_selected.connect(self._on_orphans_panel_claim_selected)
        actions.keep_verdict.triggered.connect(self._on_keep_verdict_triggered)
        actions.place_claim.triggered.connect(self._on_place_claim_triggered)

    def is_reading(self) -> bool:
        return self.reading.is_running()

    def cancel(self) -> None:
        self.reading.cancel()
        self.recording.cancel()  # waits for the transaction, which ends on its own

    # -- importing a new version ---------------------------------------------------------------

    def _on_import_revision_triggered(self) -> None:
        dialog = self._dialogs.file_dialog(
            translate("Revisions", "Import a new version of an article"),
            QFileDialog.FileMode.ExistingFile,
            article_filters(),
        )
        dialog.fileSelected.connect(lambda name: self.import_revision(Path(name)))
        dialog.open()

    def import_revision(self, path: Path, *, import_running: bool = False) -> None:
        """Read and analyse the file in the worker process, then ask which article it revises."""
        project = self._current.project
        if project is None or project.read_only:
            return
        if not project.articles():
            self._status.tell(
                translate("Revisions", "The project has no article yet: import the article first")
            )
            return
        if self.reading.is_running() or import_running:
            self._status.tell(translate("Revisions", "An import is already running"))
            return
        self.reading.start(path, project.path)

    def _on_reading_started(self, path: str) -> None:
        self.busy_changed.emit(True)
        self._status.show_lasting(translate("Revisions", "Reading and analysing {0}…").format(path))

    def _on_reading_analysed(self, analysed: WorkResult, path: str) -> None:
        self.busy_changed.emit(False)
        project = self._current.project
        if project is None or project.read_only:
            return
        self._status.clear_message()
        from workbench.gui.revisions.dialog import RevisionDialog

        dialog = self._dialogs.keep(
            RevisionDialog(
                project,
                analysed.analysed,
                analysed.matches,
                self._current.article_id,
                path,
                self._dialogs.window,
            )
        )
        dialog.confirmed.connect(self._on_revision_dialog_confirmed)
        dialog.open()

    def _on_reading_failed(self, message: str) -> None:
        self.busy_changed.emit(False)
        self._dialogs.message(
            QMessageBox.Icon.Warning,
            translate("Revisions", "The new version was not imported"),
            translate(
                "Revisions", "The file could not be read or analysed; the project is unchanged."
            ),
            message,
        )

    def _on_reading_cancelled(self) -> None:
        self.busy_changed.emit(False)
        self._status.tell(
            translate("Revisions", "Import of the new version cancelled; the project is unchanged.")
        )

    def _on_revision_dialog_confirmed(self, plan: RevisionPlan) -> None:
        session = self._current.session
        if session is None:
            return
        if self.recording.is_running():
            self._status.tell(translate("Revisions", "A revision is being recorded"))
            return
        self._details.flush()
        # Re-anchoring, the costly part, was planned already; writing the text, its claims and
        # their history is done by a thread, so the window keeps drawing meanwhile.
        self._status.show_lasting(translate("Revisions", "Recording the new revision…"))
        self.recording.start(record_revision, session.project.file, plan, self._who())

    def _on_recording_failed(self, message: str) -> None:
        self._status.clear_message()
        self._dialogs.message(
            QMessageBox.Icon.Warning,
            translate("Revisions", "The new version was not imported"),
            translate("Revisions", "The revision could not be recorded; the project is unchanged."),
            message,
        )

    def _on_recording_finished(self, outcome: RevisionResult | ProjectError) -> None:
        self._status.clear_message()
        if isinstance(outcome, ProjectError):
            self._dialogs.project_error(outcome)
            return
        result = outcome
        session = self._current.session
        if session is None:
            return
        project = session.project
        # Undoing an earlier span change would put old offsets on the new text.
        session.undo_stack.clear()
        self._review.reload_articles(project)
        self._review.go_to_article(result.article_id)
        review = [*result.changed, *result.ambiguous, *result.orphans]
        if review:
            self._review.select_claim(review[0])
        if result.orphans:
            self._marks.show_orphans_dock()
        self._status.tell(
            translate(
                "Revisions",
                "Revision {0} recorded: {1} claim(s) kept, {2} changed, {3} to confirm, "
                "{4} not found, {5} new. Earlier edits can no longer be undone.",
            ).format(
                result.revision,
                len(result.kept),
                len(result.changed),
                len(result.ambiguous),
                len(result.orphans),
                len(result.new_claims),
            ),
            15000,
        )
        self._review.update_status()
        self.reading.recorded.emit(result)

    # -- the checker's answers -----------------------------------------------------------------

    def compare_revisions(self) -> None:
        """Show the open article's changes since its previous revision (Ctrl+Shift+D)."""
        project = self._current.project
        article_id = self._current.article_id
        if project is None or article_id is None or self._marks.revision_count < 2:
            self._status.tell(
                translate("Revisions", "This article has a single revision: nothing to compare")
            )
            return
        from workbench.gui.revisions.compare import RevisionCompareDialog

        dialog = self._dialogs.keep(
            RevisionCompareDialog(project, article_id, self._dialogs.window)
        )
        dialog.show()  # not modal: the checker keeps working beside it

    def place_on_selection(self, claim_id: int) -> None:
        """A lost or ambiguous claim goes on the passage selected in the text; its verdict stays."""
        span = self._article_view.selected_span()
        if span is None:
            self._status.tell(
                translate(
                    "Revisions", "Select the passage in the text first (Ctrl+T, then Shift+arrows)"
                )
            )
            return
        self.place_claim_on(claim_id, *span)

    def place_claim_on(self, claim_id: int, start: int, end: int) -> None:
        """The claim goes on text[start:end] of the open article; its verdict stays (undoable)."""
        session = self._current.session
        if session is None or session.project.read_only:
            return
        if session.place_claim(session.project.claim(claim_id), start, end):
            self._status.tell(translate("Revisions", "Claim placed; its verdict stays"))

    def confirm_claim_place(self, claim_id: int) -> None:
        """The checker accepts a reworded or ambiguous claim where it is (undoable)."""
        session = self._current.session
        if session is None or session.project.read_only:
            return
        session.confirm_place(session.project.claim(claim_id))

    def _on_keep_verdict_triggered(self) -> None:
        """K: the current claim's verdict kept for its new wording, or its place confirmed."""
        from workbench.core.revisions import AnchorStatus

        claim = self._details.claim()
        if claim is None:
            self._status.tell(translate("Editing", "Select a claim first"))
            return
        state = self._marks.state_of(claim.id)
        if state is None or state.status not in (AnchorStatus.CHANGED, AnchorStatus.AMBIGUOUS):
            self._status.tell(
                translate(
                    "Revisions",
                    "Claim {0}: nothing to keep or confirm, the last revision left it in place",
                ).format(claim.number)
            )
            return
        self.confirm_claim_place(claim.id)

    def _on_place_claim_triggered(self) -> None:
        """Ctrl+Shift+P: the current claim, lost or unsure after a revision, on the selection."""
        from workbench.core.revisions import AnchorStatus

        claim = self._details.claim()
        if claim is None:
            self._status.tell(translate("Editing", "Select a claim first"))
            return
        state = self._marks.state_of(claim.id)
        if state is None or state.status not in (AnchorStatus.ORPHAN, AnchorStatus.AMBIGUOUS):
            self._status.tell(
                translate(
                    "Revisions",
                    "Claim {0} has its place in the text; S changes its span to the selection",
                ).format(claim.number)
            )
            return
        self.place_on_selection(claim.id)

    def _on_marks_dismiss_requested(self, claim_id: int) -> None:
        session = self._current.session
        if session is not None:
            session.dismiss_or_restore(session.project.claim(claim_id))

    def _on_orphans_panel_claim_selected(self, claim_id: int) -> None:
        current = self._details.claim()
        if current is None or current.id != claim_id:
            self._review.select_claim(claim_id)
