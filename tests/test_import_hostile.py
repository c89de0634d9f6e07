"""Hostile files, generated here: every importer answers with articles or a clear ImportFailure."""

from __future__ import annotations

import io
import json
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from workbench.core.importers import ImportFailure, iter_articles, read_articles, stream
from workbench.core.model import ArticleDraft

SUFFIXES = [".txt", ".md", ".html", ".docx", ""]


def check_article(article: ArticleDraft) -> None:
    """What every importer promises about an article's text (offsets downstream rely on it)."""
    assert isinstance(article, ArticleDraft)
    paragraphs = article.text.split("\n")
    assert article.text and article.title
    assert article.text.splitlines() == paragraphs  # no other line break hides in a paragraph
    assert all(paragraph and paragraph == paragraph.strip() for paragraph in paragraphs)
    assert "\n" not in article.title and article.title == article.title.strip()
    assert not any(ord(char) < 32 and char not in "\t\n" for char in article.text)
    json.dumps(article.metadata)
    if article.metadata.get("format") == "corpus":
        assert paragraphs[0] == article.title


def import_outcome(path: Path) -> list[ArticleDraft] | ImportFailure:
    """read_articles' answer, checked; anything but ImportFailure escapes and fails the test."""
    try:
        articles = read_articles(path)
    except ImportFailure as failure:
        assert str(failure).startswith(str(path)) and failure.problem
        return failure
    for article in articles:
        check_article(article)
    return articles


def stream_outcome(path: Path) -> list[ArticleDraft | ImportFailure] | ImportFailure:
    try:
        items = list(iter_articles(path))
    except ImportFailure as failure:
        assert str(failure).startswith(str(path))
        return failure
    for item in items:
        if isinstance(item, ImportFailure):
            assert str(item).startswith(str(path)) and item.line is not None
        else:
            check_article(item)
    return items


def zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", b"\0" * (64 << 20))
    return buffer.getvalue()


HOSTILE: dict[str, Callable[[], bytes]] = {
    "empty": lambda: b"",
    "binary": lambda: random.Random(7).randbytes(50_000),
    "nul-bytes": lambda: b"Un titre\n\x00\x00\x00 du texte\x00\n",
    "invalid-utf8": lambda: b"Titre\n\xc3\x28 \xa0\xa1 \xf0\x28\x8c\xbc suite\n",
    "ten-mb-single-line": lambda: ("Une très longue ligne. " * 460_000).encode(),
    "mixed-newlines": lambda: b"Titre\r\nUn\rDeux\nTrois\r\n\r\rQuatre\n\x0bCinq\x0c",
    "zip-bomb": zip_bomb,
    "not-a-zip": lambda: b"PK\x03\x04 but then nothing a zip reader wants",
    "corpus-ten-mb-line": lambda: (
        "1/2\nDate : 01-01-2024 00:00:00\nT ;\n" + "mot " * 2_600_000 + "\n|\n"
    ).encode(),
    "html-nested-deep": lambda: b"<html><body>" + b"<div>" * 5000 + b"texte" + b"</div>" * 5000,
}


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_file_gives_articles_or_import_failure(
    tmp_path: Path, kind: str, suffix: str
) -> None:
    path = tmp_path / f"{kind}{suffix}"
    path.write_bytes(HOSTILE[kind]())
    outcome = import_outcome(path)
    streamed = stream_outcome(path)
    if isinstance(outcome, list):  # strict success means the stream has nothing to report
        assert streamed == outcome


@pytest.mark.parametrize("kind", ["empty", "binary", "nul-bytes", "zip-bomb", "not-a-zip"])
def test_files_with_nothing_readable_fail(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.docx"
    path.write_bytes(HOSTILE[kind]())
    assert isinstance(import_outcome(path), ImportFailure)


def test_ten_megabyte_line_is_one_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    path.write_bytes(HOSTILE["ten-mb-single-line"]())
    [article] = read_articles(path)
    assert article.title == "line"  # too long to be a title
    assert len(article.text) == len("Une très longue ligne. " * 460_000) - 1


def test_an_overlong_corpus_line_spoils_only_its_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stream, "MAX_LINE_BYTES", 1000)
    entry = "{}/3\nDate : 01-01-2024 00:00:00\nT ;\n{}\n|\n"
    path = tmp_path / "corpus.txt"
    path.write_text(
        entry.format(1, "court") + entry.format(2, "x" * 5000) + entry.format(3, "fin"),
        encoding="utf-8",
    )
    items = list(iter_articles(path))
    assert [type(item).__name__ for item in items] == [
        "ArticleDraft",
        "ImportFailure",
        "ArticleDraft",
    ]
    failure = items[1]
    assert isinstance(failure, ImportFailure) and failure.index == 2 and failure.line == 9
    assert "longer than" in failure.problem


def test_a_huge_article_without_separator_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.core.importers import corpus

    monkeypatch.setattr(corpus, "MAX_ARTICLE_CHARS", 10_000)
    path = tmp_path / "corpus.txt"
    path.write_text(
        "1/2\nDate : 01-01-2024 00:00:00\nT ;\n"
        + "ligne\n" * 5000
        + "|\n2/2\nDate : 01-01-2024 00:00:00\nFin ;\n|\n",
        encoding="utf-8",
    )
    items = list(iter_articles(path))
    assert isinstance(items[0], ImportFailure) and items[0].index == 1
    assert isinstance(items[1], ArticleDraft) and items[1].title == "Fin"
