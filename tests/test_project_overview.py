"""The corpus overview's queries: the navigator's rows and the project's counts, without Qt."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from workbench.core.model import (
    ANONYMOUS_SOURCE_MARK,
    Analysis,
    ArticleDraft,
    ClaimType,
    DetectedClaim,
    Priority,
    Standing,
    Verdict,
)
from workbench.core.project import Project, next_with_must_check
from workbench.core.project.overview import iso_day

KINDS = [
    ((ClaimType.QUANTITY,), ("number",)),
    ((ClaimType.ALLEGATION, ClaimType.ENTITY), ("conditional (allegation)",)),
    ((ClaimType.ATTRIBUTION,), (f"attributed to: {ANONYMOUS_SOURCE_MARK}",)),
    ((ClaimType.ATTRIBUTION,), ("attributed to: Le Monde",)),
    ((ClaimType.ENTITY,), ("named entity",)),
    ((ClaimType.DATE,), ()),
]


def _article(chance: random.Random, number: int) -> tuple[ArticleDraft, Analysis]:
    sentences = [f"Phrase {number}-{n} du texte." for n in range(chance.randint(0, 6))]
    text = f"Titre {number}\n" + " ".join(sentences)
    claims = []
    at = len(f"Titre {number}\n")
    for sentence in sentences:
        types, reasons = chance.choice(KINDS)
        claims.append(
            DetectedClaim(
                at,
                at + len(sentence),
                sentence,
                0.5,
                chance.random() < 0.5,
                types,
                reasons,
            )
        )
        at += len(sentence) + 1
    metadata = {"format": "corpus", "index": 100 + number, "date": f"{number % 3 + 1:02d}-10-2024"}
    if number % 4 == 0:
        metadata = {"format": "html", "site": "Le Monde", "date": "2024-09-30T08:00:00"}
    draft = ArticleDraft(f"Titre {number}", text, metadata, f"/data/corpus-{number % 2}.txt")
    return draft, Analysis("fr", "test", tuple(claims))


def _project(tmp_path: Path, seed: int = 1) -> Project:
    chance = random.Random(seed)
    project = Project.create(tmp_path / f"overview-{seed}.wbproj")
    project.add_articles([_article(chance, n) for n in range(1, 25)], "Camille")
    verdicts = list(Verdict)
    for claim in project.claims():
        if chance.random() < 0.5:
            project.set_verdict(claim.id, chance.choice(verdicts), "Camille")
    return project


def test_each_articles_row_counts_its_claims_as_its_records_do(tmp_path: Path) -> None:
    with _project(tmp_path) as project:
        rows = project.article_rows()
        assert [row.id for row in rows] == [a.id for a in project.articles()]
        for row in rows:
            claims = [c for c in project.claims(row.id) if not c.is_dismissed]
            must_left = [
                c for c in claims if c.priority is Priority.MUST_CHECK and not c.is_checked
            ]
            assert (row.claim_count, row.checked_count, row.must_check_left) == (
                len(claims),
                sum(c.is_checked for c in claims),
                len(must_left),
            )
            assert row.is_finished == (row.checked_count == row.claim_count)


def test_a_row_has_the_corpus_index_a_readable_day_and_a_source(tmp_path: Path) -> None:
    with _project(tmp_path) as project:
        first, fourth = project.article_rows()[0], project.article_rows()[3]
        assert (first.corpus_index, first.day, first.date) == (101, "2024-10-02", "02-10-2024")
        assert first.source == "corpus-1.txt"  # the file it was read from
        assert (fourth.corpus_index, fourth.day, fourth.source) == (None, "2024-09-30", "Le Monde")
        [only] = project.article_rows([first.id])
        assert only == first
        assert project.article_rows([]) == []


def test_the_overview_counts_claims_by_tier_and_verdict_as_the_records_do(
    tmp_path: Path,
) -> None:
    with _project(tmp_path, seed=7) as project:
        claims = [c for c in project.claims() if not c.is_dismissed]
        overview = project.corpus_overview()
        tiers = Counter(c.priority for c in claims)
        checked = Counter(c.priority for c in claims if c.is_checked)
        for tier in Priority:
            assert (overview.by_tier[tier].count, overview.by_tier[tier].done) == (
                tiers[tier],
                checked[tier],
            )
        standings = Counter(c.standing for c in claims)
        assert overview.by_standing == {s: standings[s] for s in Standing}
        assert (overview.claims.count, overview.claims.done) == (len(claims), sum(checked.values()))
        rows = project.article_rows()
        assert overview.articles.count == len(rows) == 24
        assert overview.articles.done == sum(r.checked_count == r.claim_count for r in rows)
        assert overview.must_check_left == sum(r.must_check_left for r in rows)


def test_the_overview_groups_articles_by_day_oldest_first_and_by_source(tmp_path: Path) -> None:
    with _project(tmp_path) as project:
        overview = project.corpus_overview()
        days = [day for day, _ in overview.by_day]
        assert days == ["2024-09-30", "2024-10-01", "2024-10-02", "2024-10-03"]
        assert sum(t.count for _, t in overview.by_day) == 24
        sources = dict(overview.by_source)
        assert sources["Le Monde"].count == 6
        assert sources["corpus-0.txt"].count + sources["corpus-1.txt"].count == 18


def test_the_overview_is_two_statements_however_many_articles(tmp_path: Path) -> None:
    with _project(tmp_path) as project:
        statements: list[str] = []
        project.file.db.conn.set_trace_callback(statements.append)
        try:
            project.corpus_overview()
        finally:
            project.file.db.conn.set_trace_callback(None)
        assert len(statements) == 2


def test_the_next_article_to_check_skips_those_without_must_check_claims_left() -> None:
    from workbench.core.project import ArticleRow

    def row(identifier: int, left: int) -> ArticleRow:
        return ArticleRow(identifier, "t", identifier, None, "", "", "", 3, 0, left)

    rows = [row(1, 0), row(2, 2), row(3, 0), row(4, 1)]
    assert next_with_must_check(rows, None) == 2
    assert next_with_must_check(rows, 2) == 4
    assert next_with_must_check(rows, 4) == 2  # round to the start
    assert next_with_must_check([row(1, 0), row(2, 1)], 2) == 2  # the only one left
    assert next_with_must_check([row(1, 0)], 1) is None
    assert next_with_must_check([], None) is None


def test_dates_are_read_day_first_or_year_first_and_anything_else_is_no_day() -> None:
    assert iso_day("25-10-2024 20:32:03") == "2024-10-25"
    assert iso_day("25/10/2024") == "2024-10-25"
    assert iso_day("2024-10-25T08:00:00+02:00") == "2024-10-25"
    assert iso_day("octobre 2024") == ""
    assert iso_day("") == ""
