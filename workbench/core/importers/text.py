"""Decoding text files and splitting plain text into an article."""

from __future__ import annotations

from pathlib import Path

from workbench.core.importers.errors import ImportFailure
from workbench.core.model import ArticleDraft

# Tried in order; cp1252 last because it accepts almost any byte sequence.
_ENCODINGS = ("utf-8-sig", "cp1252")
_MAX_TITLE_CHARS = 200


def decode_bytes(data: bytes, path: str) -> str:
    """Decode a text file, normalising newlines; refuse binary content."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ImportFailure(path, f"not valid UTF-16 text ({error.reason})") from None
    else:
        if b"\x00" in data:
            raise ImportFailure(path, "this is a binary file, not text (it holds NUL bytes)")
        for encoding in _ENCODINGS:
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:  # pragma: no cover - cp1252 fails only on 5 undefined bytes
            raise ImportFailure(path, "the text encoding could not be recognised")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFailure(str(path), "no such file") from None
    except IsADirectoryError:
        raise ImportFailure(str(path), "this is a folder, not a file") from None
    except OSError as error:
        raise ImportFailure(str(path), f"cannot be read ({error.strerror})") from None


def article_from_text(text: str, path: str) -> ArticleDraft:
    """One article from plain text: the first line is the title when it looks like one."""
    text = text.strip("\n")
    if not text.strip():
        raise ImportFailure(path, "the file holds no text")
    # Paragraph breaks are kept as single newlines so offsets stay simple; blank lines are dropped.
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    text = "\n".join(paragraphs)
    first = paragraphs[0]
    title = first if len(first) <= _MAX_TITLE_CHARS else Path(path).stem
    return ArticleDraft(title=title, text=text, metadata={}, source_path=path)
