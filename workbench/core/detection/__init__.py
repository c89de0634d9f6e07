"""Claim detection: spaCy components for claims, their types, fact atoms and check-worthiness.

spaCy loads only when the Detector or the model list is asked for: a command that hands the
analysis to worker processes (or only reads a project) starts them without paying for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workbench.core.detection.threshold import DEFAULT_THRESHOLD

if TYPE_CHECKING:
    from workbench.core.detection.detector import Detector
    from workbench.core.detection.pipelines import available_french_models

__all__ = ["DEFAULT_THRESHOLD", "Detector", "available_french_models"]


def __getattr__(name: str) -> Any:
    if name == "Detector":
        from workbench.core.detection.detector import Detector

        return Detector
    if name == "available_french_models":
        from workbench.core.detection.pipelines import available_french_models

        return available_french_models
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
