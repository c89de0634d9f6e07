"""Reading a corpus export as a stream: line by line, with progress and bounded memory."""

from __future__ import annotations

import io
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Literal

from workbench.core.importers.corpus import CorpusParser, Item
from workbench.core.importers.encoding import Encoding, chosen_encoding, detect_encoding
from workbench.core.importers.errors import ImportFailure

ProgressCallback = Callable[[int, int], None]
SAMPLE_BYTES = 1 << 20  # the encoding is detected on the first MiB
# No paragraph is 16 MB long; past that a line is skipped (and its entry reported) unread.
MAX_LINE_BYTES = 16 << 20
_PROGRESS_STEP_BYTES = 1 << 20
_CHUNK_BYTES = 1 << 16
_NEWLINE = re.compile("\r\n|\r|\n")


def open_binary(path: Path) -> BinaryIO:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise ImportFailure(str(path), "no such file") from None
    except OSError as error:
        raise ImportFailure(str(path), f"cannot be read ({error.strerror})") from None
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        # Opening a pipe waits for a writer forever; a device or socket cannot be read back.
        raise ImportFailure(
            str(path),
            "not a regular file (a pipe, device or socket); save its content to a file and "
            "import that",
        )
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise ImportFailure(str(path), "no such file") from None
    except IsADirectoryError:
        raise ImportFailure(str(path), "this is a folder, not a file") from None
    except OSError as error:
        raise ImportFailure(str(path), f"cannot be read ({error.strerror})") from None


def stream_encoding(path: Path, sample: bytes, total_bytes: int, encoding: str | None) -> Encoding:
    if encoding:
        return chosen_encoding(encoding, sample[:4], str(path))
    return detect_encoding(sample, str(path), is_whole_file=len(sample) >= total_bytes)


def stream_corpus(
    path: Path,
    chosen: Encoding,
    on_progress: ProgressCallback | None = None,
) -> Iterator[Item]:
    """Yield each article or malformed entry of a corpus export, reading it line by line."""
    parser = CorpusParser(str(path), {"encoding": chosen.name})
    number = 0
    with open_binary(path) as file:
        total_bytes = _size(file)
        lines = (
            _lines_as_bytes(file, chosen)
            if chosen.is_ascii_compatible
            else _lines_as_text(file, chosen)
        )
        next_report = 0
        for position, line, problem in lines:
            number += 1
            if problem is None:
                yield from parser.feed(number, line)
            else:
                yield from parser.fail_line(number, problem)
            if on_progress is not None and position >= next_report:
                on_progress(position, total_bytes)
                next_report = position + _PROGRESS_STEP_BYTES
        yield from parser.finish(number)
        if on_progress is not None:
            on_progress(total_bytes, total_bytes)


def _size(file: BinaryIO) -> int:
    size = file.seek(0, io.SEEK_END)
    file.seek(0)
    return size


def _lines_as_bytes(file: BinaryIO, chosen: Encoding) -> Iterator[tuple[int, str, str | None]]:
    """(bytes read so far, line, problem) for an encoding where the newline is the byte 0x0A."""
    file.seek(chosen.skip_bytes)
    position = chosen.skip_bytes
    while raw := file.readline(MAX_LINE_BYTES):
        position += len(raw)
        if not raw.endswith(b"\n") and len(raw) == MAX_LINE_BYTES:
            position += _skip_rest_of_line(file)
            yield position, "", f"a line longer than {MAX_LINE_BYTES >> 20} MB"
            continue
        try:
            text = raw.decode(chosen.codec)
        except UnicodeDecodeError as error:
            in_file = position - len(raw) + error.start + 1
            yield (
                position,
                "",
                (
                    f"bytes that are not valid {chosen.name} text at byte {error.start + 1:,} "
                    f"of the line, byte {in_file:,} of the file ({error.reason}); "
                    "try choosing the encoding"
                ),
            )
            continue
        # Old Mac files end lines with a lone \r, which readline does not split on.
        for line in _strip_line_end(text).split("\r"):
            yield position, line, None


def _lines_as_text(file: BinaryIO, chosen: Encoding) -> Iterator[tuple[int, str, str | None]]:
    """The same for UTF-16 and UTF-32, where lines can only be found after decoding.

    Chunks are cut at whole code units (and never inside a surrogate pair), so bad bytes are
    found exactly and every line before them is still read.
    """
    unit = 4 if "32" in chosen.codec else 2 if "16" in chosen.codec else 1
    byte_order: Literal["big", "little"] = "big" if chosen.codec.endswith("be") else "little"
    file.seek(chosen.skip_bytes)
    position = chosen.skip_bytes
    leftover = b""
    pending = ""
    while True:
        chunk = file.read(_CHUNK_BYTES)
        position += len(chunk)
        final = not chunk
        data = leftover + chunk
        cut = len(data) if final else len(data) - len(data) % unit
        if (
            unit == 2
            and not final
            and cut >= 2
            and (0xD800 <= int.from_bytes(data[cut - 2 : cut], byte_order) <= 0xDBFF)
        ):
            cut -= 2  # a high surrogate waits for its pair in the next chunk
        leftover = data[cut:]
        problem = None
        try:
            text = data[:cut].decode(chosen.codec)
        except UnicodeDecodeError as error:
            text = data[: error.start].decode(chosen.codec)
            # Past bad bytes a wide encoding cannot find the next line: reading stops there.
            problem = (
                f"bytes that are not valid {chosen.name} text at byte "
                f"{position - len(data) + error.start + 1:,} of the file "
                f"({error.reason}); the rest of the file cannot be read past them, "
                "try choosing the encoding"
            )
        pending += text
        hold_return = not final and problem is None and pending.endswith("\r")  # maybe \r\n
        lines = _NEWLINE.split(pending[:-1] if hold_return else pending)
        pending = lines.pop() + ("\r" if hold_return else "")
        for line in lines:
            yield position, line, None
        if problem is not None:
            yield position, "", problem
            return
        if len(pending) > MAX_LINE_BYTES // unit:
            yield position, "", f"a line longer than {MAX_LINE_BYTES >> 20} MB"
            return
        if final:
            if pending:
                yield position, pending, None
            return


def _strip_line_end(text: str) -> str:
    text = text.removesuffix("\n")
    return text.removesuffix("\r")


def _skip_rest_of_line(file: BinaryIO) -> int:
    skipped = 0
    while chunk := file.readline(MAX_LINE_BYTES):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped
