"""Plain text as an article, from a file or pasted from the clipboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.core.importers.corpus import CorpusParser, looks_like_corpus
from workbench.core.importers.errors import ImportFailure
from workbench.core.importers.paragraphs import (
    MAX_TITLE_CHARS,
    join_paragraphs,
    paragraphs_of,
    shorten_title,
)
from workbench.core.model import ArticleDraft

PASTED = "(pasted text)"  # what a failure names instead of a file


def article_from_paragraphs(
    paragraphs: list[str],
    path: str,
    metadata: dict[str, Any],
    title: str | None = None,
) -> ArticleDraft:
    """One article from its paragraphs; without a title, the first paragraph when it is short."""
    if not paragraphs:
        raise ImportFailure(path, "the file holds no text")
    if not title:
        first = paragraphs[0]
        title = first if len(first) <= MAX_TITLE_CHARS else Path(path).stem
    return ArticleDraft(
        title=title, text=join_paragraphs(paragraphs), metadata=metadata, source_path=path
    )


def article_from_text(text: str, path: str, metadata: dict[str, Any]) -> ArticleDraft:
    """One article from plain text: one paragraph per non-blank line."""
    return article_from_paragraphs(paragraphs_of(text), path, {"format": "text", **metadata})


def article_from_pasted_text(text: str) -> ArticleDraft:
    """A new article from text pasted from the clipboard; its title is its first line.

    A single pasted corpus entry keeps its title, index and date.
    """
    if looks_like_corpus(text):
        parser = CorpusParser(PASTED)
        lines = text.splitlines()
        items = [
            item for number, line in enumerate(lines, start=1) for item in parser.feed(number, line)
        ]
        items += parser.finish(len(lines))
        if len(items) == 1 and isinstance(items[0], ArticleDraft):
            article = items[0]
            return ArticleDraft(
                article.title, article.text, {**article.metadata, "format": "paste"}, None
            )
    paragraphs = paragraphs_of(text)
    if not paragraphs:
        raise ImportFailure(PASTED, "the clipboard holds no text")
    return ArticleDraft(
        title=shorten_title(paragraphs[0]),
        text=join_paragraphs(paragraphs),
        metadata={"format": "paste"},
        source_path=None,
    )
