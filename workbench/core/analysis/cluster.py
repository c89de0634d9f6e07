"""Analysing a stream of articles on a Dask cluster; only this process writes the results.

Each worker runs `dask worker tcp://host:8786` with Workbench installed. A worker plugin holds
one Detector per worker process, loaded on its first batch, so the pipelines load once per
worker however many batches it gets. A worker that dies has its batches run again elsewhere by
the scheduler; after `distributed.scheduler.allowed-failures` deaths on the same batch the
analysis stops and names its articles.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from distributed import Client, Future, WorkerPlugin, get_worker
from distributed.scheduler import KilledWorker

from workbench.core.analysis.batches import Analysed, Batch, Pending, batches, in_order
from workbench.core.analysis.errors import AnalysisError
from workbench.core.analysis.worker import load_detector, release_batch_memory
from workbench.core.model import Analysis, ArticleDraft

if TYPE_CHECKING:
    from workbench.core.detection import Detector

Other = TypeVar("Other")
BATCHES_PER_THREAD = 4  # as for local workers: a slow batch at the head idles no one
WORKER_WAIT_S = 120  # how long to wait for a first worker to join before saying none did
_WINDOW_REFRESH_S = 5.0  # workers join and leave; the window follows every few seconds


class DetectorPlugin(WorkerPlugin):
    """One Detector per Dask worker, loaded by its first batch and kept for the next ones."""

    def __init__(self, model: str | None, threshold: float | None) -> None:
        self.model = model
        self.threshold = threshold
        self._detector: Detector | None = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return f"workbench-detector-{self.model or 'default'}-{self.threshold}"

    def setup(self, worker: Any) -> None:
        # Loading takes seconds of held GIL: done by the first task, off the worker's event loop.
        self._detector = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        return {"model": self.model, "threshold": self.threshold}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.model = state["model"]
        self.threshold = state["threshold"]
        self._detector = None
        self._lock = threading.Lock()

    def analyze(self, texts: Sequence[str]) -> list[Analysis]:
        # A worker started with several threads shares one pipeline: spaCy is not made for
        # concurrent calls, and the GIL would serialise them anyway.
        with self._lock:
            if self._detector is None:
                self._detector = load_detector(self.model, self.threshold)
            analyses = self._detector.analyze_many(texts)
            release_batch_memory()
            return analyses


def analyze_on_worker(texts: Sequence[str], plugin_name: str) -> list[Analysis]:
    """The task each batch becomes: run on a worker, by that worker's plugin."""
    plugin = get_worker().plugins[plugin_name]
    assert isinstance(plugin, DetectorPlugin)
    return plugin.analyze(texts)


class DaskEngine:
    """The analysis on a Dask cluster, given its scheduler's address (or a connected Client)."""

    def __init__(
        self,
        scheduler: str | Client,
        model: str | None = None,
        threshold: float | None = None,
    ) -> None:
        self._scheduler = scheduler
        self._plugin = DetectorPlugin(model, threshold)

    def run(self, items: Iterable[ArticleDraft | Other]) -> Iterator[Analysed | Other]:
        client = self._connect()
        outstanding: set[Future[list[Analysis]]] = set()
        window = _Window(client)
        run_id = uuid.uuid4().hex[:12]
        count = 0

        def submit(batch: Batch[Other]) -> Future[list[Analysis]]:
            nonlocal count
            count += 1
            future: Future[list[Analysis]] = client.submit(
                analyze_on_worker,
                batch.texts,
                self._plugin.name,
                key=f"workbench-analyze-{run_id}-{count}",
                pure=False,
            )
            outstanding.add(future)
            return future

        try:
            client.register_plugin(self._plugin)
            for batch, future in in_order(batches(items), submit, window.size):
                analyses = _result(future, batch)
                outstanding.discard(future)
                yield from batch.joined(analyses)
        finally:
            # Finished, failed or cancelled: whatever is still queued on the cluster is dropped.
            if outstanding:
                client.cancel(list(outstanding))
            if client is not self._scheduler:
                client.close()

    # distributed's Client is untyped: it is handled as Any from here on.
    def _connect(self) -> Any:
        if isinstance(self._scheduler, Client):
            return self._scheduler
        try:
            # The timeout is Dask's own setting (distributed.comm.timeouts.connect, 30 s).
            client: Any = Client(  # type: ignore[no-untyped-call]
                self._scheduler, set_as_default=False
            )
        except (OSError, TimeoutError) as error:
            raise AnalysisError(
                f"cannot reach the Dask scheduler at {self._scheduler} ({error})"
            ) from None
        try:
            client.wait_for_workers(1, timeout=WORKER_WAIT_S)
        except TimeoutError:
            client.close()
            raise AnalysisError(
                f"no Dask worker joined the scheduler at {self._scheduler} within "
                f"{WORKER_WAIT_S} s; start some with `dask worker {self._scheduler}`"
            ) from None
        return client


class _Window:
    """Batches in flight: two per worker thread on the cluster, as it is now."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self._size = 0
        self._asked = 0.0

    def size(self) -> int:
        now = time.monotonic()
        if not self._size or now - self._asked > _WINDOW_REFRESH_S:
            threads = sum(self._client.nthreads().values())
            self._size = max(1, threads) * BATCHES_PER_THREAD
            self._asked = now
        return self._size


def _result(future: Pending[Sequence[Analysis]], batch: Batch[Any]) -> list[Analysis]:
    try:
        analyses = list(future.result())
    except KilledWorker:
        raise AnalysisError(
            f"the analysis stopped: Dask workers died each time they analysed {batch.describe()}"
        ) from None
    except ModuleNotFoundError as error:
        raise AnalysisError(
            f"a Dask worker cannot run Workbench ({error}); install Workbench on every worker"
        ) from None
    return analyses
