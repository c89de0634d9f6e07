"""The read side of a project: articles, claims, sources, history and state, as records.

Each query takes the database, so it runs alike on the open file and inside a transaction.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from workbench.core.project.articles import import_keys
from workbench.core.project.records import (
    AnchorState,
    ArticleProgress,
    ArticleRecord,
    ArticleSummary,
    ClaimRecord,
    HistoryEntry,
    SourceRecord,
)
from workbench.core.project.rows import (
    READING_ORDER,
    anchor_state,
    article_record,
    claim_record,
    claim_row,
    dicts,
    history_entry,
    source_record,
    summary_record,
)

# Checked: a verdict, on the claim's present wording; one given on a wording a revision changed
# is "to re-check" (`Standing`) and counts as not checked, as it does in every report.
_CHECKED = "{0}verdict != 'unchecked' AND COALESCE({0}anchor_status, '') != 'changed'"
_COUNTS = f"""COUNT(c.id) AS claim_count, COALESCE(SUM({_CHECKED.format("c.")}), 0) AS checked_count
    FROM articles a LEFT JOIN claims c ON c.article_id = a.id AND c.is_dismissed = 0"""
_ARTICLES_WITH_COUNTS = f"SELECT a.*, {_COUNTS}"
# Every column but the text, which is most of an article's size.
_SUMMARIES_WITH_COUNTS = (
    "SELECT a.id, a.title, a.language, a.model, a.sha256, a.revision, a.metadata, "
    f"a.source_path, a.imported_at, {_COUNTS}"
)


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


def article_summaries(db: Database) -> list[ArticleSummary]:
    """Every article in reading order, without its text."""
    rows = db.execute(f"{_SUMMARIES_WITH_COUNTS} GROUP BY a.id ORDER BY a.position")
    return [summary_record(row) for row in dicts(rows)]


def article_summary(db: Database, article_id: int) -> ArticleSummary:
    rows = db.execute(f"{_SUMMARIES_WITH_COUNTS} WHERE a.id = ? GROUP BY a.id", [article_id])
    found = dicts(rows)
    if not found:
        raise KeyError(f"no article {article_id}")
    return summary_record(found[0])


def article_progress(db: Database, article_id: int) -> ArticleProgress:
    """The article's claim and verdict counts, counted as `articles` counts them."""
    row = db.execute(
        f"SELECT COUNT(*), COALESCE(SUM({_CHECKED.format('')}), 0) FROM claims "
        "WHERE article_id = ? AND is_dismissed = 0",
        [article_id],
    ).fetchone()
    return ArticleProgress(article_id, int(row[0]), int(row[1]))


def claim_row_and_progress(db: Database, claim_id: int) -> tuple[dict[str, Any], ArticleProgress]:
    """A claim's row and its article's progress, in one statement: what an edit of the claim
    reads before it writes (a verdict key press has a budget of statements, see set_verdict)."""
    rows = dicts(
        db.execute(
            "SELECT c.*, (SELECT COUNT(*) FROM claims o WHERE o.article_id = c.article_id "
            "AND o.is_dismissed = 0) AS progress_claims, "
            "(SELECT COALESCE(SUM(" + _CHECKED.format("o.") + "), 0) FROM claims o "
            "WHERE o.article_id = c.article_id AND o.is_dismissed = 0) AS progress_checked "
            "FROM claims c WHERE c.id = ?",
            [claim_id],
        )
    )
    if not rows:
        raise KeyError(f"no claim {claim_id}")
    row = rows[0]
    progress = ArticleProgress(
        int(row["article_id"]), int(row.pop("progress_claims")), int(row.pop("progress_checked"))
    )
    return row, progress


def fingerprints(db: Database) -> dict[str, int]:
    """The import keys (`articles.import_keys`: the SHA-256 of the text, and with a corpus
    entry's index) of every article's current text, to the article that has it (the first one)."""
    rows = db.execute("SELECT sha256, metadata, id FROM articles ORDER BY id DESC").fetchall()
    return {
        key: int(article_id)
        for sha256, metadata, article_id in rows
        for key in import_keys(str(sha256), json.loads(metadata or "{}"))
    }


def earlier_revisions(db: Database) -> dict[str, str]:
    """The import keys of the texts articles had before their last revision, each to what it is
    ("revision 1 of “Title”, now at revision 2"): a file opened again after a revision is that
    article's past, not a new article."""
    rows = db.execute(
        "SELECT r.sha256, a.metadata, r.revision, a.title, a.revision FROM revisions r "
        "JOIN articles a ON a.id = r.article_id WHERE r.sha256 != a.sha256 ORDER BY r.revision"
    ).fetchall()
    return {
        key: f"revision {revision} of “{title}”, which the project holds at revision {current}"
        for sha256, metadata, revision, title, current in rows
        for key in import_keys(str(sha256), json.loads(metadata or "{}"))
    }


def article_text(db: Database, article_id: int) -> str:
    row = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise KeyError(f"no article {article_id}")
    return str(row[0])


# -- claims ------------------------------------------------------------------------------------


def claims(db: Database, article_id: int | None = None) -> list[ClaimRecord]:
    if article_id is None:
        rows = db.execute(f"SELECT * FROM claims ORDER BY article_id, {READING_ORDER}")
    else:
        rows = db.execute(
            f"SELECT * FROM claims WHERE article_id = ? ORDER BY {READING_ORDER}", [article_id]
        )
    return [claim_record(row) for row in dicts(rows)]


def claim(db: Database, claim_id: int) -> ClaimRecord:
    return claim_record(claim_row(db, claim_id))


def anchor_states(db: Database, article_id: int) -> dict[int, AnchorState]:
    """How each claim of the article stands after its last revision, by claim id."""
    rows = db.execute(
        "SELECT id, anchor_status, text_at_verdict, since_revision, anchor_alternatives "
        "FROM claims WHERE article_id = ?",
        [article_id],
    )
    return {row["id"]: anchor_state(row) for row in dicts(rows)}


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
