"""A write that fails leaves the project as it was and says what was not saved."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.benchmarks.bench_project_data import synthetic_article
from workbench.core.model import Verdict
from workbench.core.project import Project, WriteFailed


@pytest.fixture
def project(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "failing.wbproj")
    project.add_articles([synthetic_article(random.Random(0), 1, 6)], who="import")
    yield project
    project.close()


def fill_the_disk(project: Project) -> None:
    """Let the database grow no further than it is now, as on a full disk."""
    pages = project._db.execute("PRAGMA page_count").fetchone()[0]
    project._db.execute(f"PRAGMA max_page_count = {pages}")


def test_disk_full_import_is_refused_whole_with_what_was_not_saved(project: Project) -> None:
    before = (project.articles(), project.claims(), project.history())
    fill_the_disk(project)
    big = [synthetic_article(random.Random(seed), seed, 40) for seed in range(2, 30)]
    with pytest.raises(WriteFailed, match="the import was not saved \\(the disk is full") as failed:
        project.add_articles(big)
    assert str(failed.value).startswith(str(project.path))
    assert (project.articles(), project.claims(), project.history()) == before
    assert project.integrity_check() == "ok"


def test_disk_full_edit_leaves_the_claim_and_history_unchanged(project: Project) -> None:
    claim = project.claims()[0]
    fill_the_disk(project)
    history = project.history()
    with pytest.raises(WriteFailed, match="the rationale was not saved \\(the disk is full"):
        project.set_rationale(claim.id, "une très longue note " * 5000, who="Ana")
    assert project.claim(claim.id) == claim and project.history() == history
    # Small edits still fit, and the project is still usable.
    project.set_verdict(claim.id, Verdict.CONFIRMED, who="Ana")
    assert project.claim(claim.id).verdict is Verdict.CONFIRMED
    assert project.integrity_check() == "ok"


def test_deleted_file_refuses_edits_and_save_as_keeps_the_work(
    project: Project, tmp_path: Path
) -> None:
    claim = project.claims()[0]
    project.set_verdict(claim.id, Verdict.DENIED, who="Ana")
    project.path.unlink()
    with pytest.raises(
        WriteFailed, match="moved or deleted while open: the rationale was not saved"
    ):
        project.set_rationale(claim.id, "perdu ?", who="Ana")
    assert project.claim(claim.id).rationale == ""
    rescued = tmp_path / "rescued.wbproj"
    project.save_as(rescued)
    assert project.path == rescued
    project.set_rationale(claim.id, "sauvé", who="Ana")
    project.close()
    with Project.open(rescued) as reopened:
        held = reopened.claim(claim.id)
        assert (held.verdict, held.rationale) == (Verdict.DENIED, "sauvé")
        assert reopened.integrity_check() == "ok"


def test_replaced_file_is_not_written_through_the_old_one(project: Project, tmp_path: Path) -> None:
    claim = project.claims()[0]
    elsewhere = tmp_path / "moved.wbproj"
    project.path.rename(elsewhere)
    project.path.write_bytes(b"someone else's file")
    with pytest.raises(WriteFailed, match="moved or deleted"):
        project.set_verdict(claim.id, Verdict.DENIED)
    assert project.path.read_bytes() == b"someone else's file"


def test_a_medium_turned_read_only_is_named_in_the_message(project: Project) -> None:
    # As root, permissions cannot make SQLite fail; query_only makes it fail with the same error.
    claim = project.claims()[0]
    project._db.execute("PRAGMA query_only = 1")
    with pytest.raises(WriteFailed, match="the verdict was not saved \\(the file or its disk has"):
        project.set_verdict(claim.id, Verdict.DENIED, who="Ana")
    project._db.execute("PRAGMA query_only = 0")
    assert project.claim(claim.id) == claim
    assert project.set_verdict(claim.id, Verdict.DENIED, who="Ana").old == "unchecked"
