"""What runs inside an analysis worker process: one Detector per process, loaded once."""

from __future__ import annotations

import ctypes
import gc
import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from workbench.core.model import Analysis

if TYPE_CHECKING:  # spaCy loads in the workers only, never in the process that hands out work
    from workbench.core.detection import Detector

# Each worker is one process doing one batch at a time: native thread pools would only fight
# over the cores the other workers use. Set before numpy/spaCy load in the worker (spawn).
SINGLE_THREAD_ENVIRONMENT = {
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "BLIS_NUM_THREADS": "1",
}
_PARENT_POLL_S = 1.0

# A process-pool initializer can only hand state to later tasks through the worker's globals;
# this is that one slot, set once per worker process by `start_worker`.
_detector: Detector | None = None


def load_detector(model: str | None, threshold: float | None) -> Detector:
    """A Detector with the French pipeline already loaded, so no batch pays for it."""
    from workbench.core.detection import DEFAULT_THRESHOLD, Detector

    detector = Detector(model, DEFAULT_THRESHOLD if threshold is None else threshold)
    detector.pipeline("fr")
    # The pipeline's hundreds of thousands of objects live as long as the worker: frozen, the
    # collector no longer walks them, so the collection after each batch costs milliseconds.
    gc.collect()
    gc.freeze()
    return detector


def release_batch_memory() -> None:
    """Give back what a batch's docs left behind, so a worker's memory stays flat however long
    the corpus. Without it a worker grew by half over 2,400 articles: spaCy's docs are cycles
    the collector frees late, and glibc keeps freed arenas unless asked to return them."""
    gc.collect()
    if _malloc_trim is not None:
        _malloc_trim(0)


def _find_malloc_trim() -> Callable[[int], int] | None:
    try:
        # The symbols already loaded in this process: glibc has malloc_trim, musl and macOS
        # do not, and Windows has no such handle.
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        return None
    return trim


_malloc_trim = _find_malloc_trim()


def start_worker(model: str | None, threshold: float | None, parent_pid: int) -> None:
    """Process-pool initializer: load the pipelines once, and end with the parent."""
    global _detector
    for name, value in SINGLE_THREAD_ENVIRONMENT.items():
        os.environ.setdefault(name, value)
    if hasattr(os, "nice"):
        os.nice(5)  # the window, or the process writing the project, comes first
    # Ctrl-C reaches the whole process group: the parent handles it and stops the workers, which
    # would otherwise each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _watch_parent(parent_pid)
    _detector = load_detector(model, threshold)


def analyze_texts(texts: Sequence[str]) -> list[Analysis]:
    """A batch of article texts, analysed by this worker's Detector."""
    if _detector is None:
        raise RuntimeError("the worker was started without its detector")
    analyses = _detector.analyze_many(texts)
    release_batch_memory()
    return analyses


def _watch_parent(parent_pid: int) -> None:
    """A worker whose parent was killed (the window's import cancelled) stops too, instead of
    waiting forever for work that will never come."""

    def watch() -> None:
        while True:
            time.sleep(_PARENT_POLL_S)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="workbench-parent-watch", daemon=True).start()
