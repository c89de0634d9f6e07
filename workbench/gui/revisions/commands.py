"""Undoable answers to a revision: a claim placed by hand, or its place or wording confirmed.

Like `workbench.gui.editing.commands`, each command only calls core operations in redo() and undo(), and
its first redo() is skipped because the session has made the edit already.
"""

from __future__ import annotations

from workbench.core.project import ClaimChange, ClaimPlace, Project
from workbench.core.revisions import confirm_anchor, place_claim, restore_anchor
from workbench.gui.editing.commands import Apply, Change, CoreCommand, Fail


class _AnchorCommand(CoreCommand):
    """Undo puts back the claim's place as it was before the last redo (or the first edit)."""

    def __init__(self, project: Project, who: str, apply: Apply, fail: Fail, label: str,
                 claim_id: int, place: ClaimPlace) -> None:
        super().__init__(project, who, apply, fail, label)
        self.claim_id = claim_id
        self._place = place

    def backward(self) -> Change:
        return restore_anchor(self._project, self.claim_id, self._place, self._who)

    def _remember(self, change: ClaimChange) -> Change:
        if change.place is not None:
            self._place = change.place
        return change


class PlaceClaimCommand(_AnchorCommand):
    """A lost or ambiguous claim put on a passage of the text."""

    def __init__(self, project: Project, who: str, apply: Apply, fail: Fail, label: str,
                 claim_id: int, place: ClaimPlace, span: tuple[int, int]) -> None:
        super().__init__(project, who, apply, fail, label, claim_id, place)
        self.span = span

    def forward(self) -> Change:
        return self._remember(place_claim(self._project, self.claim_id, *self.span, self._who))


class ConfirmPlaceCommand(_AnchorCommand):
    """A reworded or ambiguous claim accepted where it is."""

    def forward(self) -> Change:
        return self._remember(confirm_anchor(self._project, self.claim_id, self._who))

