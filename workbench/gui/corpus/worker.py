"""What the corpus workers do, away from the window. No Qt here (see
`workbench.gui.background.tasks`). Two tasks, so the groups show before the French pipeline
has loaded: that load is most of the time on a small corpus."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.core.corpus.findings import ProjectEvidence
    from workbench.core.corpus.names import SpellingFlag
    from workbench.core.corpus.spelling import Passage

Report = Callable[[int, int], None]


def run_corpus_checks(report: Report, path: str, library_folder: str) -> ProjectEvidence:
    """Groups, earlier verdicts (`library_folder`, "" for none) and names of the project file
    at `path`, read read-only; the multilingual encoder loads only for a bilingual corpus."""
    from workbench.core.corpus.findings import check_project_file
    from workbench.core.corpus.translation import MultilingualEncoder

    folder = Path(library_folder) if library_folder else None
    return check_project_file(Path(path), folder, encoder=MultilingualEncoder())


def run_word_checks(
    report: Report, passages: Sequence[Passage], pipeline: str
) -> list[SpellingFlag]:
    """Ordinary words of the claims, read by the French pipeline (`pipeline`, or the best one
    installed), loaded in this worker."""
    from workbench.core.corpus.dictionary import Dictionary
    from workbench.core.corpus.spelling import word_flags
    from workbench.core.detection import Detector

    nlp = Detector(pipeline or None).pipeline("fr")
    return word_flags(nlp, passages, Dictionary())
