"""DOCX import: body and tables in order; zip bombs and non-zip files refused before parsing."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import docx
import pytest

from workbench.core.importers import ImportFailure, docx_package, read_articles

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types '
    b'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
)


def word_document(tmp_path: Path, name: str = "draft.docx", title: str = "") -> Path:
    document = docx.Document()
    document.core_properties.title = title
    document.add_heading("Titre du document", level=1)
    document.add_paragraph("Premier paragraphe, avec un chiffre : 42 %.")
    document.add_paragraph("")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1))
    table.cell(0, 0).text = "Cellule fusionnée"
    table.cell(1, 0).text = "Lyon"
    table.cell(1, 1).text = "522 000"
    paragraph = document.add_paragraph("Avant le saut")
    paragraph.add_run().add_break()
    paragraph.add_run("après le saut.")
    path = tmp_path / name
    document.save(str(path))
    return path


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def write(tmp_path: Path, data: bytes, name: str = "bad.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_body_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    [article] = read_articles(word_document(tmp_path))
    assert article.text.split("\n") == [
        "Titre du document",
        "Premier paragraphe, avec un chiffre : 42 %.",
        "Cellule fusionnée",
        "Lyon",
        "522 000",
        "Avant le saut",
        "après le saut.",
    ]
    assert article.title == "Titre du document"
    assert article.metadata["format"] == "docx"
    assert article.metadata["notices"] == []


def test_the_title_property_wins_when_set(tmp_path: Path) -> None:
    [article] = read_articles(word_document(tmp_path, title="Titre des propriétés"))
    assert article.title == "Titre des propriétés"


def test_a_docx_is_recognised_whatever_its_name(tmp_path: Path) -> None:
    path = word_document(tmp_path, name="sent-by-mail.bin")
    assert read_articles(path)[0].metadata["format"] == "docx"


def test_a_file_named_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = write(tmp_path, b"Just some text pretending to be Word")
    with pytest.raises(ImportFailure, match="not a Word document: a DOCX file is a zip") as caught:
        read_articles(path)
    assert str(caught.value).startswith(str(path))


def test_a_zip_that_is_no_word_document(tmp_path: Path) -> None:
    path = write(tmp_path, zip_bytes({"content.xml": b"<office/>", "mimetype": b"odt"}))
    with pytest.raises(ImportFailure, match=r"OpenDocument files .* save it as DOCX"):
        read_articles(path)


def test_a_truncated_docx_is_damaged(tmp_path: Path) -> None:
    data = word_document(tmp_path).read_bytes()
    with pytest.raises(ImportFailure, match=r"not a Word document|damaged"):
        read_articles(write(tmp_path, data[: len(data) // 2]))


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    bomb = zip_bytes(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "word/document.xml": b"<w>" + b" " * (40 << 20) + b"</w>",
        }
    )
    assert len(bomb) < 200_000
    with pytest.raises(ImportFailure, match="zip bomb"):
        read_articles(write(tmp_path, bomb))


def test_too_much_unpacked_data_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_package, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(ImportFailure, match="would unpack to"):
        read_articles(word_document(tmp_path))


def test_too_many_members_are_refused(tmp_path: Path) -> None:
    members = {f"word/media/{number}.xml": b"" for number in range(docx_package.MAX_MEMBERS + 1)}
    with pytest.raises(ImportFailure, match="holds 5,001 files"):
        read_articles(write(tmp_path, zip_bytes(members)))


def test_a_member_lying_about_its_size_fails_to_read(tmp_path: Path) -> None:
    data = bytearray(word_document(tmp_path).read_bytes())
    _declare_size(data, "word/document.xml", 10)
    with pytest.raises(ImportFailure, match="damaged"):
        read_articles(write(tmp_path, bytes(data)))


def test_damaged_xml_inside_the_package(tmp_path: Path) -> None:
    original = zipfile.ZipFile(word_document(tmp_path))
    members = {info.filename: original.read(info) for info in original.infolist()}
    original.close()
    members["word/document.xml"] = b"<w:document><unclosed"
    with pytest.raises(ImportFailure, match="damaged"):
        read_articles(write(tmp_path, zip_bytes(members)))


def test_a_document_without_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    with pytest.raises(ImportFailure, match="holds no text"):
        read_articles(path)


def _declare_size(data: bytearray, member: str, size: int) -> None:
    """Rewrite a member's uncompressed size in its local and central headers (zip bomb trick)."""
    name = member.encode()
    # (signature, offset of the uncompressed size, of the name length, of the name)
    for signature, size_at, length_at, name_at in (
        (b"PK\x03\x04", 22, 26, 30),
        (b"PK\x01\x02", 24, 28, 46),
    ):
        start = data.find(signature)
        while start != -1:
            (name_length,) = struct.unpack_from("<H", data, start + length_at)
            if data[start + name_at : start + name_at + name_length] == name:
                struct.pack_into("<I", data, start + size_at, size)
            start = data.find(signature, start + 4)
