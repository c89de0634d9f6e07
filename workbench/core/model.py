"""Plain data types shared by the whole core: articles, claims, fact atoms, verdicts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Verdict(StrEnum):
    """A checker's decision on one claim."""

    UNCHECKED = "unchecked"
    CONFIRMED = "confirmed"
    DENIED = "denied"
    UNVERIFIED = "unverified"


class ClaimOrigin(StrEnum):
    """How a claim came into a project."""

    DETECTED = "detected"  # found by the detector; a checker dismisses it rather than deletes it
    MANUAL = "manual"  # added by a checker over a passage they chose; deleted, never dismissed


class AnchorStatus(StrEnum):
    """Where a claim stands in its article's current text after a revision.

    Stored on each claim (NULL counts as exact) and reported by the re-anchoring of a revision.
    """

    EXACT = "exact"  # same wording at the same offsets
    MOVED = "moved"  # same wording, at other offsets
    CHANGED = "changed"  # wording changed (a fuzzy match): shown with the old and the new wording
    AMBIGUOUS = "ambiguous"  # placed on the likeliest of several places; the checker confirms
    ORPHAN = "orphan"  # not found: kept with its old wording, listed, never dropped


class Standing(StrEnum):
    """Where a claim stands for whoever reads it: its verdict, unless that verdict was given on
    a wording a later revision changed. Then it is "to re-check" everywhere (the window, the
    counts, every report; ClaimReview never publishes it) until the checker gives a verdict
    again (`set_verdict` clears the flag) or confirms the new wording.
    """

    UNCHECKED = "unchecked"
    CONFIRMED = "confirmed"
    DENIED = "denied"
    UNVERIFIED = "unverified"
    TO_RECHECK = "to_recheck"

    @classmethod
    def of(cls, verdict: Verdict, anchor_status: AnchorStatus | str | None) -> Standing:
        if verdict is not Verdict.UNCHECKED and anchor_status == AnchorStatus.CHANGED:
            return cls.TO_RECHECK
        return cls(verdict.value)


class ClaimType(StrEnum):
    """The claim-type taxonomy (documented in README.md, "Claim types")."""

    QUANTITY = "quantity"
    DATE = "date"
    QUOTE = "quote"
    ATTRIBUTION = "attribution"
    ALLEGATION = "allegation"
    COMPARISON = "comparison"
    CAUSAL = "causal"
    PREDICTION = "prediction"
    ENTITY = "entity"


class AtomKind(StrEnum):
    """What a fact atom inside a claim is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    NUMBER = "number"
    DATE = "date"
    QUOTE = "quote"
    OTHER = "other"


class Priority(StrEnum):
    """How urgently a checker should look at a claim (the highlight shows it).

    `must_check`: an allegation, a number, or an anonymous source; `checkworthy`: above the
    check-worthiness threshold; `low`: the rest.
    """

    MUST_CHECK = "must_check"
    CHECKWORTHY = "checkworthy"
    LOW = "low"


# The words the detector adds to an "attributed to" reason when no one is named.
ANONYMOUS_SOURCE_MARK = "(anonymous source)"


def priority_from(
    types: Iterable[ClaimType], checkworthy: bool, anonymous_source: bool = False
) -> Priority:
    """Allegations, numbers and anonymous sources first; then what the scorer finds check-worthy."""
    kinds = set(types)
    if ClaimType.ALLEGATION in kinds or ClaimType.QUANTITY in kinds or anonymous_source:
        return Priority.MUST_CHECK
    return Priority.CHECKWORTHY if checkworthy else Priority.LOW


@dataclass(frozen=True, slots=True)
class Atom:
    """A fact atom: a span inside an article that a checker verifies on its own."""

    start: int
    end: int
    kind: AtomKind
    text: str


@dataclass(frozen=True, slots=True)
class DetectedClaim:
    """A claim found by the detector. Offsets index the article text; `text == article[start:end]`."""

    start: int
    end: int
    text: str
    score: float
    checkworthy: bool
    types: tuple[ClaimType, ...] = ()
    reasons: tuple[str, ...] = ()
    atoms: tuple[Atom, ...] = ()
    source: str | None = None  # who the claim is attributed to, when it is reported speech
    priority: Priority = Priority.LOW


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the detector made of one text."""

    language: str
    model: str
    claims: tuple[DetectedClaim, ...]


@dataclass(frozen=True, slots=True)
class Annotation:
    """Something a document says about a span of its text: a reviewer's comment, a tracked
    insertion or deletion, a note, a header or other part. Offsets index the imported text;
    a deletion is an empty span where the deleted text was."""

    kind: str  # "comment", "insertion", "deletion", "note" or "part"
    start: int
    end: int
    author: str | None = None
    date: str | None = None
    text: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """An article read from a file, before it enters a project.

    `text` is what the checker sees: for the corpus format, the title line then the paragraphs,
    one per line. Paragraphs never contain a newline, so a claim never crosses one.
    """

    title: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    source_path: str | None = None
    annotations: tuple[Annotation, ...] = ()
