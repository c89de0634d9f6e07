"""Choosing an analysis engine: this process, all cores of this machine, or a Dask cluster."""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Protocol, TypeVar

from workbench.core.analysis.batches import BATCH_ARTICLES, Analysed
from workbench.core.analysis.errors import AnalysisError
from workbench.core.model import ArticleDraft

if TYPE_CHECKING:
    from workbench.core.analysis.local import Analyzer

Other = TypeVar("Other")
# Workers start in parallel but each loads its own pipeline (seconds) before its first batch;
# below a few batches one process that loads once finishes first.
SMALL_INPUT_ARTICLES = 3 * BATCH_ARTICLES


class AnalysisEngine(Protocol):
    """Turns a stream of articles into a stream of (article, analysis), in the input order.

    Anything in the input that is not an ArticleDraft (an ImportFailure) comes out unchanged at
    its place. Only a bounded window of articles is held at a time; stopping the iteration (a
    cancel) stops every worker.
    """

    def run(self, items: Iterable[ArticleDraft | Other]) -> Iterator[Analysed | Other]: ...


def default_jobs() -> int:
    """The cores this process may run on (the affinity mask, where the system has one); 1 in a
    daemon process, which multiprocessing forbids to start workers of its own."""
    if multiprocessing.current_process().daemon:
        return 1
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


class AutoEngine:
    """Every core for a corpus, this process for a few articles: looks a few batches ahead to
    tell which it is."""

    def __init__(self, jobs: int, model: str | None, threshold: float | None) -> None:
        self.jobs = jobs
        self._model = model
        self._threshold = threshold

    def run(self, items: Iterable[ArticleDraft | Other]) -> Iterator[Analysed | Other]:
        source = iter(items)
        head: list[ArticleDraft | Other] = []
        drafts = 0
        for item in source:
            head.append(item)
            drafts += isinstance(item, ArticleDraft)
            if drafts > SMALL_INPUT_ARTICLES:
                break
        jobs = self.jobs if drafts > SMALL_INPUT_ARTICLES else 1
        engine = engine_for(jobs, None, self._model, self._threshold)
        yield from engine.run(itertools.chain(head, source))


def engine_for(
    jobs: int | None = None,
    scheduler: str | None = None,
    model: str | None = None,
    threshold: float | None = None,
) -> AnalysisEngine:
    """The engine for the command-line options: `--scheduler` wins, then `--jobs`. One job runs
    in this process, with no worker to start; None means every core for a corpus and this
    process for a few articles (AutoEngine)."""
    if scheduler:
        try:
            from workbench.core.analysis.cluster import DaskEngine
        except ImportError as error:  # Dask is an optional extra
            raise AnalysisError(
                f"analysing on a cluster needs Dask distributed ({error}); install it with "
                "pip install 'workbench[cluster]'"
            ) from None
        return DaskEngine(scheduler, model, threshold)
    if jobs is None:
        cores = default_jobs()
        return (
            AutoEngine(cores, model, threshold)
            if cores > 1
            else engine_for(1, None, model, threshold)
        )
    if jobs == 1:
        from workbench.core.analysis.local import InProcessEngine
        from workbench.core.detection import Detector

        return InProcessEngine(Detector(model) if threshold is None else Detector(model, threshold))
    from workbench.core.analysis.local import ProcessEngine

    return ProcessEngine(jobs, model, threshold)


def engine_of(analyzer: Analyzer) -> AnalysisEngine:
    """The engine for an analyzer made by a caller (the window's worker): the real Detector on
    every core for a corpus, with its model and threshold; any other (a test's fake) in this
    process, since only a Detector can be rebuilt in a worker."""
    from workbench.core.analysis.local import InProcessEngine
    from workbench.core.detection import Detector

    if isinstance(analyzer, Detector):
        return engine_for(None, None, analyzer.french_model, analyzer.threshold)
    return InProcessEngine(analyzer)


def analyze_all(
    drafts: Iterable[ArticleDraft],
    analyzer: Analyzer,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[Analysed]:
    """Every draft analysed, in order, for a caller that wants them all at once: on every core
    when `analyzer` is the real Detector, else (a test's fake) by it in this process (see
    `engine_of`). on_progress(done, total) after each article."""
    drafts = list(drafts)
    engine = engine_of(analyzer)
    analysed: list[Analysed] = []
    for item in engine.run(drafts):
        analysed.append(item)
        if on_progress is not None:
            on_progress(len(analysed), len(drafts))
    return analysed
