"""Use cases shared by the window and the command line: importing files into a project."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from workbench.core.importers import ImportFailure, prose_text, read_articles
from workbench.core.model import Analysis, ArticleDraft
from workbench.core.project import Project


class Analyzer(Protocol):
    """What import needs from the claim detector (injected, so tests can pass a fake)."""

    def analyze(self, text: str, language: str | None = None) -> Analysis: ...


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
        # Code blocks are kept in the text but never analysed as claims.
        analysed.append((draft, analyzer.analyze(prose_text(draft.text, draft.metadata))))
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
    """Read, analyse, then add everything readable in one transaction."""
    drafts, failures = read_all(paths, encoding)
    analysed = analyze_drafts(drafts, analyzer, on_progress)
    ids = project.add_articles(analysed) if analysed else []
    return ImportResult(ids, failures)
