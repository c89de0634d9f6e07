"""The open project as the window edits it: every edit goes through here and the undo stack."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from workbench.core.model import Verdict
from workbench.core.project import (
    ClaimChange,
    ClaimRecord,
    Project,
    ProjectError,
    RefusedEdit,
    SourceChange,
    SourceRecord,
)
from workbench.gui.editing.commands import (
    AddClaimCommand,
    AddSourceCommand,
    Change,
    CoreCommand,
    EditSourceCommand,
    RemoveClaimCommand,
    RemoveSourceCommand,
    SetDismissedCommand,
    SetRationaleCommand,
    SetSpanCommand,
    SetVerdictCommand,
)
from workbench.gui.editing.group_commands import GroupVerdictCommand
from workbench.gui.review.verdicts import LOOKS


class Session(QObject):
    """Makes edits with core operations and says what changed; views refresh from the signals.

    Signals:
        claim_changed(ClaimRecord): one claim's verdict, rationale or dismissal changed.
        claims_reshaped(int, object): claims were added, removed, moved or renumbered in an
            article (its id, and the claim to make current, or None).
        sources_changed(int): the sources of a claim changed (its id).
        write_failed(ProjectError): an edit could not be saved; nothing changed.
        edit_refused(str): the project refused an edit (why); nothing changed.
    """

    claim_changed = Signal(object)
    claims_reshaped = Signal(int, object)
    sources_changed = Signal(int)
    write_failed = Signal(object)
    edit_refused = Signal(str)

    def __init__(
        self, project: Project, who: Callable[[], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self._who = who
        self.undo_stack = QUndoStack(self)

    def close(self) -> None:
        self.undo_stack.clear()
        self.project.close()

    # -- claims --------------------------------------------------------------------------------

    def set_verdict(self, claim: ClaimRecord, verdict: Verdict) -> bool:
        """Returns whether the verdict is now saved.

        The same verdict again still goes to the project: on a claim reworded by a revision it
        is the checker's verdict on the new wording, which clears the flag (an undoable step).
        """
        if claim.verdict == verdict and self.project.read_only:
            return True
        label = self.tr("Set claim {0} to {1}").format(claim.number, LOOKS[verdict].label())

        def command(who: str, change: Change) -> CoreCommand | None:
            assert isinstance(change, ClaimChange)
            if change.old == change.new and change.place is None:
                return None  # nothing changed: nothing to undo
            return SetVerdictCommand(
                self.project, who, self._apply, self._fail, label,
                claim.id, claim.verdict, verdict, change.place,
            )

        return self._edit(lambda who: self.project.set_verdict(claim.id, verdict, who), command)

    def apply_group_verdict(self, source: ClaimRecord, claim_ids: Sequence[int]) -> bool:
        """Give `claim_ids` (claims stating what `source` states) its verdict: one undoable step.

        Each claim's history says it was reused from `source`. Returns whether it was saved.
        """
        from workbench.core.corpus.group_verdicts import apply_group_verdict

        who = self._who()
        try:
            change = apply_group_verdict(self.project, source.id, claim_ids, who)
        except (ProjectError, RefusedEdit) as error:
            self._fail(error)
            return False
        if not change.changes:
            return True
        label = self.tr("Give {0} claims the verdict of claim {1}").format(
            len(change.claim_ids), source.number
        )
        self.undo_stack.push(
            GroupVerdictCommand(
                self.project, who, self.claim_changed.emit, self._fail, label, change
            )
        )
        for claim_id in change.claim_ids:
            self.claim_changed.emit(self.project.claim(claim_id))
        return True

    def set_rationale(self, claim_id: int, rationale: str) -> bool:
        current = self.project.claim(claim_id)
        if current.rationale == rationale:
            return True
        label = self.tr("Edit the rationale of claim {0}").format(current.number)
        return self._edit(
            lambda who: self.project.set_rationale(claim_id, rationale, who),
            lambda who, change: SetRationaleCommand(
                self.project, who, self._apply, self._fail, label,
                claim_id, current.rationale, rationale,
            ),
        )

    def add_claim(self, article_id: int, start: int, end: int) -> bool:
        def command(who: str, change: Change) -> CoreCommand:
            assert isinstance(change, ClaimChange)
            label = self.tr("Add claim {0}").format(change.claim.number)
            return AddClaimCommand(
                self.project, who, self._apply, self._fail, label, change.claim.id
            )

        return self._edit(lambda who: self.project.add_claim(article_id, start, end, who), command)

    def set_span(self, claim: ClaimRecord, start: int, end: int) -> bool:
        """Also places a claim lost or unsure after a revision (see `Project.set_claim_span`)."""
        label = self.tr("Change the span of claim {0}").format(claim.number)

        def command(who: str, change: Change) -> CoreCommand:
            assert isinstance(change, ClaimChange) and change.place is not None
            return SetSpanCommand(
                self.project, who, self._apply, self._fail, label,
                claim.id, change.place, (change.claim.start, change.claim.end),
            )

        return self._edit(lambda who: self.project.set_claim_span(claim.id, start, end, who), command)

    def dismiss_or_restore(self, claim: ClaimRecord) -> bool:
        """Dismiss a detected claim or bring it back; a claim added by hand is removed."""
        if claim.origin == "manual":
            label = self.tr("Remove claim {0}").format(claim.number)

            def remove(who: str, change: Change) -> CoreCommand:
                assert isinstance(change, ClaimChange) and change.snapshot is not None
                return RemoveClaimCommand(
                    self.project, who, self._apply, self._fail, label, claim.id, change.snapshot
                )

            return self._edit(lambda who: self.project.remove_claim(claim.id, who), remove)
        dismiss = not claim.is_dismissed
        label = (
            self.tr("Dismiss claim {0}") if dismiss else self.tr("Bring back claim {0}")
        ).format(claim.number)
        return self._edit(
            lambda who: self.project.set_dismissed(claim.id, dismiss, who),
            lambda who, change: SetDismissedCommand(
                self.project, who, self._apply, self._fail, label, claim.id, dismiss
            ),
        )

    def place_claim(self, claim: ClaimRecord, start: int, end: int) -> bool:
        """A claim lost or unsure after a revision goes on text[start:end]; its verdict stays."""
        label = self.tr("Place claim {0}").format(claim.number)

        def command(who: str, change: Change) -> CoreCommand:
            assert isinstance(change, ClaimChange) and change.place is not None
            return PlaceClaimCommand(
                self.project, who, self._apply, self._fail, label,
                claim.id, change.place, (start, end),
            )

        # The revisions core is loaded when first needed, not at start-up.
        from workbench.core.revisions import place_claim
        from workbench.gui.revisions.commands import PlaceClaimCommand

        return self._edit(lambda who: place_claim(self.project, claim.id, start, end, who), command)

    def confirm_place(self, claim: ClaimRecord) -> bool:
        """A claim reworded or unsure after a revision is accepted where it is."""
        label = self.tr("Confirm claim {0} where it is").format(claim.number)

        def command(who: str, change: Change) -> CoreCommand:
            assert isinstance(change, ClaimChange) and change.place is not None
            return ConfirmPlaceCommand(
                self.project, who, self._apply, self._fail, label, claim.id, change.place
            )

        from workbench.core.revisions import confirm_anchor
        from workbench.gui.revisions.commands import ConfirmPlaceCommand

        return self._edit(lambda who: confirm_anchor(self.project, claim.id, who), command)

    # -- sources -------------------------------------------------------------------------------

    def add_source(self, claim: ClaimRecord, url: str, title: str, excerpt: str, accessed: str) -> bool:
        label = self.tr("Add a source to claim {0}").format(claim.number)

        def command(who: str, change: Change) -> CoreCommand:
            assert isinstance(change, SourceChange)
            return AddSourceCommand(
                self.project, who, self._apply, self._fail, label, change.source
            )

        return self._edit(
            lambda who: self.project.add_source(claim.id, url, title, excerpt, accessed, who),
            command,
        )

    def edit_source(self, source: SourceRecord, url: str, title: str, excerpt: str, accessed: str) -> bool:
        label = self.tr("Edit a source")

        def command(who: str, change: Change) -> CoreCommand:
            assert isinstance(change, SourceChange)
            return EditSourceCommand(
                self.project, who, self._apply, self._fail, label, source, change.source
            )

        return self._edit(
            lambda who: self.project.edit_source(
                source.id, url=url, title=title, excerpt=excerpt, accessed=accessed, who=who
            ),
            command,
        )

    def remove_source(self, source: SourceRecord) -> bool:
        label = self.tr("Remove a source")
        return self._edit(
            lambda who: self.project.remove_source(source.id, who),
            lambda who, change: RemoveSourceCommand(
                self.project, who, self._apply, self._fail, label, source
            ),
        )

    # -- plumbing ------------------------------------------------------------------------------

    def _edit(
        self,
        edit: Callable[[str], Change],
        command: Callable[[str, Change], CoreCommand | None],
    ) -> bool:
        """Make the edit now; only if it was saved, push its command (whose first redo is a no-op).

        A command factory returning None says the edit changed nothing.
        """
        who = self._who()
        try:
            change = edit(who)
        except (ProjectError, RefusedEdit) as error:
            self._fail(error)
            return False
        undoable = command(who, change)
        if undoable is None:
            return True
        self.undo_stack.push(undoable)
        self._apply(change)
        return True

    def _apply(self, change: Change) -> None:
        if isinstance(change, SourceChange):
            self.sources_changed.emit(change.source.claim_id)
        elif change.field in ("claim", "span", "anchor_status") or change.renumbered:
            current = None if change.removed else change.claim.id
            self.claims_reshaped.emit(change.claim.article_id, current)
        else:
            self.claim_changed.emit(change.claim)

    def _fail(self, error: Exception) -> None:
        if isinstance(error, ProjectError):
            self.write_failed.emit(error)
        else:
            self.edit_refused.emit(str(error))
