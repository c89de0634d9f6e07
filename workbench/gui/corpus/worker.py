"""What the corpus workers do, away from the window. No Qt here (see
`workbench.gui.background.tasks`). Two tasks, so the groups show before the French pipeline
has loaded: that load is most of the time on a small corpus."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from workbench.core.corpus.findings import CorpusFindings, CorpusInputs, find_evidence
from workbench.core.corpus.names import SpellingFlag
from workbench.core.corpus.spelling import Passage

Report = Callable[[int, int], None]


def run_corpus_checks(report: Report, inputs: CorpusInputs) -> CorpusFindings:
    """Groups, earlier verdicts and names; the multilingual encoder loads only for a bilingual
    corpus."""
    from workbench.core.corpus.translation import MultilingualEncoder

    return find_evidence(inputs, encoder=MultilingualEncoder())


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
