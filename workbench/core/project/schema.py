"""The project schema, as sqlite-utils migrations applied in order when a project is opened."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

# Marks the file as ours in the SQLite header ("WBNC"), so a foreign SQLite file is told apart.
APPLICATION_ID = 0x57424E43
MIGRATION_SET = "workbench"

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_initial(db: Database) -> None:
    db["articles"].create(
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
    db["claims"].create(
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
    db["claims"].create_index(["article_id", "start"])
    db["sources"].create(
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
    db["sources"].create_index(["claim_id"])
    db["history"].create(
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
    db["history"].create_index(["claim_id"])
    db["state"].create({"key": str, "value": str}, pk="key")


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
    # NULL anchor_status means the claim was never re-anchored (the same as "exact").
    db.table("claims").add_column("anchor_status", str)
    db.table("claims").add_column("anchor_alternatives", str)  # JSON [[start, end], ...] when ambiguous
    db.table("claims").add_column("text_at_verdict", str)  # the wording before it changed, until confirmed
    db.table("claims").add_column("since_revision", int)
    db.execute(
        "INSERT INTO revisions (article_id, revision, title, text, sha256, source_path, imported_at) "
        "SELECT id, COALESCE(revision, 1), title, text, sha256, source_path, imported_at FROM articles"
    )
