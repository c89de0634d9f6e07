"""The open project as the window edits it: every edit goes through here and the undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from workbench.core.model import ClaimOrigin, Verdict
from workbench.core.project import ClaimRecord, Project, ProjectError, SourceRecord
from workbench.gui.editing.commands import (
    AddClaimCommand,
    AddSourceCommand,
    CoreCommand,
    EditSourceCommand,
    Label,
    RemoveClaimCommand,
    RemoveSourceCommand,
    SetDismissedCommand,
    SetRationaleCommand,
    SetSpanCommand,
    SetVerdictCommand,
)
from workbench.gui.review.verdicts import LOOKS

translate = QCoreApplication.translate


class Session(QObject):
    """Makes edits through undo commands and says what changed; views refresh from the signals.

    Signals:
        changed(ChangeSet): an edit, undo or redo changed an article's claims or sources.
        write_failed(ProjectError): an edit could not be saved; nothing changed.
        edit_refused(str): the project refused an edit (why); nothing changed.
    """

    changed = Signal(object)
    write_failed = Signal(object)
    edit_refused = Signal(str)

    def __init__(
        self, project: Project, who: Callable[[], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self._who = who
        self._failed = False
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
        number = claim.number

        def label() -> str:
            return translate("Session", "Set claim {0} to {1}").format(
                number, LOOKS[verdict].label()
            )

        return self._push(SetVerdictCommand(*self._plumbing(label), claim, verdict))

    def set_rationale(self, claim_id: int, rationale: str) -> bool:
        current = self.project.claim(claim_id)
        if current.rationale == rationale:
            return True
        number = current.number

        def label() -> str:
            return translate("Session", "Edit the rationale of claim {0}").format(number)

        return self._push(
            SetRationaleCommand(*self._plumbing(label), claim_id, current.rationale, rationale)
        )

    def add_claim(self, article_id: int, start: int, end: int) -> bool:
        def label() -> str:
            return translate("Session", "Add claim {0}")  # the command gives it its number

        return self._push(AddClaimCommand(*self._plumbing(label), article_id, (start, end)))

    def set_span(self, claim: ClaimRecord, start: int, end: int) -> bool:
        """Also places a claim lost or unsure after a revision (see `Project.set_claim_span`)."""
        number = claim.number

        def label() -> str:
            return translate("Session", "Change the span of claim {0}").format(number)

        return self._push(SetSpanCommand(*self._plumbing(label), claim.id, (start, end)))

    def dismiss_or_restore(self, claim: ClaimRecord) -> bool:
        """Dismiss a detected claim or bring it back; a claim added by hand is removed."""
        number = claim.number
        if claim.origin == ClaimOrigin.MANUAL:

            def removal() -> str:
                return translate("Session", "Remove claim {0}").format(number)

            return self._push(RemoveClaimCommand(*self._plumbing(removal), claim.id))
        dismiss = not claim.is_dismissed

        def label() -> str:
            return (
                translate("Session", "Dismiss claim {0}")
                if dismiss
                else translate("Session", "Bring back claim {0}")
            ).format(number)

        return self._push(SetDismissedCommand(*self._plumbing(label), claim.id, dismiss))

    def place_claim(self, claim: ClaimRecord, start: int, end: int) -> bool:
        """A claim lost or unsure after a revision goes on text[start:end]; its verdict stays."""
        # The revisions core is loaded when first needed, not at start-up.
        from workbench.gui.revisions.commands import PlaceClaimCommand

        number = claim.number

        def label() -> str:
            return translate("Session", "Place claim {0}").format(number)

        return self._push(PlaceClaimCommand(*self._plumbing(label), claim.id, (start, end)))

    def confirm_place(self, claim: ClaimRecord) -> bool:
        """A claim reworded or unsure after a revision is accepted where it is."""
        from workbench.gui.revisions.commands import ConfirmPlaceCommand

        number = claim.number

        def label() -> str:
            return translate("Session", "Confirm claim {0} where it is").format(number)

        return self._push(ConfirmPlaceCommand(*self._plumbing(label), claim.id))

    # -- sources -------------------------------------------------------------------------------

    def add_source(
        self, claim: ClaimRecord, url: str, title: str, excerpt: str, accessed: str
    ) -> bool:
        number = claim.number

        def label() -> str:
            return translate("Session", "Add a source to claim {0}").format(number)

        return self._push(
            AddSourceCommand(*self._plumbing(label), claim, (url, title, excerpt, accessed))
        )

    def edit_source(
        self, source: SourceRecord, url: str, title: str, excerpt: str, accessed: str
    ) -> bool:
        claim = self.project.claim(source.claim_id)
        return self._push(
            EditSourceCommand(
                *self._plumbing(lambda: translate("Session", "Edit a source")),
                claim,
                source,
                (url, title, excerpt, accessed),
            )
        )

    def remove_source(self, source: SourceRecord) -> bool:
        claim = self.project.claim(source.claim_id)
        return self._push(
            RemoveSourceCommand(
                *self._plumbing(lambda: translate("Session", "Remove a source")), claim, source
            )
        )

    # -- edits defined elsewhere --------------------------------------------------------------

    def push_edit(self, label: Label, make: Callable[..., CoreCommand], *args: object) -> bool:
        """An edit whose command lives with its concept (`make(*plumbing, *args)`, a CoreCommand
        subclass, e.g. the corpus's group verdict); returns whether it was saved. `label` makes
        the undo label in the interface's language."""
        return self._push(make(*self._plumbing(label), *args))

    # -- plumbing ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every undo label again, in the interface's language now."""
        stack = self.undo_stack
        for index in range(stack.count()):
            command = stack.command(index)
            if isinstance(command, CoreCommand):
                command.retranslate()

    def _plumbing(
        self, label: Label
    ) -> tuple[Project, str, Callable[[object], None], Callable[[Exception], None], Label]:
        return self.project, self._who(), self.changed.emit, self._fail, label

    def _push(self, command: CoreCommand) -> bool:
        """Push the command, which makes the edit in its first redo(); returns whether it was
        saved. A failed edit makes its command obsolete, and the stack drops it."""
        self._failed = False
        self.undo_stack.push(command)
        return not self._failed

    def _fail(self, error: Exception) -> None:
        self._failed = True
        if isinstance(error, ProjectError):
            self.write_failed.emit(error)
        else:
            self.edit_refused.emit(str(error))
