"""Copies of a project made with SQLite's backup API: automatic backups, restoring one, save a copy.

Where backups go: a folder beside the project named after the whole file name plus ".backups"
(`report.wbproj` -> `report.wbproj.backups/`), each backup a complete project file named by its
UTC time (`report-20261125T033102123456Z.wbproj`), in rollback-journal mode so it is one
self-contained file. One is taken each time a project is opened for writing, before any schema
upgrade, unless nothing was changed since the newest one; the newest `keep` are kept.

Every copy is written to a temporary file in the destination folder, flushed to disk, then
renamed over the destination, so a crash or a full disk never leaves a half-written copy under
a real name.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from workbench.core.project.errors import DamagedProject, ProjectError, WriteFailed
from workbench.core.project.opening import (
    PRIVATE_FILE,
    check_file,
    connect_read_only,
    connect_writer,
    lock,
    private_folder,
    unlock,
)
from workbench.core.project.records import BackupInfo

DEFAULT_KEEP = 5
_STAMP = "%Y%m%dT%H%M%S%fZ"
_PARTIAL = ".partial"


def backups_folder(project: Path) -> Path:
    return project.with_name(project.name + ".backups")


def list_backups(project: str | Path) -> list[BackupInfo]:
    """The automatic backups of a project, newest first."""
    project = Path(project)
    folder = backups_folder(project)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    name = re.compile(r"-(\d{8}T\d{12}Z)" + re.escape(_suffix(project)) + "$")
    for path in folder.iterdir():
        match = name.search(path.name)
        if match is None or not path.is_file():
            continue
        taken_at = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
        found.append(BackupInfo(path=path, taken_at=taken_at, size_bytes=path.stat().st_size))
    return sorted(found, key=lambda info: info.taken_at, reverse=True)


def change_marker(conn: sqlite3.Connection) -> tuple[object, ...]:
    """Changes when the project's content does: the history is append-only and logs every edit.

    The last entry's time and value, not only its id: after a backup is restored, new edits
    reuse history ids that a newer backup also has.
    """
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    migrations_done = (
        conn.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0]
        if "_sqlite_migrations" in tables
        else 0
    )
    last = (
        conn.execute("SELECT id, at, field, new FROM history ORDER BY id DESC LIMIT 1").fetchone()
        if "history" in tables
        else None
    )
    return (migrations_done, *(last or ()))


def take_backup(
    conn: sqlite3.Connection, project: Path, keep: int = DEFAULT_KEEP, *, force: bool = False
) -> Path | None:
    """Back up the open project unless its newest backup already holds the same content.

    Returns the new backup, or None when none was needed. Raises WriteFailed when it cannot be
    written; the project itself is untouched either way.
    """
    if keep <= 0:
        return None
    folder = backups_folder(project)
    existing = list_backups(project)
    if existing and not force and _marker_of(existing[0].path) == change_marker(conn):
        return None
    try:
        private_folder(folder)
        for leftover in folder.glob(f"*{_PARTIAL}"):
            leftover.unlink()
    except OSError as error:
        raise WriteFailed(str(folder), f"no backup was made ({error.strerror})") from None
    stamp = datetime.now(UTC).strftime(_STAMP)
    target = folder / f"{project.stem}-{stamp}{_suffix(project)}"
    copy_database(conn, target, journal_mode="DELETE")
    for old in list_backups(project)[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return target


def _marker_of(backup: Path) -> tuple[object, ...] | None:
    try:
        conn = connect_read_only(backup)
        try:
            return change_marker(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def copy_database(
    conn: sqlite3.Connection, target: Path, *, journal_mode: str, overwrite: bool = True
) -> Path:
    """Copy an open database, consistent as of now, to `target`, which appears whole or not at all."""
    partial = target.with_name(f".{target.name}.{os.getpid()}{_PARTIAL}")
    if not overwrite and target.exists():
        raise ProjectError(str(target), "a file with this name already exists")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        try:
            os.fchmod(fd, PRIVATE_FILE)  # a copy of a project is as confidential as the project
        finally:
            os.close(fd)
        copy = sqlite3.connect(partial)
        try:
            copy.execute("PRAGMA journal_mode = DELETE")  # one file while it is being written
            conn.backup(copy)
            copy.execute(f"PRAGMA journal_mode = {journal_mode}")
        finally:
            copy.close()
        _fsync(partial)
        os.replace(partial, target)
        _fsync(target.parent)
    except (sqlite3.Error, OSError) as error:
        for side in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{partial}{side}").unlink()
        reason = error.strerror if isinstance(error, OSError) else str(error)
        raise WriteFailed(str(target), f"the copy was not written ({reason})") from None
    return target


def restore_backup(
    project: str | Path, backup: str | Path, keep: int = DEFAULT_KEEP
) -> Path | None:
    """Replace a closed project's content by a backup's; returns the backup of what it replaced.

    The project's current content is backed up first, so the restore can itself be undone with
    another restore; a damaged project is kept byte for byte. Refuses a backup that is not a
    project this program can open, a project that is open in a window, and a target that is
    another program's file or a newer Workbench's.
    """
    project, backup = Path(project), Path(backup)
    check_file(backup)
    source = connect_read_only(backup)
    try:
        if not project.exists():
            copy_database(source, project, journal_mode="WAL")
            return None
        fd = lock(project)
        try:
            try:
                check_file(project)
            except DamagedProject:
                return _replace_damaged(source, project, keep)
            target = connect_writer(project)
            try:
                safety = take_backup(target, project, max(keep, 1), force=True)
                # The backup API writes through SQLite: readers of the project see the old content
                # or the new one, never a mixture, and its WAL stays consistent.
                source.backup(target)
                target.execute("PRAGMA journal_mode = WAL")
            except sqlite3.Error as error:
                raise WriteFailed(str(project), f"the backup was not restored ({error})") from None
            finally:
                target.close()
            return safety
        finally:
            unlock(fd)
    finally:
        source.close()


def _replace_damaged(source: sqlite3.Connection, project: Path, keep: int) -> Path:
    """Keep the damaged file as it is in the backups folder, then put a clean copy in its place."""
    folder = backups_folder(project)
    stamp = datetime.now(UTC).strftime(_STAMP)
    kept = folder / f"{project.stem}-{stamp}.damaged{_suffix(project)}"
    try:
        folder.mkdir(exist_ok=True)
        shutil.copy2(project, kept)
        for side in ("-wal", "-shm"):
            if Path(f"{project}{side}").exists():
                shutil.copy2(f"{project}{side}", f"{kept}{side}")
        fresh = copy_database(
            source, project.with_name(f".{project.name}.restored"), journal_mode="WAL"
        )
        # A -wal left beside the project would be replayed onto the restored file: remove it first.
        for side in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{project}{side}").unlink()
        os.replace(fresh, project)
        _fsync(project.parent)
    except OSError as error:
        raise WriteFailed(str(project), f"the backup was not restored ({error.strerror})") from None
    return kept


def _suffix(project: Path) -> str:
    return project.suffix or ".wbproj"


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
