"""Analysing a stream of articles on this machine: in this process, or in worker processes."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar

from workbench.core.analysis import worker
from workbench.core.analysis.batches import Analysed, Batch, batches, in_order
from workbench.core.analysis.errors import AnalysisError
from workbench.core.model import Analysis, ArticleDraft

Other = TypeVar("Other")
# Results come back in input order, so a slow batch at the head holds up the hand-out of new
# ones: four per worker keep the other workers busy meanwhile, and the articles held here stay
# a hundred or so whatever the corpus size.
BATCHES_PER_WORKER = 4
# A batch is tried again on a fresh worker this many times when its worker dies under it
# (killed for memory, say) before the analysis gives up and names its articles.
RETRIES = 2


class Analyzer(Protocol):
    """The claim detector as engines see it; a Detector also has `analyze_many`, used when there."""

    def analyze(self, text: str, language: str | None = None) -> Analysis: ...


class InProcessEngine:
    """The analysis in the calling process, batch by batch (`--jobs 1`)."""

    def __init__(self, detector: Analyzer) -> None:
        self._detector = detector

    def run(self, items: Iterable[ArticleDraft | Other]) -> Iterator[Analysed | Other]:
        analyze_many = getattr(self._detector, "analyze_many", None)
        for batch in batches(items):
            texts = batch.texts
            if analyze_many is not None:
                analyses: Sequence[Analysis] = analyze_many(texts)
            else:  # an analyzer that only knows one text at a time (a test's fake)
                analyses = [self._detector.analyze(text) for text in texts]
            yield from batch.joined(analyses)


class ProcessEngine:
    """The analysis spread over `jobs` worker processes, each loading its pipelines once.

    Workers are spawned, never forked: the window's process runs Qt threads, and a fork of a
    threaded process can deadlock. Results come back in the input order, identical to
    InProcessEngine's (the same batches reach the same pipeline).
    """

    def __init__(
        self,
        jobs: int,
        model: str | None = None,
        threshold: float | None = None,
        context: str = "spawn",
    ) -> None:
        if jobs < 1:
            raise ValueError("the number of jobs must be at least 1")
        self.jobs = jobs
        self._model = model
        self._threshold = threshold
        self._context = multiprocessing.get_context(context)

    def run(self, items: Iterable[ArticleDraft | Other]) -> Iterator[Analysed | Other]:
        pool = _Pool(self.jobs, self._context, (self._model, self._threshold, os.getpid()))
        try:
            for batch, pending in in_order(
                batches(items), pool.submit, lambda: self.jobs * BATCHES_PER_WORKER
            ):
                yield from batch.joined(pending.result())
        finally:
            # Done, failed or cancelled (the caller stopped iterating): nothing more is wanted,
            # so the workers are stopped now rather than left to finish queued batches.
            pool.stop()


class _Pool:
    """A process pool that replaces itself when one of its workers dies."""

    def __init__(
        self,
        jobs: int,
        context: multiprocessing.context.BaseContext,
        start_arguments: tuple[str | None, float | None, int],
    ) -> None:
        self._jobs = jobs
        self._context = context
        self._start_arguments = start_arguments
        self._outstanding: list[_Submitted] = []
        self.executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(
            self._jobs,
            mp_context=self._context,
            initializer=worker.start_worker,
            initargs=self._start_arguments,
        )
        # Starting every worker now, under a one-thread environment that spawned children
        # inherit before numpy loads in them.
        with _environment(worker.SINGLE_THREAD_ENVIRONMENT):
            for _ in range(self._jobs):
                executor.submit(os.getpid)
        return executor

    def submit(self, batch: Batch[Any]) -> _Submitted:
        submitted = _Submitted(self, batch)
        self._outstanding.append(submitted)
        return submitted

    def send(self, submitted: _Submitted) -> tuple[ProcessPoolExecutor, Future[list[Analysis]]]:
        try:
            future = self.executor.submit(worker.analyze_texts, submitted.batch.texts)
        except BrokenProcessPool:  # a worker died since the last batch was sent
            self.replace(self.executor)
            future = self.executor.submit(worker.analyze_texts, submitted.batch.texts)
        return self.executor, future

    def done(self, submitted: _Submitted) -> None:
        self._outstanding.remove(submitted)

    def replace(self, broken: ProcessPoolExecutor) -> None:
        """After a worker died: a new pool, and every batch the old one held sent to it."""
        if broken is not self.executor:
            return  # already replaced, for an earlier batch of the same pool
        _stop_executor(broken)
        self.executor = self._new_executor()
        for submitted in self._outstanding:
            if submitted.executor is broken:
                submitted.resend()

    def stop(self) -> None:
        self._outstanding.clear()
        _stop_executor(self.executor)


class _Submitted:
    """One batch given to the pool; its result survives the death of the worker computing it."""

    def __init__(self, pool: _Pool, batch: Batch[Any]) -> None:
        self._pool = pool
        self.batch = batch
        self.attempts = 0
        self.executor, self._future = pool.send(self)

    def resend(self) -> None:
        self.attempts += 1
        if self.attempts > RETRIES:
            raise AnalysisError(
                "the analysis stopped: a worker process died each time it analysed "
                f"{self.batch.describe()}"
            )
        self.executor, self._future = self._pool.send(self)

    def result(self) -> list[Analysis]:
        while True:
            try:
                analyses = self._future.result()
            except BrokenProcessPool:
                self._pool.replace(self.executor)
                continue
            self._pool.done(self)
            return analyses


def _stop_executor(executor: ProcessPoolExecutor) -> None:
    # Python < 3.14 has no ProcessPoolExecutor.terminate_workers(): its process table is the
    # only way to stop a worker in the middle of a batch. The workers go first, then shutdown
    # joins the pool's manager thread, which sees them gone.
    processes = list(getattr(executor, "_processes", {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    executor.shutdown(wait=True, cancel_futures=True)
    for process in processes:
        process.join()


@contextmanager
def _environment(values: Mapping[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
