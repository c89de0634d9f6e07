"""Re-anchoring claims in a revised text, without a project: each case of issue 7."""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from workbench.core.revisions import FUZZY_THRESHOLD, Anchor, AnchorStatus, reanchor
from workbench.core.revisions.diffing import PositionMap, diff_words

TITLE = "Le budget de la ville augmentera de 4 % en 2025"
P1 = (
    "Le conseil municipal a voté mardi un budget de 412 millions d'euros. "
    "La maire a défendu «un budget de responsabilité». L'opposition a voté contre."
)
P2 = (
    "Selon l'adjoint aux finances, la dette atteindrait 180 millions d'euros. "
    "Ce chiffre serait en baisse de 12 millions par rapport à 2023."
)
P3 = (
    "Les impôts locaux ne changeront pas, a promis la maire. "
    "Le taux de la taxe foncière reste fixé à 38,5 %. L'opposition a voté contre."
)
OLD = f"{TITLE}\n{P1}\n{P2}\n{P3}"
_SENTENCE = re.compile(r"[^.!?»\n]+(?:[.!?»]+|$)")


def sentence_anchors(text: str) -> list[Anchor]:
    """Every sentence of the text as a claim, anchored as the project stores it."""
    anchors = []
    for line_start, line in _lines(text):
        for match in _SENTENCE.finditer(line):
            start = line_start + match.start() + (len(match.group()) - len(match.group().lstrip()))
            end = line_start + match.end()
            anchors.append(anchor_at(text, start, end))
    return anchors


def anchor_at(text: str, start: int, end: int) -> Anchor:
    return Anchor(
        start, end, text[start:end], text[max(0, start - 32) : start], text[end : end + 32]
    )


def anchor_of(text: str, quote: str, occurrence: int = 0) -> Anchor:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return anchor_at(text, start, start + len(quote))


def _lines(text: str) -> list[tuple[int, str]]:
    found, offset = [], 0
    for line in text.split("\n"):
        found.append((offset, line))
        offset += len(line) + 1
    return found


def place(old: str, new: str, anchors: list[Anchor]) -> list:  # type: ignore[type-arg]
    placements = reanchor(old, new, anchors)
    assert len(placements) == len(anchors)
    return placements


# -- exact and moved ---------------------------------------------------------------------------


def test_an_unchanged_text_keeps_every_claim_where_it_was() -> None:
    anchors = sentence_anchors(OLD)
    for anchor, placement in zip(anchors, place(OLD, OLD, anchors), strict=True):
        assert placement.status == AnchorStatus.EXACT
        assert (placement.start, placement.end) == (anchor.start, anchor.end)


def test_an_edit_after_a_claim_leaves_it_exact() -> None:
    new = OLD.replace("38,5 %", "38,9 %")
    anchor = anchor_of(OLD, "Le conseil municipal a voté mardi un budget de 412 millions d'euros.")
    (placement,) = place(OLD, new, [anchor])
    assert placement.status == AnchorStatus.EXACT
    assert (placement.start, placement.end) == (anchor.start, anchor.end)


def test_a_paragraph_inserted_before_moves_claims_to_their_new_offsets() -> None:
    inserted = "Une phrase ajoutée en tête. Une autre phrase."
    new = f"{TITLE}\n{inserted}\n{P1}\n{P2}\n{P3}"
    anchors = sentence_anchors(OLD)
    for anchor, placement in zip(anchors, place(OLD, new, anchors), strict=True):
        if anchor.start < len(TITLE):
            assert placement.status == AnchorStatus.EXACT
        else:
            assert placement.status == AnchorStatus.MOVED
            assert placement.start == anchor.start + len(inserted) + 1
        assert new[placement.start : placement.end] == anchor.quote


def test_a_sentence_inserted_inside_a_paragraph_moves_the_ones_after_it() -> None:
    sentence = "Le préfet a confirmé l'information jeudi. "
    new = OLD.replace("La maire a défendu", sentence + "La maire a défendu")
    anchors = sentence_anchors(OLD)
    for anchor, placement in zip(anchors, place(OLD, new, anchors), strict=True):
        assert placement.status in (AnchorStatus.EXACT, AnchorStatus.MOVED)
        assert new[placement.start : placement.end] == anchor.quote
        expected = anchor.start + (len(sentence) if anchor.start >= OLD.index("La maire") else 0)
        assert placement.start == expected


def test_moved_paragraphs_take_their_claims_along() -> None:
    new = f"{TITLE}\n{P3}\n{P1}\n{P2}"
    anchors = sentence_anchors(OLD)
    placements = place(OLD, new, anchors)
    for anchor, placement in zip(anchors, placements, strict=True):
        assert placement.status in (AnchorStatus.EXACT, AnchorStatus.MOVED)
        assert new[placement.start : placement.end] == anchor.quote
    # "L'opposition a voté contre." ends P1 and P3: each copy goes with its own paragraph.
    first = anchor_of(OLD, "L'opposition a voté contre.", 0)
    second = anchor_of(OLD, "L'opposition a voté contre.", 1)
    by_anchor = dict(zip(anchors, placements, strict=True))
    assert by_anchor[first].start == new.index(P1) + P1.index("L'opposition")
    assert by_anchor[second].start == new.index(P3) + P3.index("L'opposition")


# -- repeated quotes ---------------------------------------------------------------------------


def test_a_repeated_quote_is_resolved_by_its_context() -> None:
    # The first "L'opposition a voté contre." loses its paragraph; the second must not take its
    # place, and the first must not land on the second's.
    new = "\n".join([TITLE, P1.replace(" L'opposition a voté contre.", ""), P2, P3])
    first = anchor_of(OLD, "L'opposition a voté contre.", 0)
    second = anchor_of(OLD, "L'opposition a voté contre.", 1)
    placed_first, placed_second = place(OLD, new, [first, second])
    assert placed_second.status == AnchorStatus.MOVED
    assert placed_second.start == new.rindex("L'opposition a voté contre.")
    assert placed_first.status == AnchorStatus.ORPHAN


def test_a_copy_inserted_next_to_a_claim_makes_it_ambiguous_not_guessed() -> None:
    quote = "Le taux de la taxe foncière reste fixé à 38,5 %."
    new = OLD.replace(quote, quote + " " + quote)
    (placement,) = place(OLD, new, [anchor_of(OLD, quote)])
    assert placement.status == AnchorStatus.AMBIGUOUS
    spans = {(placement.start, placement.end), *placement.alternatives}
    first = new.index(quote)
    second = new.index(quote, first + 1)
    assert spans == {(first, first + len(quote)), (second, second + len(quote))}


def test_a_short_quote_found_elsewhere_without_context_is_not_silently_moved() -> None:
    old = "Le chômage a baissé en 2022. Rien d'autre.\nUn autre paragraphe."
    new = "Le chômage a baissé cette année. Rien d'autre.\nUn autre paragraphe, en 2022."
    anchor = anchor_of(old, "2022")
    (placement,) = place(old, new, [anchor])
    assert placement.status != AnchorStatus.MOVED
    assert placement.status in (AnchorStatus.AMBIGUOUS, AnchorStatus.ORPHAN)


def test_a_deleted_claim_does_not_land_on_a_surviving_copy_of_its_sentence() -> None:
    # Two copies of a sentence; the first is deleted, the second (not a claim) stays.
    first = anchor_of(OLD, "L'opposition a voté contre.", 0)
    new = "\n".join([TITLE, P1.replace(" L'opposition a voté contre.", ""), P2, P3])
    (placement,) = place(OLD, new, [first])
    assert placement.status == AnchorStatus.ORPHAN
    assert placement.text == first.quote


def test_a_claim_reworded_in_place_while_its_old_wording_appears_elsewhere_is_ambiguous() -> None:
    quote = "Le taux de la taxe foncière reste fixé à 38,5 %."
    new = OLD.replace(quote, "Le taux de la taxe foncière reste fixé à 39 %.").replace(
        P2, P2 + " " + quote
    )
    (placement,) = place(OLD, new, [anchor_of(OLD, quote)])
    assert placement.status == AnchorStatus.AMBIGUOUS
    reworded = new.index("Le taux de la taxe foncière reste fixé à 39 %.")
    assert any(start == reworded for start, _ in (*placement.alternatives, (placement.start, 0)))


def test_two_claims_with_the_same_anchor_travel_together() -> None:
    anchor = anchor_of(OLD, "Ce chiffre serait en baisse de 12 millions par rapport à 2023.")
    new = "Chapeau.\n" + OLD
    first, second = place(OLD, new, [anchor, anchor])
    assert first == second
    assert first.status == AnchorStatus.MOVED


def test_a_claim_inside_another_claim_stays_inside_it() -> None:
    sentence = anchor_of(OLD, "Ce chiffre serait en baisse de 12 millions par rapport à 2023.")
    number = anchor_of(OLD, "12 millions", 1)  # the first is inside "412 millions"
    new = "Chapeau.\n" + OLD
    placed_sentence, placed_number = place(OLD, new, [sentence, number])
    assert placed_sentence.start <= placed_number.start < placed_number.end <= placed_sentence.end
    assert new[placed_number.start : placed_number.end] == "12 millions"


# -- changed and orphan ------------------------------------------------------------------------


def test_a_rewritten_sentence_is_changed_with_its_new_wording() -> None:
    old_wording = "Selon l'adjoint aux finances, la dette atteindrait 180 millions d'euros."
    new_wording = (
        "Selon l'adjoint aux finances, la dette de la ville atteindrait 185 millions d'euros."
    )
    new = OLD.replace(old_wording, new_wording)
    anchors = sentence_anchors(OLD)
    placements = place(OLD, new, anchors)
    by_quote = {a.quote: p for a, p in zip(anchors, placements, strict=True)}
    changed = by_quote[old_wording]
    assert changed.status == AnchorStatus.CHANGED
    assert changed.text == new_wording == new[changed.start : changed.end]
    assert FUZZY_THRESHOLD <= changed.similarity < 100
    others = [p for quote, p in by_quote.items() if quote != old_wording]
    assert all(p.status in (AnchorStatus.EXACT, AnchorStatus.MOVED) for p in others)


def test_words_inserted_at_the_start_of_a_sentence_belong_to_the_changed_claim() -> None:
    old_wording = "Ce chiffre serait en baisse de 12 millions par rapport à 2023."
    new_wording = (
        "D'après plusieurs sources, ce chiffre serait en baisse de 12 millions par rapport à 2023."
    )
    new = OLD.replace(old_wording, new_wording)
    (placement,) = place(OLD, new, [anchor_of(OLD, old_wording)])
    assert placement.status == AnchorStatus.CHANGED
    assert placement.text == new_wording


def test_a_typo_fix_is_changed_not_exact() -> None:
    old = OLD.replace("responsabilité", "responsabilitée")
    quote = "La maire a défendu «un budget de responsabilitée»."
    (placement,) = place(old, OLD, [anchor_of(old, quote)])
    assert placement.status == AnchorStatus.CHANGED
    assert placement.text == "La maire a défendu «un budget de responsabilité»."
    assert placement.similarity > 95


def test_a_rewritten_and_moved_sentence_is_found_in_its_new_paragraph() -> None:
    old_wording = "Le taux de la taxe foncière reste fixé à 38,5 %."
    new_wording = "Le taux de la taxe foncière reste fixé à 38,5 % cette année."
    new = "\n".join([TITLE, P1 + " " + new_wording, P2, P3.replace(" " + old_wording, "")])
    (placement,) = place(OLD, new, [anchor_of(OLD, old_wording)])
    assert placement.status == AnchorStatus.CHANGED
    assert placement.text == new_wording


def test_a_deleted_sentence_becomes_an_orphan_with_its_old_wording() -> None:
    quote = "Ce chiffre serait en baisse de 12 millions par rapport à 2023."
    new = OLD.replace(" " + quote, "")
    (placement,) = place(OLD, new, [anchor_of(OLD, quote)])
    assert placement.status == AnchorStatus.ORPHAN
    assert placement.text == quote
    assert placement.start == placement.end  # an orphan has a place to show, not a span


def test_a_sentence_rewritten_beyond_the_threshold_is_an_orphan_not_a_guess() -> None:
    quote = "Ce chiffre serait en baisse de 12 millions par rapport à 2023."
    replacement = "Les syndicats appellent à une grève générale jeudi."
    assert fuzz.ratio(quote, replacement) < FUZZY_THRESHOLD
    new = OLD.replace(quote, replacement)
    (placement,) = place(OLD, new, [anchor_of(OLD, quote)])
    assert placement.status == AnchorStatus.ORPHAN


def test_an_empty_new_text_orphans_everything() -> None:
    anchors = sentence_anchors(OLD)
    assert {p.status for p in place(OLD, "", anchors)} == {AnchorStatus.ORPHAN}


# -- whatever the edit -------------------------------------------------------------------------

_words = st.sampled_from(
    ["Le", "la", "dette", "atteint", "180", "millions", "d'euros", "selon", "l'adjoint", "2023"]
)
_sentences = st.lists(_words, min_size=3, max_size=9).map(lambda words: " ".join(words) + ".")
_paragraphs = st.lists(_sentences, min_size=1, max_size=4).map(" ".join)
_texts = st.lists(_paragraphs, min_size=1, max_size=4).map("\n".join)


@settings(max_examples=150, deadline=None)
@given(old=_texts, new=_texts)
def test_placements_never_attach_a_claim_to_other_text_silently(old: str, new: str) -> None:
    anchors = sentence_anchors(old)
    placements = reanchor(old, new, anchors)
    assert len(placements) == len(anchors)
    spans = []
    for anchor, placement in zip(anchors, placements, strict=True):
        if placement.similarity == 100 and placement.status != AnchorStatus.ORPHAN:
            assert new[placement.start : placement.end] == anchor.quote
        if placement.status in (AnchorStatus.CHANGED, AnchorStatus.AMBIGUOUS):
            assert placement.text == new[placement.start : placement.end]
            assert fuzz.ratio(anchor.quote, placement.text) >= FUZZY_THRESHOLD
        if placement.status == AnchorStatus.ORPHAN:
            assert placement.text == anchor.quote
        else:
            assert "\n" not in placement.text
            spans.append((placement.start, placement.end))
    # Sentences never overlapped, so their new places never do.
    spans.sort()
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))


# -- the word diff -----------------------------------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(old=_texts, new=_texts)
def test_word_opcodes_cover_both_texts_and_rebuild_the_new_one(old: str, new: str) -> None:
    ops = diff_words(old, new)
    rebuilt = "".join(
        old[op.old_start : op.old_end] if op.tag == "equal" else new[op.new_start : op.new_end]
        for op in ops
    )
    assert rebuilt == new
    assert ops[0].old_start == 0 and ops[-1].old_end == len(old) if ops else old == new == ""
    for op in ops:
        if op.tag == "equal":
            assert old[op.old_start : op.old_end] == new[op.new_start : op.new_end]


def test_the_diff_works_on_words_and_maps_unchanged_offsets() -> None:
    old = "La dette atteint 180 millions d'euros."
    new = "Selon la mairie, la dette atteint 185 millions d'euros."
    ops = diff_words(old, new)
    changed = [
        (old[o.old_start : o.old_end], new[o.new_start : o.new_end])
        for o in ops
        if o.tag != "equal"
    ]
    assert ("180 ", "185 ") in changed
    positions = PositionMap(ops)
    start = old.index("millions")
    assert positions.unchanged_span(start, start + 8) == (
        new.index("millions"),
        new.index("millions") + 8,
    )
    assert positions.unchanged_span(old.index("180"), old.index("180") + 3) is None
