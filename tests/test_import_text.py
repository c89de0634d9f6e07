"""Plain text import: encodings detected and overridable, paragraphs, pasted text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from workbench.core.importers import ImportFailure, article_from_pasted_text, read_articles

FRENCH = (
    "Élection à Paris : l'œuvre « coûtera 3 000 € », a déclaré le maire.\n"
    "Deuxième paragraphe : déçu, il était prévu en août.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (FRENCH.encode("utf-8"), "utf_8"),
        (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "utf_8_sig"),
        (FRENCH.encode("utf-16"), "utf_16"),
        (codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"), "utf_16"),
        (FRENCH.encode("utf-16-le"), "utf_16_le"),
        (FRENCH.encode("utf-32"), "utf_32"),
        (FRENCH.encode("cp1252"), "cp1252"),
    ],
)
def test_each_common_encoding_reads_the_same_text(
    tmp_path: Path, data: bytes, encoding: str
) -> None:
    article = read_articles(write(tmp_path, "a.txt", data))[0]
    assert article.text == FRENCH.strip()
    assert article.metadata["encoding"] == encoding
    assert article.metadata["format"] == "text"
    assert article.title == FRENCH.split("\n", 1)[0]


def test_latin1_text_without_euro_sign_is_read(tmp_path: Path) -> None:
    text = "Le député a été réélu à Orléans, où il était très attendu.\nÇa continue."
    article = read_articles(write(tmp_path, "a.txt", text.encode("latin-1")))[0]
    assert article.text == text
    # cp1252 is latin-1 plus printable characters where latin-1 has invisible controls.
    assert article.metadata["encoding"] in ("cp1252", "iso8859_1")


def test_encoding_override_wins_over_detection(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Ωmega π".encode("cp1253"))
    article = read_articles(path, encoding="cp1253")[0]
    assert article.text == "Ωmega π"
    assert article.metadata["encoding"] == "cp1253"
    assert read_articles(path)[0].text != "Ωmega π"  # what detection alone would make of it


def test_a_wrong_override_names_file_line_and_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"first line\nsecond \xe9t\xe9\n")
    with pytest.raises(ImportFailure) as caught:
        read_articles(path, encoding="utf-8")
    message = str(caught.value)
    assert str(path) in message and "line 2" in message and "utf_8" in message
    assert caught.value.line == 2


def test_unknown_encoding_name_is_an_import_failure(tmp_path: Path) -> None:
    with pytest.raises(ImportFailure, match="unknown text encoding 'klingon'"):
        read_articles(write(tmp_path, "a.txt", b"text"), encoding="klingon")


def test_override_utf8_skips_a_byte_order_mark(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", codecs.BOM_UTF8 + b"Bonjour")
    assert read_articles(path, encoding="utf-8")[0].text == "Bonjour"


def test_paragraphs_are_stripped_single_newline_separated_and_never_empty(tmp_path: Path) -> None:
    data = (
        b"  Titre  \r\n\r\n\tPremier paragraphe.  \rSecond\x0cpage\n\n\n   \n"
        b"Dernier\xe2\x80\xa8ligne"
    )
    article = read_articles(write(tmp_path, "a.txt", data))[0]
    assert article.text == "Titre\nPremier paragraphe.\nSecond\npage\nDernier\nligne"
    assert article.title == "Titre"


def test_invisible_characters_are_dropped_and_text_is_nfc(tmp_path: Path) -> None:
    decomposed = "Cafe\u0301 \x07ouvert\ufeff"
    article = read_articles(write(tmp_path, "a.txt", decomposed.encode("utf-8")))[0]
    assert article.text == "Café ouvert"


def test_a_long_first_line_is_no_title(tmp_path: Path) -> None:
    article = read_articles(write(tmp_path, "note.txt", ("mot " * 100).encode()))[0]
    assert article.title == "note"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "holds no text"),
        (b" \n\r\n\t", "holds no text"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Word"),
    ],
)
def test_unreadable_files_fail_with_the_file_and_the_problem(
    tmp_path: Path, data: bytes, problem: str
) -> None:
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(ImportFailure, match=problem) as caught:
        read_articles(path)
    assert str(caught.value).startswith(str(path))


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_bad_utf8_is_named_by_its_line_and_byte(tmp_path: Path, newline: str) -> None:
    head = f"Première ligne.{newline}Deuxième{newline}Le caf".encode()
    path = write(tmp_path, "bad.txt", head + b"\xe9 est cher.\n")
    with pytest.raises(ImportFailure) as caught:
        read_articles(path, "utf-8")
    assert caught.value.line == 3
    assert caught.value.problem == (
        f"bytes that are not valid utf_8 text at byte 7 of the line, byte {len(head) + 1} of the "
        "file (invalid continuation byte); try choosing the encoding"
    )


def test_missing_file_and_folder_are_import_failures(tmp_path: Path) -> None:
    with pytest.raises(ImportFailure, match="no such file"):
        read_articles(tmp_path / "absent.txt")
    with pytest.raises(ImportFailure, match="folder"):
        read_articles(tmp_path)


def test_pasted_text_becomes_an_article_titled_by_its_first_line() -> None:
    article = article_from_pasted_text("\n  Un titre collé \r\n\r\nLe corps du texte.\u2029Suite.")
    assert article.title == "Un titre collé"
    assert article.text == "Un titre collé\nLe corps du texte.\nSuite."
    assert article.metadata == {"format": "paste"}
    assert article.source_path is None


def test_pasted_text_with_a_very_long_first_line_gets_a_short_title() -> None:
    article = article_from_pasted_text("mot " * 200)
    assert len(article.title) <= 200 and article.title.endswith("…")
    assert article.text == ("mot " * 200).strip()


def test_pasted_corpus_entry_keeps_its_title_and_date() -> None:
    entry = "12/30\nDate : 01-02-2024 10:00:00\nLe titre ;\nLe texte.\n|\n"
    article = article_from_pasted_text(entry)
    assert article.title == "Le titre"
    assert article.text == "Le titre\nLe texte."
    assert article.metadata["date"] == "2024-02-01T10:00:00"
    assert article.metadata["format"] == "paste"


@pytest.mark.parametrize("text", ["", "  \n\t \u2028 ", "\x00\x01"])
def test_pasting_nothing_is_an_import_failure(text: str) -> None:
    with pytest.raises(ImportFailure, match="clipboard holds no text"):
        article_from_pasted_text(text)


def test_lone_surrogates_from_the_clipboard_are_dropped() -> None:
    assert article_from_pasted_text("a\ud800b").text == "ab"
