"""The project schema, as sqlite-utils migrations applied in order when a project is opened."""

from __future__ import annotations

import re
import sqlite3

from sqlite_utils import Database, Migrations

# Marks the file as ours in the SQLite header ("WBNC"), so a foreign SQLite file is told apart.
APPLICATION_ID = 0x57424E43
MIGRATION_SET = "workbench"

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_initial(db: Database) -> None:
    db.table("articles").create(
        {
            "id": int,
            "position": int,
            "title": str,
            "text": str,
            "language": str,
            "model": str,
            "sha256": str,
            "revision": int,
            "metadata": str,  # JSON
            "source_path": str,
            "imported_at": str,
        },
        pk="id",
        not_null={"title", "text", "sha256"},
    )
    db.table("claims").create(
        {
            "id": int,
            "article_id": int,
            "number": int,
            "start": int,
            "end": int,
            "text": str,
            "prefix": str,  # context kept so the claim can be re-anchored after the text changes
            "suffix": str,
            "score": float,
            "checkworthy": int,
            "types": str,  # JSON list
            "reasons": str,  # JSON list
            "atoms": str,  # JSON list
            "source": str,
            "origin": str,
            "verdict": str,
            "rationale": str,
            "is_dismissed": int,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        defaults={"verdict": "unchecked", "rationale": "", "is_dismissed": 0, "origin": "detected"},
    )
    db.table("claims").create_index(["article_id", "start"])
    db.table("sources").create(
        {
            "id": int,
            "claim_id": int,
            "url": str,
            "title": str,
            "excerpt": str,
            "accessed": str,
        },
        pk="id",
        foreign_keys=[("claim_id", "claims", "id")],
    )
    db.table("sources").create_index(["claim_id"])
    db.table("history").create(
        {
            "id": int,
            "at": str,
            "who": str,
            "claim_id": int,
            "article_id": int,
            "field": str,
            "old": str,
            "new": str,
        },
        pk="id",
    )
    db.table("history").create_index(["claim_id"])
    db.table("state").create({"key": str, "value": str}, pk="key")


@migrations()
def m002_history_append_only(db: Database) -> None:
    """History rows name the source they are about, and can no longer be changed or deleted."""
    db.table("history").add_column("source_id", int)
    db.table("history").create_index(["source_id"])
    db.table("history").create_index(["article_id"])
    # The program never updates or deletes history; these make a bug or a script unable to either.
    for action in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER history_refuses_{action.lower()} BEFORE {action} ON history "
            "BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END"
        )


@migrations()
def m010_revisions(db: Database) -> None:
    """Every revision's text is kept, and each claim says how it was re-anchored in the last one."""
    db.table("revisions").create(
        {
            "id": int,
            "article_id": int,
            "revision": int,
            "title": str,
            "text": str,
            "sha256": str,
            "source_path": str,
            "imported_at": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"text", "sha256"},
    )
    db.table("revisions").create_index(["article_id", "revision"], unique=True)
    # anchor_status: exact, moved, changed, ambiguous or orphan; NULL if never re-anchored (exact).
    # anchor_alternatives: JSON [[start, end], ...], the other places of an ambiguous claim.
    # text_at_verdict: the wording before the claim changed, until the checker confirms it.
    # since_revision: the revision a claim first appeared in; NULL for the first import.
    db.table("claims").add_column("anchor_status", str)
    db.table("claims").add_column("anchor_alternatives", str)
    db.table("claims").add_column("text_at_verdict", str)
    db.table("claims").add_column("since_revision", int)
    db.execute(
        "INSERT INTO revisions (article_id, revision, title, text, sha256, source_path, imported_at) "
        "SELECT id, COALESCE(revision, 1), title, text, sha256, source_path, imported_at FROM articles"
    )


@migrations(transactional=False)  # rebuilding a referenced table needs foreign keys off
def m011_ids_never_reused(db: Database) -> None:
    """Claims and sources get AUTOINCREMENT ids, so no new row takes a removed row's id.

    The history names removed claims and sources by id; without this SQLite gives the highest
    removed id to the next row inserted, whichever module inserts it.
    """
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        if db.execute("PRAGMA foreign_keys").fetchone()[0]:  # a no-op inside a transaction
            raise sqlite3.OperationalError("foreign keys could not be turned off for the rebuild")
        with db.atomic():
            for table, history_column in (("claims", "claim_id"), ("sources", "source_id")):
                _rebuild_with_autoincrement(db, table)
                db.execute("DELETE FROM sqlite_sequence WHERE name = ?", [table])
                db.execute(
                    "INSERT INTO sqlite_sequence (name, seq) SELECT ?, MAX("
                    f"COALESCE((SELECT MAX(id) FROM {table}), 0), "
                    f"COALESCE((SELECT MAX({history_column}) FROM history), 0))",
                    [table],
                )
            problems = db.execute("PRAGMA foreign_key_check").fetchall()
            if problems:  # rolls the rebuild back; the file stays as it was
                raise sqlite3.IntegrityError(f"foreign keys broken by the rebuild: {problems[:3]}")
    finally:
        db.execute("PRAGMA foreign_keys = ON")


_INTEGER_KEY = re.compile(
    r'((?:"id"|\[id\]|\bid\b)\s+INTEGER\s+PRIMARY\s+KEY)(?!\s+AUTOINCREMENT)', re.IGNORECASE
)


def _rebuild_with_autoincrement(db: Database, table: str) -> None:
    """SQLite's documented way to change a table's definition: new table, copy, drop, rename."""
    sql = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
    ).fetchone()[0]
    # Done already: a crash came after the rebuild was committed, before it was recorded.
    if "AUTOINCREMENT" in sql.upper():
        return
    new_sql, count = _INTEGER_KEY.subn(r"\1 AUTOINCREMENT", sql, count=1)
    if count != 1:
        raise sqlite3.DatabaseError(f"unexpected definition of {table}: {sql}")
    new_sql = new_sql.replace(f'CREATE TABLE "{table}"', f'CREATE TABLE "{table}_rebuilt"', 1)
    indexes = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        [table],
    ).fetchall()
    columns = ", ".join(f'"{row[1]}"' for row in db.execute(f'PRAGMA table_info("{table}")'))
    db.execute(new_sql)
    db.execute(f'INSERT INTO "{table}_rebuilt" ({columns}) SELECT {columns} FROM "{table}"')
    db.execute(f'DROP TABLE "{table}"')
    db.execute(f'ALTER TABLE "{table}_rebuilt" RENAME TO "{table}"')
    for (index_sql,) in indexes:
        db.execute(index_sql)
