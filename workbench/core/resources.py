"""Finding the bundled resources, installed or from a source tree."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource file or folder (it may not exist)."""
    try:
        root = Path(str(resources.files("workbench.resources")))
    except ModuleNotFoundError:  # a source tree on sys.path that was never installed
        root = Path(__file__).resolve().parents[2] / "resources"
    return root.joinpath(*parts)


def sample_article() -> Path:
    return resource_path("samples", "exemple-article.txt")
