"""Undoable edits. Each command only calls core operations, in redo() and undo().

The session pushes a command and the stack calls its redo(), which makes the edit. A redo or undo
that fails (the file could not be written, the project refused the edit) reports why and makes
the command obsolete: pushed, the stack drops it; on the stack, the stack removes it. An edit that
changed nothing makes its command obsolete too: there is nothing to undo.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench.core.model import Verdict
from workbench.core.project import (
    ClaimChange,
    ClaimPlace,
    ClaimRecord,
    ClaimSnapshot,
    Project,
    ProjectError,
    RefusedEdit,
    SourceRecord,
)
from workbench.gui.editing.changes import ChangeSet

Apply = Callable[[ChangeSet], None]
Fail = Callable[[Exception], None]
# An undo label is made when shown, not when the edit is made: the stack keeps a command's text,
# and one made in French would read French after a switch to English.
Label = Callable[[], str]

_RATIONALE_ID = 1


class CoreCommand(QUndoCommand):
    """Plumbing shared by every edit: who, where change sets go, what to do when one fails, and
    its label, made again in the interface's language by `retranslate()`."""

    def __init__(self, project: Project, who: str, apply: Apply, fail: Fail, label: Label) -> None:
        super().__init__(label())
        self._project = project
        self._who = who
        self._apply = apply
        self._fail = fail
        self._label = label

    def label_text(self) -> str:
        return self._label()

    def retranslate(self) -> None:
        self.setText(self.label_text())

    def redo(self) -> None:
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def _run(self, edit: Callable[[], ChangeSet | None]) -> None:
        try:
            changes = edit()
        except (ProjectError, RefusedEdit) as error:
            self.setObsolete(True)
            self._fail(error)
            return
        if changes is None:
            self.setObsolete(True)  # nothing changed: nothing to undo
            return
        self._apply(changes)

    def forward(self) -> ChangeSet | None:
        """Make the edit; None when it changed nothing."""
        raise NotImplementedError

    def backward(self) -> ChangeSet:
        raise NotImplementedError


class SetVerdictCommand(CoreCommand):
    """`place`: the claim's place when the verdict cleared its "changed" flag; undo restores it."""

    def __init__(
        self,
        project: Project,
        who: str,
        apply: Apply,
        fail: Fail,
        label: Label,
        claim: ClaimRecord,
        new: Verdict,
    ) -> None:
        super().__init__(project, who, apply, fail, label)
        self.claim_id, self.old, self.new = claim.id, claim.verdict, new
        self.place: ClaimPlace | None = None

    def forward(self) -> ChangeSet | None:
        change = self._project.set_verdict(self.claim_id, self.new, self._who)
        self.place = change.place
        if change.old == change.new and change.place is None:
            return None
        return ChangeSet.claim_updated(change, anchors_changed=change.place is not None)

    def backward(self) -> ChangeSet:
        change = self._project.set_verdict(self.claim_id, self.old, self._who, place=self.place)
        return ChangeSet.claim_updated(change, anchors_changed=self.place is not None)


class SetRationaleCommand(CoreCommand):
    """Consecutive saves of one claim's rationale merge into one undo step."""

    def __init__(
        self,
        project: Project,
        who: str,
        apply: Apply,
        fail: Fail,
        label: Label,
        claim_id: int,
        old: str,
        new: str,
    ) -> None:
        super().__init__(project, who, apply, fail, label)
        self.claim_id, self.old, self.new = claim_id, old, new

    def id(self) -> int:
        return _RATIONALE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, SetRationaleCommand)
            or other.claim_id != self.claim_id
            or other.isObsolete()  # a save that failed is no part of this step
        ):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def forward(self) -> ChangeSet:
        return ChangeSet.claim_updated(
            self._project.set_rationale(self.claim_id, self.new, self._who)
        )

    def backward(self) -> ChangeSet:
        return ChangeSet.claim_updated(
            self._project.set_rationale(self.claim_id, self.old, self._who)
        )


class AddClaimCommand(CoreCommand):
    """The first redo adds the claim over the span; undo removes it; a later redo restores it
    exactly, with its id. The label takes the claim's number once it has one."""

    def __init__(
        self,
        project: Project,
        who: str,
        apply: Apply,
        fail: Fail,
        label: Label,
        article_id: int,
        span: tuple[int, int],
    ) -> None:
        super().__init__(project, who, apply, fail, label)
        self.article_id, self.span = article_id, span
        self.claim_id: int | None = None
        self.number: int | None = None
        self._snapshot: ClaimSnapshot | None = None

    def label_text(self) -> str:
        """The label ("Add claim {0}") with the claim's number once it has one."""
        label = self._label()
        return label.format(self.number) if self.number is not None else label

    def forward(self) -> ChangeSet:
        if self._snapshot is None:
            change = self._project.add_claim(self.article_id, *self.span, self._who)
            self.claim_id = change.claim.id
            self.number = change.claim.number
            self.retranslate()
        else:
            change = self._project.restore_claim(self._snapshot, self._who)
        return ChangeSet.claims_reshaped(change)

    def backward(self) -> ChangeSet:
        assert self.claim_id is not None
        change = self._project.remove_claim(self.claim_id, self._who)
        self._snapshot = change.snapshot
        return ChangeSet.claims_reshaped(change, removed=True)


class RemoveClaimCommand(CoreCommand):
    """A claim added by hand, removed; undo puts it back with its verdict and sources."""

    def __init__(
        self, project: Project, who: str, apply: Apply, fail: Fail, label: Label, claim_id: int
    ) -> None:
        super().__init__(project, who, apply, fail, label)
        self.claim_id = claim_id
        self._snapshot: ClaimSnapshot | None = None

    def forward(self) -> ChangeSet:
        change = self._project.remove_claim(self.claim_id, self._who)
        assert change.snapshot is not None
        self._snapshot = change.snapshot
        return ChangeSet.claims_reshaped(change, removed=True)

    def backward(self) -> ChangeSet:
        assert self._snapshot is not None
        return ChangeSet.claims_reshaped(self._project.restore_claim(self._snapshot, self._who))


class SetSpanCommand(CoreCommand):
    """Undo puts back the claim's whole place (`old`): span, atoms, and a revision's flag."""

    def __init__(
        self,
        project: Project,
        who: str,
        apply: Apply,
        fail: Fail,
        label: Label,
        claim_id: int,
        new: tuple[int, int],
    ) -> None:
        super().__init__(project, who, apply, fail, label)
        self.claim_id, self.new = claim_id, new
        self.old: ClaimPlace | None = None

    def forward(self) -> ChangeSet:
        change = self._project.set_claim_span(self.claim_id, *self.new, who=self._who)
        if change.place is not None:
            self.old = change.place
        return ChangeSet.claims_reshaped(change)

    def backward(self) -> ChangeSet:
        assert self.old is not None
        return ChangeSet.claims_reshaped(
            self._project.restore_place(self.claim_id, self.old, self._who)
        )


class SetDismissedCommand(CoreCommand):
    def __init__(
        self,
        project: Project,
        who: str,
        apply: Apply,
        fail: Fail,
        label: Label,
        claim_id: int,
        is_dismissed: bool,
    ) -> None:
        super().__init__(project, who, apply, fail, label)
        self.claim_id, self.is_dismissed = claim_id, is_dismissed

    def forward(self) -> ChangeSet:
        return self._changes(
            self._project.set_dismissed(self.claim_id, self.is_dismissed, self._who)
        )

    def backward(self) -> ChangeSet:
        return self._changes(
            self._project.set_dismissed(self.claim_id, not self.is_dismissed, self._who)
        )

    @staticmethod
    def _changes(change: ClaimChange) -> ChangeSet:
        return ChangeSet.claim_updated(change)


class AddSourceCommand(CoreCommand):
    """The first redo adds the source; undo removes it; a later redo restores it, with its id."""

    def __init__(
        self,
        project: Project,
        who: str,
        apply: Apply,
        fail: Fail,
        label: Label,
        claim: ClaimRecord,
        fields: tuple[str, str, str, str],
    ) -> None:
        super().__init__(project, who, apply, fail, label)
        self.claim, self.fields = claim, fields
        self.source: SourceRecord | None = None

    def forward(self) -> ChangeSet:
        if self.source is None:
            change = self._project.add_source(self.claim.id, *self.fields, self._who)
            self.source = change.source
        else:
            self._project.restore_source(self.source, self._who)
        return ChangeSet.sources_changed(self.claim)

    def backward(self) -> ChangeSet:
        assert self.source is not None
        self._project.remove_source(self.source.id, self._who)
        return ChangeSet.sources_changed(self.claim)


class RemoveSourceCommand(CoreCommand):
    def __init__(
        self,
        project: Project,
        who: str,
        apply: Apply,
        fail: Fail,
        label: Label,
        claim: ClaimRecord,
        source: SourceRecord,
    ) -> None:
        super().__init__(project, who, apply, fail, label)
        self.claim, self.source = claim, source

    def forward(self) -> ChangeSet:
        self._project.remove_source(self.source.id, self._who)
        return ChangeSet.sources_changed(self.claim)

    def backward(self) -> ChangeSet:
        self._project.restore_source(self.source, self._who)
        return ChangeSet.sources_changed(self.claim)


class EditSourceCommand(CoreCommand):
    """The first redo writes the new fields; undo puts back `before`, redo the source as saved."""

    def __init__(
        self,
        project: Project,
        who: str,
        apply: Apply,
        fail: Fail,
        label: Label,
        claim: ClaimRecord,
        before: SourceRecord,
        fields: tuple[str, str, str, str],
    ) -> None:
        super().__init__(project, who, apply, fail, label)
        self.claim, self.before = claim, before
        url, title, excerpt, accessed = fields
        self.after = SourceRecord(before.id, before.claim_id, url, title, excerpt, accessed)
        self._saved = False

    def _set(self, source: SourceRecord) -> SourceRecord:
        change = self._project.edit_source(
            source.id,
            url=source.url,
            title=source.title,
            excerpt=source.excerpt,
            accessed=source.accessed,
            who=self._who,
        )
        return change.source

    def forward(self) -> ChangeSet:
        saved = self._set(self.after)
        if not self._saved:  # the stored values (the core may tidy a URL or a date)
            self.after, self._saved = saved, True
        return ChangeSet.sources_changed(self.claim)

    def backward(self) -> ChangeSet:
        self._set(self.before)
        return ChangeSet.sources_changed(self.claim)
