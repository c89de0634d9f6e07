"""Recording a revision in a project: verdicts kept, changes flagged, orphans listed, new claims."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers.revisions import (
    P3,
    TEXT,
    TITLE,
    add_article,
    claim_with,
    fake_analysis,
    revise,
)

from workbench.core.model import ArticleDraft, Verdict
from workbench.core.project import Project, WriteFailed
from workbench.core.revisions import (
    AnchorStatus,
    RevisionError,
    anchor_states,
    apply_revision,
    compare_revisions,
    confirm_anchor,
    orphans,
    place_claim,
    plan_revision,
    read_revision,
    revision_text,
    revisions,
    suggest_matches,
)


def test_verdicts_survive_an_insertion_before_their_claims(project: Project) -> None:
    article_id = add_article(project)
    confirmed = claim_with(project, article_id, "Il manque sept")
    project.set_verdict(confirmed, Verdict.CONFIRMED)
    project.set_rationale(confirmed, "Vérifié auprès de l'ARS.")
    new_text = TEXT.replace(TITLE + "\n", TITLE + "\nUn chapeau ajouté par la rédaction.\n")
    result = revise(project, article_id, new_text)
    claim = project.claim(confirmed)
    assert claim.verdict == Verdict.CONFIRMED
    assert claim.rationale == "Vérifié auprès de l'ARS."
    assert new_text[claim.start : claim.end] == claim.text
    assert confirmed in result.kept
    assert anchor_states(project, article_id)[confirmed].status == AnchorStatus.MOVED
    # Atoms moved with the claim.
    assert [new_text[a.start : a.end] for a in claim.atoms] == [a.text for a in claim.atoms]


def test_a_changed_claim_keeps_its_verdict_and_shows_both_wordings(project: Project) -> None:
    article_id = add_article(project)
    claim_id = claim_with(project, article_id, "Le directeur")
    project.set_verdict(claim_id, Verdict.DENIED)
    old_wording = (
        "Le directeur, Marc Lefèvre, explique que les intérimaires coûtent 2 000 euros par garde."
    )
    new_wording = (
        "Le directeur, Marc Lefèvre, explique que les intérimaires coûtent 2 500 euros par garde."
    )
    result = revise(project, article_id, TEXT.replace(old_wording, new_wording))
    claim = project.claim(claim_id)
    state = anchor_states(project, article_id)[claim_id]
    assert claim_id in result.changed
    assert claim.verdict == Verdict.DENIED
    assert claim.text == new_wording
    assert state.status == AnchorStatus.CHANGED
    assert state.text_at_verdict == old_wording
    assert state.needs_review
    entries = [(e.field, e.old, e.new) for e in project.history(claim_id)]
    assert ("text", old_wording, new_wording) in entries
    # The old number is gone from the claim; the detector's new one is its atom now.
    new_text = project.article(article_id).text
    assert [atom.text for atom in claim.atoms] == ["2 500"]
    assert [new_text[atom.start : atom.end] for atom in claim.atoms] == ["2 500"]


def test_a_change_stays_flagged_until_the_checker_confirms_it(project: Project) -> None:
    article_id = add_article(project)
    claim_id = claim_with(project, article_id, "Il manque sept")
    old_wording = "Il manque sept médecins urgentistes sur quinze postes."
    second = TEXT.replace(old_wording, "Il manque huit médecins urgentistes sur quinze postes.")
    revise(project, article_id, second)
    third = second.replace(P3, P3 + " Le maire annonce un recours.")
    revise(project, article_id, third)
    state = anchor_states(project, article_id)[claim_id]
    assert state.status == AnchorStatus.CHANGED
    assert state.text_at_verdict == old_wording  # the wording of the verdict, not of revision 2
    confirm_anchor(project, claim_id, who="claire")
    confirmed = anchor_states(project, article_id)[claim_id]
    assert confirmed.status == AnchorStatus.EXACT
    assert confirmed.text_at_verdict is None
    assert project.history(claim_id)[-1].field == "anchor_status"


def test_a_deleted_claim_is_an_orphan_listed_with_its_verdict(project: Project) -> None:
    article_id = add_article(project)
    claim_id = claim_with(project, article_id, "Le ministère aurait")
    project.set_verdict(claim_id, Verdict.UNVERIFIED)
    new_text = TEXT.replace(" Le ministère aurait refusé une dérogation demandée en septembre.", "")
    number = next(c.number for c in project.claims(article_id) if c.id == claim_id)
    result = revise(project, article_id, new_text)
    assert result.orphans == (claim_id,)
    listed = orphans(project, article_id)
    assert [claim.id for claim in listed] == [claim_id]
    orphan = listed[0]
    assert orphan.verdict == Verdict.UNVERIFIED
    assert orphan.text == "Le ministère aurait refusé une dérogation demandée en septembre."
    assert orphan.start == orphan.end  # no span in the new text
    assert orphan.number == number  # the number it was shown with, for good
    assert project.claims(article_id)[-1].id == claim_id  # listed last
    assert all(atom.start == atom.end for atom in orphan.atoms)


def test_an_orphan_is_found_again_when_its_sentence_comes_back(project: Project) -> None:
    article_id = add_article(project)
    claim_id = claim_with(project, article_id, "Le ministère aurait")
    without = TEXT.replace(" Le ministère aurait refusé une dérogation demandée en septembre.", "")
    revise(project, article_id, without)
    revise(project, article_id, TEXT + "\nUn dernier paragraphe.")
    claim = project.claim(claim_id)
    assert anchor_states(project, article_id)[claim_id].status in (
        AnchorStatus.EXACT,
        AnchorStatus.MOVED,
    )
    assert TEXT[claim.start : claim.end] == claim.text


def test_the_checker_can_place_an_orphan_by_hand(project: Project) -> None:
    article_id = add_article(project)
    claim_id = claim_with(project, article_id, "Le ministère aurait")
    new_text = TEXT.replace(
        "Le ministère aurait refusé une dérogation demandée en septembre.",
        "Selon nos sources, aucune dérogation n'a été demandée.",
    )
    revise(project, article_id, new_text)
    assert anchor_states(project, article_id)[claim_id].status == AnchorStatus.ORPHAN
    start = new_text.index("Selon nos sources")
    end = new_text.index("demandée.", start) + len("demandée.")
    place_claim(project, claim_id, start, end, who="claire")
    state = anchor_states(project, article_id)[claim_id]
    claim = project.claim(claim_id)
    assert state.status == AnchorStatus.CHANGED
    assert (
        state.text_at_verdict == "Le ministère aurait refusé une dérogation demandée en septembre."
    )
    assert claim.text == new_text[start:end]
    assert orphans(project, article_id) == []
    with pytest.raises(ValueError, match="not a span"):
        place_claim(project, claim_id, 0, len(new_text))  # crosses paragraphs


def test_new_sentences_become_new_claims_and_others_do_not_duplicate(project: Project) -> None:
    article_id = add_article(project)
    before = {claim.id for claim in project.claims(article_id)}
    added = "Le maire annonce un recours devant le tribunal administratif."
    new_text = TEXT.replace(P3, P3 + " " + added).replace("sept médecins", "huit médecins")
    result = revise(project, article_id, new_text)
    claims = project.claims(article_id)
    assert len(result.new_claims) == 1
    new_claim = project.claim(result.new_claims[0])
    assert new_claim.text == added
    assert new_claim.verdict == Verdict.UNCHECKED
    assert anchor_states(project, article_id)[new_claim.id].since_revision == 2
    assert {claim.id for claim in claims} == before | {new_claim.id}
    # Numbers follow reading order.
    assert [claim.number for claim in claims] == list(range(1, len(claims) + 1))
    assert [claim.start for claim in claims] == sorted(claim.start for claim in claims)


def test_a_dismissed_claim_is_carried_and_not_detected_again(project: Project) -> None:
    article_id = add_article(project)
    claim_id = claim_with(project, article_id, "Une pétition")
    project._db.execute("UPDATE claims SET is_dismissed = 1 WHERE id = ?", [claim_id])
    result = revise(project, article_id, "Chapeau.\n" + TEXT)
    assert result.new_claims == (project.claims(article_id)[0].id,)  # only "Chapeau."
    assert project.claim(claim_id).is_dismissed


def test_every_revision_is_kept_and_compared(project: Project) -> None:
    article_id = add_article(project)
    second = TEXT.replace("sept médecins", "huit médecins")
    revise(project, article_id, second, title=TITLE + " (mise à jour)")
    kept = revisions(project, article_id)
    assert [record.revision for record in kept] == [1, 2]
    assert revision_text(project, article_id, 1) == TEXT
    assert revision_text(project, article_id, 2) == second
    assert kept[1].source_path == "draft-v2.txt"
    article = project.article(article_id)
    assert article.revision == 2
    assert article.text == second
    assert article.title == TITLE + " (mise à jour)"
    ops = compare_revisions(project, article_id)
    changed = [
        (TEXT[o.old_start : o.old_end], second[o.new_start : o.new_end])
        for o in ops
        if o.tag != "equal"
    ]
    assert changed == [("sept ", "huit ")]
    assert ("revision", "1", "2") in [(e.field, e.old, e.new) for e in project.history()]
    with pytest.raises(KeyError):
        revision_text(project, article_id, 3)


def test_an_article_never_revised_has_its_text_as_revision_one(project: Project) -> None:
    article_id = add_article(project)
    project._db.execute("DELETE FROM revisions")  # as for an article imported by older code
    (only,) = revisions(project, article_id)
    assert (only.revision, only.text) == (1, TEXT)
    revise(project, article_id, TEXT + "\nSuite.")
    assert [r.text for r in revisions(project, article_id)] == [TEXT, TEXT + "\nSuite."]


def test_an_import_stores_its_text_as_revision_one(project: Project) -> None:
    article_id = add_article(project)
    rows = project._db.execute(
        "SELECT revision, text FROM revisions WHERE article_id = ?", [article_id]
    ).fetchall()
    assert rows == [(1, TEXT)]


def test_the_same_text_again_is_refused_and_changes_nothing(project: Project) -> None:
    article_id = add_article(project)
    with pytest.raises(RevisionError, match=r"draft-v2\.txt: this text is the same as revision 1"):
        revise(project, article_id, TEXT)
    assert project.article(article_id).revision == 1


def test_an_empty_draft_is_refused(project: Project) -> None:
    article_id = add_article(project)
    with pytest.raises(RevisionError, match="empty"):
        revise(project, article_id, "  \n ")


def test_an_analysis_of_another_text_is_refused(project: Project) -> None:
    article_id = add_article(project)
    draft = ArticleDraft(TITLE, TEXT + " Fin.", source_path="v2.txt")
    with pytest.raises(RevisionError, match=r"v2\.txt: the analysis does not belong"):
        plan_revision(project, article_id, draft, fake_analysis("Un autre texte, bien plus long."))


def test_a_plan_made_before_another_revision_is_refused(project: Project) -> None:
    article_id = add_article(project)
    draft = ArticleDraft(TITLE, TEXT + "\nA.", source_path="a.txt")
    stale = plan_revision(project, article_id, draft, fake_analysis(draft.text))
    revise(project, article_id, TEXT + "\nB.")
    with pytest.raises(RevisionError, match="changed since this revision was prepared"):
        apply_revision(project, stale)
    assert project.article(article_id).text == TEXT + "\nB."


def test_the_plan_previews_without_writing(project: Project) -> None:
    article_id = add_article(project)
    new_text = TEXT.replace(P3, "Un paragraphe entièrement nouveau sur un autre sujet.")
    plan = plan_revision(
        project, article_id, ArticleDraft(TITLE, new_text), fake_analysis(new_text)
    )
    assert plan.summary()["orphan"] == 1
    assert plan.summary()["new"] == 1
    assert plan.summary()["exact"] + plan.summary()["moved"] == len(plan.placements) - 1
    assert project.article(article_id).revision == 1
    assert revisions(project, article_id)[-1].revision == 1


def test_a_read_only_project_refuses_a_revision(tmp_path: Path) -> None:
    path = tmp_path / "ro.wbproj"
    with Project.create(path) as project:
        article_id = add_article(project)
    with (
        Project.open(path, read_only=True) as project,
        pytest.raises(WriteFailed, match="read-only"),
    ):
        revise(project, article_id, TEXT + "\nSuite.")


def test_the_migration_adds_revisions_to_an_existing_project(tmp_path: Path) -> None:
    path = tmp_path / "old.wbproj"
    with Project.create(path) as project:
        article_id = add_article(project)
    # Undo the revisions migration as if the file came from before it.
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE revisions")
    for column in ("anchor_status", "anchor_alternatives", "text_at_verdict", "since_revision"):
        conn.execute(f"ALTER TABLE claims DROP COLUMN {column}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm010_revisions'")
    conn.commit()
    conn.close()
    with Project.open(path) as project:
        assert [r.text for r in revisions(project, article_id)] == [TEXT]
        revise(project, article_id, TEXT + "\nSuite.")
        assert project.article(article_id).revision == 2


# -- choosing the article a draft revises --------------------------------------------------------


def test_suggest_matches_ranks_the_revised_article_first(project: Project) -> None:
    other = (
        "Le budget de la ville augmentera de 4 % en 2025\n"
        "Le conseil municipal a voté mardi soir un budget de 412 millions d'euros."
    )
    other_id = add_article(project, other, "Le budget de la ville augmentera de 4 % en 2025")
    article_id = add_article(project)
    draft = ArticleDraft(TITLE + " dès novembre", TEXT.replace("sept", "huit") + "\nSuite.")
    matches = suggest_matches(project, draft)
    assert matches[0][0] == article_id
    assert matches[0][1] > 0.9
    assert all(found != other_id for found, _ in matches)


def test_suggest_matches_proposes_nothing_for_an_unrelated_draft(project: Project) -> None:
    add_article(project)
    draft = ArticleDraft(
        "Floods cost the region 300 million pounds",
        "Floods cost the region 300 million pounds\nInsurers estimate the damage at 300 million.",
    )
    assert suggest_matches(project, draft) == []


def test_a_revision_is_read_from_a_file_of_one_article(tmp_path: Path) -> None:
    single = tmp_path / "v2.txt"
    single.write_text(TEXT, encoding="utf-8")
    assert read_revision(single).text.endswith(P3)
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(
        "1/2\nDate : 01-10-2024 10:00:00\nUn ;\nTexte un.\n|\n"
        "2/2\nDate : 02-10-2024 10:00:00\nDeux ;\nTexte deux.\n|\n",
        encoding="utf-8",
    )
    with pytest.raises(RevisionError, match=r"corpus\.txt: holds 2 articles"):
        read_revision(corpus)


def test_a_hand_made_claim_inside_a_sentence_moves_with_it(project: Project) -> None:
    article_id = add_article(project)
    sentence_id = claim_with(project, article_id, "Le directeur")
    sentence = project.claim(sentence_id)
    start = TEXT.index("2 000 euros")
    project._db.table("claims").insert(
        {
            "article_id": article_id,
            "number": 99,
            "start": start,
            "end": start + len("2 000 euros"),
            "text": "2 000 euros",
            "prefix": TEXT[start - 32 : start],
            "suffix": TEXT[start + 11 : start + 43],
            "score": 1.0,
            "checkworthy": 1,
            "origin": "manual",
            "verdict": "confirmed",
        }
    )
    manual_id = claim_with(project, article_id, "2 000 euros")
    new_text = "Chapeau ajouté.\n" + TEXT
    result = revise(project, article_id, new_text)
    manual = project.claim(manual_id)
    moved_sentence = project.claim(sentence_id)
    assert {manual_id, sentence_id} <= set(result.kept)
    assert new_text[manual.start : manual.end] == "2 000 euros"
    assert moved_sentence.start <= manual.start < manual.end <= moved_sentence.end
    assert moved_sentence.start == sentence.start + len("Chapeau ajouté.\n")
    assert manual.verdict == Verdict.CONFIRMED
    assert manual.origin == "manual"
