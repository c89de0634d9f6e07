"""Helpers of the window's import worker, and `import_files` as the window's tests know it.

The import use case itself is `workbench.core.project.importing`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.core.importers import ImportFailure, read_articles
from workbench.core.model import Analysis, ArticleDraft
from workbench.core.project import Project, importing
from workbench.core.project.importing import Analyzer

__all__ = ["Analyzer", "ImportResult", "analyze_drafts", "import_files", "read_all"]


@dataclass(frozen=True, slots=True)
class ImportResult:
    article_ids: list[int]
    failures: list[ImportFailure]


def read_all(
    paths: Sequence[Path], encoding: str | None = None
) -> tuple[list[ArticleDraft], list[ImportFailure]]:
    """Read every file; a file that cannot be read is reported and does not stop the others.

    `encoding` (a Python codec name, e.g. "cp1252") overrides detection for every file.
    """
    drafts: list[ArticleDraft] = []
    failures: list[ImportFailure] = []
    for path in paths:
        try:
            drafts.extend(read_articles(path, encoding))
        except ImportFailure as failure:
            failures.append(failure)
    return drafts, failures


def analyze_drafts(
    drafts: Sequence[ArticleDraft],
    analyzer: Analyzer,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[tuple[ArticleDraft, Analysis]]:
    analysed = []
    for done, draft in enumerate(drafts, start=1):
        analysed.append((draft, analyzer.analyze(draft.text)))
        if on_progress is not None:
            on_progress(done, len(drafts))
    return analysed


def import_files(
    project: Project,
    paths: Sequence[Path],
    analyzer: Analyzer,
    on_progress: Callable[[int, int], None] | None = None,
    encoding: str | None = None,
) -> ImportResult:
    """Read, analyse and add every new article in one transaction (see `importing.import_files`);
    `on_progress` gets (bytes read, bytes in all the files)."""
    report = importing.import_files(
        project.file,
        paths,
        importing.sequential(analyzer),
        encoding=encoding,
        on_progress=on_progress,
    )
    return ImportResult(list(report.article_ids), list(report.failures))
