"""Finding a reworded claim: the span of the new text most like its old quote (RapidFuzz)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from workbench.core.model import AnchorStatus
from workbench.core.revisions.placing import (
    FUZZY_MARGIN,
    FUZZY_THRESHOLD,
    Anchor,
    Placement,
    Workspace,
    context_agreement,
    overlaps_other,
    paragraph_of,
)

_WORD_EDGE = re.compile(r"\w+|[^\w\s]")
# While refining a fuzzy span, per character: the cost of one not in the quote, the gain of one of
# agreeing context at its edges (up to _EDGE_CHARS a side).
_EXTRA_WEIGHT = 0.25
_EDGE_WEIGHT = 0.5
_EDGE_CHARS = 12
# While refining: points for each edge of a whole-sentence claim that falls on a sentence edge.
_SENTENCE_WEIGHT = 8.0
# Choosing among fuzzy places: ratio points per character of agreeing context (64 at most).
_FUZZY_CONTEXT_WEIGHT = 0.25
# How many rough places (the diff's, then the best paragraphs') are refined per claim.
_ROUGH_WINDOWS = 4


@dataclass(frozen=True, slots=True)
class _Fuzzy:
    rank: float  # similarity plus agreeing context: which place is the claim's
    similarity: float  # RapidFuzz ratio of the quote and the span: whether to accept it
    start: int
    end: int


def place_fuzzy(context: Workspace, anchors: list[Anchor], placed: dict[Anchor, Placement]) -> None:
    """Place each anchor on its most similar free span at or above FUZZY_THRESHOLD, if any."""
    best: list[tuple[float, Anchor, list[_Fuzzy]]] = []
    for anchor in anchors:
        scored = _fuzzy_candidates(context, anchor)
        if scored:
            best.append((scored[0].rank, anchor, scored))
    # The closest matches first, so a lightly edited claim is not robbed by a heavily edited one.
    best.sort(key=lambda item: -item[0])
    for _, anchor, scored in best:
        free = [
            found
            for found in scored
            if found.similarity >= FUZZY_THRESHOLD
            and not overlaps_other(context, anchor, found.start, found.end)
        ]
        if not free:
            continue
        chosen = free[0]
        rivals = [
            (other.start, other.end)
            for other in free[1:]
            if other.rank >= chosen.rank - FUZZY_MARGIN
            and not (other.start < chosen.end and chosen.start < other.end)
        ]
        status = AnchorStatus.AMBIGUOUS if rivals else AnchorStatus.CHANGED
        placed[anchor] = Placement(
            status,
            chosen.start,
            chosen.end,
            context.new_text[chosen.start : chosen.end],
            round(chosen.similarity, 1),
            tuple(rivals),
        )
        context.taken.append((chosen.start, chosen.end, anchor.start, anchor.end))


def _fuzzy_candidates(context: Workspace, anchor: Anchor) -> list[_Fuzzy]:
    """Places for a reworded quote, best first, at most one per paragraph."""
    quote = anchor.quote
    if not quote.strip():
        return []
    text = context.new_text
    # Where the diff says the claim went: finds a sentence reworded in place.
    mapped_start = context.positions.approximate(anchor.start)
    mapped_end = max(mapped_start, context.positions.approximate(anchor.end))
    rough: list[tuple[float, int, int]] = [(101.0, mapped_start, mapped_end)]
    # The best window of each paragraph: finds a sentence that was reworded and moved.
    for paragraph_start, paragraph_end in context.paragraphs:
        paragraph = text[paragraph_start:paragraph_end]
        if not paragraph.strip():
            continue
        if len(paragraph) <= len(quote):
            score = fuzz.ratio(quote, paragraph)
            rough.append((score, paragraph_start, paragraph_end))
            continue
        alignment = fuzz.partial_ratio_alignment(
            quote, paragraph, score_cutoff=FUZZY_THRESHOLD - 15
        )
        if alignment is not None:
            rough.append(
                (
                    alignment.score,
                    paragraph_start + alignment.dest_start,
                    paragraph_start + alignment.dest_end,
                )
            )
    rough.sort(reverse=True)
    blocked = [
        (new_start, new_end)
        for new_start, new_end, old_start, old_end in context.taken
        if not (anchor.start < old_end and old_start < anchor.end)
    ] + context.excluded.get(anchor, [])
    results: dict[tuple[int, int], _Fuzzy] = {}
    for _, rough_start, rough_end in rough[:_ROUGH_WINDOWS]:
        refined = refine(context, anchor, rough_start, rough_end, blocked)
        if refined is not None and refined not in results:
            start, end = refined
            similarity = fuzz.ratio(quote, text[start:end])
            agreeing = context_agreement(anchor, text, start, end)
            results[refined] = _Fuzzy(
                similarity + _FUZZY_CONTEXT_WEIGHT * agreeing, similarity, start, end
            )
    ranked = sorted(results.values(), key=lambda found: (-found.rank, found.start))
    # Keep only the best place of each paragraph: neighbouring windows are the same place.
    seen: set[int] = set()
    kept = []
    for found in ranked:
        where = paragraph_of(context.paragraphs, found.start)
        if where in seen:
            continue
        seen.add(where)
        kept.append(found)
    return kept


def refine(
    context: Workspace,
    anchor: Anchor,
    rough_start: int,
    rough_end: int,
    blocked: list[tuple[int, int]],
) -> tuple[int, int] | None:
    """The word-aligned span near a rough window that best holds the quote, inside one paragraph.

    Start and end are improved in turn (coordinate ascent) over word edges within reach of the
    window, never overlapping a claim already placed (`blocked`).
    """
    text = context.new_text
    quote = anchor.quote
    paragraph_start, paragraph_end = context.paragraphs[
        paragraph_of(context.paragraphs, min(rough_start, len(text)))
    ]
    reach = max(40, len(quote) // 2)
    edges = [
        (match.start(), match.end())
        for match in _WORD_EDGE.finditer(text, paragraph_start, paragraph_end)
    ]
    starts = [start for start, _ in edges if abs(start - rough_start) <= reach]
    ends = [end for _, end in edges if abs(end - rough_end) <= reach]
    if not starts or not ends:
        return None

    def free(start: int, end: int) -> bool:
        return end > start and not any(
            start < b_end and b_start < end for b_start, b_end in blocked
        )

    starts_sentence = _starts_sentence(anchor.prefix, len(anchor.prefix))
    ends_sentence = _ends_sentence(quote)

    def score(start: int, end: int) -> float:
        # The span should hold as much of the quote as it can (LCS), extra words cost a little
        # (inserted words belong to the claim), edges agreeing with the stored context win, and
        # a claim that was a whole sentence stays a whole sentence.
        if not free(start, end):
            return -1.0
        span = text[start:end]
        kept = LCSseq.similarity(quote, span)
        edges = context_agreement(
            anchor, text, start, end, limit=_EDGE_CHARS, across_paragraphs=1.0
        )
        shape = (starts_sentence and _starts_sentence(text, start)) + (
            ends_sentence and _ends_sentence(span)
        )
        return (
            kept
            - _EXTRA_WEIGHT * (len(span) - kept)
            + _EDGE_WEIGHT * edges
            + _SENTENCE_WEIGHT * shape
        )

    start = min(starts, key=lambda offset: abs(offset - rough_start))
    end = min(ends, key=lambda offset: abs(offset - rough_end))
    best = score(start, end)
    for _ in range(3):
        new_start = max(starts, key=lambda offset: (score(offset, end), -abs(offset - start)))
        new_end = max(ends, key=lambda offset: (score(new_start, offset), -abs(offset - end)))
        new_best = score(new_start, new_end)
        if new_best <= best:
            break
        start, end, best = new_start, new_end, new_best
    if best < 0:
        return None
    return start, end


_SENTENCE_ENDS = '.!?»"…'


def _starts_sentence(text: str, offset: int) -> bool:
    """Whether `offset` of `text` begins a paragraph or follows a sentence's end and a space."""
    if offset == 0 or text[offset - 1] == "\n":
        return True
    before = text[:offset]
    return before[-1].isspace() and before.rstrip()[-1:] in _SENTENCE_ENDS


def _ends_sentence(span: str) -> bool:
    return span[-1:] in _SENTENCE_ENDS
