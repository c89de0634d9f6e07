"""Where the files under resources/ are, from a source checkout or an installed package."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a file under resources/ (shipped as the `workbench.resources` package)."""
    try:
        root = Path(str(resources.files("workbench.resources")))
    except ModuleNotFoundError:
        root = Path(__file__).resolve().parent.parent.parent / "resources"
    if not root.is_dir():  # a namespace lookup that found nothing: run from the source tree
        root = Path(__file__).resolve().parent.parent.parent / "resources"
    return root.joinpath(*parts)
