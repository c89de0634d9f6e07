"""The corpus export format: `index/total`, `Date : …`, a title ending in ` ;`, paragraphs, `|`."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from workbench.core.importers.errors import ImportFailure
from workbench.core.importers.paragraphs import join_paragraphs, one_line, paragraphs_of
from workbench.core.model import ArticleDraft

# Nine digits at most: an index must fit an SQLite integer and no corpus is that large.
_HEADER = re.compile(r"(\d{1,9})/(\d{1,9})")
_DATE = re.compile(r"Date\s*:\s*(\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2})")
_END = "|"
# One article's text above this is not an article but a broken file; refusing it bounds memory.
MAX_ARTICLE_CHARS = 16_000_000

Item = ArticleDraft | ImportFailure


def looks_like_corpus(head: str) -> bool:
    """Whether text (the start of a file) holds an article header directly followed by a date."""
    lines = [line.strip().lstrip("\ufeff") for line in head.splitlines()[:200]]
    return any(
        _HEADER.fullmatch(line) and _DATE.fullmatch(following)
        for line, following in itertools.pairwise(lines)
    )


@dataclass
class _Entry:
    number: int  # position in the file
    line: int
    index: int | None = None
    total: int | None = None
    date: str | None = None
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    size_chars: int = 0


class CorpusParser:
    """Reads a corpus export line by line and returns each article or each malformed entry.

    Feed it every line (without its line ending) with its number, then call finish(). A malformed
    entry becomes an ImportFailure naming its index and line, and reading goes on at the next `|`
    or at the next header-and-date pair, so one bad entry never hides the others.
    """

    def __init__(self, path: str, metadata: dict[str, Any] | None = None) -> None:
        self._path = path
        self._metadata = metadata or {}
        self._state = "between"
        self._entry: _Entry | None = None
        self._entries = 0
        self._held_header: tuple[int, str] | None = None  # a header seen in a body, pending

    def feed(self, number: int, line: str) -> list[Item]:
        items: list[Item] = []
        if self._held_header is not None:
            held_number, held_line = self._held_header
            self._held_header = None
            if _DATE.fullmatch(line.strip()):
                # A new article starts where the `|` was forgotten.
                self._close(items)
                self._start(held_number, held_line)
            elif self._state == "body":
                self._add_body(held_number, held_line, items)
        self._step(number, line, items)
        return items

    def fail_line(self, number: int, problem: str) -> list[Item]:
        """A line that could not be read (bad bytes, too long): its entry is malformed."""
        items: list[Item] = []
        self._held_header = None
        if self._state == "skip":
            return items  # the entry is already reported
        if self._state == "between":
            self._entries += 1
            self._entry = _Entry(self._entries, number)
        self._fail(number, problem, items)
        return items

    def finish(self, last_number: int) -> list[Item]:
        items: list[Item] = []
        if self._held_header is not None and self._state == "body":
            self._add_body(*self._held_header, items)
        self._held_header = None
        if self._state in ("date", "title"):
            self._fail(last_number, "the file ends inside this article's header", items)
        self._close(items)
        self._state = "between"
        return items

    def _step(self, number: int, line: str, items: list[Item]) -> None:
        stripped = line.strip()
        if self._state == "skip" and stripped == _END:
            self._state = "between"
        elif self._state in ("skip", "body") and _HEADER.fullmatch(stripped):
            self._held_header = (number, stripped)
        elif self._state == "skip":
            pass
        elif self._state == "body":
            if stripped == _END:
                self._close(items)
            else:
                self._add_body(number, line, items)
        elif not stripped or (self._state == "between" and stripped == _END):
            pass  # blank lines and stray separators between articles carry nothing
        elif self._state == "between":
            if _HEADER.fullmatch(stripped):
                self._start(number, stripped)
            else:
                self._entries += 1
                self._entry = _Entry(self._entries, number)
                self._fail(number, f"expected an article header like '12/1366', found "
                                   f"{_quote(stripped)}", items)
        elif self._state == "date":
            self._read_date(number, stripped, items)
        else:
            self._read_title(number, stripped, items)

    def _start(self, number: int, header: str) -> None:
        match = _HEADER.fullmatch(header)
        assert match is not None
        self._entries += 1
        self._entry = _Entry(self._entries, number, int(match[1]), int(match[2]))
        self._state = "date"

    def _read_date(self, number: int, stripped: str, items: list[Item]) -> None:
        assert self._entry is not None
        if stripped == _END or _HEADER.fullmatch(stripped):
            self._fail(number, "the article has no date line", items)
            if _HEADER.fullmatch(stripped):
                self._start(number, stripped)
            else:
                self._state = "between"
            return
        match = _DATE.fullmatch(stripped)
        if match is None:
            self._fail(number, f"expected 'Date : DD-MM-YYYY HH:MM:SS', found {_quote(stripped)}",
                       items)
            return
        try:
            published = datetime.strptime(match[1], "%d-%m-%Y %H:%M:%S")
        except ValueError:
            self._fail(number, f"the date {match[1]!r} does not exist", items)
            return
        self._entry.date = published.isoformat()
        self._state = "title"

    def _read_title(self, number: int, stripped: str, items: list[Item]) -> None:
        assert self._entry is not None
        if stripped == _END:
            self._fail(number, "the article has no title", items)
            self._state = "between"
            return
        title = one_line(stripped)
        if title.endswith(";"):
            title = title[:-1].rstrip()
        if not title:
            self._fail(number, "the article's title is empty", items)
            return
        self._entry.title = title
        self._state = "body"

    def _add_body(self, number: int, line: str, items: list[Item]) -> None:
        assert self._entry is not None
        paragraphs = paragraphs_of(line)
        self._entry.paragraphs.extend(paragraphs)
        self._entry.size_chars += sum(len(paragraph) + 1 for paragraph in paragraphs)
        if self._entry.size_chars > MAX_ARTICLE_CHARS:
            self._entry.paragraphs.clear()
            self._fail(number, f"the article is longer than {MAX_ARTICLE_CHARS:,} characters; "
                               "a `|` line is probably missing", items)

    def _fail(self, number: int, problem: str, items: list[Item]) -> None:
        entry = self._entry
        items.append(ImportFailure(
            self._path, problem, number,
            index=entry.index if entry else None,
            entry=entry.number if entry else None,
        ))
        self._entry = None
        self._state = "skip"

    def _close(self, items: list[Item]) -> None:
        """Turn the entry read so far into an article, if it got as far as its title."""
        entry = self._entry
        self._entry = None
        if self._state != "body" or entry is None or entry.title is None:
            return
        self._state = "between"
        metadata = {
            **self._metadata,
            "format": "corpus",
            "index": entry.index,
            "total": entry.total,
            "date": entry.date,
            "line": entry.line,
        }
        items.append(ArticleDraft(
            title=entry.title,
            text=join_paragraphs([entry.title, *entry.paragraphs]),
            metadata=metadata,
            source_path=self._path,
        ))


def _quote(text: str) -> str:
    return repr(text[:60] + ("…" if len(text) > 60 else ""))
