"""Claim detection: spaCy components for claims, their types, fact atoms and check-worthiness."""

from workbench.core.detection.detector import Detector
from workbench.core.detection.pipelines import available_french_models
from workbench.core.detection.scorer import DEFAULT_THRESHOLD

__all__ = ["DEFAULT_THRESHOLD", "Detector", "available_french_models"]
