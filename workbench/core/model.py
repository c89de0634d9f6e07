"""Plain data types shared by the whole core: articles, claims, fact atoms, verdicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Verdict(StrEnum):
    """A checker's decision on one claim."""

    UNCHECKED = "unchecked"
    CONFIRMED = "confirmed"
    DENIED = "denied"
    UNVERIFIED = "unverified"


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
class ArticleDraft:
    """An article read from a file, before it enters a project.

    `text` is what the checker sees: for the corpus format, the title line then the paragraphs,
    one per line. Paragraphs never contain a newline, so a claim never crosses one.
    """

    title: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    source_path: str | None = None
