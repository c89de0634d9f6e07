"""What the corpus worker does, away from the window: group the claims, ask the library, check
names and words. No Qt here (see `workbench.gui.background.tasks`)."""

from __future__ import annotations

from collections.abc import Callable

from workbench.core.corpus.findings import CorpusFindings, CorpusInputs, find_evidence


def run_corpus_checks(
    report: Callable[[int, int], None], inputs: CorpusInputs, words: bool, pipeline: str
) -> CorpusFindings:
    """`words`: also check ordinary words, which loads the French pipeline (`pipeline`, or the
    best installed) in this worker; the multilingual encoder loads only for a bilingual corpus."""
    from workbench.core.corpus.translation import MultilingualEncoder

    report(0, 1)
    nlp = None
    if words:
        from workbench.core.detection import Detector

        nlp = Detector(pipeline or None).pipeline("fr")
    findings = find_evidence(inputs, nlp=nlp, encoder=MultilingualEncoder())
    report(1, 1)
    return findings
