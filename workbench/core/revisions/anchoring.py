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

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from workbench.core.model import AnchorStatus
from workbench.core.revisions.diffing import PositionMap, diff_words
from workbench.core.revisions.fuzzy import place_fuzzy, refine
from workbench.core.revisions.placing import (
    CONTEXT_CHARS,
    CONTEXT_MARGIN,
    DISTINCTIVE_LENGTH,
    FUZZY_THRESHOLD,
    MIN_CONTEXT,
    Anchor,
    Placement,
    Workspace,
    anchor_at,
    context_agreement,
    occurrences,
    overlaps_other,
    paragraph_of,
    paragraph_spans,
    sides,
)

__all__ = ["CONTEXT_CHARS", "FUZZY_THRESHOLD", "Anchor", "AnchorStatus", "Placement", "reanchor"]


def reanchor(old_text: str, new_text: str, anchors: Sequence[Anchor]) -> list[Placement]:
    """Place every anchor of `old_text` in `new_text`; one placement per anchor, in the same order."""
    context = Workspace(
        old_text,
        new_text,
        PositionMap(diff_words(old_text, new_text)),
        paragraph_spans(new_text),
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
    place_fuzzy(context, remaining, placed)
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
    context: float  # characters of context agreeing (see context_agreement)
    both_sides: bool  # the context agrees on both sides (see Side.complete)
    others_fit: tuple[tuple[int, float], ...]  # how other old occurrences (by start) fit here
    beside: bool  # another occurrence of the quote sits in the same new paragraph
    distance: int  # from where the diff says the claim went


def _place_exact(
    context: Workspace, anchors: list[Anchor], placed: dict[Anchor, Placement]
) -> None:
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
        if overlaps_other(context, anchor, candidate.start, candidate.end):
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
            if certain and not candidate.both_sides:
                # Context on one side or none: the sentence moved, or a copy of its old wording
                # went in while the claim itself was reworded. A reworded version where the diff
                # puts the claim, or beside this place, says the latter may be true.
                reworded = _reworded_near(context, anchor, candidate)
                if reworded is not None:
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
            if span in used or overlaps_other(context, anchor, *span):
                continue
            others = tuple((other.start, other.end) for other in found if other is not candidate)
            placed[anchor] = Placement(AnchorStatus.AMBIGUOUS, *span, anchor.quote, 100.0, others)
            used.add(span)
            context.taken.append((*span, anchor.start, anchor.end))
            break


def _exact_candidates(context: Workspace, anchor: Anchor) -> list[_Candidate]:
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
        anchor_at(context.old_text, start, len(quote))
        for start in occurrences(context.old_text, quote)
        if start != anchor.start
    ]
    found_at = occurrences(text, quote)
    paragraphs = [paragraph_of(context.paragraphs, start) for start in found_at]
    found: list[_Candidate] = []
    for start, paragraph in zip(found_at, paragraphs, strict=True):
        end = start + len(quote)
        before, after = sides(anchor, text, start, end)
        agreeing = before.weight + after.weight
        others_fit = tuple(
            (other.start, context_agreement(other, text, start, end)) for other in others
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


def _reworded_near(
    context: Workspace, anchor: Anchor, candidate: _Candidate
) -> tuple[int, int] | None:
    """A fuzzy match of the quote where the diff says the claim went or in the candidate's
    paragraph, other than the candidate itself; None when there is none."""
    if anchor.end <= anchor.start:
        return None
    text = context.new_text
    taken = [(candidate.start, candidate.end)]
    rough = []
    start = context.positions.approximate(anchor.start)
    rough.append((start, max(start, context.positions.approximate(anchor.end))))
    paragraph_start, paragraph_end = context.paragraphs[
        paragraph_of(context.paragraphs, candidate.start)
    ]
    # The paragraph with the candidate blanked out, so the alignment finds the other sentence.
    masked = (
        text[paragraph_start : candidate.start]
        + "\0" * (candidate.end - candidate.start)
        + text[candidate.end : paragraph_end]
    )
    if len(masked) > len(anchor.quote):
        alignment = fuzz.partial_ratio_alignment(
            anchor.quote, masked, score_cutoff=FUZZY_THRESHOLD - 15
        )
        if alignment is not None:
            rough.append(
                (paragraph_start + alignment.dest_start, paragraph_start + alignment.dest_end)
            )
    for rough_start, rough_end in rough:
        refined = refine(context, anchor, rough_start, rough_end, taken)
        if refined is not None and fuzz.ratio(anchor.quote, text[refined[0] : refined[1]]) >= (
            FUZZY_THRESHOLD
        ):
            return refined
    return None


def _orphan(context: Workspace, anchor: Anchor) -> Placement:
    where = min(context.positions.approximate(anchor.start), len(context.new_text))
    return Placement(AnchorStatus.ORPHAN, where, where, anchor.quote, 0.0)
