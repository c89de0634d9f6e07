"""Choosing an analysis engine: this process, all cores of this machine, or a Dask cluster."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Protocol, TypeVar

from workbench.core.analysis.batches import Analysed
from workbench.core.model import ArticleDraft

Other = TypeVar("Other")


class AnalysisEngine(Protocol):
    """Turns a stream of articles into a stream of (article, analysis), in the input order.

    Anything in the input that is not an ArticleDraft (an ImportFailure) comes out unchanged at
    its place. Only a bounded window of articles is held at a time; stopping the iteration (a
    cancel) stops every worker.
    """

    def run(self, items: Iterable[ArticleDraft | Other]) -> Iterator[Analysed | Other]: ...


def default_jobs() -> int:
    """The cores this process may run on (the affinity mask, where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def engine_for(
    jobs: int | None = None,
    scheduler: str | None = None,
    model: str | None = None,
    threshold: float | None = None,
) -> AnalysisEngine:
    """The engine for the command-line options: `--scheduler` wins, then `--jobs` (None: every
    core). One job runs in this process, with no worker to start."""
    if scheduler:
        from workbench.core.analysis.cluster import DaskEngine  # Dask is an optional extra

        return DaskEngine(scheduler, model, threshold)
    jobs = default_jobs() if jobs is None else jobs
    if jobs == 1:
        from workbench.core.analysis.local import InProcessEngine
        from workbench.core.detection import DEFAULT_THRESHOLD, Detector

        return InProcessEngine(Detector(model, DEFAULT_THRESHOLD if threshold is None else threshold))
    from workbench.core.analysis.local import ProcessEngine

    return ProcessEngine(jobs, model, threshold)
