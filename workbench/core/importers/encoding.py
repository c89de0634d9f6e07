"""Finding a text file's encoding: the caller's choice, a byte-order mark, UTF-8, or detection."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from workbench.core.importers.errors import ImportFailure

# Checked longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf_32", "utf_32_le"),
    (codecs.BOM_UTF32_BE, "utf_32", "utf_32_be"),
    (codecs.BOM_UTF8, "utf_8_sig", "utf_8"),
    (codecs.BOM_UTF16_LE, "utf_16", "utf_16_le"),
    (codecs.BOM_UTF16_BE, "utf_16", "utf_16_be"),
)
# What newsrooms are sent besides UTF-8. Detection picks among these only: left free,
# charset-normalizer takes a short French cp1252 text for mac_latin2 or even EBCDIC. Anything
# else (cp1251, Shift-JIS…) is read by naming the encoding.
_WIDE_CANDIDATES = ["utf_16_le", "utf_16_be"]
_SINGLE_BYTE_CANDIDATES = ["cp1252", "latin_1", "iso8859_15", "mac_roman"]


@dataclass(frozen=True, slots=True)
class Encoding:
    """How to decode a file.

    `name` is what the user is shown and may pass back as the override (`utf_8_sig`, `cp1252`…);
    `codec` decodes the bytes that follow the first `skip_bytes` (the byte-order mark).
    """

    name: str
    codec: str
    skip_bytes: int = 0

    @property
    def is_ascii_compatible(self) -> bool:
        """Whether a newline is the byte 0x0A, so the file can be split into lines as bytes."""
        return "\n|".encode(self.codec) == b"\n|"


def chosen_encoding(name: str, data_start: bytes, path: str) -> Encoding:
    """The encoding the user named, checked to exist; a byte-order mark it implies is skipped."""
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise ImportFailure(path, f"unknown text encoding {name!r}") from None
    name = _display_name(codec)
    for mark, mark_name, bare_codec in _BYTE_ORDER_MARKS:
        if codecs.lookup(mark_name).name == codec and data_start.startswith(mark):
            return Encoding(name, bare_codec, len(mark))
    if codec == "utf-8" and data_start.startswith(codecs.BOM_UTF8):
        return Encoding(name, "utf_8", len(codecs.BOM_UTF8))  # the mark is not text
    # Without a mark, Python reads UTF-16 and UTF-32 as little-endian; say so, so that no
    # chunk of a streamed file is mistaken for one starting with a mark.
    bare = {"utf-16": "utf_16_le", "utf-32": "utf_32_le"}.get(codec, codec)
    return Encoding(name, bare)


def detect_encoding(sample: bytes, path: str, *, is_whole_file: bool) -> Encoding:
    """The encoding of a file from its first bytes (or all of them), or ImportFailure."""
    for mark, name, codec in _BYTE_ORDER_MARKS:
        if sample.startswith(mark):
            return Encoding(name, codec, len(mark))
    has_nul = b"\x00" in sample
    if not has_nul and _is_utf8(sample, is_whole_file):
        # Valid UTF-8 with any byte above 0x7F is almost never another encoding by chance,
        # and pure ASCII reads the same in all of them.
        return Encoding("utf_8", "utf_8")
    candidates = _WIDE_CANDIDATES if has_nul else _SINGLE_BYTE_CANDIDATES
    best = from_bytes(sample, cp_isolation=candidates).best()
    if best is not None and has_nul and not _looks_like_wide_text(sample, best.encoding):
        best = None
    if best is None:
        if has_nul:
            raise ImportFailure(path, "this is a binary file, not text (it holds NUL bytes)")
        raise ImportFailure(
            path,
            "the text encoding could not be recognised (not UTF-8, UTF-16, cp1252 or latin-1); "
            "choose the encoding by hand",
        )
    name = _display_name(codecs.lookup(best.encoding).name)
    return Encoding(name, name)


def _display_name(codec: str) -> str:
    """Python's own spelling with underscores (`utf_8`, `cp1252`, `iso8859_1`): one per codec."""
    return codec.replace("-", "_")


def decode_all(data: bytes, path: str, encoding: str | None = None) -> tuple[str, Encoding]:
    """Decode a whole file strictly; the failure names the line and the encoding."""
    chosen = (
        chosen_encoding(encoding, data[:4], path)
        if encoding
        else detect_encoding(data, path, is_whole_file=True)
    )
    body = data[chosen.skip_bytes :]
    try:
        return body.decode(chosen.codec), chosen
    except UnicodeDecodeError as error:
        line, column = _place_of_byte(body, error.start, chosen)
        offset = chosen.skip_bytes + error.start + 1
        where = f"byte {column} of the line, " if column is not None else ""
        raise ImportFailure(
            path,
            f"bytes that are not valid {chosen.name} text at {where}byte {offset:,} of the file "
            f"({error.reason}); try choosing the encoding",
            line,
        ) from None


def _looks_like_wide_text(sample: bytes, codec: str) -> bool:
    """Whether NUL bytes sit where UTF-16 puts them for mostly Latin text (the high byte).

    Without a byte-order mark that is the only safe sign: charset-normalizer alone calls short
    binary files UTF-16, since almost any even run of bytes decodes as CJK characters.
    """
    little_endian = codecs.lookup(codec).name == "utf-16-le"
    high_bytes, low_bytes = (
        (sample[1::2], sample[0::2]) if little_endian else (sample[0::2], sample[1::2])
    )
    characters = len(sample) // 2
    high_nuls, low_nuls = high_bytes.count(0), low_bytes.count(0)
    return high_nuls >= 0.3 * characters and low_nuls * 10 <= high_nuls


def _is_utf8(sample: bytes, is_whole_file: bool) -> bool:
    try:
        codecs.getincrementaldecoder("utf_8")().decode(sample, final=is_whole_file)
    except UnicodeDecodeError:
        return False
    return True


def _place_of_byte(body: bytes, offset: int, chosen: Encoding) -> tuple[int, int | None]:
    """The line of a byte (1 for the first) and, where a newline is one byte, its place in the
    line (1 for the first byte); counted in bytes, as a hex editor shows them."""
    before = body[:offset]
    if chosen.is_ascii_compatible:
        line_start = max(before.rfind(b"\n"), before.rfind(b"\r")) + 1
        lines = before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n")
        return lines + 1, offset - line_start + 1
    return before.decode(chosen.codec, errors="replace").count("\n") + 1, None
