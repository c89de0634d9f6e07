"""Building an article's text paragraph by paragraph while knowing where each one starts.

Importers that keep ranges of the text (code blocks that are not prose, notes, comments,
tracked changes, PDF pages) add paragraphs here and read offsets back, so every range indexes
exactly the text the checker sees.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from workbench.core.model import ArticleDraft

NON_PROSE_KEY = "non_prose"

# Metadata that belongs to one reading of one file: offsets into its text (pages, code ranges,
# the other view of a web page), what the import said about it, how it was read. A new revision
# brings its own or none; the old ones would index a text that is gone.
FILE_BOUND_KEYS = frozenset(
    {"pages", "page_count", NON_PROSE_KEY, "view", "other_view", "notices", "format", "encoding"}
)


class ArticleText:
    """Paragraphs joined by single newlines, as `paragraphs.join_paragraphs` joins them."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.starts: list[int] = []
        self.non_prose: list[list[int]] = []
        self._length = 0

    @property
    def length(self) -> int:
        """Length of the text so far (where the next paragraph will start, less its newline)."""
        return self._length

    def next_start(self) -> int:
        return self._length + 1 if self.paragraphs else 0

    def add(self, paragraph: str, is_prose: bool = True) -> int:
        """Append a clean, non-empty paragraph; return where it starts in the text."""
        start = self.next_start()
        self.paragraphs.append(paragraph)
        self.starts.append(start)
        self._length = start + len(paragraph)
        if not is_prose:
            if self.non_prose and self.non_prose[-1][1] + 1 == start:
                self.non_prose[-1][1] = self._length  # one range per run of code lines
            else:
                self.non_prose.append([start, self._length])
        return start

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def non_prose_ranges(metadata: Mapping[str, Any]) -> list[tuple[int, int]]:
    """The [start, end) ranges of an article's text that are code, not prose."""
    found = metadata.get(NON_PROSE_KEY)
    if not isinstance(found, list):
        return []
    return [
        (int(item[0]), int(item[1]))
        for item in found
        if isinstance(item, Sequence) and len(item) == 2
    ]


def analysis_text(draft: ArticleDraft) -> str:
    """What the claim detector is given for a draft: its text with the code blanked. Every
    analysis engine (one process, parallel, a cluster) passes drafts through this."""
    return prose_text(draft.text, draft.metadata)


def prose_text(text: str, metadata: Mapping[str, Any]) -> str:
    """The text with its non-prose ranges blanked, for the claim detector.

    Offsets stay those of `text` (same length, newlines kept), and the detector skips blank
    paragraphs, so code is kept for the checker's eyes and never analysed as claims.
    """
    ranges = non_prose_ranges(metadata)
    if not ranges:
        return text
    pieces: list[str] = []
    position = 0
    for start, end in sorted(ranges):
        start, end = max(start, position), min(end, len(text))
        if start >= end:
            continue
        pieces.append(text[position:start])
        pieces.append("".join("\n" if char == "\n" else " " for char in text[start:end]))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def page_at(metadata: Mapping[str, Any], offset: int) -> str | None:
    """The printed page label ("12", "iv") of the text at `offset`, or None if not a PDF."""
    for page in metadata.get("pages", []) if isinstance(metadata.get("pages"), list) else []:
        if isinstance(page, dict) and page.get("start", 0) <= offset <= page.get("end", -1):
            return str(page.get("label"))
    return None


def revised_metadata(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """An article's metadata after a revision: what the new file says, over what the old one
    said about the article itself (corpus index, date, author); nothing that indexed the old
    text or described the old file is kept."""
    kept = {key: value for key, value in old.items() if key not in FILE_BOUND_KEYS}
    return {**kept, **new}
