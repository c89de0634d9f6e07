"""The open project as the window edits it: every edit goes through here and the undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from workbench.core.model import Verdict
from workbench.core.project import ClaimChange, ClaimRecord, Project, ProjectError
from workbench.gui.commands import SetRationaleCommand, SetVerdictCommand
from workbench.gui.verdicts import LOOKS


class Session(QObject):
    """Makes edits with core operations and says what changed; views refresh from the signals.

    Signals:
        claim_changed(ClaimRecord): a claim was edited (or an edit undone or redone).
        write_failed(ProjectError): an edit could not be saved; nothing changed.
    """

    claim_changed = Signal(object)
    write_failed = Signal(object)

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

    def set_verdict(self, claim: ClaimRecord, verdict: Verdict) -> bool:
        """Returns whether the verdict was saved."""
        if claim.verdict == verdict:
            return True
        who = self._who()
        try:
            change = self.project.set_verdict(claim.id, verdict, who)
        except ProjectError as error:
            self.write_failed.emit(error)
            return False
        label = self.tr("Set claim {0} to {1}").format(claim.number, LOOKS[verdict].label())
        self.undo_stack.push(
            SetVerdictCommand(
                self.project, who, self._apply, self._fail,
                claim.id, claim.verdict, verdict, label, done=True,
            )
        )
        self._apply(change)
        return True

    def set_rationale(self, claim: ClaimRecord, rationale: str) -> bool:
        current = self.project.claim(claim.id)
        if current.rationale == rationale:
            return True
        who = self._who()
        try:
            change = self.project.set_rationale(claim.id, rationale, who)
        except ProjectError as error:
            self.write_failed.emit(error)
            return False
        label = self.tr("Edit the rationale of claim {0}").format(claim.number)
        self.undo_stack.push(
            SetRationaleCommand(
                self.project, who, self._apply, self._fail,
                claim.id, current.rationale, rationale, label, done=True,
            )
        )
        self._apply(change)
        return True

    def _apply(self, change: ClaimChange) -> None:
        self.claim_changed.emit(change.claim)

    def _fail(self, error: ProjectError) -> None:
        self.write_failed.emit(error)
