"""Stand-in analysis workers for the window's parallel import: the real engine and process pool,
with workers that load no pipeline and tell which process they are.

Importable by spawned processes: the window's task process patches its own copy of the
analysis worker module (`detector_on_recording_workers`), and its pool pickles the stand-ins
by name, so every worker it starts runs them.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path

from workbench.core.model import Analysis

# The folder where each stand-in worker leaves a file named by its process id.
PID_FOLDER_VARIABLE = "WORKBENCH_TEST_WORKER_PIDS"
SLOW_VARIABLE = "WORKBENCH_TEST_SLOW_WORKERS"
WORKER_MODEL_PREFIX = "stand-in worker "


def start_recording_worker(model: str | None, threshold: float | None, parent_pid: int) -> None:
    folder = Path(os.environ[PID_FOLDER_VARIABLE])
    (folder / str(os.getpid())).touch()


def analyse_as_this_worker(texts: Sequence[str]) -> list[Analysis]:
    # A batch takes a moment, as a real one does, so each worker gets its share; a slow corpus
    # lasts until the test cancels it.
    time.sleep(1.0 if os.environ.get(SLOW_VARIABLE) else 0.2)
    model = f"{WORKER_MODEL_PREFIX}{os.getpid()}"
    return [Analysis(language="fr", model=model, claims=()) for _ in texts]


def detector_on_recording_workers():  # type: ignore[no-untyped-def]
    """The analyzer factory the window's runner calls in its task process: the real Detector
    (so the engine spreads a corpus over every core), its workers replaced by stand-ins."""
    from workbench.core.analysis import worker
    from workbench.core.detection import Detector

    worker.start_worker = start_recording_worker  # type: ignore[assignment]
    worker.analyze_texts = analyse_as_this_worker  # type: ignore[assignment]
    return Detector()
