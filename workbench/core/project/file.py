"""The project file itself: create, open, lock, back up, copy, and one transaction per edit."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from sqlite_utils import Database

from workbench.core.project import backups, chain
from workbench.core.project.errors import DamagedProject, ProjectError, WriteFailed
from workbench.core.project.opening import (
    PRIVATE_FILE,
    cannot_open,
    check_file,
    check_writable,
    connect_read_only,
    connect_reader,
    connect_writer,
    has_pending_migrations,
    lock,
    make_private,
    same_file,
    unlock,
)
from workbench.core.project.schema import APPLICATION_ID, migrations

PROJECT_SUFFIX = ".wbproj"
# FULL: a commit survives a power cut, not only a crash of the program; it costs one more fsync
# per edit, measured well inside the 5 ms budget (tests/benchmarks/bench_project_edits.py).
SYNCHRONOUS = "FULL"

_WRITE_ERRORS = {
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_CANTOPEN,
}


class ProjectFile:
    """An open project database. Use `ProjectFile.create` or `ProjectFile.open`; close it when done.

    Reads go through `db`; every write goes through `transaction`, which commits at once or
    leaves the file as it was. `last_backup` is the backup taken when it was opened (None if none
    was needed); `backup_problem` says why none could be taken, for the window to show.
    `history_check` is what checking the history's hash chain at open found; `warnings` says in
    words what the window should show about it (empty when the history verified).
    """

    def __init__(
        self,
        path: Path,
        db: Database,
        lock_fd: int | None,
        read_only: bool,
        last_backup: Path | None = None,
        backup_problem: str | None = None,
    ) -> None:
        self.path = path
        self._db = db
        self._lock_fd = lock_fd
        self.read_only = read_only
        self.last_backup = last_backup
        self.backup_problem = backup_problem
        self.history_check = chain.verify(db)
        if not read_only:
            self._write_checkpoint()

    @property
    def warnings(self) -> list[str]:
        problem = self.history_check.problem
        if problem is None:
            return []
        return [f"the history of this project could not be verified: {problem}"]

    def verify_history(self) -> chain.ChainCheck:
        """Check the history's hash chain again, now (see `chain.verify`)."""
        self.history_check = chain.verify(self._db)
        return self.history_check

    def _write_checkpoint(self) -> None:
        if self.history_check.is_verified:
            try:
                with self._db.atomic():
                    chain.write_checkpoint(self._db)
            except sqlite3.Error:  # a checkpoint is a help, never a reason to fail
                pass

    # -- opening and closing -------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path) -> Self:
        """Create a new, empty project; refuse to replace an existing file."""
        path = Path(path)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
            try:
                os.fchmod(fd, PRIVATE_FILE)  # the umask may have taken the owner's rights too
            finally:
                os.close(fd)
        except FileExistsError:
            raise ProjectError(str(path), "a file with this name already exists") from None
        except OSError as error:
            raise WriteFailed(
                str(path), f"the project could not be created ({error.strerror})"
            ) from None
        try:
            conn = sqlite3.connect(path)
            try:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute("PRAGMA journal_mode = WAL")
                # The schema before the first open: a file with our mark and no tables is a
                # creation that was interrupted, and opening refuses it.
                chain.register(conn)
                migrations.apply(Database(conn))
            finally:
                conn.close()
            return cls.open(path, keep_backups=0)
        except (sqlite3.Error, ProjectError) as error:
            for side in ("", "-wal", "-shm"):
                Path(f"{path}{side}").unlink(missing_ok=True)
            raise WriteFailed(str(path), f"the project could not be created ({error})") from None

    @classmethod
    def open(
        cls, path: str | Path, *, read_only: bool = False, keep_backups: int = backups.DEFAULT_KEEP
    ) -> Self:
        """Open an existing project, checking first, without writing, that it is one we can use.

        Opening for writing takes the writer's lock (ProjectLocked if another window holds it) and
        a backup (see `backups`); `keep_backups=0` takes none.
        """
        path = Path(path)
        if read_only:
            return cls._open_read_only(path)
        if not path.exists():
            raise ProjectError(str(path), "no such file")
        lock_fd = lock(path)
        conn: sqlite3.Connection | None = None
        try:
            check_file(path)
            check_writable(path)
            conn = connect_writer(path)
            chain.register(conn)
            db = Database(conn)
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
            make_private(path)  # also a file made before projects were private
            last_backup, backup_problem = None, None
            try:  # before the schema upgrade, so the backup holds the file as it was
                last_backup = backups.take_backup(conn, path, keep_backups)
            except (WriteFailed, OSError) as error:  # the project opens; the window says why
                backup_problem = str(error)
            migrations.apply(db)
        except sqlite3.Error as error:
            if conn is not None:
                conn.close()
            unlock(lock_fd)
            if _is_write_error(error):
                raise WriteFailed(str(path), f"the project could not be opened ({error})") from None
            raise DamagedProject(str(path), f"the project could not be opened ({error})") from None
        except BaseException:
            if conn is not None:
                conn.close()
            unlock(lock_fd)
            raise
        return cls(path, db, lock_fd, False, last_backup, backup_problem)

    @classmethod
    def _open_read_only(cls, path: Path) -> Self:
        """Read without ever writing: a second window, a read-only medium, an older file."""
        check_file(path)
        try:
            if os.access(path.resolve().parent, os.W_OK):
                # Follows a writer's changes, through the -wal and -shm it shares with it.
                conn = connect_reader(path)
            else:
                conn = connect_read_only(path)
            if has_pending_migrations(conn):
                # An older file: upgrade a copy in memory, leaving the file as it is.
                memory = sqlite3.connect(":memory:")
                conn.backup(memory)
                conn.close()
                conn = memory
                chain.register(conn)
                migrations.apply(Database(conn))
        except sqlite3.Error as error:
            raise cannot_open(path, error) from None
        return cls(path, Database(conn), None, True)

    def close(self) -> None:
        try:
            if not self.read_only and self.history_check.is_verified:
                # The lock kept other writers out since the chain verified at open.
                self._write_checkpoint()
            self._db.close()
        finally:
            unlock(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def companion(self) -> ProjectFile:
        """A second connection to this open project, for another thread of this process (SQLite
        binds a connection to the thread that made it): it writes under this file's lock, which
        it never releases. Made and closed in the thread that uses it. The two connections take
        turns at SQLite's write lock, waiting for each other as two processes would."""
        if self.read_only:
            raise WriteFailed(str(self.path), "the project is open read-only")
        try:
            conn = connect_writer(self.path)
            chain.register(conn)  # it writes history entries too, through the one write path
            db = Database(conn)
            db.execute("PRAGMA foreign_keys = ON")
            db.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
        except sqlite3.Error as error:
            raise WriteFailed(
                str(self.path), f"the project could not be opened ({error})"
            ) from None
        return type(self)(self.path, db, None, False)

    # -- reading and writing -------------------------------------------------------------------

    @property
    def db(self) -> Database:
        """The database, for reading; write only inside `transaction`."""
        return self._db

    @contextmanager
    def transaction(self, what: str) -> Iterator[Database]:
        """One transaction; a failure leaves the file as it was and says what was not saved.

        `what` names the edit for the checker ("the verdict"), as in "the verdict was not saved".
        """
        if self.read_only:
            raise WriteFailed(
                str(self.path), f"the project is open read-only: {what} was not saved"
            )
        try:
            with self._db.atomic():
                yield self._db
                if not same_file(self.path, self._lock_fd):
                    raise _FileGone
        except _FileGone:
            raise WriteFailed(
                str(self.path),
                f"the project file was moved or deleted while open: {what} was not saved; "
                "use Save as to keep your work",
            ) from None
        except sqlite3.Error as error:
            raise WriteFailed(str(self.path), f"{what} was not saved ({_plain(error)})") from None

    # -- copies and backups --------------------------------------------------------------------

    def save_copy(self, target: str | Path, *, overwrite: bool = False) -> Path:
        """Write a complete copy of the project as it is now; this window keeps editing this file."""
        target = Path(target)
        if target.exists() and target.resolve() == self.path.resolve():
            raise ProjectError(str(target), "this is the project itself; choose another name")
        fd = lock(target) if target.exists() else None  # never overwrite a project open elsewhere
        try:
            return backups.copy_database(
                self._db.conn, target, journal_mode="WAL", overwrite=overwrite
            )
        finally:
            unlock(fd)

    def save_as(self, target: str | Path, *, overwrite: bool = False) -> None:
        """Copy the project to `target` and go on editing the copy; the old file stays as it was."""
        if self.read_only:
            raise WriteFailed(str(self.path), "the project is open read-only; use Save a copy")
        target = self.save_copy(target, overwrite=overwrite)
        other = ProjectFile.open(target, keep_backups=0)
        self.close()
        self.path, self._db, self._lock_fd = other.path, other._db, other._lock_fd

    def backup_now(self, keep: int = backups.DEFAULT_KEEP) -> Path | None:
        """Take a backup now unless the newest one already holds the same content."""
        return backups.take_backup(self._db.conn, self.path, keep)

    def integrity_check(self) -> str:
        """SQLite's full integrity check: "ok", or what is wrong."""
        rows = self._db.execute("PRAGMA integrity_check").fetchall()
        return "\n".join(str(row[0]) for row in rows)


class _FileGone(Exception):
    """Raised inside a transaction to roll it back when the project file is no longer there."""


def _is_write_error(error: sqlite3.Error) -> bool:
    """A failure of the disk or medium rather than of the file's content."""
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF  # extended codes keep the base
    return code in _WRITE_ERRORS


def _plain(error: sqlite3.Error) -> str:
    """SQLite's reason in the checker's words, followed by SQLite's own."""
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    reason = {
        sqlite3.SQLITE_FULL: "the disk is full",
        sqlite3.SQLITE_READONLY: "the file or its disk has become read-only",
        sqlite3.SQLITE_IOERR: "the disk could not be written",
        sqlite3.SQLITE_CORRUPT: "the file is damaged",
    }.get(code)
    return f"{reason}: {error}" if reason else str(error)
