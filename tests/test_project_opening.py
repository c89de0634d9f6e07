"""Opening refuses what it cannot use without touching it, and one window writes at a time."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.benchmarks.bench_project_data import synthetic_article
from workbench.core.model import Verdict
from workbench.core.project import (
    DamagedProject,
    NewerSchema,
    NotAProject,
    Project,
    ProjectError,
    ProjectLocked,
    ReadOnlyLocation,
)
from workbench.core.project.schema import APPLICATION_ID, migrations

ROOT = Path(__file__).resolve().parent.parent


def make_project(path: Path) -> Path:
    with Project.create(path) as project:
        project.add_articles([synthetic_article(random.Random(0), 1, 5)], who="import")
    return path


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[str]:
    return sorted(item.name for item in path.parent.iterdir() if item.name != path.name)


def not_sqlite(folder: Path) -> Path:
    path = folder / "notes.wbproj"
    path.write_text("Le chômage a baissé.\n" * 50, encoding="utf-8")
    return path


def foreign_sqlite(folder: Path) -> Path:
    path = folder / "other.wbproj"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT)")
    return path


def half_made(folder: Path) -> Path:
    """A creation interrupted after the mark was written, before any table."""
    path = folder / "half.wbproj"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.close()
    return path


def foreign_with_our_mark(folder: Path) -> Path:
    """Another program's file that happens to carry our mark, with a table named like ours."""
    path = folder / "marked.wbproj"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("CREATE TABLE claims (x)")
    conn.close()
    return path


def newer_schema(folder: Path) -> Path:
    path = make_project(folder / "newer.wbproj")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('workbench', 'm999_from_the_future', '2030-01-01')"
        )
    conn.close()
    return path


def damaged(folder: Path) -> Path:
    path = make_project(folder / "damaged.wbproj")
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    garbage = random.Random(0).randbytes(page_size * 3)
    data[page_size : page_size * 4] = garbage  # the pages after the header page
    path.write_bytes(bytes(data))
    return path


def truncated(folder: Path) -> Path:
    path = folder / "truncated.wbproj"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20)
    return path


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (not_sqlite, NotAProject, r"not a Workbench project \(it is not an SQLite database\)"),
        (foreign_sqlite, NotAProject, "an SQLite database of another program"),
        (half_made, DamagedProject, "never fully made .*holds no tables: its creation was"),
        (foreign_with_our_mark, NotAProject, r"its tables \(claims\) were not made by Work"),
        (newer_schema, NewerSchema, "newer version of Workbench.*m999_from_the_future"),
        (damaged, DamagedProject, "the file is damaged"),
        (truncated, DamagedProject, "the file is damaged \\(it is truncated\\)"),
    ],
)
@pytest.mark.parametrize("read_only", [False, True])
def test_refused_files_are_left_untouched(tmp_path: Path, make, error, message, read_only) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    path = make(folder)
    assert side_files(path) == []
    before = fingerprint(path)
    with pytest.raises(error, match=message) as refused:
        Project.open(path, read_only=read_only)
    assert str(refused.value).startswith(str(path))
    assert fingerprint(path) == before
    assert side_files(path) == []  # no -wal, -shm, backups folder


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="no such file"):
        Project.open(tmp_path / "absent.wbproj")
    with pytest.raises(NotAProject, match="folder"):
        Project.open(tmp_path)


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = not_sqlite(tmp_path)
    before = fingerprint(path)
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path)
    assert fingerprint(path) == before


def test_project_is_in_wal_mode_with_full_sync(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.wbproj") as project:
        assert project._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert project._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


HOLDER = """
import sys
from workbench.core.model import Verdict
from workbench.core.project import Project
project = Project.open(sys.argv[1], keep_backups=0)
print("open", flush=True)
for line in sys.stdin:
    claim_id = int(line)
    project.set_verdict(claim_id, Verdict.DENIED, who="other window")
    print("done", flush=True)
project.close()
"""


def test_a_second_writer_in_another_process_is_refused(tmp_path: Path) -> None:
    path = make_project(tmp_path / "shared.wbproj")
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ) as holder:
        assert holder.stdout.readline() == "open\n"
        with pytest.raises(
            ProjectLocked, match=r"already open in another window.*open it read-only"
        ):
            Project.open(path)
        with Project.open(path, read_only=True) as reader:
            claim = reader.claims()[0]
            holder.stdin.write(f"{claim.id}\n")
            holder.stdin.flush()
            assert holder.stdout.readline() == "done\n"
            # The read-only window sees what the writer committed.
            assert reader.claim(claim.id).verdict is Verdict.DENIED
        holder.stdin.close()
        holder.wait(timeout=30)
    assert holder.returncode == 0
    with Project.open(path) as project:  # free again once the other window closed it
        assert project.claims()[0].verdict is Verdict.DENIED


def test_a_second_writer_in_the_same_process_is_refused(tmp_path: Path) -> None:
    path = make_project(tmp_path / "twice.wbproj")
    with Project.open(path) as first:
        with pytest.raises(ProjectLocked):
            Project.open(path)
        first.set_verdict(first.claims()[0].id, Verdict.CONFIRMED)
        assert first.integrity_check() == "ok"


def test_an_older_file_opened_read_only_is_upgraded_in_memory_only(tmp_path: Path) -> None:
    # A file as the first version wrote it: only m001 applied.
    path = tmp_path / "old.wbproj"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db = Database(conn)
        migrations.apply(db, stop_before="m002_history_append_only")
        db["articles"].insert(
            {
                "id": 1,
                "position": 1,
                "title": "T",
                "text": "Il a 3 ans.",
                "sha256": "x",
                "revision": 1,
            }
        )
        db["claims"].insert(
            {
                "id": 1,
                "article_id": 1,
                "number": 1,
                "start": 0,
                "end": 11,
                "text": "Il a 3 ans.",
                "score": 0.5,
                "checkworthy": 1,
            }
        )
        db["history"].insert(
            {"at": "2024", "who": "", "article_id": 1, "field": "article", "new": "T"}
        )
    conn.close()
    before = fingerprint(path)
    with Project.open(path, read_only=True) as reader:
        assert [claim.text for claim in reader.claims()] == ["Il a 3 ans."]
        assert reader.history()[0].source_id is None
    assert fingerprint(path) == before
    with Project.open(path) as writer:  # opening for writing upgrades the file itself
        assert {m.name for m in migrations._migrations} == {
            m.name for m in migrations.applied(writer._db)
        }
        assert writer.claims()[0].verdict is Verdict.UNCHECKED
        assert writer._db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert writer.integrity_check() == "ok"
        claims_sql = writer._db.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'claims'"
        ).fetchone()[0]
        assert "AUTOINCREMENT" in claims_sql and 'REFERENCES "articles"' in claims_sql
        assert ["article_id", "start"] in [i.columns for i in writer._db.table("claims").indexes]
        assert writer.add_source(1, title="Insee").source.id == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_file_that_cannot_be_written_is_refused_for_writing_and_opens_read_only(
    tmp_path: Path,
) -> None:
    path = make_project(tmp_path / "ro.wbproj")
    path.chmod(0o444)
    with pytest.raises(ReadOnlyLocation, match="open it read-only"):
        Project.open(path)
    with Project.open(path, read_only=True) as reader:
        assert len(reader.claims()) == 5


@pytest.mark.parametrize("reader", ["project", "json report"])
def test_a_reader_in_another_process_never_resets_the_index_of_the_open_project(
    tmp_path: Path, reader: str
) -> None:
    # Qt's file dialog reads files it lists; closing that descriptor drops this process's SQLite
    # locks on the -shm. A reader starting then must not reset the index the window is using:
    # that crashed the window with SIGBUS in the middle of a commit.
    path = make_project(tmp_path / "open.wbproj")
    with Project.open(path, keep_backups=0) as project:
        claim = project.claims()[0]
        project.set_verdict(claim.id, Verdict.CONFIRMED, "Camille")
        shm = Path(f"{path}-shm")
        with shm.open("rb") as handle:  # what the file dialog does
            handle.read(16)
        before = shm.stat()
        code = "import sys; from workbench.core.project import Project; "
        code += (
            "p = Project.open(sys.argv[1], read_only=True); print(len(p.claims())); p.close()"
            if reader == "project"
            else "from workbench.core.reports.project_json import project_dump; "
            "p = Project.open(sys.argv[1], read_only=True); "
            "print(len(project_dump(p, exported_at='now')['tables']['claims'])); p.close()"
        )
        result = subprocess.run(
            [sys.executable, "-c", code, str(path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        assert int(result.stdout) == len(project.claims())
        after = shm.stat()
        assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
        project.set_verdict(claim.id, Verdict.DENIED, "Camille")  # the writer carries on
    with Project.open(path, read_only=True) as reopened:
        assert reopened.claim(claim.id).verdict is Verdict.DENIED


def _crashed(path: Path) -> None:
    """A project whose program was killed after an edit: its last changes are in its -wal."""
    code = f"""
import os, random, sys
sys.path.insert(0, {str(ROOT)!r})
from tests.benchmarks.bench_project_data import synthetic_article
from workbench.core.project import Project
project = Project.create({str(path)!r})
project.add_articles([synthetic_article(random.Random(0), 1, 5)], who="import")
project.set_verdict(project.claims()[0].id, "denied", who="Ana")
os._exit(0)
"""
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    assert Path(f"{path}-wal").stat().st_size > 0


def _on_a_read_only_folder(folder: Path, code: str) -> subprocess.CompletedProcess[str]:
    """Run Python `code` while `folder` cannot be written: by its permissions, or for root
    (whom permissions do not stop) by a read-only bind mount in a namespace of its own."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-c", code]
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        finally:
            folder.chmod(0o755)
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("as root, a read-only folder needs a mount namespace (unshare -rm)")
    mount = (
        f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}" && exec "$@"'
    )
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", mount, "sh", *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_a_crashed_project_on_a_read_only_medium_is_not_called_damaged(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "crashed.wbproj"
    _crashed(path)
    Path(f"{path}-shm").unlink()  # the index is rebuilt from the -wal: without it, nothing reads
    before = {side: fingerprint(Path(f"{path}{side}")) for side in ("", "-wal")}
    code = f"""
import sys
from workbench.cli import main
from workbench.core.project import Project, ReadOnlyLocation
for read_only in (False, True):
    try:
        Project.open({str(path)!r}, read_only=read_only)
    except ReadOnlyLocation as error:
        print(type(error).__name__, error.problem)
print("report exit", main(["report", {str(path)!r}, "--format", "json", "-o", "/dev/null"]))
"""
    done = _on_a_read_only_folder(folder, code)
    assert done.returncode == 0, done.stderr
    said = done.stdout.splitlines()
    expected = (
        "ReadOnlyLocation the project was not closed properly: its last changes wait in the -wal "
        "file beside it, and on a read-only medium or folder they cannot be read. Copy the "
        "project together with crashed.wbproj-wal to a writable place and open it there"
    )
    assert said[:2] == [expected, expected]  # for writing and read-only alike
    assert said[2] == "report exit 1"
    assert "not closed properly" in done.stderr and "damaged" not in done.stderr
    assert {side: fingerprint(Path(f"{path}{side}")) for side in ("", "-wal")} == before
    # What the message says to do works: the copy opens, with the last edit in it.
    copy = tmp_path / "copy"
    copy.mkdir()
    for side in ("", "-wal"):
        (copy / f"crashed.wbproj{side}").write_bytes(Path(f"{path}{side}").read_bytes())
    with Project.open(copy / "crashed.wbproj", read_only=True) as project:
        assert project.claims()[0].verdict == Verdict.DENIED
