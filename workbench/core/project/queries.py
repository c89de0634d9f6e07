"""The read side of a project: articles, claims, sources, history and state, as records.

Each query takes the database, so it runs alike on the open file and inside a transaction.
"""

from __future__ import annotations

from sqlite_utils import Database

from workbench.core.project.records import (
    ArticleRecord,
    ClaimRecord,
    HistoryEntry,
    SourceRecord,
)
from workbench.core.project.rows import (
    article_record,
    claim_record,
    claim_row,
    dicts,
    history_entry,
    source_record,
)

_ARTICLES_WITH_COUNTS = """
    SELECT a.*, COUNT(c.id) AS claim_count, COALESCE(SUM(c.verdict != 'unchecked'), 0) AS checked_count
    FROM articles a LEFT JOIN claims c ON c.article_id = a.id AND c.is_dismissed = 0
"""


# -- articles ----------------------------------------------------------------------------------


def articles(db: Database) -> list[ArticleRecord]:
    rows = db.execute(f"{_ARTICLES_WITH_COUNTS} GROUP BY a.id ORDER BY a.position")
    return [article_record(row) for row in dicts(rows)]


def article(db: Database, article_id: int) -> ArticleRecord:
    rows = db.execute(f"{_ARTICLES_WITH_COUNTS} WHERE a.id = ? GROUP BY a.id", [article_id])
    found = dicts(rows)
    if not found:
        raise KeyError(f"no article {article_id}")
    return article_record(found[0])


def article_text(db: Database, article_id: int) -> str:
    row = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise KeyError(f"no article {article_id}")
    return str(row[0])


# -- claims ------------------------------------------------------------------------------------


def claims(db: Database, article_id: int | None = None) -> list[ClaimRecord]:
    if article_id is None:
        rows = db.execute("SELECT * FROM claims ORDER BY article_id, number")
    else:
        rows = db.execute("SELECT * FROM claims WHERE article_id = ? ORDER BY number", [article_id])
    return [claim_record(row) for row in dicts(rows)]


def claim(db: Database, claim_id: int) -> ClaimRecord:
    return claim_record(claim_row(db, claim_id))


# -- sources -----------------------------------------------------------------------------------


def sources(db: Database, claim_id: int) -> list[SourceRecord]:
    rows = db.execute("SELECT * FROM sources WHERE claim_id = ? ORDER BY id", [claim_id])
    return [source_record(row) for row in dicts(rows)]


def source(db: Database, source_id: int) -> SourceRecord:
    found = dicts(db.execute("SELECT * FROM sources WHERE id = ?", [source_id]))
    if not found:
        raise KeyError(f"no source {source_id}")
    return source_record(found[0])


# -- history and state -------------------------------------------------------------------------


def history(
    db: Database, claim_id: int | None = None, *, article_id: int | None = None
) -> list[HistoryEntry]:
    """Every change, oldest first: all of them, one claim's, or one article's."""
    if claim_id is not None:
        rows = db.execute("SELECT * FROM history WHERE claim_id = ? ORDER BY id", [claim_id])
    elif article_id is not None:
        rows = db.execute("SELECT * FROM history WHERE article_id = ? ORDER BY id", [article_id])
    else:
        rows = db.execute("SELECT * FROM history ORDER BY id")
    return [history_entry(row) for row in dicts(rows)]


def state(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM state WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])
