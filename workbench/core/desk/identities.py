"""Reading rows and history entries by identity, whichever file they are in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from workbench.core.project import chain
from workbench.core.project.rows import dicts

# Fields of the history that are about the desk itself, not about a claim's content.
DESK_FIELDS = frozenset({"part", "merge", "merge.conflict"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One history entry with the identities of what it is about."""

    uid: str
    at: str
    who: str
    field: str
    old: str | None
    new: str | None
    claim_uid: str | None
    article_uid: str | None
    source_uid: str | None
    local_id: int  # the entry's id, and the ids of what it is about, in the file it was read from
    local_claim_id: int | None
    local_article_id: int | None
    local_source_id: int | None


def project_uid(db: Database) -> str:
    row = db.execute("SELECT value FROM state WHERE key = 'project_uid'").fetchone()
    if row is None:  # only a file that never ran the identities migration
        raise LookupError("the project has no identity")
    return str(row[0])


def entries(db: Database) -> dict[str, Entry]:
    """Every history entry by identity, oldest first (dicts keep insertion order).

    Entries older than identities are named after the project they were written in and their id
    there; parts copy them under that name, so both files agree on it.
    """
    puid = project_uid(db)
    rows = db.execute(
        "SELECT h.id, h.at, h.who, h.field, h.old, h.new, h.claim_id, h.article_id, h.source_id, "
        "COALESCE(h.uid, ? || '.h' || h.id) AS uid, "
        "COALESCE(h.claim_uid, c.uid, rc.uid) AS claim_uid, "
        "COALESCE(h.article_uid, a.uid) AS article_uid, "
        "COALESCE(h.source_uid, s.uid, rs.uid) AS source_uid "
        "FROM history h "
        "LEFT JOIN claims c ON c.id = h.claim_id "
        "LEFT JOIN identities_of_removed rc ON rc.tbl = 'claims' AND rc.local_id = h.claim_id "
        "LEFT JOIN articles a ON a.id = h.article_id "
        "LEFT JOIN sources s ON s.id = h.source_id "
        "LEFT JOIN identities_of_removed rs ON rs.tbl = 'sources' AND rs.local_id = h.source_id "
        "ORDER BY h.id",
        [puid],
    )
    found: dict[str, Entry] = {}
    for row in dicts(rows):
        entry = Entry(
            uid=row["uid"],
            at=row["at"] or "",
            who=row["who"] or "",
            field=row["field"],
            old=row["old"],
            new=row["new"],
            claim_uid=row["claim_uid"],
            article_uid=row["article_uid"],
            source_uid=row["source_uid"],
            local_id=row["id"],
            local_claim_id=row["claim_id"],
            local_article_id=row["article_id"],
            local_source_id=row["source_id"],
        )
        found[entry.uid] = entry
    return found


def rows_by_uid(
    db: Database, table: str, where: str = "", params: Any = ()
) -> dict[str, dict[str, Any]]:
    sql = f"SELECT * FROM {table}"
    if where:
        sql += f" WHERE {where}"
    return {row["uid"]: row for row in dicts(db.execute(sql + " ORDER BY id", list(params)))}


def removed_uids(db: Database, table: str) -> set[str]:
    rows = db.execute("SELECT uid FROM identities_of_removed WHERE tbl = ?", [table])
    return {str(uid) for (uid,) in rows.fetchall() if uid}


def columns(db: Database, table: str) -> list[str]:
    return [str(row[1]) for row in db.execute(f'PRAGMA table_info("{table}")').fetchall()]


def insert_entry(
    db: Database, entry: Entry, claim_id: int | None, article_id: int | None, source_id: int | None
) -> None:
    """Append a history entry written elsewhere, keeping its identity, time and author.

    It is chained to this file's history like any entry (see `chain.append`).
    """
    chain.append(
        db,
        [
            chain.NewEntry(
                at=entry.at,
                who=entry.who,
                claim_id=claim_id,
                article_id=article_id,
                field=entry.field,
                old=entry.old,
                new=entry.new,
                source_id=source_id,
                uid=entry.uid,
                claim_uid=entry.claim_uid,
                article_uid=entry.article_uid,
                source_uid=entry.source_uid,
                look_up=False,
            )
        ],
    )
