"""The project schema, as sqlite-utils migrations applied in order when a project is opened."""

from __future__ import annotations

import re
import sqlite3

from sqlite_utils import Database, Migrations

from workbench.core.project import chain

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


@migrations()
def m120_importers_annotations(db: Database) -> None:
    """What a document says about spans of an article: reviewers' comments, tracked insertions
    and deletions, notes and parts (headers, footers, text boxes), kept from the import."""
    db.table("annotations").create(
        {
            "id": int,
            "article_id": int,
            "revision": int,  # the revision whose text the offsets index
            "kind": str,  # comment, insertion, deletion, note or part
            "start": int,
            "end": int,
            "author": str,
            "date": str,
            "text": str,
            "extra": str,  # JSON object
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "kind", "start", "end"},
    )
    db.table("annotations").create_index(["article_id", "start"])


# Identities that survive a copy: a desk gives parts of a project to several checkers and merges
# their files back, so rows are matched by where they were made, never by their local ids.
_IDENTIFIED = (("articles", "a"), ("claims", "c"), ("sources", "s"))


@migrations()
def m120_desk_identities(db: Database) -> None:
    """The project, its articles, claims, sources and history entries get identities.

    A row's identity is the project it was made in and its id there (ids are never reused), so
    a copy keeps it and an undone removal gets it back. History entries name the claim, article
    and source they are about by identity too, so an entry still says what it was about after
    the row is gone or when it is read in another file.
    """
    db.execute(
        "INSERT OR IGNORE INTO state (key, value) VALUES ('project_uid', lower(hex(randomblob(16))))"
    )
    db.table("identities_of_removed").create(
        {"tbl": str, "local_id": int, "uid": str}, pk=("tbl", "local_id")
    )
    for table, letter in _IDENTIFIED:
        db.table(table).add_column("uid", str)
        fresh = f"(SELECT value FROM state WHERE key = 'project_uid') || '.{letter}' || "
        db.execute(f"UPDATE {table} SET uid = {fresh}id")
        db.execute(f"CREATE UNIQUE INDEX {table}_uid ON {table}(uid)")
        db.execute(
            f"CREATE TRIGGER {table}_get_uid AFTER INSERT ON {table} WHEN NEW.uid IS NULL BEGIN "
            f"UPDATE {table} SET uid = COALESCE((SELECT uid FROM identities_of_removed "
            f"WHERE tbl = '{table}' AND local_id = NEW.id), {fresh}NEW.id) WHERE id = NEW.id; END"
        )
        db.execute(
            f"CREATE TRIGGER {table}_keep_uid AFTER DELETE ON {table} BEGIN "
            f"INSERT OR REPLACE INTO identities_of_removed (tbl, local_id, uid) "
            f"VALUES ('{table}', OLD.id, OLD.uid); END"
        )
    # Entries written before this migration have none; `desk` reads them as project_uid.h<id>.
    for column in ("uid", "claim_uid", "article_uid", "source_uid"):
        db.table("history").add_column(column, str)
    db.execute("CREATE UNIQUE INDEX history_uid ON history(uid) WHERE uid IS NOT NULL")


@migrations()
def m140_stable_claim_numbers(db: Database) -> None:
    """A claim's number never changes once given, and is never given again in its article.

    Until now numbers followed the reading order and were given again after every edit; they
    are given once more in that order (orphans last), for the last time. Each article then
    remembers the highest number it gave (`claim_numbers_given`), kept by a trigger whatever
    module inserts a claim, so a removed claim's number is not reused by the next one.
    """
    rows = db.execute(
        "SELECT id, article_id FROM claims "
        "ORDER BY article_id, COALESCE(anchor_status, '') = 'orphan', start, \"end\", id"
    ).fetchall()
    numbers: dict[int, int] = {}
    changes = []
    for claim_id, article_id in rows:
        numbers[article_id] = numbers.get(article_id, 0) + 1
        changes.append((numbers[article_id], claim_id))
    db.conn.executemany("UPDATE claims SET number = ? WHERE id = ?", changes)
    db.table("articles").add_column("claim_numbers_given", int, not_null_default=0)
    db.conn.executemany(
        "UPDATE articles SET claim_numbers_given = ? WHERE id = ?",
        [(given, article_id) for article_id, given in numbers.items()],
    )
    db.execute("CREATE UNIQUE INDEX claims_number ON claims(article_id, number)")
    db.execute(
        "CREATE TRIGGER claims_number_given AFTER INSERT ON claims BEGIN "
        "UPDATE articles SET claim_numbers_given = MAX(claim_numbers_given, NEW.number) "
        "WHERE id = NEW.article_id; END"
    )


@migrations()
def m190_history_chain(db: Database) -> None:
    """History entries are chained by hashes, and an entry can no longer be replaced.

    Existing entries are chained oldest first, as they stand (see `chain`).
    """
    db.table("history").add_column("prev_hash", str)
    db.table("history").add_column("entry_hash", str)
    chain.chain_existing(db)
