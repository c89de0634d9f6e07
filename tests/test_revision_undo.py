"""The checker's answers after a revision, undone exactly: placing, confirming, span and verdict."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers.revisions import TEXT, add_article, claim_with, revise

from workbench.core.model import ArticleDraft, Verdict
from workbench.core.project import Project, RefusedEdit
from workbench.core.revisions import (
    AnchorStatus,
    RevisionError,
    anchor_states,
    confirm_anchor,
    orphans,
    place_claim,
    read_revision,
    restore_anchor,
)

DIRECTOR = (
    "Le directeur, Marc Lefèvre, explique que les intérimaires coûtent 2 000 euros par garde."
)
REPLACEMENT = "Chaque nuit de garde revient à 2 000 euros, selon nos sources."
DOCTORS = "Il manque sept médecins urgentistes sur quinze postes."
PETITION = "Une pétition a recueilli plus de 8 000 signatures en une semaine."


def stored(project: Project, claim_id: int) -> dict[str, Any]:
    """Every stored column of a claim but the time of its last change."""
    cursor = project._db.execute("SELECT * FROM claims WHERE id = ?", [claim_id])
    names = [column[0] for column in cursor.description]
    row = dict(zip(names, cursor.fetchone(), strict=True))
    del row["updated_at"]
    return row


def numbers(project: Project, article_id: int) -> dict[int, int]:
    return {claim.id: claim.number for claim in project.claims(article_id)}


def orphaned(project: Project) -> tuple[int, int, str]:
    """An article whose director sentence was rewritten beyond recognition: (article, claim, text)."""
    article_id = add_article(project)
    claim_id = claim_with(project, article_id, "Le directeur")
    project.set_verdict(claim_id, Verdict.UNVERIFIED)
    new_text = TEXT.replace(DIRECTOR, REPLACEMENT)
    revise(project, article_id, new_text)
    assert anchor_states(project, article_id)[claim_id].status == AnchorStatus.ORPHAN
    return article_id, claim_id, new_text


def doubled(project: Project) -> tuple[int, int, str]:
    """An article whose petition sentence now appears twice: (article, claim, text)."""
    article_id = add_article(project)
    claim_id = claim_with(project, article_id, "Une pétition")
    project.set_verdict(claim_id, Verdict.CONFIRMED)
    new_text = TEXT.replace(PETITION, f"{PETITION} {PETITION}")
    revise(project, article_id, new_text)
    state = anchor_states(project, article_id)[claim_id]
    assert state.status == AnchorStatus.AMBIGUOUS and len(state.alternatives) == 1
    return article_id, claim_id, new_text


def reworded(project: Project) -> tuple[int, int, str]:
    article_id = add_article(project)
    claim_id = claim_with(project, article_id, "Il manque sept")
    project.set_verdict(claim_id, Verdict.DENIED)
    new_text = TEXT.replace("sept médecins", "huit médecins")
    revise(project, article_id, new_text)
    assert anchor_states(project, article_id)[claim_id].status == AnchorStatus.CHANGED
    return article_id, claim_id, new_text


# -- placing and confirming, undone ----------------------------------------------------------------


def test_placing_an_orphan_is_undone_exactly_and_redone(project: Project) -> None:
    article_id, claim_id, new_text = orphaned(project)
    before, order = stored(project, claim_id), numbers(project, article_id)
    start = new_text.index(REPLACEMENT)
    change = place_claim(project, claim_id, start, start + len(REPLACEMENT), who="claire")
    assert (change.field, change.old, change.new) == ("anchor_status", "orphan", "changed")
    assert change.claim.text == REPLACEMENT and change.before is not None
    assert change.before.start == change.before.end  # it had no place
    # its atom found again by its words
    assert [(new_text[a.start : a.end], a.text) for a in change.claim.atoms] == [("2 000",) * 2]
    placed = stored(project, claim_id)
    assert orphans(project, article_id) == []
    # placed in the text, listed there, and no claim's number changed
    assert numbers(project, article_id) == order

    undone = restore_anchor(project, claim_id, change.place, who="claire")
    assert stored(project, claim_id) == before
    assert numbers(project, article_id) == order
    assert [claim.id for claim in orphans(project, article_id)] == [claim_id]
    assert project.claim(claim_id).verdict == Verdict.UNVERIFIED
    last = project.history(claim_id)[-2:]
    assert [(e.field, e.old, e.new, e.who) for e in last] == [
        ("span", REPLACEMENT, DIRECTOR, "claire"),
        ("anchor_status", "changed", "orphan", "claire"),
    ]

    assert undone.place is not None
    restore_anchor(project, claim_id, undone.place, who="claire")
    assert stored(project, claim_id) == placed


def test_confirming_a_reworded_claim_is_undone_with_its_old_wording(project: Project) -> None:
    article_id, claim_id, _ = reworded(project)
    before = stored(project, claim_id)
    change = confirm_anchor(project, claim_id, who="claire")
    assert (change.old, change.new) == ("changed", "exact")
    assert anchor_states(project, article_id)[claim_id].text_at_verdict is None
    restore_anchor(project, claim_id, change.place, who="claire")
    assert stored(project, claim_id) == before
    state = anchor_states(project, article_id)[claim_id]
    assert state.status == AnchorStatus.CHANGED and state.text_at_verdict == DOCTORS
    assert project.history(claim_id)[-1].field == "anchor_status"


def test_confirming_or_moving_an_ambiguous_claim_is_undone_with_its_places(
    project: Project,
) -> None:
    article_id, claim_id, _ = doubled(project)
    before = stored(project, claim_id)
    alternatives = anchor_states(project, article_id)[claim_id].alternatives
    confirmed = confirm_anchor(project, claim_id)
    assert anchor_states(project, article_id)[claim_id].alternatives == ()
    restore_anchor(project, claim_id, confirmed.place)
    assert stored(project, claim_id) == before

    (other,) = alternatives
    moved = place_claim(project, claim_id, *other)
    assert (moved.claim.start, moved.claim.end) == other
    assert moved.new == "exact"  # the same wording: nothing left to confirm
    restore_anchor(project, claim_id, moved.place)
    assert stored(project, claim_id) == before
    assert anchor_states(project, article_id)[claim_id].alternatives == alternatives


def test_confirming_an_orphan_is_refused(project: Project) -> None:
    _, claim_id, _ = orphaned(project)
    before = stored(project, claim_id)
    with pytest.raises(RefusedEdit, match="place it first"):
        confirm_anchor(project, claim_id)
    assert stored(project, claim_id) == before


def test_an_undo_across_a_new_revision_is_refused_and_changes_nothing(project: Project) -> None:
    article_id, claim_id, new_text = reworded(project)
    change = confirm_anchor(project, claim_id)
    revise(project, article_id, new_text.replace("huit médecins", "neuf médecins"))
    after = stored(project, claim_id)
    assert change.place is not None
    with pytest.raises(RefusedEdit, match="text changed"):
        restore_anchor(project, claim_id, change.place)
    assert stored(project, claim_id) == after


# -- a span changed by hand places the claim ----------------------------------------------------


def test_a_span_given_to_an_orphan_places_it_and_is_undone(project: Project) -> None:
    article_id, claim_id, new_text = orphaned(project)
    before, order = stored(project, claim_id), numbers(project, article_id)
    start = new_text.index(REPLACEMENT)
    change = project.set_claim_span(claim_id, start, start + len(REPLACEMENT), who="claire")
    state = anchor_states(project, article_id)[claim_id]
    # the verdict was given on other words: placed, but flagged until the checker confirms
    assert state.status == AnchorStatus.CHANGED and state.text_at_verdict == DIRECTOR
    assert orphans(project, article_id) == []
    # its atom, left without offsets by the revision, found again by its words
    assert [(new_text[a.start : a.end], a.text) for a in change.claim.atoms] == [("2 000",) * 2]
    assert [e.field for e in project.history(claim_id)[-2:]] == ["span", "anchor_status"]
    claims = project.claims(article_id)
    assert [claim.start for claim in claims] == sorted(claim.start for claim in claims)

    assert change.place is not None
    project.restore_place(claim_id, change.place, who="claire")
    assert stored(project, claim_id) == before
    assert numbers(project, article_id) == order


def test_a_span_on_the_other_copy_settles_an_ambiguous_claim(project: Project) -> None:
    article_id, claim_id, new_text = doubled(project)
    before = stored(project, claim_id)
    (other,) = anchor_states(project, article_id)[claim_id].alternatives
    change = project.set_claim_span(claim_id, *other)
    state = anchor_states(project, article_id)[claim_id]
    assert state.status == AnchorStatus.EXACT and state.alternatives == ()
    # its atom followed it to the other copy
    (atom,) = change.claim.atoms
    assert new_text[atom.start : atom.end] == "8 000" and other[0] <= atom.start < other[1]
    project.restore_place(claim_id, change.place)
    assert stored(project, claim_id) == before


def test_a_span_change_leaves_a_reworded_claim_flagged(project: Project) -> None:
    article_id, claim_id, _ = reworded(project)
    claim = project.claim(claim_id)
    project.set_claim_span(claim_id, claim.start, claim.end - 1)
    state = anchor_states(project, article_id)[claim_id]
    assert state.status == AnchorStatus.CHANGED and state.text_at_verdict == DOCTORS


def test_claims_added_by_hand_keep_orphans_last(project: Project) -> None:
    article_id, claim_id, _ = orphaned(project)
    numbers = {claim.id: claim.number for claim in project.claims(article_id)}
    project.add_claim(article_id, 0, 10)
    claims = project.claims(article_id)
    assert claims[-1].id == claim_id
    # Numbers never change once shown; the new claim takes the next one, not the orphan's.
    new = [claim for claim in claims if claim.id not in numbers]
    assert len(new) == 1 and new[0].number == max(numbers.values()) + 1
    assert {c.id: c.number for c in claims if c.id in numbers} == numbers


# -- a verdict on new wording ------------------------------------------------------------------


def test_a_verdict_on_a_reworded_claim_clears_the_flag_and_its_undo_brings_it_back(
    project: Project,
) -> None:
    article_id, claim_id, _ = reworded(project)
    before = stored(project, claim_id)
    change = project.set_verdict(claim_id, Verdict.CONFIRMED, who="claire")
    state = anchor_states(project, article_id)[claim_id]
    assert state.status == AnchorStatus.EXACT and state.text_at_verdict is None
    assert [(e.field, e.old, e.new) for e in project.history(claim_id)[-2:]] == [
        ("verdict", "denied", "confirmed"),
        ("anchor_status", "changed", "exact"),
    ]
    assert change.old == "denied" and change.place is not None
    project.set_verdict(claim_id, Verdict(change.old), who="claire", place=change.place)
    assert stored(project, claim_id) == before
    # redone: cleared again
    project.set_verdict(claim_id, Verdict.CONFIRMED)
    assert anchor_states(project, article_id)[claim_id].status == AnchorStatus.EXACT


def test_the_same_verdict_again_on_new_wording_clears_the_flag_too(project: Project) -> None:
    article_id, claim_id, _ = reworded(project)
    change = project.set_verdict(claim_id, Verdict.DENIED)
    assert change.old == change.new == "denied" and change.place is not None
    assert anchor_states(project, article_id)[claim_id].status == AnchorStatus.EXACT
    again = project.set_verdict(claim_id, Verdict.DENIED)
    assert again.place is None  # nothing left to clear


def test_a_verdict_leaves_lost_and_unsure_claims_flagged(project: Project) -> None:
    article_id, orphan_id, _ = orphaned(project)
    assert project.set_verdict(orphan_id, Verdict.DENIED).place is None
    assert anchor_states(project, article_id)[orphan_id].status == AnchorStatus.ORPHAN


def test_a_verdict_leaves_an_ambiguous_claim_flagged(project: Project) -> None:
    article_id, claim_id, _ = doubled(project)
    assert project.set_verdict(claim_id, Verdict.DENIED).place is None
    assert anchor_states(project, article_id)[claim_id].status == AnchorStatus.AMBIGUOUS


# -- choosing one article of a corpus file ---------------------------------------------------------


CORPUS = (
    "37/1366\nDate : 01-10-2024 10:00:00\nUn ;\nTexte un.\n|\n"
    "38/1366\nDate : 02-10-2024 10:00:00\nDeux ;\nTexte deux.\n|\n"
)


def test_a_revision_is_chosen_by_its_number_in_the_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(CORPUS, encoding="utf-8")
    assert read_revision(corpus, 38).title == "Deux"
    assert read_revision(corpus, 37).title == "Un"
    with pytest.raises(RevisionError, match=r"corpus\.txt: holds 2 articles"):
        read_revision(corpus)
    with pytest.raises(RevisionError, match=r"corpus\.txt: no article 2 .*37, 38"):
        read_revision(corpus, 2)


def test_a_revision_is_chosen_by_its_position_in_a_file_without_numbers(tmp_path: Path) -> None:
    single = tmp_path / "v2.txt"
    single.write_text(TEXT, encoding="utf-8")
    assert read_revision(single, 1).text == TEXT
    with pytest.raises(RevisionError, match=r"v2\.txt: no article 2"):
        read_revision(single, 2)


def test_the_draft_chosen_is_a_draft_to_revise_with(project: Project, tmp_path: Path) -> None:
    article_id = add_article(project)
    corpus = tmp_path / "corpus.txt"
    body = TEXT.split("\n", 1)[1].replace("sept", "huit")
    corpus.write_text(
        CORPUS + f"39/1366\nDate : 03-10-2024 10:00:00\nUrgences ;\n{body}\n|\n", encoding="utf-8"
    )
    draft = read_revision(corpus, 39)
    assert isinstance(draft, ArticleDraft) and "huit médecins" in draft.text
    assert draft.metadata["index"] == 39
    revise(project, article_id, draft.text)
    assert project.article(article_id).revision == 2
