"""Stand-in work for the analysis worker processes, importable by a spawned child: tests that are
about processes (a cancel, a worker that always dies) need no spaCy pipeline."""

from __future__ import annotations

import os
import time

from workbench.core.model import Analysis


def start_nothing(model: str | None, threshold: float | None, parent_pid: int) -> None:
    """An initializer that loads nothing."""


def die(texts: list[str]) -> list[Analysis]:
    os._exit(9)


def slow_analysis(texts: list[str]) -> list[Analysis]:
    time.sleep(0.2)
    return [Analysis(language="fr", model="slow", claims=()) for _ in texts]
