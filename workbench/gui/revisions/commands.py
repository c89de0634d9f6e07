"""Undoable answers to a revision: a claim placed by hand, or its place or wording confirmed.

Like `workbench.gui.editing.commands`, each command only calls core operations, in redo() and
undo(); the first redo() makes the edit.
"""

from __future__ import annotations

from workbench.core.project import ClaimChange, ClaimPlace, Project
from workbench.core.revisions import confirm_anchor, place_claim, restore_anchor
from workbench.gui.editing.changes import ChangeSet
from workbench.gui.editing.commands import Apply, CoreCommand, Fail, Label


class _AnchorCommand(CoreCommand):
    """Undo puts back the claim's place as it was before the last redo."""

    def __init__(
        self, project: Project, who: str, apply: Apply, fail: Fail, label: Label, claim_id: int
    ) -> None:
        super().__init__(project, who, apply, fail, label)
        self.claim_id = claim_id
        self._place: ClaimPlace | None = None

    def backward(self) -> ChangeSet:
        assert self._place is not None
        return ChangeSet.claims_reshaped(
            restore_anchor(self._project, self.claim_id, self._place, self._who)
        )

    def _remember(self, change: ClaimChange) -> ChangeSet:
        if change.place is not None:
            self._place = change.place
        return ChangeSet.claims_reshaped(change)


class PlaceClaimCommand(_AnchorCommand):
    """A lost or ambiguous claim put on a passage of the text."""

    def __init__(
        self,
        project: Project,
        who: str,
        apply: Apply,
        fail: Fail,
        label: Label,
        claim_id: int,
        span: tuple[int, int],
    ) -> None:
        super().__init__(project, who, apply, fail, label, claim_id)
        self.span = span

    def forward(self) -> ChangeSet:
        return self._remember(place_claim(self._project, self.claim_id, *self.span, self._who))


class ConfirmPlaceCommand(_AnchorCommand):
    """A reworded or ambiguous claim accepted where it is."""

    def forward(self) -> ChangeSet:
        return self._remember(confirm_anchor(self._project, self.claim_id, self._who))
