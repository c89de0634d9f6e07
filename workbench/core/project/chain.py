"""The history as a hash chain, the one way history entries are written, and its verification.

Transparency-log style: each entry stores the hash of the entry before it (`prev_hash`) and its
own `entry_hash`, the SHA-256 of a canonical encoding of its fields and `prev_hash`. Rewriting,
removing, inserting or reordering an entry breaks the chain at that entry; a report carries the
hash of the last entry (the head), so an editor holding the report can tell later that the trail
behind it was not rewritten. Triggers refuse UPDATE, DELETE and REPLACE on the history; the chain
is what finds a change made with the triggers dropped. The project also keeps a checkpoint (the
head when it was last opened or closed), so removing entries from the end is found as well.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

# The hash the first entry follows.
GENESIS = "0" * 64
HASH_FUNCTION = "workbench_history_hash"
# Every column of an entry the hash covers, in the order the encoding lists them.
HASHED_COLUMNS = (
    "id",
    "at",
    "who",
    "claim_id",
    "article_id",
    "field",
    "old",
    "new",
    "source_id",
    "uid",
    "claim_uid",
    "article_uid",
    "source_uid",
)
_INTEGER_COLUMNS = frozenset({"id", "claim_id", "article_id", "source_id"})
# The triggers that keep the history append-only; a project missing one warns at open.
GUARD_TRIGGERS = ("history_refuses_update", "history_refuses_delete", "history_refuses_replace")
CHECKPOINT_KEY = "history_checkpoint"


def _canonical(column: str, value: object) -> object:
    """The value as SQLite stores it in the column, so the hash written is the hash read back."""
    if value is None:
        return None
    if column in _INTEGER_COLUMNS:
        return value if isinstance(value, int) else str(value)
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def entry_hash(prev_hash: str | None, values: Sequence[object]) -> str:
    """The SHA-256 (hex) of the entry's `HASHED_COLUMNS` values, in that order, and `prev_hash`."""
    encoded = [prev_hash, *(_canonical(c, v) for c, v in zip(HASHED_COLUMNS, values, strict=True))]
    text = json.dumps(encoded, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _sql_hash(prev_hash: str | None, *values: object) -> str:
    return entry_hash(prev_hash, values)


def register(connection: sqlite3.Connection) -> None:
    """Give the connection the hash function the one write path uses inside its statement."""
    connection.create_function(
        HASH_FUNCTION, len(HASHED_COLUMNS) + 1, _sql_hash, deterministic=True
    )


@dataclass(frozen=True, slots=True)
class NewEntry:
    """An entry to append. `look_up` fills the three identities from the ids, in the statement."""

    at: str
    who: str
    claim_id: int | None
    article_id: int | None
    field: str
    old: str | None
    new: str | None
    source_id: int | None = None
    uid: str | None = None  # a fresh identity when None
    claim_uid: str | None = None
    article_uid: str | None = None
    source_uid: str | None = None
    look_up: bool = True


def _uid_of(table: str, column: str) -> str:
    """SQL for the identity of a row by its id, also once the row was removed."""
    return (
        f"COALESCE((SELECT uid FROM {table} WHERE id = n.{column}), "
        f"(SELECT uid FROM identities_of_removed WHERE tbl = '{table}' "
        f"AND local_id = n.{column}))"
    )


# What a new entry brings: its place among the new ones (`n`) instead of its id, the hashed
# fields, and whether the identities are looked up from the ids.
_NEW_COLUMNS = ("n", *HASHED_COLUMNS[1:], "look_up")
_RESOLVED = (
    "SELECT n.n, n.at, n.who, n.claim_id, n.article_id, n.field, n.old, n.new, n.source_id, n.uid, "
    f"CASE WHEN n.look_up THEN {_uid_of('claims', 'claim_id')} ELSE n.claim_uid END, "
    f"CASE WHEN n.look_up THEN {_uid_of('articles', 'article_id')} ELSE n.article_uid END, "
    f"CASE WHEN n.look_up THEN {_uid_of('sources', 'source_id')} ELSE n.source_uid END "
    "FROM new_entries n"
)
_ENTRY = ", ".join(f"r.{column}" for column in HASHED_COLUMNS[1:])


def append(db: Database, entries: Sequence[NewEntry]) -> list[dict[str, Any]]:
    """Append entries to the chain in one statement; returns the rows as stored, oldest first.

    One statement: the ids, the identities and each entry's hash over the previous one are
    worked out by SQLite from the chain's head as it is inside the transaction, so two writers
    can never chain two entries to the same head, and an edit keeps its statement budget.
    """
    if not entries:
        return []
    row = "(" + ", ".join("?" * len(_NEW_COLUMNS)) + ")"
    parameters: list[object] = []
    for position, entry in enumerate(entries, start=1):
        parameters += [
            position,
            entry.at,
            entry.who,
            entry.claim_id,
            entry.article_id,
            entry.field,
            entry.old,
            entry.new,
            entry.source_id,
            entry.uid or secrets.token_hex(16),
            entry.claim_uid,
            entry.article_uid,
            entry.source_uid,
            int(entry.look_up),
        ]
    sql = (
        f"WITH RECURSIVE new_entries({', '.join(_NEW_COLUMNS)}) AS "
        f"(VALUES {', '.join([row] * len(entries))}), "
        f"resolved({', '.join(['n', *HASHED_COLUMNS[1:]])}) AS ({_RESOLVED}), "
        "chain(n, id, prev_hash, entry_hash) AS ("
        "SELECT 0, COALESCE((SELECT MAX(id) FROM history), 0), NULL, "
        f"COALESCE((SELECT entry_hash FROM history ORDER BY id DESC LIMIT 1), '{GENESIS}') "
        "UNION ALL SELECT r.n, c.id + 1, c.entry_hash, "
        f"{HASH_FUNCTION}(c.entry_hash, c.id + 1, {_ENTRY}) "
        "FROM chain c JOIN resolved r ON r.n = c.n + 1) "
        f"INSERT INTO history ({', '.join(HASHED_COLUMNS)}, prev_hash, entry_hash) "
        f"SELECT c.id, {_ENTRY}, c.prev_hash, c.entry_hash "
        "FROM chain c JOIN resolved r ON r.n = c.n WHERE c.n > 0 ORDER BY c.n RETURNING *"
    )
    cursor = db.execute(sql, parameters)
    names = [column[0] for column in cursor.description]
    rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    return sorted(rows, key=lambda stored: int(stored["id"]))


# -- verification --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChainCheck:
    """What checking the history found. `problem` is None when every entry matches.

    `first_bad_id` is the id of the first entry that does not match (None when the problem is
    not one entry: missing triggers, entries removed from the end). `head` is the hash of the
    last entry, GENESIS for an empty history.
    """

    entries: int
    head: str
    problem: str | None = None
    first_bad_id: int | None = None

    @property
    def is_verified(self) -> bool:
        return self.problem is None


def verify(db: Database) -> ChainCheck:
    """Walk the whole history, oldest first, and name the first entry that does not match."""
    columns = ", ".join(HASHED_COLUMNS)
    cursor = db.execute(f"SELECT {columns}, prev_hash, entry_hash FROM history ORDER BY id")
    expected_prev, previous_id, count = GENESIS, None, 0
    seen: dict[int, str] = {}
    for row in cursor:
        count += 1
        entry_id = row[0]
        values, prev_hash, stored_hash = row[: len(HASHED_COLUMNS)], row[-2], row[-1]
        after = f"entry {previous_id}" if previous_id is not None else "the start of the history"
        if stored_hash is None:
            return ChainCheck(
                count,
                expected_prev,
                f"entry {entry_id} has no hash: it was written outside Workbench",
                entry_id,
            )
        if prev_hash != expected_prev:
            return ChainCheck(
                count,
                expected_prev,
                f"entry {entry_id} does not follow {after}: an entry was removed, inserted or "
                "moved there",
                entry_id,
            )
        if entry_hash(prev_hash, values) != stored_hash:
            return ChainCheck(
                count,
                expected_prev,
                f"entry {entry_id} was changed after it was written",
                entry_id,
            )
        expected_prev, previous_id = stored_hash, entry_id
        seen[int(entry_id)] = stored_hash
    problem = _checkpoint_problem(db, seen, previous_id)
    if problem is not None:
        return ChainCheck(count, expected_prev, problem)
    missing = missing_guards(db)
    if missing:
        return ChainCheck(
            count,
            expected_prev,
            "the history can be rewritten: the safeguard(s) "
            f"{', '.join(missing)} were removed from the project file",
        )
    return ChainCheck(count, expected_prev)


def _checkpoint_problem(db: Database, seen: dict[int, str], last_id: int | None) -> str | None:
    row = db.execute("SELECT value FROM state WHERE key = ?", [CHECKPOINT_KEY]).fetchone()
    if row is None or not row[0]:
        return None
    try:
        checkpoint_id_text, checkpoint_hash = str(row[0]).split(" ", 1)
        checkpoint_id = int(checkpoint_id_text)
    except ValueError:
        return "the history's checkpoint is unreadable: it was changed outside Workbench"
    if seen.get(checkpoint_id) == checkpoint_hash:
        return None
    if checkpoint_id not in seen:
        last = f"entry {last_id}" if last_id is not None else "no entry"
        return (
            f"the history ends at {last}, but it held entry {checkpoint_id} when the project "
            "was last opened: entries were removed from its end"
        )
    return f"entry {checkpoint_id} is not the entry recorded when the project was last opened"


def missing_guards(db: Database) -> list[str]:
    present = {
        str(name)
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'history'"
        ).fetchall()
    }
    return [name for name in GUARD_TRIGGERS if name not in present]


def write_checkpoint(db: Database) -> None:
    """Remember the head, so a later removal of entries from the end is found. Call it only
    when the chain verified (at open), or when this program alone wrote since (at close)."""
    row = db.execute("SELECT id, entry_hash FROM history ORDER BY id DESC LIMIT 1").fetchone()
    if row is None or row[1] is None:
        return
    db.execute(
        "INSERT INTO state (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value",
        [CHECKPOINT_KEY, f"{row[0]} {row[1]}"],
    )


def create_guards(db: Database) -> None:
    """The triggers refusing UPDATE, DELETE and REPLACE (INSERT on an existing id)."""
    for action in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER IF NOT EXISTS history_refuses_{action.lower()} BEFORE {action} "
            "ON history BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END"
        )
    db.execute(
        "CREATE TRIGGER IF NOT EXISTS history_refuses_replace BEFORE INSERT ON history "
        "WHEN EXISTS (SELECT 1 FROM history WHERE id = NEW.id) "
        "BEGIN SELECT RAISE(ABORT, 'the history is append-only: an entry cannot be replaced'); END"
    )


def chain_existing(db: Database) -> None:
    """Give every entry written before the chain its hashes, oldest first (a migration step)."""
    db.execute("DROP TRIGGER IF EXISTS history_refuses_update")
    columns = ", ".join(HASHED_COLUMNS)
    rows = db.execute(f"SELECT {columns} FROM history ORDER BY id").fetchall()
    prev = GENESIS
    updates = []
    for values in rows:
        current = entry_hash(prev, values)
        updates.append((prev, current, values[0]))
        prev = current
    db.conn.executemany("UPDATE history SET prev_hash = ?, entry_hash = ? WHERE id = ?", updates)
    create_guards(db)
