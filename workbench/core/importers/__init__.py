"""Reading articles from files: plain text and the corpus export format."""

from workbench.core.importers.errors import ImportFailure
from workbench.core.importers.dispatch import read_articles

__all__ = ["ImportFailure", "read_articles"]
