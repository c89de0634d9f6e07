"""Adding articles to a project: the text, its first revision and its detected claims."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlite_utils import Database

from workbench.core.model import Analysis, ArticleDraft
from workbench.core.project.annotations import add_annotations
from workbench.core.project.file import ProjectFile
from workbench.core.project.rows import claim_rows, log_change, next_id, now


def text_fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def import_keys(sha256: str, metadata: Mapping[str, Any]) -> tuple[str, ...]:
    """The keys an article is known by at import: its text, and its text with its corpus index.

    A corpus can hold entries with the same title and text that differ by their index (a
    wire story sent again): each is an article of its own. The same entry imported again
    is not, nor is a text without an index (a paste, a single file) that an article has.
    """
    index = metadata.get("index")
    return (sha256, f"{sha256}#" if index is None or index == "" else f"{sha256}#{index}")


def lookup_keys(sha256: str, metadata: Mapping[str, Any]) -> tuple[str, ...]:
    """The keys a text being imported is looked up by (see `import_keys`): with an index, the
    article with that text and index, or with that text and none; without, any with that text."""
    index = metadata.get("index")
    if index is None or index == "":
        return (sha256,)
    return (f"{sha256}#{index}", f"{sha256}#")


def draft_keys(draft: ArticleDraft) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The draft's (lookup keys, keys it holds once imported)."""
    sha256 = text_fingerprint(draft.text)
    return lookup_keys(sha256, draft.metadata), import_keys(sha256, draft.metadata)


def add_articles(
    file: ProjectFile, items: Sequence[tuple[ArticleDraft, Analysis]], who: str = ""
) -> list[int]:
    """Add analysed articles and their claims, all or nothing."""
    ids: list[int] = []
    with file.transaction("the import") as db:
        position = db.execute("SELECT COALESCE(MAX(position), 0) FROM articles").fetchone()[0]
        first_claim_id = next_id(db, "claims", "claim_id")
        for draft, analysis in items:
            position += 1
            article_id = insert_article(db, draft, analysis, who, position, first_claim_id)
            ids.append(article_id)
            first_claim_id += len(analysis.claims)
    return ids


def insert_article(
    db: Database,
    draft: ArticleDraft,
    analysis: Analysis,
    who: str,
    position: int,
    first_claim_id: int,
) -> int:
    """Write one article, its first revision and its claims inside the caller's transaction."""
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
    add_annotations(db, article_id, 1, draft.annotations)
    db.table("claims").insert_all(
        claim_rows(article_id, draft.text, analysis, first_claim_id, now()),
        batch_size=500,
    )
    log_change(db, who, None, article_id, "article", None, draft.title)
    return article_id
