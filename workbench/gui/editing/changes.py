"""What one edit, undo or redo changed, typed for the views: they refresh from it, never by
reading field names."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.project import AnchorState, ClaimChange, ClaimRecord, HistoryEntry


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """The views' part of one change to an article's claims.

    `updated`: claims changed in place (verdict, rationale, dismissal), as they are now.
    `reshaped`: claims were added, removed or moved: the article's claims are read
        again, and `current` is the claim to make current (None: no claim).
    `anchors_changed`: a revision flag changed (a claim placed, confirmed, or a verdict given on
        a reworded claim): the revision marks are read again, unless `anchors` holds the new
        states of every claim whose flag changed.
    `sources_of`: the claim whose sources changed (it becomes current, its details refresh).
    `history`: the history lines the edit wrote, when the core returned them; None means the
        claim's history is read again.
    `other_articles`: further articles whose claims changed in the same step (a verdict given to
        a group across articles); `updated` holds their claims too, and their progress is read.
    """

    article_id: int
    updated: tuple[ClaimRecord, ...] = ()
    reshaped: bool = False
    current: int | None = None
    anchors_changed: bool = False
    anchors: tuple[AnchorState, ...] = ()
    sources_of: int | None = None
    history: tuple[HistoryEntry, ...] | None = None
    other_articles: tuple[int, ...] = ()

    @classmethod
    def claim_updated(cls, change: ClaimChange, *, anchors_changed: bool = False) -> ChangeSet:
        return cls(
            change.claim.article_id,
            updated=(change.claim,),
            anchors_changed=anchors_changed,
            anchors=(change.anchor,) if change.anchor is not None else (),
            history=_written_history(change),
        )

    @classmethod
    def claims_reshaped(cls, change: ClaimChange, *, removed: bool = False) -> ChangeSet:
        return cls(
            change.claim.article_id,
            reshaped=True,
            current=None if removed else change.claim.id,
            anchors_changed=True,
        )

    @classmethod
    def sources_changed(cls, claim: ClaimRecord) -> ChangeSet:
        return cls(claim.article_id, sources_of=claim.id)

    def touches(self, claim_id: int) -> bool:
        return self.sources_of == claim_id or any(c.id == claim_id for c in self.updated)


def _written_history(change: ClaimChange) -> tuple[HistoryEntry, ...] | None:
    """The lines the core says it wrote for this change; None when it does not say."""
    return change.entries or None
