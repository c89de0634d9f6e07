"""Analysing a corpus as a stream: in this process, on every core, or on a Dask cluster.

Every engine gives the same claims in the same order as one process; only the process that owns
the project file writes it, from the stream the engine returns.
"""

from workbench.core.analysis.batches import Analysed, Batch, batches
from workbench.core.analysis.engine import (
    AnalysisEngine,
    analyze_all,
    default_jobs,
    engine_for,
    engine_of,
)
from workbench.core.analysis.errors import AnalysisError
from workbench.core.analysis.local import InProcessEngine, ProcessEngine

__all__ = [
    "Analysed",
    "AnalysisEngine",
    "AnalysisError",
    "Batch",
    "InProcessEngine",
    "ProcessEngine",
    "analyze_all",
    "batches",
    "default_jobs",
    "engine_for",
    "engine_of",
]
