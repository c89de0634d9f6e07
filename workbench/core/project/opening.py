"""Checks made before a project file is opened for writing, the writer's lock, read-only access."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from workbench.core.project.errors import (
    DamagedProject,
    NewerSchema,
    NotAProject,
    ProjectError,
    ProjectLocked,
    ReadOnlyLocation,
)
from workbench.core.project.schema import APPLICATION_ID, MIGRATION_SET, migrations

try:  # advisory whole-file lock; not on Windows, where SQLite's own locking still applies
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

_SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_BYTES = 100
_BUSY_TIMEOUT_MS = 2000


def check_file(path: Path) -> None:
    """Refuse, without writing anything, a file that is not a project this program can use.

    Creates no -wal or -shm file either (see `connect_read_only`).
    """
    if not path.exists():
        raise ProjectError(str(path), "no such file")
    if path.is_dir():
        raise NotAProject(str(path), "this is a folder, not a project file")
    try:
        with path.open("rb") as handle:
            header = handle.read(_HEADER_BYTES)
    except OSError as error:
        raise ProjectError(str(path), f"cannot be read ({error.strerror})") from None
    if not header.startswith(_SQLITE_MAGIC):
        raise NotAProject(str(path), "not a Workbench project (it is not an SQLite database)")
    if len(header) < _HEADER_BYTES:
        raise DamagedProject(str(path), "the file is damaged (it is truncated)")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise NotAProject(
            str(path), "an SQLite database of another program, not a Workbench project"
        )
    try:
        conn = connect_read_only(path)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise DamagedProject(str(path), f"the file is damaged (SQLite reports: {result})")
            applied = applied_migrations(conn)
            tables = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
                )
            ]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise cannot_open(path, error) from None
    if not applied:
        _refuse_unmade(path, tables)
    unknown = applied - {migration.name for migration in migrations._migrations}
    if unknown:
        raise NewerSchema(
            str(path),
            "written by a newer version of Workbench; update the program to open it "
            f"(unknown schema changes: {', '.join(sorted(unknown))})",
        )


def _refuse_unmade(path: Path, tables: list[str]) -> None:
    """A file with our mark in its header but none of our schema changes is no project: its
    creation was interrupted (no tables at all), or another program's file carries our mark.
    Either way it is refused before anything is written to it."""
    if not tables:
        raise DamagedProject(
            str(path),
            "the project was never fully made (it carries Workbench's mark but holds no "
            "tables: its creation was interrupted); there is nothing in it to open. Delete it "
            "and create the project again, or restore a backup over it",
        )
    shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
    raise NotAProject(
        str(path),
        "not a Workbench project: it carries Workbench's mark, but its tables "
        f"({shown}) were not made by Workbench; it was left as it is",
    )


def cannot_open(path: Path, error: sqlite3.Error) -> ProjectError:
    """What to say when SQLite cannot read a file that passed the header checks.

    A project left by a crash keeps its last changes in its -wal file, and reading them needs
    a -shm index beside it: on a read-only medium or folder without one, SQLite cannot open the
    file at all. That is no damage: a copy in a writable place opens.
    """
    wal = Path(f"{path}-wal")
    if (
        getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_CANTOPEN
        and wal.exists()
        and not os.access(path.resolve().parent, os.W_OK | os.X_OK)
    ):
        return ReadOnlyLocation(
            str(path),
            "the project was not closed properly: its last changes wait in the -wal file "
            "beside it, and on a read-only medium or folder they cannot be read. Copy the "
            f"project together with {wal.name} to a writable place and open it there",
        )
    return DamagedProject(str(path), f"the file is damaged ({error})")


def applied_migrations(conn: sqlite3.Connection) -> set[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if exists is None:
        return set()
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
    )
    return {row[0] for row in rows}


def has_pending_migrations(conn: sqlite3.Connection) -> bool:
    return bool({migration.name for migration in migrations._migrations} - applied_migrations(conn))


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write the file and creates no side file.

    A read-only connection to a WAL database still creates -wal and -shm files. When there is no
    -wal file, everything is in the main file and nobody is writing it, so `immutable` reads it
    as it is, creating nothing. When a -wal file exists (the project is open elsewhere, or was
    left by a crash) its committed changes must be read, so the side files are used as they are.
    """
    if Path(f"{path}-wal").exists():
        return connect_reader(path)
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def connect_reader(path: Path) -> sqlite3.Connection:
    """A read-only connection that follows a writer's changes and can never disturb the writer.

    The first connection to find no lock on the -shm file resets it, and a process loses its
    locks on a file whenever it closes any descriptor of it (POSIX), as Qt's file dialog does
    when it looks into the project's folder. A reader that reset the -shm under a writer would
    crash the writer's window (SIGBUS) or feed it a wrong index. With `readonly_shm` a reader
    never resets it: it reads the -wal itself when the index is not trustworthy. A missing -shm
    means that no writer is there, and SQLite then needs to create it.
    """
    query = "mode=ro&readonly_shm=1" if Path(f"{path}-shm").exists() else "mode=ro"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True)
    conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    return conn


def connect_writer(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    return conn


def check_writable(path: Path) -> None:
    """SQLite needs to write the file and, in WAL mode, create its -wal and -shm beside it."""
    folder = path.resolve().parent
    if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK | os.X_OK):
        raise ReadOnlyLocation(
            str(path),
            "the file or its folder cannot be written (read-only medium or permissions); "
            "open it read-only, or copy it somewhere writable",
        )


# Drafts are confidential: a project, its -wal and -shm, and its backups are readable by their
# owner only, whatever the umask; the folders that hold backups and projects, likewise.
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def make_private(path: Path) -> None:
    """Give a project file and its -wal and -shm (those that exist) to their owner only."""
    for side in ("", "-wal", "-shm"):
        # Absent, not ours (a shared folder) or a medium without permissions: left as it is.
        with contextlib.suppress(OSError):
            os.chmod(f"{path}{side}", PRIVATE_FILE)


def private_folder(folder: Path) -> None:
    """Create `folder` (and its parents) if needed; it is then readable by its owner only."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    with contextlib.suppress(OSError):  # not ours: leave it as it is
        os.chmod(folder, PRIVATE_FOLDER)


def lock(path: Path) -> int | None:
    """Take the writer's lock, or say that another window or program holds it.

    flock, not SQLite's own locks: SQLite holds its write lock only during a transaction, and
    the rule is one writing window per project for as long as it is open.
    """
    if fcntl is None:  # pragma: no cover
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as error:
        raise ProjectError(str(path), f"cannot be read ({error.strerror})") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise ProjectLocked(
            str(path),
            "this project is already open in another window or program; "
            "close it there, or open it read-only",
        ) from None
    return fd


def unlock(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)  # closing the descriptor releases the flock


def same_file(path: Path, fd: int | None) -> bool:
    """Whether `path` still names the file the lock was taken on (not deleted, moved, replaced)."""
    if fd is None:
        return True
    try:
        now, held = os.stat(path), os.fstat(fd)
    except OSError:
        return False
    return (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)
