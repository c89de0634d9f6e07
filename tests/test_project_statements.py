"""What one verdict costs the project file: a few statements, and a change set the views need."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.benchmarks.bench_project_data import synthetic_article
from workbench.core.model import AnchorStatus, Verdict
from workbench.core.project import ArticleProgress, Project

# Statements that read or write data; the transaction's own BEGIN and COMMIT are counted apart
# (issue 15: the window's key press gets 5 in all, so the core's verdict gets 3 plus those two).
VERDICT_STATEMENT_BUDGET = 3
_TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    project = Project.create(tmp_path / "statements.wbproj")
    rng = random.Random(5)
    project.add_articles([synthetic_article(rng, 1, 6), synthetic_article(rng, 2, 4)], who="import")
    yield project
    project.close()


@contextmanager
def traced(project: Project) -> Iterator[list[str]]:
    """Every SQL statement SQLite runs on the project's connection meanwhile, as it ran it."""
    statements: list[str] = []
    connection = project.file.db.conn
    connection.set_trace_callback(statements.append)
    try:
        yield statements
    finally:
        connection.set_trace_callback(None)


def data_statements(statements: list[str]) -> list[str]:
    """The statements the program sent. SQLite traces each run of a trigger (the history's guard
    against REPLACE) again with the text of the statement that fired it: counted once."""
    sent = [s for s in statements if not s.lstrip().upper().startswith(_TRANSACTION_CONTROL)]
    return [s for position, s in enumerate(sent) if position == 0 or sent[position - 1] != s]


def counted_progress(project: Project, article_id: int) -> ArticleProgress:
    article = project.article(article_id)
    return ArticleProgress(article.id, article.claim_count, article.checked_count)


def test_a_verdict_costs_at_most_three_statements_in_one_transaction(project: Project) -> None:
    claim = project.claims()[0]
    with traced(project) as statements:
        project.set_verdict(claim.id, Verdict.CONFIRMED, who="Ana")
    assert len(data_statements(statements)) <= VERDICT_STATEMENT_BUDGET, statements
    assert [s for s in statements if s not in data_statements(statements)] == ["BEGIN", "COMMIT"]


def test_a_verdict_that_clears_a_changed_flag_stays_within_the_budget(project: Project) -> None:
    claim = project.claims()[1]
    project._db.execute(
        "UPDATE claims SET anchor_status = 'changed', text_at_verdict = 'old words' WHERE id = ?",
        [claim.id],
    )
    with traced(project) as statements:
        change = project.set_verdict(claim.id, Verdict.DENIED, who="Ana")
    assert len(data_statements(statements)) <= VERDICT_STATEMENT_BUDGET, statements
    assert change.place is not None and change.place.anchor_status == AnchorStatus.CHANGED
    assert [(entry.field, entry.new) for entry in change.entries] == [
        ("verdict", "denied"),
        ("anchor_status", "exact"),
    ]


def test_the_verdict_change_set_is_what_reading_again_would_give(project: Project) -> None:
    claim = project.claims()[2]
    project._db.execute("UPDATE claims SET anchor_status = 'changed' WHERE id = ?", [claim.id])
    change = project.set_verdict(claim.id, Verdict.UNVERIFIED, who="Ana")
    assert change.claim == project.claim(claim.id)
    assert change.claim.anchor_status is AnchorStatus.EXACT
    assert change.progress == counted_progress(project, claim.article_id)
    assert change.progress is not None and change.progress.checked_count == 1
    assert list(change.entries) == project.history(claim.id)
    assert change.anchor == project.anchor_states(claim.article_id)[claim.id]
    assert change.anchor is not None and not change.anchor.needs_review


def test_the_same_verdict_again_writes_nothing_and_still_says_where_the_article_is(
    project: Project,
) -> None:
    claim = project.claims()[0]
    project.set_verdict(claim.id, Verdict.CONFIRMED, who="Ana")
    with traced(project) as statements:
        change = project.set_verdict(claim.id, Verdict.CONFIRMED, who="Ana")
    assert not any(s.lstrip().upper().startswith(("UPDATE", "INSERT")) for s in statements)
    assert change.entries == () and change.claim == project.claim(claim.id)
    assert change.progress == counted_progress(project, claim.article_id)


def test_a_dismissal_says_where_the_article_is_now(project: Project) -> None:
    claim = project.claims()[0]
    project.set_verdict(claim.id, Verdict.CONFIRMED, who="Ana")
    change = project.set_dismissed(claim.id, True, who="Ana")
    assert change.progress == counted_progress(project, claim.article_id)
    assert change.progress is not None and change.progress.checked_count == 0


def test_the_progress_counted_before_the_verdict_is_the_one_after_it(project: Project) -> None:
    """The change set's progress is worked out from the read before the write: every way a
    verdict can move the count (checked, unchecked again, on a dismissed claim) agrees with a
    count made afresh."""
    first, second = project.claims()[:2]
    project.set_dismissed(second.id, True, who="Ana")
    for claim_id, verdict in [
        (first.id, Verdict.CONFIRMED),
        (first.id, Verdict.DENIED),
        (second.id, Verdict.CONFIRMED),
        (first.id, Verdict.UNCHECKED),
        (second.id, Verdict.UNCHECKED),
        (first.id, Verdict.UNVERIFIED),
    ]:
        change = project.set_verdict(claim_id, verdict, who="Ana")
        assert change.progress == counted_progress(project, first.article_id), (claim_id, verdict)
