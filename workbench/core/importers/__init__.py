"""Reading articles from files: plain text, corpus exports, Markdown, HTML, DOCX and PDF, or a paste."""

from workbench.core.importers.article_text import (
    analysis_text,
    non_prose_ranges,
    page_at,
    prose_text,
    revised_metadata,
)
from workbench.core.importers.dispatch import iter_articles, read_articles
from workbench.core.importers.errors import ImportFailure
from workbench.core.importers.formats import (
    INPUT_FORMATS,
    SUPPORTED_FORMATS_HELP,
    SUPPORTED_SUFFIXES,
    file_dialog_filters,
    is_supported,
)
from workbench.core.importers.notices import notice_summary, notices_of
from workbench.core.importers.text import article_from_pasted_text
from workbench.core.importers.views import current_view, other_view

__all__ = [
    "INPUT_FORMATS",
    "SUPPORTED_FORMATS_HELP",
    "SUPPORTED_SUFFIXES",
    "ImportFailure",
    "analysis_text",
    "article_from_pasted_text",
    "current_view",
    "file_dialog_filters",
    "is_supported",
    "iter_articles",
    "non_prose_ranges",
    "notice_summary",
    "notices_of",
    "other_view",
    "page_at",
    "prose_text",
    "read_articles",
    "revised_metadata",
]
