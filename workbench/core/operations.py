"""`import_files` as the window's tests know it: a project and an analyzer, in one process.

The import use case itself is `workbench.core.project.importing`; the window's worker calls its
reading and analysis half, `NewArticles`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.core.importers import ImportFailure
from workbench.core.project import Project, importing
from workbench.core.project.importing import Analyzer

__all__ = ["Analyzer", "ImportResult", "import_files"]


@dataclass(frozen=True, slots=True)
class ImportResult:
    article_ids: list[int]
    failures: list[ImportFailure]


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
