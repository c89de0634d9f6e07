"""Claim groups across a project's articles, and verdicts carried to a whole group or part of it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from helpers.corpus_projects import make_project

from workbench.core.corpus.group_verdicts import (
    REUSED_FROM,
    apply_group_verdict,
    undo_group_verdict,
)
from workbench.core.corpus.grouping import find_groups
from workbench.core.corpus.groups import project_groups
from workbench.core.corpus.matching import ClaimText, MatchKind, compare
from workbench.core.model import Verdict
from workbench.core.project import Project, RefusedEdit, WriteFailed

WIRE = "Le chômage a baissé de 3 % en France au deuxième trimestre, selon l'Insee."
REWORDED = "Selon l'Insee, le chômage a baissé de 3 % en France au cours du deuxième trimestre."
OTHER_NUMBER = "Le chômage a baissé de 5 % en France au deuxième trimestre, selon l'Insee."
UNRELATED = "La tour Eiffel a accueilli sept millions de visiteurs l'an dernier."


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    project = make_project(
        tmp_path / "corpus.wbproj",
        [
            ("Dépêche", f"{WIRE} {UNRELATED}"),
            ("Reprise", f"Un titre sans rapport ici. {WIRE}"),
            ("Réécriture", f"{REWORDED} Le gouvernement s'en félicite bruyamment."),
            ("Autre chiffre", OTHER_NUMBER),
        ],
    )
    yield project
    project.close()


def claim_with(project: Project, text: str, title: str) -> int:
    article = next(article for article in project.articles() if article.title == title)
    return next(claim.id for claim in project.claims(article.id) if claim.text == text)


def test_verbatim_and_reworded_copies_form_one_group_across_articles(project: Project) -> None:
    groups = project_groups(project)
    assert len(groups.groups) == 1
    group = groups.groups[0]
    assert [member.article_title for member in group.members] == [
        "Dépêche",
        "Reprise",
        "Réécriture",
    ]
    assert group.kinds == {MatchKind.VERBATIM, MatchKind.REWORDED}
    wire = claim_with(project, WIRE, "Dépêche")
    assert groups.other_article_count(wire) == 2
    assert [member.reference() for member in groups.also_in(wire)] == [
        f"article {group.members[1].article_id}, claim 2",
        f"article {group.members[2].article_id}, claim 1",
    ]


def test_a_claim_with_other_numbers_is_not_the_same_claim(project: Project) -> None:
    other = claim_with(project, OTHER_NUMBER, "Autre chiffre")
    assert project_groups(project).group_of(other) is None
    assert compare(WIRE, OTHER_NUMBER) is None
    assert compare(WIRE, REWORDED) is not None


def test_dismissed_claims_are_left_out_of_groups(project: Project) -> None:
    copy = claim_with(project, WIRE, "Reprise")
    project.dismiss_claim(copy)
    group = project_groups(project).groups[0]
    assert copy not in group.claim_ids and len(group.members) == 2


def test_a_group_verdict_reaches_every_chosen_claim_with_its_origin_in_the_history(
    project: Project,
) -> None:
    source = claim_with(project, WIRE, "Dépêche")
    project.set_verdict(source, Verdict.DENIED, who="Ana")
    project.set_rationale(source, "L'Insee publie 0,3 %, pas 3 %.", who="Ana")
    group = project_groups(project).group_of(source)
    assert group is not None
    copy, reworded = (member.claim_id for member in group.others(source))
    change = apply_group_verdict(project, source, [copy], who="Ben")
    assert project.claim(copy).verdict is Verdict.DENIED
    assert project.claim(copy).rationale == "L'Insee publie 0,3 %, pas 3 %."
    assert project.claim(reworded).verdict is Verdict.UNCHECKED  # not chosen
    entries = [(entry.field, entry.new, entry.who) for entry in project.history(copy)]
    source_article = project.claim(source).article_id
    assert entries == [
        ("verdict", "denied", "Ben"),
        (REUSED_FROM, f"claim 1 (article {source_article}: Dépêche)", "Ben"),
        ("rationale", "L'Insee publie 0,3 %, pas 3 %.", "Ben"),
    ]
    assert change.claim_ids == (copy,)


def test_undoing_a_group_verdict_puts_every_claim_back_and_says_so(project: Project) -> None:
    source = claim_with(project, WIRE, "Dépêche")
    group = project_groups(project).group_of(source)
    assert group is not None
    others = [member.claim_id for member in group.others(source)]
    change = apply_group_verdict(project, source, others, who="Ben", verdict=Verdict.CONFIRMED)
    assert {project.claim(claim_id).verdict for claim_id in [source, *others]} == {
        Verdict.CONFIRMED
    }
    undo_group_verdict(project, change, who="Ben")
    assert {project.claim(claim_id).verdict for claim_id in [source, *others]} == {
        Verdict.UNCHECKED
    }
    last = project.history(others[0])[-1]
    assert (last.field, last.old, last.new) == (REUSED_FROM, change.reused_note, None)


def test_a_group_verdict_that_cannot_be_saved_changes_no_claim(project: Project) -> None:
    source = claim_with(project, WIRE, "Dépêche")
    group = project_groups(project).group_of(source)
    assert group is not None
    others = [member.claim_id for member in group.others(source)]
    with pytest.raises(KeyError):
        apply_group_verdict(project, source, [*others, 999_999], verdict=Verdict.DENIED)
    assert {project.claim(claim_id).verdict for claim_id in [source, *others]} == {
        Verdict.UNCHECKED
    }
    assert all(entry.field == "claim" or entry.field == "article" for entry in project.history())


def test_a_claim_without_verdict_has_none_to_reuse(project: Project) -> None:
    source = claim_with(project, WIRE, "Dépêche")
    with pytest.raises(RefusedEdit):
        apply_group_verdict(project, source, [claim_with(project, WIRE, "Reprise")])


def test_a_read_only_project_refuses_a_group_verdict(project: Project) -> None:
    source = claim_with(project, WIRE, "Dépêche")
    copy = claim_with(project, WIRE, "Reprise")
    reader = Project.open(project.path, read_only=True)
    try:
        with pytest.raises(WriteFailed):
            apply_group_verdict(reader, source, [copy], verdict=Verdict.DENIED)
    finally:
        reader.close()


def test_a_group_with_two_different_verdicts_is_flagged(project: Project) -> None:
    source = claim_with(project, WIRE, "Dépêche")
    copy = claim_with(project, WIRE, "Reprise")
    project.set_verdict(source, Verdict.DENIED)
    assert not project_groups(project).conflicting()
    project.set_verdict(copy, Verdict.CONFIRMED)
    conflicting = project_groups(project).conflicting()
    assert len(conflicting) == 1 and conflicting[0].verdicts == {Verdict.DENIED, Verdict.CONFIRMED}


class _DictionaryEncoder:
    """Vectors by hand: sentences given the same meaning number get the same vector."""

    def __init__(self, meanings: dict[str, int]) -> None:
        self.index = meanings

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), 8), dtype=np.float32)
        for row, text in enumerate(texts):
            vectors[row, self.index.get(text, 7)] = 1.0
        return vectors


def test_translations_are_matched_through_the_encoder_when_names_or_numbers_agree() -> None:
    french = "Elon Musk aurait parlé avec Vladimir Poutine en 2022."
    english = "Elon Musk reportedly spoke with Vladimir Putin in 2022."
    other_year = "Elon Musk reportedly spoke with Vladimir Putin in 2023."
    claims = [
        ClaimText(1, french, "fr"),
        ClaimText(2, english, "en"),
        ClaimText(3, other_year, "en"),
    ]
    # The encoder sees no difference between the years; the numbers check does.
    encoder = _DictionaryEncoder({french: 0, english: 0, other_year: 0})
    groups = find_groups(claims, encoder=encoder)
    assert [group.claim_ids for group in groups] == [(1, 2)]
    assert groups[0].matches[0].kind is MatchKind.TRANSLATED
    assert find_groups(claims) == []  # no encoder, no translation stage
