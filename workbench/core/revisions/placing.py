"""What re-anchoring works with: anchors, placements, statuses, and how context agrees."""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.core.model import AnchorStatus
from workbench.core.revisions.diffing import PositionMap

# Fuzzy acceptance: the new wording must keep this much of the old (RapidFuzz ratio, 0-100). In
# the revision benchmark (tests/benchmarks/bench_revision.py, French and English news prose) an
# edited sentence keeps a median 98 of its old wording (5th percentile 83), while a deleted
# sentence scores at most 58 against the closest other sentence (95th percentile 51). 75 leaves
# room above the unrelated ones, since a fuzzy span may also be cut to fit; edits below it
# (heavy rewrites) become orphans, which are listed, rather than guesses.
FUZZY_THRESHOLD = 75.0
# Two fuzzy places closer than this (in ratio points) cannot be told apart: the claim is ambiguous.
FUZZY_MARGIN = 3.0
# Characters of context stored on each side of a claim (as the project stores them).
CONTEXT_CHARS = 32
# Context agreement, in characters, that makes one occurrence of a quote clearly the right one.
CONTEXT_MARGIN = 8
# A quote this long is a whole statement: a single occurrence is the claim even without context.
# Shorter quotes (a number, a name, a short sentence) also need some context to be placed for sure.
DISTINCTIVE_LENGTH = 40
MIN_CONTEXT = 8
# Context past a paragraph break counts this much per character: moving a paragraph changes it.
ACROSS_PARAGRAPHS = 0.5


@dataclass(frozen=True, slots=True)
class Anchor:
    """A claim as it was: its offsets in the old text, its quote and the context around it."""

    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


@dataclass(frozen=True, slots=True)
class Placement:
    """Where one anchor landed. For an orphan, `start == end` marks roughly where it was."""

    status: AnchorStatus
    start: int
    end: int
    text: str  # the new wording, `new_text[start:end]`; the old quote for an orphan
    similarity: float  # 100 for the same wording, the fuzzy ratio otherwise, 0 for an orphan
    alternatives: tuple[tuple[int, int], ...] = ()  # the other places an ambiguous claim could be


@dataclass(slots=True)
class Workspace:
    """One re-anchoring run: both texts, the diff between them, and the places given so far."""

    old_text: str
    new_text: str
    positions: PositionMap
    paragraphs: list[tuple[int, int]]
    # Placed claims as (new start, new end, old start, old end).
    taken: list[tuple[int, int, int, int]]
    # Per claim, places holding a copy of its quote that another old occurrence clearly owns.
    excluded: dict[Anchor, list[tuple[int, int]]] = field(default_factory=dict)


def occurrences(text: str, quote: str) -> list[int]:
    """Every start of `quote` in `text`, overlapping ones included."""
    found = []
    start = text.find(quote)
    while start != -1:
        found.append(start)
        start = text.find(quote, start + 1)
    return found


def anchor_at(text: str, start: int, length: int) -> Anchor:
    end = start + length
    before = text[max(0, start - CONTEXT_CHARS) : start]
    return Anchor(start, end, text[start:end], before, text[end : end + CONTEXT_CHARS])


@dataclass(frozen=True, slots=True)
class Side:
    weight: float  # agreeing characters, those past a paragraph break weighing less
    matched: int  # agreeing characters
    complete: bool  # enough agree, or all the stored context, or up to a paragraph break


def sides(
    anchor: Anchor,
    text: str,
    start: int,
    end: int,
    limit: int | None = None,
    across_paragraphs: float = ACROSS_PARAGRAPHS,
) -> tuple[Side, Side]:
    """How much of the stored prefix and of the stored suffix the new text has around a span.

    Counted in characters from the span outwards; past a paragraph break a character counts for
    `across_paragraphs` only: to tell occurrences apart that context is weak evidence, because
    moving a paragraph changes it and nothing else.
    """
    prefix = anchor.prefix if limit is None else anchor.prefix[-limit:]
    suffix = anchor.suffix if limit is None else anchor.suffix[:limit]
    # A stored side shorter than the window means the claim was at the edge of the text: the
    # new text must end there too for that side to agree whole, so compare full windows.
    window = CONTEXT_CHARS if limit is None else limit
    before = text[max(0, start - window) : start]
    after = text[end : end + window]
    return (
        agreeing(prefix[::-1], before[::-1], across_paragraphs),
        agreeing(suffix, after, across_paragraphs),
    )


def context_agreement(
    anchor: Anchor,
    text: str,
    start: int,
    end: int,
    limit: int | None = None,
    across_paragraphs: float = ACROSS_PARAGRAPHS,
) -> float:
    before, after = sides(anchor, text, start, end, limit, across_paragraphs)
    return before.weight + after.weight


def agreeing(old: str, new: str, across_paragraphs: float) -> Side:
    weight = 0.0
    matched = 0
    crossed = False
    step = 1.0
    for old_char, new_char in zip(old, new, strict=False):
        if old_char != new_char:
            break
        matched += 1
        weight += step
        if old_char == "\n":
            crossed = True
            step = across_paragraphs
    complete = matched >= MIN_CONTEXT or crossed or (matched == len(old) and len(new) == len(old))
    return Side(weight, matched, complete)


def overlaps_other(context: Workspace, anchor: Anchor, start: int, end: int) -> bool:
    """True when the span overlaps a placed claim that did not overlap this one before the edit.

    Claims may overlap (a hand-made claim inside a detected sentence), but only if they already did.
    """
    for new_start, new_end, old_start, old_end in context.taken:
        if start < new_end and new_start < end:
            if not (anchor.start < old_end and old_start < anchor.end):
                return True
            if (new_start, new_end) == (start, end) and (old_start, old_end) != (
                anchor.start,
                anchor.end,
            ):
                return True
    return False


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def paragraph_of(paragraphs: list[tuple[int, int]], offset: int) -> int:
    for index, (_, end) in enumerate(paragraphs):
        if offset <= end:
            return index
    return len(paragraphs) - 1
