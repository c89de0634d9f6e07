"""Opening, creating and editing a project file. Every edit is one committed transaction."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workbench.core.model import Analysis, ArticleDraft, Atom, AtomKind, ClaimType, Verdict
from workbench.core.project.errors import (
    DamagedProject,
    NewerSchema,
    NotAProject,
    ProjectError,
    ProjectLocked,
    WriteFailed,
)
from workbench.core.project.records import (
    ArticleRecord,
    ClaimChange,
    ClaimRecord,
    HistoryEntry,
    SourceRecord,
)
from workbench.core.project.schema import APPLICATION_ID, MIGRATION_SET, migrations

PROJECT_SUFFIX = ".wbproj"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_CONTEXT_CHARS = 32

try:  # advisory whole-file lock; not on Windows, where SQLite's own locking still applies
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def text_fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Project:
    """An open project file. Use `Project.create` or `Project.open`; close it when done."""

    def __init__(self, path: Path, db: Database, lock_fd: int | None, read_only: bool) -> None:
        self.path = path
        self._db = db
        self._lock_fd = lock_fd
        self.read_only = read_only

    # -- opening and closing -------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path) -> Project:
        """Create a new, empty project; refuse to replace an existing file."""
        path = Path(path)
        if path.exists():
            raise ProjectError(str(path), "a file with this name already exists")
        try:
            conn = sqlite3.connect(path)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.close()
        except sqlite3.Error as error:
            raise WriteFailed(str(path), f"the project could not be created ({error})") from None
        except OSError as error:
            raise WriteFailed(str(path), f"the project could not be created ({error.strerror})") from None
        return cls.open(path)

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Project:
        """Open an existing project, checking first, without writing, that it is one we can use."""
        path = Path(path)
        _check_file(path)
        lock_fd = None if read_only else _lock(path)
        try:
            if read_only:
                conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            else:
                conn = sqlite3.connect(path)
            db = Database(conn)
            db.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                db.execute("PRAGMA journal_mode = WAL")
                # FULL makes each commit durable across power loss, not only a crash of the program.
                db.execute("PRAGMA synchronous = FULL")
                migrations.apply(db)
        except sqlite3.Error as error:
            _unlock(lock_fd)
            raise DamagedProject(str(path), f"the project could not be opened ({error})") from None
        return cls(path, db, lock_fd, read_only)

    def close(self) -> None:
        try:
            self._db.close()
        finally:
            _unlock(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _write(self, what: str) -> Iterator[Database]:
        """One transaction; a failure leaves the file as it was and says what was not saved."""
        if self.read_only:
            raise WriteFailed(str(self.path), f"opened read-only: {what} was not saved")
        try:
            with self._db.atomic():
                yield self._db
        except sqlite3.OperationalError as error:
            raise WriteFailed(str(self.path), f"{what} was not saved ({error})") from None
        except sqlite3.DatabaseError as error:
            raise WriteFailed(str(self.path), f"{what} was not saved ({error})") from None

    # -- articles ------------------------------------------------------------------------------

    def add_articles(self, items: Sequence[tuple[ArticleDraft, Analysis]]) -> list[int]:
        """Add analysed articles and their claims, all or nothing."""
        ids: list[int] = []
        with self._write("the import") as db:
            position = db.execute("SELECT COALESCE(MAX(position), 0) FROM articles").fetchone()[0]
            for draft, analysis in items:
                position += 1
                article_id = db["articles"].insert(
                    {
                        "position": position,
                        "title": draft.title,
                        "text": draft.text,
                        "language": analysis.language,
                        "model": analysis.model,
                        "sha256": text_fingerprint(draft.text),
                        "revision": 1,
                        "metadata": json.dumps(draft.metadata, ensure_ascii=False),
                        "source_path": draft.source_path,
                        "imported_at": now(),
                    }
                ).last_pk
                ids.append(int(article_id))
                db["claims"].insert_all(
                    _claim_rows(int(article_id), draft.text, analysis), batch_size=500
                )
                self._log(db, None, int(article_id), "article", None, draft.title, who="")
        return ids

    def articles(self) -> list[ArticleRecord]:
        rows = self._db.execute(
            """SELECT a.*, COUNT(c.id) AS claim_count,
                      COALESCE(SUM(c.verdict != 'unchecked'), 0) AS checked_count
               FROM articles a LEFT JOIN claims c ON c.article_id = a.id AND c.is_dismissed = 0
               GROUP BY a.id ORDER BY a.position"""
        )
        return [_article(row) for row in _dicts(rows)]

    def article(self, article_id: int) -> ArticleRecord:
        rows = self._db.execute(
            """SELECT a.*, COUNT(c.id) AS claim_count,
                      COALESCE(SUM(c.verdict != 'unchecked'), 0) AS checked_count
               FROM articles a LEFT JOIN claims c ON c.article_id = a.id AND c.is_dismissed = 0
               WHERE a.id = ? GROUP BY a.id""",
            [article_id],
        )
        found = _dicts(rows)
        if not found:
            raise KeyError(f"no article {article_id}")
        return _article(found[0])

    # -- claims --------------------------------------------------------------------------------

    def claims(self, article_id: int | None = None) -> list[ClaimRecord]:
        if article_id is None:
            rows = self._db.execute("SELECT * FROM claims ORDER BY article_id, number")
        else:
            rows = self._db.execute(
                "SELECT * FROM claims WHERE article_id = ? ORDER BY number", [article_id]
            )
        return [_claim(row) for row in _dicts(rows)]

    def claim(self, claim_id: int) -> ClaimRecord:
        found = _dicts(self._db.execute("SELECT * FROM claims WHERE id = ?", [claim_id]))
        if not found:
            raise KeyError(f"no claim {claim_id}")
        return _claim(found[0])

    def set_verdict(self, claim_id: int, verdict: Verdict, who: str = "") -> ClaimChange:
        return self._set_claim_field(claim_id, "verdict", Verdict(verdict).value, who, "the verdict")

    def set_rationale(self, claim_id: int, rationale: str, who: str = "") -> ClaimChange:
        return self._set_claim_field(claim_id, "rationale", rationale, who, "the rationale")

    def _set_claim_field(
        self, claim_id: int, field: str, value: str, who: str, what: str
    ) -> ClaimChange:
        with self._write(what) as db:
            row = db.execute(f"SELECT {field}, article_id FROM claims WHERE id = ?", [claim_id]).fetchone()
            if row is None:
                raise KeyError(f"no claim {claim_id}")
            old, article_id = row
            if old != value:
                db.execute(
                    f"UPDATE claims SET {field} = ?, updated_at = ? WHERE id = ?",
                    [value, now(), claim_id],
                )
                self._log(db, claim_id, article_id, field, old, value, who)
        return ClaimChange(self.claim(claim_id), field, old, value)

    # -- sources and history -------------------------------------------------------------------

    def sources(self, claim_id: int) -> list[SourceRecord]:
        rows = self._db.execute("SELECT * FROM sources WHERE claim_id = ? ORDER BY id", [claim_id])
        return [SourceRecord(**row) for row in _dicts(rows)]

    def history(self, claim_id: int | None = None) -> list[HistoryEntry]:
        if claim_id is None:
            rows = self._db.execute("SELECT * FROM history ORDER BY id")
        else:
            rows = self._db.execute("SELECT * FROM history WHERE claim_id = ? ORDER BY id", [claim_id])
        return [HistoryEntry(**row) for row in _dicts(rows)]

    def _log(
        self,
        db: Database,
        claim_id: int | None,
        article_id: int | None,
        field: str,
        old: str | None,
        new: str | None,
        who: str,
    ) -> None:
        db.execute(
            "INSERT INTO history (at, who, claim_id, article_id, field, old, new) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [now(), who, claim_id, article_id, field, old, new],
        )

    # -- where the checker was -----------------------------------------------------------------

    def state(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM state WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def set_state(self, key: str, value: str | None) -> None:
        if self.read_only:
            return
        with self._write("the reading position") as db:
            if value is None:
                db.execute("DELETE FROM state WHERE key = ?", [key])
            else:
                db.execute(
                    "INSERT INTO state (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [key, value],
                )


# -- checks before opening -------------------------------------------------------------------------


def _check_file(path: Path) -> None:
    """Refuse, without writing anything, a file that is not a project this program can use."""
    if not path.exists():
        raise ProjectError(str(path), "no such file")
    if path.is_dir():
        raise NotAProject(str(path), "this is a folder, not a project file")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise ProjectError(str(path), f"cannot be read ({error.strerror})") from None
    if not header.startswith(_SQLITE_MAGIC):
        raise NotAProject(str(path), "not a Workbench project (it is not an SQLite database)")
    if len(header) < 100:
        raise DamagedProject(str(path), "the file is truncated")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise NotAProject(str(path), "an SQLite database of another program, not a Workbench project")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise DamagedProject(str(path), f"the file is damaged (SQLite reports: {result})")
            known = {migration.name for migration in migrations._migrations}
            applied = {
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
                )
            } if _has_table(conn, "_sqlite_migrations") else set()
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise DamagedProject(str(path), f"the file is damaged ({error})") from None
    unknown = applied - known
    if unknown:
        raise NewerSchema(
            str(path),
            "written by a newer version of Workbench; update the program to open it "
            f"(unknown schema changes: {', '.join(sorted(unknown))})",
        )


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", [name]).fetchone()
    return row is not None


def _lock(path: Path) -> int | None:
    if fcntl is None:  # pragma: no cover
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise ProjectLocked(
            str(path), "this project is already open in another window or program"
        ) from None
    return fd


def _unlock(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)  # closing the descriptor releases the flock


# -- rows to records -------------------------------------------------------------------------------


def _dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _claim_rows(article_id: int, text: str, analysis: Analysis) -> Iterable[dict[str, Any]]:
    for number, claim in enumerate(analysis.claims, start=1):
        yield {
            "article_id": article_id,
            "number": number,
            "start": claim.start,
            "end": claim.end,
            "text": claim.text,
            "prefix": text[max(0, claim.start - _CONTEXT_CHARS) : claim.start],
            "suffix": text[claim.end : claim.end + _CONTEXT_CHARS],
            "score": claim.score,
            "checkworthy": int(claim.checkworthy),
            "types": json.dumps([str(kind) for kind in claim.types]),
            "reasons": json.dumps(list(claim.reasons), ensure_ascii=False),
            "atoms": json.dumps(
                [[atom.start, atom.end, str(atom.kind), atom.text] for atom in claim.atoms],
                ensure_ascii=False,
            ),
            "source": claim.source,
            "origin": "detected",
            "verdict": Verdict.UNCHECKED.value,
            "rationale": "",
            "is_dismissed": 0,
            "updated_at": now(),
        }


def _article(row: dict[str, Any]) -> ArticleRecord:
    return ArticleRecord(
        id=row["id"],
        title=row["title"],
        text=row["text"],
        language=row["language"] or "unknown",
        model=row["model"] or "",
        sha256=row["sha256"],
        revision=row["revision"] or 1,
        metadata=json.loads(row["metadata"] or "{}"),
        source_path=row["source_path"],
        imported_at=row["imported_at"] or "",
        claim_count=row["claim_count"],
        checked_count=row["checked_count"],
    )


def _claim(row: dict[str, Any]) -> ClaimRecord:
    return ClaimRecord(
        id=row["id"],
        article_id=row["article_id"],
        number=row["number"],
        start=row["start"],
        end=row["end"],
        text=row["text"],
        score=row["score"],
        checkworthy=bool(row["checkworthy"]),
        types=tuple(ClaimType(kind) for kind in json.loads(row["types"] or "[]")),
        reasons=tuple(json.loads(row["reasons"] or "[]")),
        atoms=tuple(
            Atom(start, end, AtomKind(kind), text)
            for start, end, kind, text in json.loads(row["atoms"] or "[]")
        ),
        source=row["source"],
        origin=row["origin"],
        verdict=Verdict(row["verdict"]),
        rationale=row["rationale"] or "",
        is_dismissed=bool(row["is_dismissed"]),
        updated_at=row["updated_at"] or "",
    )
