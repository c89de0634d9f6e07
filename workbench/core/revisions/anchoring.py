"""Re-anchoring claims in a revised text: same place, exact quote by context, fuzzy quote, or orphan.

Each claim carries a W3C-style anchor: its offsets (TextPositionSelector) and its exact quote with
some context before and after (TextQuoteSelector). In a new revision a claim is looked for in order:

1. the same place: the word diff between the revisions keeps the claim whole and unchanged, or the
   same offsets still hold the same quote with the same context;
2. the exact quote elsewhere, the occurrence chosen by its context and, only as a tie-break, by where
   the diff says the claim went; one that context and position cannot decide is marked ambiguous;
3. a fuzzy match of the quote (RapidFuzz `ratio`, the normalised Indel similarity) of at least
   `FUZZY_THRESHOLD`, always marked changed;
4. otherwise the claim is an orphan, kept and listed with its old wording.

A place is given to one claim only, so two claims never collapse onto the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from workbench.core.revisions.diffing import PositionMap, diff_words

# Fuzzy acceptance: the new wording must keep this much of the old (RapidFuzz ratio, 0-100). The
# revision benchmark (tests/benchmarks/bench_revision.py) shows rewrites and typo fixes scoring
# 80-99 against their old wording, and a deleted sentence's closest unrelated neighbour scoring
# at most ~65 (French and English news prose); 75 sits between the two.
FUZZY_THRESHOLD = 75.0
# Two fuzzy places closer than this (in ratio points) cannot be told apart: the claim is ambiguous.
FUZZY_MARGIN = 3.0
# Context agreement, in characters, that makes one occurrence of a quote clearly the right one.
CONTEXT_MARGIN = 8
# A quote this long is a whole statement: a single occurrence is the claim even without context.
# Shorter quotes (a number, a name, a short sentence) also need some context to be placed for sure.
DISTINCTIVE_LENGTH = 40
MIN_CONTEXT = 8

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


class AnchorStatus(StrEnum):
    """Where a claim was found in the new revision."""

    EXACT = "exact"  # same wording at the same offsets
    MOVED = "moved"  # same wording, at other offsets
    CHANGED = "changed"  # wording changed (a fuzzy match): shown with the old and the new wording
    AMBIGUOUS = "ambiguous"  # placed on the likeliest of several places; the checker confirms
    ORPHAN = "orphan"  # not found: kept with its old wording, listed, never dropped


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
class _Context:
    old_text: str
    new_text: str
    positions: PositionMap
    paragraphs: list[tuple[int, int]]
    taken: list[
        tuple[int, int, int, int]
    ]  # new start, new end, old start, old end of placed claims
    excluded: dict[Anchor, list[tuple[int, int]]] = field(default_factory=dict)  # copies' places


def reanchor(old_text: str, new_text: str, anchors: Sequence[Anchor]) -> list[Placement]:
    """Place every anchor of `old_text` in `new_text`; one placement per anchor, in the same order."""
    context = _Context(
        old_text,
        new_text,
        PositionMap(diff_words(old_text, new_text)),
        _paragraphs(new_text),
        [],
    )
    # Claims with the same anchor (the same span twice) travel together and count as one.
    groups: dict[Anchor, list[int]] = {}
    for index, anchor in enumerate(anchors):
        groups.setdefault(anchor, []).append(index)
    unique = list(groups)
    placed: dict[Anchor, Placement] = {}
    _place_exact(context, unique, placed)
    remaining = [anchor for anchor in unique if anchor not in placed]
    _place_fuzzy(context, remaining, placed)
    results: list[Placement | None] = [None] * len(anchors)
    for anchor, indexes in groups.items():
        placement = placed.get(anchor) or _orphan(context, anchor)
        for index in indexes:
            results[index] = placement
    return [placement for placement in results if placement is not None]


# -- exact quotes ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    anchor: Anchor
    start: int
    end: int
    same_place: bool  # the diff, or the same offsets with the same context, put it here
    context: float  # characters of context agreeing (see _context_agreement)
    both_sides: bool  # the context agrees on both sides (see _Side.complete)
    others_fit: tuple[tuple[int, float], ...]  # how other old occurrences (by start) fit here
    beside: bool  # another occurrence of the quote sits in the same new paragraph
    distance: int  # from where the diff says the claim went


def _place_exact(context: _Context, anchors: list[Anchor], placed: dict[Anchor, Placement]) -> None:
    by_anchor: dict[Anchor, list[_Candidate]] = {}
    for anchor in anchors:
        found = _exact_candidates(context, anchor)
        if found:
            by_anchor[anchor] = found
    # The best-supported candidates first, so a clear claim takes its place before a doubtful one:
    # context first (it was stored for this), then the diff's verdict, then nearness.
    ranked = sorted(
        (candidate for found in by_anchor.values() for candidate in found),
        key=lambda candidate: (-candidate.context, not candidate.same_place, candidate.distance),
    )
    used: set[tuple[int, int]] = set()
    resolved: set[tuple[str, int]] = set()  # old occurrences (quote, start) placed for sure
    for candidate in ranked:
        anchor = candidate.anchor
        if anchor in placed or (candidate.start, candidate.end) in used:
            continue
        if _overlaps_other(context, anchor, candidate.start, candidate.end):
            continue
        rivals = [
            other
            for other in by_anchor[anchor]
            if other is not candidate and (other.start, other.end) not in used
        ]
        close = [other for other in rivals if candidate.context - other.context < CONTEXT_MARGIN]
        # Another old occurrence of the quote, not yet placed, that fits this place about as well.
        contested = any(
            fit > candidate.context - CONTEXT_MARGIN
            for start, fit in candidate.others_fit
            if (anchor.quote, start) not in resolved
        )
        alternatives: tuple[tuple[int, int], ...] = tuple(
            (other.start, other.end) for other in rivals
        )
        if close:
            # Context cannot tell them apart. The diff picks which one to show, but the checker
            # confirms: a copy inserted next to the claim leaves nothing to tell which is which.
            in_place = [other for other in close if other.same_place]
            if not candidate.same_place and len(in_place) == 1:
                continue  # that one comes later in the ranking
            certain = False
        elif contested:
            certain = False
        elif candidate.beside:
            # "X. X." from "X.": one side of each copy looks right; only both sides can tell.
            certain = candidate.both_sides
        else:
            certain = (
                candidate.same_place
                or len(anchor.quote) >= DISTINCTIVE_LENGTH
                or candidate.context >= MIN_CONTEXT
            )
            if certain and not candidate.same_place and candidate.context < MIN_CONTEXT:
                # No context at all: the sentence moved, or it was reworded in place while a copy
                # of its old wording went in elsewhere. A reworded version where the diff puts the
                # claim says the latter may be true.
                reworded = _reworded_in_place(context, anchor)
                if reworded is not None and reworded != (candidate.start, candidate.end):
                    certain = False
                    alternatives = (*alternatives, reworded)
        if certain:
            status = (
                AnchorStatus.EXACT
                if (candidate.start, candidate.end) == (anchor.start, anchor.end)
                else AnchorStatus.MOVED
            )
            alternatives = ()
        else:
            status = AnchorStatus.AMBIGUOUS
        placed[anchor] = Placement(
            status, candidate.start, candidate.end, anchor.quote, 100.0, alternatives
        )
        if certain:
            resolved.add((anchor.quote, anchor.start))
        used.add((candidate.start, candidate.end))
        context.taken.append((candidate.start, candidate.end, anchor.start, anchor.end))
    # A claim passed over for a rival the diff preferred, when that rival went to another claim.
    for anchor, found in by_anchor.items():
        if anchor in placed:
            continue
        for candidate in sorted(
            found, key=lambda candidate: (-candidate.context, candidate.distance)
        ):
            span = (candidate.start, candidate.end)
            if span in used or _overlaps_other(context, anchor, *span):
                continue
            others = tuple((other.start, other.end) for other in found if other is not candidate)
            placed[anchor] = Placement(AnchorStatus.AMBIGUOUS, *span, anchor.quote, 100.0, others)
            used.add(span)
            context.taken.append((*span, anchor.start, anchor.end))
            break


def _exact_candidates(context: _Context, anchor: Anchor) -> list[_Candidate]:
    """The occurrences of the quote in the new text that may be this claim.

    An occurrence that another occurrence of the quote in the old text clearly fits better (by
    context) is that one's continuation, not this claim: it is left out, and kept from the fuzzy
    search too, so a deleted claim never lands on a surviving copy of its sentence.
    """
    quote = anchor.quote
    if not quote.strip():
        return []
    text = context.new_text
    unchanged = context.positions.unchanged_span(anchor.start, anchor.end)
    expected = context.positions.approximate(anchor.start)
    others = [
        _anchor_at(context.old_text, start, len(quote))
        for start in _occurrences(context.old_text, quote)
        if start != anchor.start
    ]
    found_at = _occurrences(text, quote)
    paragraphs = [_paragraph_of(context.paragraphs, start) for start in found_at]
    found: list[_Candidate] = []
    for start, paragraph in zip(found_at, paragraphs, strict=True):
        end = start + len(quote)
        before, after = _sides(anchor, text, start, end)
        agreeing = before.weight + after.weight
        others_fit = tuple(
            (other.start, _context_agreement(other, text, start, end)) for other in others
        )
        if any(fit - agreeing >= CONTEXT_MARGIN for _, fit in others_fit):
            context.excluded.setdefault(anchor, []).append((start, end))
            continue
        whole_context = before.matched == len(anchor.prefix) and after.matched == len(anchor.suffix)
        found.append(
            _Candidate(
                anchor,
                start,
                end,
                same_place=unchanged == (start, end)
                or ((start, end) == (anchor.start, anchor.end) and whole_context),
                context=agreeing,
                both_sides=before.complete and after.complete,
                others_fit=others_fit,
                beside=paragraphs.count(paragraph) > 1,
                distance=abs(start - expected),
            )
        )
    return found


def _reworded_in_place(context: _Context, anchor: Anchor) -> tuple[int, int] | None:
    """A fuzzy match of the quote where the diff says the claim went, if there is one."""
    if anchor.end <= anchor.start:
        return None
    start = context.positions.approximate(anchor.start)
    end = max(start, context.positions.approximate(anchor.end))
    refined = _refine(context, anchor, start, end, [])
    if refined is None:
        return None
    similarity = fuzz.ratio(anchor.quote, context.new_text[refined[0] : refined[1]])
    return refined if similarity >= FUZZY_THRESHOLD else None


def _occurrences(text: str, quote: str) -> list[int]:
    found = []
    start = text.find(quote)
    while start != -1:
        found.append(start)
        start = text.find(quote, start + 1)
    return found


def _anchor_at(text: str, start: int, length: int) -> Anchor:
    end = start + length
    return Anchor(
        start, end, text[start:end], text[max(0, start - 32) : start], text[end : end + 32]
    )


@dataclass(frozen=True, slots=True)
class _Side:
    weight: float  # agreeing characters, those past a paragraph break weighing less
    matched: int  # agreeing characters
    complete: bool  # enough agree, or all the stored context, or up to a paragraph break


def _sides(
    anchor: Anchor,
    text: str,
    start: int,
    end: int,
    limit: int | None = None,
    across_paragraphs: float = 0.25,
) -> tuple[_Side, _Side]:
    """How much of the stored prefix and of the stored suffix the new text has around a span.

    Counted in characters from the span outwards; past a paragraph break a character counts for
    `across_paragraphs` only: to tell occurrences apart that context is weak evidence, because
    moving a paragraph changes it and nothing else.
    """
    prefix = anchor.prefix if limit is None else anchor.prefix[-limit:]
    suffix = anchor.suffix if limit is None else anchor.suffix[:limit]
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    return (
        _agreeing(prefix[::-1], before[::-1], across_paragraphs),
        _agreeing(suffix, after, across_paragraphs),
    )


def _context_agreement(
    anchor: Anchor,
    text: str,
    start: int,
    end: int,
    limit: int | None = None,
    across_paragraphs: float = 0.25,
) -> float:
    before, after = _sides(anchor, text, start, end, limit, across_paragraphs)
    return before.weight + after.weight


def _agreeing(old: str, new: str, across_paragraphs: float) -> _Side:
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
    return _Side(weight, matched, complete)


def _overlaps_other(context: _Context, anchor: Anchor, start: int, end: int) -> bool:
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


# -- fuzzy quotes ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Fuzzy:
    rank: float  # similarity plus agreeing context: which place is the claim's
    similarity: float  # RapidFuzz ratio of the quote and the span: whether to accept it
    start: int
    end: int


def _place_fuzzy(context: _Context, anchors: list[Anchor], placed: dict[Anchor, Placement]) -> None:
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
            and not _overlaps_other(context, anchor, found.start, found.end)
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


def _fuzzy_candidates(context: _Context, anchor: Anchor) -> list[_Fuzzy]:
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
        refined = _refine(context, anchor, rough_start, rough_end, blocked)
        if refined is not None and refined not in results:
            start, end = refined
            similarity = fuzz.ratio(quote, text[start:end])
            agreeing = _context_agreement(anchor, text, start, end)
            results[refined] = _Fuzzy(
                similarity + _FUZZY_CONTEXT_WEIGHT * agreeing, similarity, start, end
            )
    ranked = sorted(results.values(), key=lambda found: (-found.rank, found.start))
    # Keep only the best place of each paragraph: neighbouring windows are the same place.
    seen: set[int] = set()
    kept = []
    for found in ranked:
        where = _paragraph_of(context.paragraphs, found.start)
        if where in seen:
            continue
        seen.add(where)
        kept.append(found)
    return kept


def _refine(
    context: _Context,
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
        _paragraph_of(context.paragraphs, min(rough_start, len(text)))
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
        edges = _context_agreement(
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


_SENTENCE_ENDS = ".!?»\"…"


def _starts_sentence(text: str, offset: int) -> bool:
    """Whether `offset` of `text` begins a paragraph or follows a sentence's end and a space."""
    if offset == 0 or text[offset - 1] == "\n":
        return True
    before = text[:offset]
    return before[-1].isspace() and before.rstrip()[-1:] in _SENTENCE_ENDS


def _ends_sentence(span: str) -> bool:
    return span[-1:] in _SENTENCE_ENDS


# -- orphans and paragraphs ---------------------------------------------------------------------


def _orphan(context: _Context, anchor: Anchor) -> Placement:
    where = min(context.positions.approximate(anchor.start), len(context.new_text))
    return Placement(AnchorStatus.ORPHAN, where, where, anchor.quote, 0.0)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _paragraph_of(paragraphs: list[tuple[int, int]], offset: int) -> int:
    for index, (_, end) in enumerate(paragraphs):
        if offset <= end:
            return index
    return len(paragraphs) - 1
