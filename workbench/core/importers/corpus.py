"""The corpus export format: `index/total`, `Date : …`, a title ending in ` ;`, paragraphs, `|`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime

from workbench.core.importers.errors import ImportFailure
from workbench.core.model import ArticleDraft

_HEADER = re.compile(r"^(\d+)/(\d+)$")
_DATE = re.compile(r"^Date\s*:\s*(\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2})$")
_END = "|"


def looks_like_corpus(text: str) -> bool:
    lines = text.lstrip("\ufeff\n").split("\n", 2)
    return len(lines) >= 2 and bool(_HEADER.match(lines[0].strip())) and bool(
        _DATE.match(lines[1].strip())
    )


def parse_corpus(lines: Iterable[str], path: str) -> Iterator[ArticleDraft]:
    """Yield the articles of a corpus export, given its lines (without newlines)."""
    block: list[tuple[int, str]] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n").rstrip("\r")
        if line.strip() == _END:
            if block:
                yield _article(block, path)
            block = []
        elif block or line.strip():
            block.append((number, line))
    if any(line.strip() for _, line in block):
        yield _article(block, path)  # a last article with no closing `|` is still an article


def _article(block: list[tuple[int, str]], path: str) -> ArticleDraft:
    start_line, header = block[0]
    match = _HEADER.match(header.strip())
    if not match:
        raise ImportFailure(path, f"expected an article header like '12/1366', found {header[:60]!r}",
                            start_line)
    if len(block) < 3:
        raise ImportFailure(path, "article has no date or title line", start_line)
    date_line_number, date_line = block[1]
    date_match = _DATE.match(date_line.strip())
    if not date_match:
        raise ImportFailure(path, f"expected 'Date : DD-MM-YYYY HH:MM:SS', found {date_line[:60]!r}",
                            date_line_number)
    published = datetime.strptime(date_match.group(1), "%d-%m-%Y %H:%M:%S")
    title = block[2][1].strip()
    if title.endswith(";"):
        title = title[:-1].rstrip()
    paragraphs = [line.strip() for _, line in block[3:] if line.strip()]
    text = "\n".join([title, *paragraphs])
    metadata = {
        "index": int(match.group(1)),
        "total": int(match.group(2)),
        "date": published.isoformat(),
    }
    return ArticleDraft(title=title, text=text, metadata=metadata, source_path=path)
