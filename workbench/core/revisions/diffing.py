"""Word-level differences between two revisions of a text, and mapping old offsets to new ones."""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass
from typing import Literal

# A word or a punctuation mark with the spaces after it: fewer, more distinctive tokens than bare
# words, so difflib stays fast without junk heuristics (autojunk would drop frequent words).
_TOKEN = re.compile(r"\w+\s*|[^\w\s]\s*|\s+")

DiffTag = Literal["equal", "replace", "delete", "insert"]


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One difflib opcode in character offsets: `old[old_start:old_end]` became `new[new_start:new_end]`."""

    tag: DiffTag
    old_start: int
    old_end: int
    new_start: int
    new_end: int


def _tokens(text: str) -> tuple[list[str], list[int]]:
    """Tokens and their start offsets, plus the end of the text as a last offset."""
    words: list[str] = []
    starts: list[int] = []
    for match in _TOKEN.finditer(text):
        words.append(match.group())
        starts.append(match.start())
    starts.append(len(text))
    return words, starts


def diff_words(old: str, new: str) -> list[DiffOp]:
    """The opcodes turning `old` into `new`, over words, in character offsets; they cover both texts."""
    old_words, old_starts = _tokens(old)
    new_words, new_starts = _tokens(new)
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    return [
        DiffOp(tag, old_starts[i1], old_starts[i2], new_starts[j1], new_starts[j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


class PositionMap:
    """Where an offset of the old text went in the new text, according to the word diff."""

    def __init__(self, ops: list[DiffOp]) -> None:
        self._ops = ops
        self._old_starts = [op.old_start for op in ops]

    def _op_at(self, offset: int) -> DiffOp | None:
        index = bisect.bisect_right(self._old_starts, offset) - 1
        if index < 0:
            return None
        return self._ops[index]

    def unchanged_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The new place of `old[start:end]` when the diff keeps it whole and unchanged, else None."""
        if end <= start:
            return None
        index = bisect.bisect_right(self._old_starts, start) - 1
        # A span can run over several adjacent "equal" opcodes only if nothing sits between them,
        # which difflib never produces; one opcode must hold it all.
        if index < 0:
            return None
        op = self._ops[index]
        if op.tag != "equal" or end > op.old_end:
            return None
        shift = op.new_start - op.old_start
        return start + shift, end + shift

    def approximate(self, offset: int) -> int:
        """The new offset of an old one: exact inside unchanged text, else the start of the edit."""
        op = self._op_at(offset)
        if op is None:
            return 0
        if op.tag == "equal":
            return offset - op.old_start + op.new_start
        if op.old_end > op.old_start and op.new_end > op.new_start:
            # Inside a replacement: scale, so a claim in the middle of a rewrite lands mid-rewrite.
            fraction = (offset - op.old_start) / (op.old_end - op.old_start)
            return op.new_start + round(fraction * (op.new_end - op.new_start))
        return op.new_start
