"""Choosing the reader for a file."""

from __future__ import annotations

from pathlib import Path

from workbench.core.importers.corpus import looks_like_corpus, parse_corpus
from workbench.core.importers.errors import ImportFailure
from workbench.core.importers.text import article_from_text, decode_bytes, read_bytes
from workbench.core.model import ArticleDraft


def read_articles(path: str | Path) -> list[ArticleDraft]:
    """Read every article in a file, or raise ImportFailure naming the file and the problem."""
    path = Path(path)
    text = decode_bytes(read_bytes(path), str(path))
    if looks_like_corpus(text):
        articles = list(parse_corpus(text.lstrip("\ufeff").split("\n"), str(path)))
        if not articles:
            raise ImportFailure(str(path), "the corpus export holds no article")
        return articles
    return [article_from_text(text, str(path))]
