"""Automatic backups on opening, restoring one, and copies of an open project."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from tests.benchmarks.bench_project_data import synthetic_article
from workbench.core.model import Verdict
from workbench.core.project import (
    NotAProject,
    Project,
    ProjectError,
    ProjectLocked,
    backups_folder,
    list_backups,
    restore_backup,
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "enquête.wbproj"
    with Project.create(path) as project:
        project.add_articles([synthetic_article(random.Random(0), 1, 4)], who="import")
    return path


def edit_and_reopen(path: Path, rationale: str, keep: int = 5) -> Project:
    with Project.open(path, keep_backups=0) as project:
        project.set_rationale(project.claims()[0].id, rationale, who="Ana")
    return Project.open(path, keep_backups=keep)


def first_rationale(path: Path) -> str:
    with Project.open(path, read_only=True) as project:
        return project.claims()[0].rationale


def test_opening_takes_a_backup_only_when_something_changed(path: Path) -> None:
    assert not backups_folder(path).exists()  # creating a project takes none
    with Project.open(path) as project:
        assert project.last_backup is not None and project.backup_problem is None
        first = project.last_backup
    assert first.parent == path.with_name("enquête.wbproj.backups")
    with Project.open(path) as project:  # nothing changed since
        assert project.last_backup is None
    with edit_and_reopen(path, "v2") as project:
        assert project.last_backup not in (None, first)
    assert [info.path for info in list_backups(path)] == [project.last_backup, first]


def test_backups_are_complete_projects_in_one_file(path: Path) -> None:
    with edit_and_reopen(path, "sauvegardé") as project:
        backup = project.last_backup
    assert sorted(item.name for item in backup.parent.iterdir()) == [backup.name]
    with Project.open(backup, read_only=True) as copy:
        assert copy.claims()[0].rationale == "sauvegardé"
        assert copy.integrity_check() == "ok"


def test_only_the_newest_backups_are_kept(path: Path) -> None:
    taken = []
    for index in range(5):
        with edit_and_reopen(path, f"version {index}", keep=3) as project:
            taken.append(project.last_backup)
    assert [info.path for info in list_backups(path)] == taken[::-1][:3]
    assert all(not old.exists() for old in taken[:2])


def test_restoring_a_backup_brings_its_content_back_and_keeps_the_current_one(path: Path) -> None:
    with edit_and_reopen(path, "avant") as project:
        backup = project.last_backup
        project.set_rationale(project.claims()[0].id, "après", who="Ana")
        with pytest.raises(ProjectLocked):
            restore_backup(path, backup)
    safety = restore_backup(path, backup)
    assert first_rationale(path) == "avant"
    with Project.open(safety, read_only=True) as kept:
        assert kept.claims()[0].rationale == "après"
    with Project.open(path) as project:
        assert project.integrity_check() == "ok"
        # Editing goes on, and the history of the restored file goes on from the backup's.
        project.set_verdict(project.claims()[0].id, Verdict.DENIED, who="Ana")
    restore_backup(path, safety)  # the restore is itself undone by restoring what it replaced
    assert first_rationale(path) == "après"


def test_restoring_over_a_damaged_project_keeps_the_damaged_file(path: Path) -> None:
    with edit_and_reopen(path, "bon") as project:
        backup = project.last_backup
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 3] = random.Random(0).randbytes(4096 * 2)
    path.write_bytes(bytes(data))
    kept = restore_backup(path, backup)
    assert kept.read_bytes() == bytes(data)
    assert first_rationale(path) == "bon"
    assert kept not in [info.path for info in list_backups(path)]


def test_a_backup_that_is_not_a_project_is_refused(path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotAProject):
        restore_backup(path, other)
    assert path.read_bytes() == before


def test_save_a_copy_while_open_and_save_as(path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copie.wbproj"
    with Project.open(path) as project:
        claim_id = project.claims()[0].id
        project.set_verdict(claim_id, Verdict.CONFIRMED, who="Ana")
        assert project.save_copy(copy) == copy
        with pytest.raises(ProjectError, match="already exists"):
            project.save_copy(copy)
        with pytest.raises(ProjectError, match="the project itself"):
            project.save_copy(path, overwrite=True)
        project.set_verdict(claim_id, Verdict.DENIED, who="Ana")  # after the copy: not in it
        with Project.open(copy, read_only=True) as saved:
            assert saved.claim(claim_id).verdict is Verdict.CONFIRMED
            assert saved.integrity_check() == "ok"
        renamed = tmp_path / "renommé.wbproj"
        project.save_as(renamed)
        project.set_rationale(claim_id, "dans la nouvelle", who="Ana")
        assert project.path == renamed
        Project.open(path).close()  # the old file is no longer locked by this window
    assert first_rationale(path) == "" and first_rationale(renamed) == "dans la nouvelle"


def test_save_a_copy_refuses_to_overwrite_a_project_open_elsewhere(
    path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "autre.wbproj"
    Project.create(other).close()
    with Project.open(path) as project, Project.open(other), pytest.raises(ProjectLocked):
        project.save_copy(other, overwrite=True)


def test_edits_after_a_restore_are_backed_up_even_with_the_same_history_length(path: Path) -> None:
    with edit_and_reopen(path, "A") as project:
        backup_a = project.last_backup
    edit_and_reopen(path, "B").close()  # newest backup: B
    restore_backup(path, backup_a)  # newest backup: the safety copy of B
    with edit_and_reopen(path, "C") as project:  # as many history rows as B had
        assert project.last_backup is not None
    with Project.open(list_backups(path)[0].path, read_only=True) as newest:
        assert newest.claims()[0].rationale == "C"


def test_a_backup_that_cannot_be_written_does_not_stop_the_project_opening(path: Path) -> None:
    backups_folder(path).write_text("a file where the backups folder should be")
    with Project.open(path) as project:
        assert project.last_backup is None
        assert "no backup was made" in project.backup_problem
        project.set_verdict(project.claims()[0].id, Verdict.DENIED, who="Ana")


def test_restoring_where_the_project_was_deleted_puts_the_backup_there(path: Path) -> None:
    with edit_and_reopen(path, "gardé") as project:
        backup = project.last_backup
    path.unlink()
    assert restore_backup(path, backup) is None
    assert first_rationale(path) == "gardé"
