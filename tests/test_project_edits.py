"""Claim and source edits: one transaction each, a history entry each, an exact inverse each."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from tests.benchmarks.bench_project_data import synthetic_article
from workbench.core.model import Verdict
from workbench.core.project import Project, RefusedEdit, RefusedURL, WriteFailed


@pytest.fixture
def project(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "edits.wbproj")
    rng = random.Random(3)
    project.add_articles([synthetic_article(rng, 1, 4), synthetic_article(rng, 2, 3)], who="import")
    yield project
    project.close()


def first_article(project: Project) -> int:
    return project.articles()[0].id


def test_verdict_change_returns_the_old_value_and_is_logged(project: Project) -> None:
    claim = project.claims(first_article(project))[0]
    change = project.set_verdict(claim.id, Verdict.DENIED, who="Ana")
    assert (change.old, change.new, change.claim.verdict) == ("unchecked", "denied", Verdict.DENIED)
    assert change.before is not None and change.before.verdict is Verdict.UNCHECKED
    undo = project.set_verdict(claim.id, Verdict(change.old), who="Ana")
    assert project.claim(claim.id).verdict is Verdict.UNCHECKED and undo.old == "denied"
    logged = [(entry.field, entry.old, entry.new, entry.who) for entry in project.history(claim.id)]
    assert logged == [
        ("verdict", "unchecked", "denied", "Ana"),
        ("verdict", "denied", "unchecked", "Ana"),
    ]


def test_setting_the_same_value_writes_no_history(project: Project) -> None:
    claim = project.claims()[0]
    project.set_rationale(claim.id, "vu dans le rapport", who="Ana")
    project.set_rationale(claim.id, "vu dans le rapport", who="Ana")
    assert len(project.history(claim.id)) == 1


def test_a_manual_claim_takes_the_next_number_and_no_other_claim_changes(project: Project) -> None:
    article = project.article(first_article(project))
    claims = project.claims(article.id)
    # A passage between the first and the second detected claims, with spaces around it.
    gap_start, gap_end = claims[0].end, claims[1].start
    change = project.add_claim(article.id, gap_start, gap_end, who="Ana")
    added = change.claim
    assert added.origin == "manual" and added.number == len(claims) + 1
    assert added.text == article.text[gap_start:gap_end].strip()
    assert article.text[added.start : added.end] == added.text
    # listed in the order of the text, each claim with the number it had
    listed = project.claims(article.id)
    assert [claim.id for claim in listed] == [claims[0].id, added.id] + [c.id for c in claims[1:]]
    assert {claim.id: claim.number for claim in listed if claim.id != added.id} == {
        claim.id: claim.number for claim in claims
    }

    removal = project.remove_claim(added.id, who="Ana")
    assert removal.removed and removal.snapshot is not None
    assert project.claims(article.id) == claims
    history = [(entry.field, entry.old, entry.new) for entry in project.history(added.id)]
    assert history == [("claim", None, added.text), ("claim", added.text, None)]


def test_removed_claim_with_verdict_and_sources_is_restored_exactly(project: Project) -> None:
    article_id = first_article(project)
    first = project.claims(article_id)[0]
    added = project.add_claim(article_id, first.start, first.start + 10, who="Ana").claim
    project.set_verdict(added.id, Verdict.CONFIRMED, who="Ana")
    project.set_rationale(added.id, "chiffre de l'Insee", who="Ana")
    source = project.add_source(
        added.id,
        "https://www.insee.fr/fr/statistiques",
        "Insee",
        "le taux",
        "2024-03-01",
        who="Ana",
    ).source
    before = project.claim(added.id)
    everything_before = project.claims(article_id)

    removal = project.remove_claim(added.id, who="Bo")
    assert project.sources(added.id) == []
    restored = project.restore_claim(removal.snapshot, who="Bo")

    assert restored.claim == before
    assert project.claims(article_id) == everything_before
    assert project.sources(added.id) == [source]
    assert [entry.field for entry in project.history(added.id)][-4:] == [
        "source",
        "claim",
        "claim",
        "source",
    ]


def test_detected_claims_are_dismissed_not_deleted(project: Project) -> None:
    claim = project.claims()[0]
    with pytest.raises(RefusedEdit, match="dismiss it instead"):
        project.remove_claim(claim.id)
    counted = project.article(claim.article_id).claim_count
    change = project.dismiss_claim(claim.id, who="Ana")
    assert change.claim.is_dismissed and change.claim.number == claim.number
    assert project.article(claim.article_id).claim_count == counted - 1
    assert project.undismiss_claim(claim.id, who="Ana").old == "true"
    assert not project.claim(claim.id).is_dismissed
    manual = project.add_claim(claim.article_id, claim.start, claim.start + 5).claim
    with pytest.raises(RefusedEdit, match="delete it instead"):
        project.dismiss_claim(manual.id)


def test_span_change_reanchors_keeps_numbers_and_drops_atoms_outside(project: Project) -> None:
    article = project.article(first_article(project))
    first, second = project.claims(article.id)[:2]
    assert first.atoms
    change = project.set_claim_span(first.id, second.end + 1, second.end + 20, who="Ana")
    moved = change.claim
    assert moved.text == article.text[moved.start : moved.end] and moved.number == first.number
    assert moved.atoms == () and project.claim(second.id).number == second.number
    assert [claim.id for claim in project.claims(article.id)[:2]] == [second.id, first.id]
    assert (change.old, change.new) == (first.text, moved.text)
    before = change.before
    back = project.set_claim_span(first.id, before.start, before.end, atoms=before.atoms)
    assert replace(back.claim, updated_at=first.updated_at) == first  # exactly as it was
    with pytest.raises(RefusedEdit, match="outside the claim's passage"):
        project.set_claim_span(first.id, second.start, second.end, atoms=first.atoms)


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [(-1, 5, "outside"), (5, 5, "outside"), (0, 10**6, "outside"), (None, None, "paragraph break")],
)
def test_bad_spans_are_refused_and_change_nothing(project: Project, start, end, message) -> None:
    article = project.article(first_article(project))
    if start is None:  # a passage across the first line break
        start, end = article.text.index("\n") - 3, article.text.index("\n") + 3
    history = project.history()
    with pytest.raises(RefusedEdit, match=message):
        project.add_claim(article.id, start, end)
    assert project.history() == history


def test_a_passage_already_claimed_is_refused(project: Project) -> None:
    claim = project.claims()[0]
    with pytest.raises(RefusedEdit, match=f"claim {claim.number} already covers"):
        project.add_claim(claim.article_id, claim.start, claim.end)


def test_ids_of_removed_claims_and_sources_are_never_reused(project: Project) -> None:
    article_id = first_article(project)
    first = project.claims(article_id)[0]
    added = project.add_claim(article_id, first.start, first.start + 8).claim
    source = project.add_source(added.id, title="appel au service de presse").source
    project.remove_claim(added.id)
    again = project.add_claim(article_id, first.start, first.start + 8).claim
    assert again.id != added.id
    assert project.add_source(again.id, title="autre").source.id != source.id
    assert project.add_articles([synthetic_article(random.Random(9), 3, 2)])
    assert added.id not in {claim.id for claim in project.claims()}


def test_source_edits_are_logged_field_by_field_and_undone(project: Project) -> None:
    claim = project.claims()[0]
    added = project.add_source(claim.id, " https://example.org/a ", "Titre", who="Ana")
    assert added.source.url == "https://example.org/a" and len(added.source.accessed) == 10
    edit = project.edit_source(added.source.id, title="Nouveau titre", excerpt="extrait", who="Bo")
    assert edit.changed == ("title", "excerpt") and edit.before == added.source
    fields = [
        (entry.field, entry.old, entry.new, entry.source_id) for entry in project.history(claim.id)
    ]
    assert fields[-2:] == [
        ("source.title", "Titre", "Nouveau titre", added.source.id),
        ("source.excerpt", "", "extrait", added.source.id),
    ]
    before = edit.before
    project.edit_source(
        before.id,
        url=before.url,
        title=before.title,
        excerpt=before.excerpt,
        accessed=before.accessed,
    )
    assert project.source(before.id) == added.source
    removal = project.remove_source(before.id, who="Bo")
    assert removal.removed and project.sources(claim.id) == []
    project.restore_source(removal.source, who="Bo")
    assert project.sources(claim.id) == [added.source]


@pytest.mark.parametrize(
    ("fields", "error", "message"),
    [
        ({"url": "javascript:alert(1)"}, RefusedURL, "javascript: addresses"),
        ({"url": "data:text/html,<script>"}, RefusedURL, "data: addresses"),
        ({"url": "www.lemonde.fr"}, RefusedURL, "add it"),
        ({"title": "ok", "accessed": "31/03/2024"}, RefusedEdit, "not a date"),
        ({"title": "   "}, RefusedEdit, "needs an address, a title or an excerpt"),
    ],
)
def test_bad_sources_are_refused_and_change_nothing(
    project: Project, fields, error, message
) -> None:
    claim = project.claims()[0]
    history = project.history()
    with pytest.raises(error, match=message):
        project.add_source(claim.id, **fields)
    assert project.sources(claim.id) == [] and project.history() == history


def test_history_cannot_be_changed_or_deleted(project: Project) -> None:
    project.set_verdict(project.claims()[0].id, Verdict.DENIED, who="Ana")
    for statement in ("UPDATE history SET who = 'Eve'", "DELETE FROM history"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            project._db.execute(statement)
    assert {entry.who for entry in project.history()} == {"import", "Ana"}


def test_read_only_project_refuses_edits_with_what_was_not_saved(project: Project) -> None:
    claim = project.claims()[0]
    project.close()
    with Project.open(project.path, read_only=True) as reader:
        with pytest.raises(WriteFailed, match="read-only: the verdict was not saved"):
            reader.set_verdict(claim.id, Verdict.DENIED)
        assert reader.claim(claim.id).verdict is Verdict.UNCHECKED


def test_a_row_inserted_by_another_module_never_takes_a_removed_claims_id(project: Project) -> None:
    article_id = first_article(project)
    first = project.claims(article_id)[0]
    removed = project.add_claim(article_id, first.start, first.start + 8).claim
    project.remove_claim(removed.id)
    # As the revisions module inserts the claims a new version of the article brings.
    row = {"article_id": article_id, "number": 0, "start": 0, "end": 5, "text": "Texte"}
    with project._db.atomic():
        inserted = project._db.table("claims").insert(row).last_rowid
    assert inserted != removed.id and inserted > removed.id
