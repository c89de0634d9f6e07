"""Undoable edits. Each command only calls core operations, in redo() and undo()."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench.core.model import Verdict
from workbench.core.project import ClaimChange, Project, ProjectError

Apply = Callable[[ClaimChange], None]
Fail = Callable[[ProjectError], None]

_RATIONALE_ID = 1


class _ClaimCommand(QUndoCommand):
    """Shared plumbing: the first redo() is skipped when the edit was already made by the caller,
    so a failed write is reported before anything enters the stack."""

    def __init__(self, project: Project, who: str, apply: Apply, fail: Fail, done: bool) -> None:
        super().__init__()
        self._project = project
        self._who = who
        self._apply = apply
        self._fail = fail
        self._skip_redo = done

    def _run(self, edit: Callable[[], ClaimChange]) -> None:
        try:
            self._apply(edit())
        except ProjectError as error:
            self.setObsolete(True)
            self._fail(error)


class SetVerdictCommand(_ClaimCommand):
    def __init__(
        self,
        project: Project,
        who: str,
        apply: Apply,
        fail: Fail,
        claim_id: int,
        old: Verdict,
        new: Verdict,
        label: str,
        done: bool = False,
    ) -> None:
        super().__init__(project, who, apply, fail, done)
        self.claim_id, self.old, self.new = claim_id, old, new
        self.setText(label)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(lambda: self._project.set_verdict(self.claim_id, self.new, self._who))

    def undo(self) -> None:
        self._run(lambda: self._project.set_verdict(self.claim_id, self.old, self._who))


class SetRationaleCommand(_ClaimCommand):
    """Consecutive saves of one claim's rationale merge into one undo step."""

    def __init__(
        self,
        project: Project,
        who: str,
        apply: Apply,
        fail: Fail,
        claim_id: int,
        old: str,
        new: str,
        label: str,
        done: bool = False,
    ) -> None:
        super().__init__(project, who, apply, fail, done)
        self.claim_id, self.old, self.new = claim_id, old, new
        self.setText(label)

    def id(self) -> int:
        return _RATIONALE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetRationaleCommand) or other.claim_id != self.claim_id:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(lambda: self._project.set_rationale(self.claim_id, self.new, self._who))

    def undo(self) -> None:
        self._run(lambda: self._project.set_rationale(self.claim_id, self.old, self._who))
