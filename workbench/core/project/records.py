"""Read-only views of what a project holds, as handed to the GUI, reports and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from workbench.core.model import (
    ANONYMOUS_SOURCE_MARK,
    AnchorStatus,
    Atom,
    ClaimOrigin,
    ClaimType,
    Priority,
    Standing,
    Verdict,
    priority_from,
)


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    id: int
    title: str
    text: str
    language: str
    model: str
    sha256: str
    revision: int
    metadata: dict[str, Any]
    source_path: str | None
    imported_at: str
    claim_count: int
    checked_count: int


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """An article without its text: what a list of articles shows and a dedupe compares."""

    id: int
    title: str
    language: str
    model: str
    sha256: str
    revision: int
    metadata: dict[str, Any]
    source_path: str | None
    imported_at: str
    claim_count: int
    checked_count: int


@dataclass(frozen=True, slots=True)
class ArticleProgress:
    """How far the checking of one article is: claims with a verdict among those not dismissed."""

    article_id: int
    claim_count: int
    checked_count: int


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    id: int
    article_id: int
    number: int  # given once, never changed nor reused in its article; not its place in the text
    start: int
    end: int
    text: str
    score: float
    checkworthy: bool
    types: tuple[ClaimType, ...]
    reasons: tuple[str, ...]
    atoms: tuple[Atom, ...]
    source: str | None
    origin: ClaimOrigin
    verdict: Verdict
    rationale: str
    is_dismissed: bool
    updated_at: str
    # Where the claim stands after the last revision of its article (see AnchorState below).
    anchor_status: AnchorStatus = AnchorStatus.EXACT

    @property
    def priority(self) -> Priority:
        """Where a checker looks first (as the detector decided it, from the stored types,
        decision and reasons)."""
        anonymous = any(ANONYMOUS_SOURCE_MARK in reason for reason in self.reasons)
        return priority_from(self.types, self.checkworthy, anonymous)

    @property
    def standing(self) -> Standing:
        """Its verdict, or "to re-check" when the verdict was given on a wording since changed."""
        return Standing.of(self.verdict, self.anchor_status)

    @property
    def is_checked(self) -> bool:
        """A verdict on its present wording: what every "n of m checked" counts."""
        return self.standing not in (Standing.UNCHECKED, Standing.TO_RECHECK)


@dataclass(frozen=True, slots=True)
class AnchorState:
    """How a claim stands after the last revision of its article, beside its ClaimRecord."""

    claim_id: int
    status: AnchorStatus
    text_at_verdict: str | None  # the wording before it changed, until the checker confirms
    since_revision: int  # the revision the claim first appeared in
    alternatives: tuple[tuple[int, int], ...]  # other places an ambiguous claim could be

    @property
    def needs_review(self) -> bool:
        return self.status in (AnchorStatus.CHANGED, AnchorStatus.AMBIGUOUS, AnchorStatus.ORPHAN)


@dataclass(frozen=True, slots=True)
class SourceRecord:
    id: int
    claim_id: int
    url: str
    title: str
    excerpt: str
    accessed: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    id: int
    at: str
    who: str
    claim_id: int | None
    article_id: int | None
    field: str
    old: str | None
    new: str | None
    source_id: int | None = None  # set for entries about one of the claim's sources


class ClaimField(StrEnum):
    """What a `ClaimChange` changed, as its history entries name it."""

    VERDICT = "verdict"
    RATIONALE = "rationale"
    SPAN = "span"
    IS_DISMISSED = "is_dismissed"
    ANCHOR_STATUS = "anchor_status"
    CLAIM = "claim"  # added or restored (`old` None), or removed (`new` None)


@dataclass(frozen=True, slots=True)
class ClaimChange:
    """What one edit changed, so views refresh only that.

    `field` is the history field: "verdict", "rationale", "span", "is_dismissed", "anchor_status"
    (a claim placed or confirmed after a revision: `old` and `new` are its statuses), or "claim"
    for a claim added or restored (`old` None) or removed (`new` None; `claim` is then its last
    state).
    `before` is the claim as it was, so an undo can call the inverse edit with its values.
    No edit changes another claim's number: numbers are given once (`rows.next_claim_number`).
    `place` is where the claim was and how it was anchored before the edit, set by the edits that
    can change its anchor (a span change, a verdict on a reworded claim, placing, confirming):
    `Project.restore_place(claim.id, place)` puts it back.
    `progress` is the article's progress after the edit, `entries` the history lines it wrote and
    `anchor` the claim's anchor state after it, set by the edits that know them without reading
    again (a verdict), so views refresh from the change alone; None and () mean "not given".
    """

    claim: ClaimRecord
    field: ClaimField
    old: str | None
    new: str | None
    before: ClaimRecord | None = None
    snapshot: ClaimSnapshot | None = None  # set by remove_claim; restore_claim(snapshot) undoes it
    place: ClaimPlace | None = None
    progress: ArticleProgress | None = None
    entries: tuple[HistoryEntry, ...] = ()
    anchor: AnchorState | None = None  # the claim's anchor state after the edit, when given

    def __post_init__(self) -> None:
        # Edits name the field as their history does; the change holds it typed.
        object.__setattr__(self, "field", ClaimField(self.field))

    @property
    def removed(self) -> bool:
        return self.field is ClaimField.CLAIM and self.new is None


@dataclass(frozen=True, slots=True)
class ClaimPlace:
    """Where a claim stands in its article's text and how sure that place is, as stored.

    `anchor_status` is None for a claim never re-anchored (counts as exact); `alternatives` are
    the other places of an ambiguous claim; `text_at_verdict` is the wording the verdict was given
    on while the claim is flagged "changed since verdict".
    """

    start: int
    end: int
    text: str
    prefix: str
    suffix: str
    atoms: tuple[Atom, ...]
    anchor_status: str | None
    alternatives: tuple[tuple[int, int], ...]
    text_at_verdict: str | None


@dataclass(frozen=True, slots=True)
class ClaimSnapshot:
    """Everything a removed claim was, so `Project.restore_claim` brings it back exactly."""

    claim: ClaimRecord
    sources: tuple[SourceRecord, ...]
    row: dict[str, Any]  # the stored columns, including the anchoring context; do not modify


@dataclass(frozen=True, slots=True)
class SourceChange:
    """What one source edit changed. `field` is "source" (added: `old` None; removed: `new` None)
    or "source.edit" (the history has one "source.<name>" entry per changed field); `before` is the
    source as it was."""

    source: SourceRecord
    field: str
    old: str | None
    new: str | None
    before: SourceRecord | None = None
    changed: tuple[str, ...] = ()  # for "source.edit": the fields that changed

    @property
    def removed(self) -> bool:
        return self.field == "source" and self.new is None


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One automatic backup of a project: itself a complete project file, openable read-only."""

    path: Path
    taken_at: datetime  # UTC, from the file name
    size_bytes: int
