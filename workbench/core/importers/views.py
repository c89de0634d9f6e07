"""Switching a web page's article between "article" (the extractor's text) and "whole page".

The import keeps the view it did not choose in metadata["other_view"], so the switch needs
neither the saved page nor the extractor again: the window asks for the other view and applies
it as a new revision of the article (claims are re-anchored like after any text change).
"""

from __future__ import annotations

from typing import Any, Protocol

from workbench.core.importers.article_text import NON_PROSE_KEY
from workbench.core.importers.notices import NOTICES_KEY, notice
from workbench.core.model import ArticleDraft

VIEWS = ("article", "whole_page")


class _Article(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def metadata(self) -> dict[str, Any]: ...
    @property
    def source_path(self) -> str | None: ...


def current_view(metadata: dict[str, Any]) -> str | None:
    """ "article" or "whole_page" for an imported web page, None for any other article."""
    view = metadata.get("view")
    return view if view in VIEWS else None


def other_view(article: _Article) -> ArticleDraft | None:
    """The same page in its other view (an ArticleDraft or ArticleRecord in, a draft out), or
    None when the article has no other view (not a web page, or the other view is empty)."""
    other = article.metadata.get("other_view")
    view = current_view(article.metadata)
    if view is None or not isinstance(other, dict) or not str(other.get("text", "")).strip():
        return None
    metadata = dict(article.metadata)
    metadata["view"] = other.get("view")
    metadata[NON_PROSE_KEY] = other.get(NON_PROSE_KEY, [])
    metadata["other_view"] = {
        "view": view,
        "text": article.text,
        NON_PROSE_KEY: article.metadata.get(NON_PROSE_KEY, []),
    }
    label = "the article only" if metadata["view"] == "article" else "the whole page"
    metadata[NOTICES_KEY] = [
        *article.metadata.get(NOTICES_KEY, []),
        notice("view_switched", 1, f"switched to {label}"),
    ]
    return ArticleDraft(article.title, str(other["text"]), metadata, article.source_path)
