"""Workbench: an offline fact-checking workbench."""

from __future__ import annotations

_FALLBACK_VERSION = "0.1.0+source"  # a source tree that was never installed


def __getattr__(name: str) -> str:
    """`__version__`, looked up when first asked for: importlib.metadata is slow to import, and
    opening the window does not need it."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("workbench")
    except PackageNotFoundError:
        found = _FALLBACK_VERSION
    globals()["__version__"] = found  # asked once; later reads find it without this function
    return found
