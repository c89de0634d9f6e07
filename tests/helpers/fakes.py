"""Stand-ins for the claim detector in GUI tests, and corpus texts to import."""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.core.model import Analysis, ClaimType, DetectedClaim

# A sentence: up to a full stop, question or exclamation mark (and closing quotes), or the line end.
_SENTENCE = re.compile(r"[^\s.!?][^\n.!?]*(?:[.!?]+[»\"”]?|$)", re.MULTILINE)


class RegexAnalyzer:
    """Splits each paragraph into sentences; each sentence is a claim scored by its length.

    Picklable by reference, so the analysis worker process can build it too.
    """

    def analyze(self, text: str, language: str | None = None) -> Analysis:
        claims = []
        for match in _SENTENCE.finditer(text):
            sentence = match.group(0).rstrip()
            if len(sentence) < 3:
                continue
            score = min(1.0, len(sentence) / 200)
            types = (ClaimType.QUANTITY,) if re.search(r"\d", sentence) else (ClaimType.ENTITY,)
            claims.append(
                DetectedClaim(
                    start=match.start(),
                    end=match.start() + len(sentence),
                    text=sentence,
                    score=round(score, 2),
                    checkworthy=score >= 0.3,
                    types=types,
                    reasons=("a sentence",),
                )
            )
        return Analysis(language=language or "fr", model="regex-sentences", claims=tuple(claims))


def fake_runner_factory() -> Callable[..., object]:
    from workbench.gui.background.analysis import AnalysisRunner

    return lambda parent: AnalysisRunner(RegexAnalyzer, parent)


class SlowAnalyzer(RegexAnalyzer):
    """Never finishes in a test's time: for cancelling, and for an analysis still running."""

    def analyze(self, text: str, language: str | None = None):  # type: ignore[no-untyped-def]
        import time

        time.sleep(120)  # in the worker process; the test cancels it long before
        return super().analyze(text, language)


def slow_runner_factory() -> Callable[..., object]:
    from workbench.gui.background.analysis import AnalysisRunner

    return lambda parent: AnalysisRunner(SlowAnalyzer, parent)


def corpus_text(count: int, start: int = 1) -> str:
    """A corpus export (the format of the seed article) holding `count` short articles."""
    parts = []
    for index in range(start, start + count):
        parts.append(
            f"{index}/1366\nDate : 25-10-2024 20:32:03\nArticle numéro {index} ;\n"
            f"Le maire de la ville {index} a annoncé {index * 3} millions d'euros pour 2025. "
            f"Il serait en contact avec le ministre.\nSelon le journal, {index} écoles ferment.\n|"
        )
    return "\n".join(parts) + "\n"


STALL_WORD = "ARRÊT"


class StallingAnalyzer(RegexAnalyzer):
    """Analyses at once, but never finishes a text holding STALL_WORD: the articles before it
    are done while the import still runs."""

    def analyze(self, text: str, language: str | None = None):  # type: ignore[no-untyped-def]
        if STALL_WORD in text:
            import time

            time.sleep(120)  # in the worker process; the test cancels it long before
        return super().analyze(text, language)


def stalling_runner_factory() -> Callable[..., object]:
    from workbench.gui.background.analysis import AnalysisRunner

    return lambda parent: AnalysisRunner(StallingAnalyzer, parent)
