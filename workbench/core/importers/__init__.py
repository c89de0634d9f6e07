"""Reading articles from files: plain text, corpus exports, Markdown, HTML and DOCX, or a paste."""

from workbench.core.importers.dispatch import iter_articles, read_articles
from workbench.core.importers.errors import ImportFailure
from workbench.core.importers.text import article_from_pasted_text

__all__ = ["ImportFailure", "article_from_pasted_text", "iter_articles", "read_articles"]
