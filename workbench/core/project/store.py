"""Opening, creating and editing a project file. Every edit is one committed transaction."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from sqlite_utils import Database

from workbench.core.model import Analysis, ArticleDraft, Atom, Verdict
from workbench.core.project import backups
from workbench.core.project.errors import (
    DamagedProject,
    ProjectError,
    RefusedEdit,
    WriteFailed,
)
from workbench.core.project.opening import (
    check_file,
    check_writable,
    connect_read_only,
    connect_writer,
    has_pending_migrations,
    lock,
    same_file,
    unlock,
)
from workbench.core.project.records import (
    ArticleRecord,
    ClaimChange,
    ClaimPlace,
    ClaimRecord,
    ClaimSnapshot,
    HistoryEntry,
    SourceRecord,
)
from workbench.core.project.rows import (
    anchor,
    article_record,
    atoms_found_again,
    atoms_json,
    claim_record,
    claim_row,
    claim_rows,
    dicts,
    history_entry,
    log_change,
    next_id,
    now,
    place_of,
    place_row,
    renumber,
    source_record,
)
from workbench.core.project.schema import APPLICATION_ID, migrations
from workbench.core.project.sources import SourceEdits, source_label, source_row

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
# Anchor statuses as the revision code stores them (workbench.core.revisions.AnchorStatus, which
# imports this package and so cannot be imported here).
_EXACT, _CHANGED, _AMBIGUOUS, _ORPHAN = "exact", "changed", "ambiguous", "orphan"
_ARTICLES_WITH_COUNTS = """
    SELECT a.*, COUNT(c.id) AS claim_count, COALESCE(SUM(c.verdict != 'unchecked'), 0) AS checked_count
    FROM articles a LEFT JOIN claims c ON c.article_id = a.id AND c.is_dismissed = 0
"""


def text_fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Project(SourceEdits):
    """An open project file. Use `Project.create` or `Project.open`; close it when done.

    `last_backup` is the backup taken when it was opened (None if none was needed);
    `backup_problem` says why none could be taken, for the window to show.
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

    # -- opening and closing -------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path) -> Project:
        """Create a new, empty project; refuse to replace an existing file."""
        path = Path(path)
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
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
    ) -> Project:
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
            db = Database(conn)
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
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
    def _open_read_only(cls, path: Path) -> Project:
        """Read without ever writing: a second window, a read-only medium, an older file."""
        check_file(path)
        try:
            if os.access(path.resolve().parent, os.W_OK):
                # Follows a writer's changes, through the -wal and -shm it shares with it.
                conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
                conn.execute("PRAGMA busy_timeout = 2000")
            else:
                conn = connect_read_only(path)
            if has_pending_migrations(conn):
                # An older file: upgrade a copy in memory, leaving the file as it is.
                memory = sqlite3.connect(":memory:")
                conn.backup(memory)
                conn.close()
                conn = memory
                migrations.apply(Database(conn))
        except sqlite3.Error as error:
            raise DamagedProject(str(path), f"the project could not be opened ({error})") from None
        return cls(path, Database(conn), None, True)

    def close(self) -> None:
        try:
            self._db.close()
        finally:
            unlock(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _write(self, what: str) -> Iterator[Database]:
        """One transaction; a failure leaves the file as it was and says what was not saved."""
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

    @contextmanager
    def transaction(self, what: str) -> Iterator[Database]:
        """One transaction around several edits (the methods below nest in it): all or nothing.

        `what` names the edit in the message if it cannot be saved ("the group verdict").
        """
        with self._write(what) as db:
            yield db

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
        other = Project.open(target, keep_backups=0)
        self.close()
        self.path, self._db, self._lock_fd = other.path, other._db, other._lock_fd

    def backup_now(self, keep: int = backups.DEFAULT_KEEP) -> Path | None:
        """Take a backup now unless the newest one already holds the same content."""
        return backups.take_backup(self._db.conn, self.path, keep)

    def integrity_check(self) -> str:
        """SQLite's full integrity check: "ok", or what is wrong."""
        rows = self._db.execute("PRAGMA integrity_check").fetchall()
        return "\n".join(str(row[0]) for row in rows)

    # -- articles ------------------------------------------------------------------------------

    def add_articles(
        self, items: Sequence[tuple[ArticleDraft, Analysis]], who: str = ""
    ) -> list[int]:
        """Add analysed articles and their claims, all or nothing."""
        ids: list[int] = []
        with self._write("the import") as db:
            position = db.execute("SELECT COALESCE(MAX(position), 0) FROM articles").fetchone()[0]
            first_claim_id = next_id(db, "claims", "claim_id")
            for draft, analysis in items:
                position += 1
                inserted = db.table("articles").insert(
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
                )
                article_id = int(inserted.last_rowid or 0)
                ids.append(article_id)
                # Every text a checker reviewed is kept, the first one included.
                db.table("revisions").insert(
                    {
                        "article_id": article_id,
                        "revision": 1,
                        "title": draft.title,
                        "text": draft.text,
                        "sha256": text_fingerprint(draft.text),
                        "source_path": draft.source_path,
                        "imported_at": now(),
                    }
                )
                db.table("claims").insert_all(
                    claim_rows(article_id, draft.text, analysis, first_claim_id, now()),
                    batch_size=500,
                )
                first_claim_id += len(analysis.claims)
                self._log(db, None, article_id, "article", None, draft.title, who)
        return ids

    def articles(self) -> list[ArticleRecord]:
        rows = self._db.execute(f"{_ARTICLES_WITH_COUNTS} GROUP BY a.id ORDER BY a.position")
        return [article_record(row) for row in dicts(rows)]

    def article(self, article_id: int) -> ArticleRecord:
        rows = self._db.execute(
            f"{_ARTICLES_WITH_COUNTS} WHERE a.id = ? GROUP BY a.id", [article_id]
        )
        found = dicts(rows)
        if not found:
            raise KeyError(f"no article {article_id}")
        return article_record(found[0])

    # -- claims --------------------------------------------------------------------------------

    def claims(self, article_id: int | None = None) -> list[ClaimRecord]:
        if article_id is None:
            rows = self._db.execute("SELECT * FROM claims ORDER BY article_id, number")
        else:
            rows = self._db.execute(
                "SELECT * FROM claims WHERE article_id = ? ORDER BY number", [article_id]
            )
        return [claim_record(row) for row in dicts(rows)]

    def claim(self, claim_id: int) -> ClaimRecord:
        return claim_record(self._claim_row(self._db, claim_id))

    def set_verdict(
        self, claim_id: int, verdict: Verdict, who: str = "", *, place: ClaimPlace | None = None
    ) -> ClaimChange:
        """Give a claim its verdict.

        A verdict on a claim flagged "changed since verdict" is a verdict on its new wording,
        even when it is the same verdict again: the checker has read the claim as it is now, so
        the flag is cleared (an "anchor_status" history entry) and `change.place` holds the claim's
        place as it was, flag included. A claim lost or placed among several passages keeps its
        flag: a verdict says nothing about where the claim is. `change.place` is None when no
        flag was cleared.

        Undo, exact: `set_verdict(claim_id, change.old, place=change.place)`; a given `place` is
        put back in the same transaction (see `restore_place`).
        """
        value = Verdict(verdict).value
        with self._write("the verdict") as db:
            row = self._claim_row(db, claim_id)
            before = claim_record(row)
            old = before.verdict.value
            if old != value:
                db.execute(
                    "UPDATE claims SET verdict = ?, updated_at = ? WHERE id = ?",
                    [value, now(), claim_id],
                )
                self._log(db, claim_id, before.article_id, "verdict", old, value, who)
            previous: ClaimPlace | None = None
            if place is not None:
                previous, _ = self._put_place(db, row, place, who)
            elif row["anchor_status"] == _CHANGED:
                previous = place_of(row)
                db.execute(
                    "UPDATE claims SET anchor_status = ?, text_at_verdict = NULL, updated_at = ? "
                    "WHERE id = ?",
                    [_EXACT, now(), claim_id],
                )
                self._log(db, claim_id, before.article_id, "anchor_status", _CHANGED, _EXACT, who)
        return ClaimChange(
            self.claim(claim_id), "verdict", old, value, before=before, place=previous
        )

    def set_rationale(self, claim_id: int, rationale: str, who: str = "") -> ClaimChange:
        """Undo: `set_rationale(claim_id, change.old)`."""
        return self._set_claim_field(claim_id, "rationale", rationale, who, "the rationale")

    def _set_claim_field(
        self, claim_id: int, field: str, value: str, who: str, what: str
    ) -> ClaimChange:
        with self._write(what) as db:
            before = claim_record(self._claim_row(db, claim_id))
            old = getattr(before, field)
            old = old.value if isinstance(old, Verdict) else old
            if old != value:
                db.execute(
                    f"UPDATE claims SET {field} = ?, updated_at = ? WHERE id = ?",
                    [value, now(), claim_id],
                )
                self._log(db, claim_id, before.article_id, field, old, value, who)
        return ClaimChange(self.claim(claim_id), field, old, value, before=before)

    def add_claim(self, article_id: int, start: int, end: int, who: str = "") -> ClaimChange:
        """Add a claim by hand over `text[start:end]` (surrounding spaces left out).

        Numbers follow the position in the text, so later claims are renumbered (in
        `renumbered`). Undo: `remove_claim(change.claim.id)`.
        """
        with self._write("the new claim") as db:
            text = self._article_text(db, article_id)
            start, end = _checked_span(text, start, end)
            same = db.execute(
                'SELECT number FROM claims WHERE article_id = ? AND start = ? AND "end" = ?',
                [article_id, start, end],
            ).fetchone()
            if same is not None:
                raise RefusedEdit(f"claim {same[0]} already covers exactly this passage")
            claim_id = next_id(db, "claims", "claim_id")
            db.table("claims").insert(
                {
                    "id": claim_id,
                    "article_id": article_id,
                    "number": 0,  # set by the renumbering below
                    **anchor(text, start, end),
                    "score": 1.0,
                    "checkworthy": 1,
                    "types": "[]",
                    "reasons": json.dumps(["added by the checker"]),
                    "atoms": "[]",
                    "source": None,
                    "origin": "manual",
                    "verdict": Verdict.UNCHECKED.value,
                    "rationale": "",
                    "is_dismissed": 0,
                    "updated_at": now(),
                }
            )
            renumbered = renumber(db, article_id, claim_id)
            self._log(db, claim_id, article_id, "claim", None, text[start:end], who)
        claim = self.claim(claim_id)
        return ClaimChange(
            claim, "claim", None, claim.text, renumbered=self._claims_by_id(renumbered)
        )

    def set_claim_span(
        self,
        claim_id: int,
        start: int,
        end: int,
        who: str = "",
        *,
        atoms: Sequence[Atom] | None = None,
    ) -> ClaimChange:
        """Move a claim over another passage of its article; atoms outside it are dropped.

        `atoms` replaces the claim's atoms instead (each must lie inside the passage).

        A claim the last revision lost or found in several places is placed by this: the checker
        chose its passage. Its flag and other places go; its atoms are looked for by their words
        in the passage; and, as when placing it (`revisions.place_claim`), a wording other than
        the one its verdict was given on leaves it "changed since verdict" until confirmed. A claim
        already flagged "changed" stays so: moving it is not reading it again.

        Undo, exact (flag, other places and atoms included): `restore_place(claim_id,
        change.place)`.
        """
        with self._write("the claim's new passage") as db:
            row = self._claim_row(db, claim_id)
            before = claim_record(row)
            previous = place_of(row)
            text = self._article_text(db, before.article_id)
            start, end = _checked_span(text, start, end)
            placing = previous.anchor_status in (_ORPHAN, _AMBIGUOUS)
            renumbered: list[int] = []
            if atoms is None and placing:
                # An orphan's atoms have no offsets left; an ambiguous one's may be at another copy.
                kept = atoms_found_again(previous.atoms, text, start, end)
            elif atoms is None:
                kept = [atom for atom in previous.atoms if start <= atom.start and atom.end <= end]
            elif all(start <= atom.start and atom.end <= end for atom in atoms):
                kept = list(atoms)
            else:
                raise RefusedEdit("an atom lies outside the claim's passage")
            if placing or (start, end, tuple(kept)) != (before.start, before.end, before.atoms):
                placed = anchor(text, start, end)
                values = {**placed, "atoms": atoms_json(kept), "updated_at": now()}
                status = previous.anchor_status
                if placing:
                    text_at_verdict = previous.text_at_verdict
                    if placed["text"] != previous.text and text_at_verdict is None:
                        text_at_verdict = previous.text
                    status = _EXACT if text_at_verdict is None else _CHANGED
                    values.update(
                        anchor_status=status,
                        anchor_alternatives=None,
                        text_at_verdict=text_at_verdict,
                    )
                db.table("claims").update(claim_id, values)
                renumbered = renumber(db, before.article_id, claim_id)
                self._log(db, claim_id, before.article_id, "span", before.text, placed["text"], who)
                if status != previous.anchor_status:
                    self._log(
                        db,
                        claim_id,
                        before.article_id,
                        "anchor_status",
                        previous.anchor_status,
                        status,
                        who,
                    )
        return self._span_change(claim_id, before, renumbered, previous)

    def restore_place(self, claim_id: int, place: ClaimPlace, who: str = "") -> ClaimChange:
        """Put a claim back where it was and as sure of it as it was: span, wording, context,
        atoms, anchor status, other places and the wording of its verdict.

        The undo of every edit that returns a `change.place`. Refused (RefusedEdit) when the
        article's text no longer holds the place's wording there. `change.place` is the place
        it had, so restoring that undoes the restore.
        """
        with self._write("the claim's place") as db:
            row = self._claim_row(db, claim_id)
            before = claim_record(row)
            previous, renumbered = self._put_place(db, row, place, who)
        return self._span_change(claim_id, before, renumbered, previous)

    def _span_change(
        self, claim_id: int, before: ClaimRecord, renumbered: list[int], previous: ClaimPlace
    ) -> ClaimChange:
        """The change a move or a restore of the claim's place made, read after its commit."""
        claim = self.claim(claim_id)
        return ClaimChange(
            claim,
            "span",
            before.text,
            claim.text,
            before=before,
            renumbered=self._claims_by_id(renumbered),
            place=previous,
        )

    def _put_place(
        self, db: Database, row: dict[str, Any], place: ClaimPlace, who: str
    ) -> tuple[ClaimPlace, list[int]]:
        """Write `place` over the claim's row; returns its place before, and the renumbered."""
        claim_id, article_id = row["id"], row["article_id"]
        text = self._article_text(db, article_id)
        lost = place.start == place.end  # an orphan keeps only roughly where it was
        if not 0 <= place.start <= place.end <= len(text) or (
            not lost and text[place.start : place.end] != place.text
        ):
            raise RefusedEdit("the article's text changed since the claim was there")
        previous = place_of(row)
        if previous == place:
            return previous, []
        db.table("claims").update(claim_id, {**place_row(place), "updated_at": now()})
        renumbered = renumber(db, article_id, claim_id)
        if (previous.start, previous.end, previous.text) != (place.start, place.end, place.text):
            self._log(db, claim_id, article_id, "span", previous.text, place.text, who)
        if (previous.anchor_status or _EXACT) != (place.anchor_status or _EXACT):
            self._log(
                db,
                claim_id,
                article_id,
                "anchor_status",
                previous.anchor_status or _EXACT,
                place.anchor_status or _EXACT,
                who,
            )
        return previous, renumbered

    def set_dismissed(self, claim_id: int, is_dismissed: bool, who: str = "") -> ClaimChange:
        """Dismiss a detected claim (it stays, greyed, with its number) or bring it back.

        Undo: `set_dismissed(claim_id, not is_dismissed)`.
        """
        with self._write("the dismissal" if is_dismissed else "the claim's return") as db:
            before = claim_record(self._claim_row(db, claim_id))
            if before.origin == "manual":
                raise RefusedEdit(f"claim {before.number} was added by hand: delete it instead")
            old, new = _flag(before.is_dismissed), _flag(is_dismissed)
            if old != new:
                db.execute(
                    "UPDATE claims SET is_dismissed = ?, updated_at = ? WHERE id = ?",
                    [int(is_dismissed), now(), claim_id],
                )
                self._log(db, claim_id, before.article_id, "is_dismissed", old, new, who)
        return ClaimChange(self.claim(claim_id), "is_dismissed", old, new, before=before)

    def dismiss_claim(self, claim_id: int, who: str = "") -> ClaimChange:
        return self.set_dismissed(claim_id, True, who)

    def undismiss_claim(self, claim_id: int, who: str = "") -> ClaimChange:
        return self.set_dismissed(claim_id, False, who)

    def remove_claim(self, claim_id: int, who: str = "") -> ClaimChange:
        """Delete a claim added by hand, with its sources; detected claims are dismissed instead.

        Undo: `restore_claim(change.snapshot)` brings it back exactly (id, verdict, sources).
        """
        with self._write("the claim's removal") as db:
            row = self._claim_row(db, claim_id)
            claim = claim_record(row)
            if claim.origin != "manual":
                raise RefusedEdit(f"claim {claim.number} was detected: dismiss it instead")
            sources = self._source_rows(db, claim_id)
            for source in sources:
                db.execute("DELETE FROM sources WHERE id = ?", [source.id])
                self._log(
                    db,
                    claim_id,
                    claim.article_id,
                    "source",
                    source_label(source),
                    None,
                    who,
                    source_id=source.id,
                )
            db.execute("DELETE FROM claims WHERE id = ?", [claim_id])
            renumbered = renumber(db, claim.article_id, None)
            self._log(db, claim_id, claim.article_id, "claim", claim.text, None, who)
        snapshot = ClaimSnapshot(claim=claim, sources=tuple(sources), row=row)
        return ClaimChange(
            claim,
            "claim",
            claim.text,
            None,
            before=claim,
            renumbered=self._claims_by_id(renumbered),
            snapshot=snapshot,
        )

    def restore_claim(self, snapshot: ClaimSnapshot, who: str = "") -> ClaimChange:
        """Put back a removed claim exactly as it was: same id, verdict, rationale and sources."""
        row = dict(snapshot.row)
        claim_id, article_id = row["id"], row["article_id"]
        with self._write("the restored claim") as db:
            if db.execute("SELECT 1 FROM claims WHERE id = ?", [claim_id]).fetchone():
                raise RefusedEdit(f"claim {snapshot.claim.number} is already in the project")
            text = self._article_text(db, article_id)
            if text[row["start"] : row["end"]] != row["text"]:
                raise RefusedEdit("the article's text changed since the claim was removed")
            db.table("claims").insert(row)
            renumbered = renumber(db, article_id, claim_id)
            self._log(db, claim_id, article_id, "claim", None, row["text"], who)
            for source in snapshot.sources:
                db.table("sources").insert(source_row(source))
                self._log(
                    db,
                    claim_id,
                    article_id,
                    "source",
                    None,
                    source_label(source),
                    who,
                    source_id=source.id,
                )
        claim = self.claim(claim_id)
        return ClaimChange(
            claim, "claim", None, claim.text, renumbered=self._claims_by_id(renumbered)
        )

    def _claims_by_id(self, ids: Sequence[int]) -> tuple[ClaimRecord, ...]:
        return tuple(self.claim(claim_id) for claim_id in ids)

    # -- history -------------------------------------------------------------------------------

    def history(
        self, claim_id: int | None = None, *, article_id: int | None = None
    ) -> list[HistoryEntry]:
        """Every change, oldest first: all of them, one claim's, or one article's."""
        if claim_id is not None:
            rows = self._db.execute(
                "SELECT * FROM history WHERE claim_id = ? ORDER BY id", [claim_id]
            )
        elif article_id is not None:
            rows = self._db.execute(
                "SELECT * FROM history WHERE article_id = ? ORDER BY id", [article_id]
            )
        else:
            rows = self._db.execute("SELECT * FROM history ORDER BY id")
        return [history_entry(row) for row in dicts(rows)]

    def _log(
        self,
        db: Database,
        claim_id: int | None,
        article_id: int | None,
        field: str,
        old: str | None,
        new: str | None,
        who: str,
        *,
        source_id: int | None = None,
    ) -> None:
        log_change(db, who, claim_id, article_id, field, old, new, source_id=source_id)

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

    # -- lookups inside a transaction ----------------------------------------------------------

    _claim_row = staticmethod(claim_row)

    @staticmethod
    def _article_text(db: Database, article_id: int) -> str:
        row = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise KeyError(f"no article {article_id}")
        return str(row[0])

    @staticmethod
    def _source_rows(db: Database, claim_id: int) -> list[SourceRecord]:
        rows = db.execute("SELECT * FROM sources WHERE claim_id = ? ORDER BY id", [claim_id])
        return [source_record(row) for row in dicts(rows)]


class _FileGone(Exception):
    """Raised inside a transaction to roll it back when the project file is no longer there."""


def _checked_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding spaces, or RefusedEdit saying why it cannot be a claim."""
    if not 0 <= start < end <= len(text):
        raise RefusedEdit(f"the passage {start}-{end} is outside the article (0-{len(text)})")
    passage = text[start:end]
    stripped = passage.strip()
    if not stripped:
        raise RefusedEdit("the passage is empty")
    start += len(passage) - len(passage.lstrip())
    end = start + len(stripped)
    if "\n" in stripped:
        raise RefusedEdit("a claim cannot run across a paragraph break")
    return start, end


def _flag(value: bool) -> str:
    return "true" if value else "false"


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
