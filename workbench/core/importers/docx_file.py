"""Word documents (DOCX), read with python-docx after checking the zip is safe to open."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from workbench.core.importers.errors import ImportFailure
from workbench.core.importers.paragraphs import one_line, paragraphs_of

ZIP_MAGIC = b"PK\x03\x04"
# python-docx loads every part into memory, so the sizes are checked on the zip's directory
# first. Python's zipfile stops each member at its declared size and checks its CRC, so a
# member that lies about its size fails to read instead of growing past these limits.
MAX_MEMBERS = 5_000
MAX_UNPACKED_BYTES = 200 << 20
MAX_RATIO = 100  # real DOCX parts compress 5-30 times; zip bombs, thousands
_RATIO_FLOOR_BYTES = 1 << 20  # small parts may compress well without harm


def read_docx(data: bytes, path: str) -> tuple[list[str], str | None, dict[str, Any]]:
    """The paragraphs of a DOCX body (tables included), in order, and its title property."""
    _check_package(data, path)
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = [line for block in document.iter_inner_content()
                      for line in _block_lines(block)]
        title = one_line(document.core_properties.title or "") or None
    # python-docx reports a malformed package with whatever its layers raise (KeyError for a
    # missing part, lxml's XMLSyntaxError, ValueError for a bad attribute, zipfile errors…);
    # none is a bug here, all mean "this document cannot be read".
    except Exception as error:  # noqa: BLE001
        raise ImportFailure(path, f"the Word document is damaged ({type(error).__name__}: "
                                  f"{str(error)[:200]})") from None
    return paragraphs, title, {}


def _check_package(data: bytes, path: str) -> None:
    if not data.startswith(ZIP_MAGIC):
        raise ImportFailure(path, "not a Word document: a DOCX file is a zip archive, this is not")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as error:
        raise ImportFailure(path, f"not a Word document: the zip archive is damaged ({error})") \
            from None
    if len(members) > MAX_MEMBERS:
        raise ImportFailure(path, f"refused: the archive holds {len(members):,} files "
                                  f"(a Word document holds a few dozen)")
    names = {member.filename for member in members}
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise ImportFailure(path, "not a Word document: the zip has no word/document.xml "
                                  "(an OpenDocument or other zip file?)")
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFailure(path, f"refused: it would unpack to {unpacked >> 20:,} MB "
                                  f"(limit {MAX_UNPACKED_BYTES >> 20} MB)")
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
            raise ImportFailure(path, f"refused: {member.filename} unpacks {ratio:,.0f} times its "
                                      "size, as a zip bomb does")
        if member.flag_bits & 0x1:
            raise ImportFailure(path, "the Word document is encrypted")


def _block_lines(block: Paragraph | Table) -> list[str]:
    if isinstance(block, Paragraph):
        return paragraphs_of(block.text)
    lines: list[str] = []
    for row in block.rows:
        seen: list[object] = []
        for cell in row.cells:
            # A merged cell appears once per grid column it spans; its text counts once.
            if any(cell._tc is other for other in seen):
                continue
            seen.append(cell._tc)
            for inner in cell.iter_inner_content():
                lines.extend(_block_lines(inner))
    return lines
