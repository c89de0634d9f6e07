"""Undoable edits. Each command only calls core operations, in redo() and undo().

The first redo() is skipped: the session makes the edit itself before pushing the command, so a
refused or failed write is reported and never enters the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench.core.model import Verdict
from workbench.core.project import (
    ClaimChange,
    ClaimPlace,
    ClaimSnapshot,
    Project,
    ProjectError,
    RefusedEdit,
    SourceChange,
    SourceRecord,
)

Change = ClaimChange | SourceChange
Apply = Callable[[Change], None]
Fail = Callable[[Exception], None]

_RATIONALE_ID = 1


class CoreCommand(QUndoCommand):
    """Plumbing shared by every edit: who, where changes go, what to do when one fails."""

    def __init__(self, project: Project, who: str, apply: Apply, fail: Fail, label: str) -> None:
        super().__init__(label)
        self._project = project
        self._who = who
        self._apply = apply
        self._fail = fail
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def _run(self, edit: Callable[[], Change]) -> None:
        try:
            self._apply(edit())
        except (ProjectError, RefusedEdit) as error:
            self.setObsolete(True)
            self._fail(error)

    def forward(self) -> Change:
        raise NotImplementedError

    def backward(self) -> Change:
        raise NotImplementedError


class SetVerdictCommand(CoreCommand):
    """`place`: the claim's place when the verdict cleared its "changed" flag; undo restores it."""

    def __init__(self, project: Project, who: str, apply: Apply, fail: Fail, label: str,
                 claim_id: int, old: Verdict, new: Verdict, place: ClaimPlace | None = None) -> None:
        super().__init__(project, who, apply, fail, label)
        self.claim_id, self.old, self.new, self.place = claim_id, old, new, place

    def forward(self) -> Change:
        change = self._project.set_verdict(self.claim_id, self.new, self._who)
        self.place = change.place
        return change

    def backward(self) -> Change:
        return self._project.set_verdict(self.claim_id, self.old, self._who, place=self.place)


class SetRationaleCommand(CoreCommand):
    """Consecutive saves of one claim's rationale merge into one undo step."""

    def __init__(self, project: Project, who: str, apply: Apply, fail: Fail, label: str,
                 claim_id: int, old: str, new: str) -> None:
        super().__init__(project, who, apply, fail, label)
        self.claim_id, self.old, self.new = claim_id, old, new

    def id(self) -> int:
        return _RATIONALE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetRationaleCommand) or other.claim_id != self.claim_id:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def forward(self) -> Change:
        return self._project.set_rationale(self.claim_id, self.new, self._who)

    def backward(self) -> Change:
        return self._project.set_rationale(self.claim_id, self.old, self._who)


class AddClaimCommand(CoreCommand):
    """Undo removes the claim; redo restores it exactly, with its id."""

    def __init__(self, project: Project, who: str, apply: Apply, fail: Fail, label: str,
                 claim_id: int) -> None:
        super().__init__(project, who, apply, fail, label)
        self.claim_id = claim_id
        self._snapshot: ClaimSnapshot | None = None

    def forward(self) -> Change:
        assert self._snapshot is not None
        return self._project.restore_claim(self._snapshot, self._who)

    def backward(self) -> Change:
        change = self._project.remove_claim(self.claim_id, self._who)
        self._snapshot = change.snapshot
        return change


class RemoveClaimCommand(CoreCommand):
    """A claim added by hand, removed; undo puts it back with its verdict and sources."""

    def __init__(self, project: Project, who: str, apply: Apply, fail: Fail, label: str,
                 claim_id: int, snapshot: ClaimSnapshot) -> None:
        super().__init__(project, who, apply, fail, label)
        self.claim_id = claim_id
        self._snapshot = snapshot

    def forward(self) -> Change:
        change = self._project.remove_claim(self.claim_id, self._who)
        assert change.snapshot is not None
        self._snapshot = change.snapshot
        return change

    def backward(self) -> Change:
        return self._project.restore_claim(self._snapshot, self._who)


class SetSpanCommand(CoreCommand):
    """Undo puts back the claim's whole place (`old`): span, atoms, and a revision's flag."""

    def __init__(self, project: Project, who: str, apply: Apply, fail: Fail, label: str,
                 claim_id: int, old: ClaimPlace, new: tuple[int, int]) -> None:
        super().__init__(project, who, apply, fail, label)
        self.claim_id, self.old, self.new = claim_id, old, new

    def forward(self) -> Change:
        change = self._project.set_claim_span(self.claim_id, *self.new, who=self._who)
        if change.place is not None:
            self.old = change.place
        return change

    def backward(self) -> Change:
        return self._project.restore_place(self.claim_id, self.old, self._who)


class SetDismissedCommand(CoreCommand):
    def __init__(self, project: Project, who: str, apply: Apply, fail: Fail, label: str,
                 claim_id: int, is_dismissed: bool) -> None:
        super().__init__(project, who, apply, fail, label)
        self.claim_id, self.is_dismissed = claim_id, is_dismissed

    def forward(self) -> Change:
        return self._project.set_dismissed(self.claim_id, self.is_dismissed, self._who)

    def backward(self) -> Change:
        return self._project.set_dismissed(self.claim_id, not self.is_dismissed, self._who)


class AddSourceCommand(CoreCommand):
    def __init__(self, project: Project, who: str, apply: Apply, fail: Fail, label: str,
                 source: SourceRecord) -> None:
        super().__init__(project, who, apply, fail, label)
        self.source = source

    def forward(self) -> Change:
        return self._project.restore_source(self.source, self._who)

    def backward(self) -> Change:
        return self._project.remove_source(self.source.id, self._who)


class RemoveSourceCommand(AddSourceCommand):
    def forward(self) -> Change:
        return super().backward()

    def backward(self) -> Change:
        return super().forward()


class EditSourceCommand(CoreCommand):
    def __init__(self, project: Project, who: str, apply: Apply, fail: Fail, label: str,
                 before: SourceRecord, after: SourceRecord) -> None:
        super().__init__(project, who, apply, fail, label)
        self.before, self.after = before, after

    def _set(self, source: SourceRecord) -> Change:
        return self._project.edit_source(
            source.id, url=source.url, title=source.title, excerpt=source.excerpt,
            accessed=source.accessed, who=self._who,
        )

    def forward(self) -> Change:
        return self._set(self.after)

    def backward(self) -> Change:
        return self._set(self.before)
