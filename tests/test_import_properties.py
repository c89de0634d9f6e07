"""Property-based tests: any input to any importer gives articles or an ImportFailure, no other."""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from test_import_hostile import check_article, import_outcome, stream_outcome

from workbench.core.importers import ImportFailure, article_from_pasted_text, read_articles
from workbench.core.importers.paragraphs import paragraphs_of
from workbench.core.model import ArticleDraft

QUICK = settings(max_examples=60, deadline=None)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"]
NEWLINES = ["\n", "\r\n", "\r"]


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def written(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# Plain text ---------------------------------------------------------------------------------


@QUICK
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ""]))
def test_any_bytes_as_text(folder: Path, data: bytes, suffix: str) -> None:
    import_outcome(written(folder, f"any{suffix}", data))


@QUICK
@given(text=st.text(max_size=500), encoding=st.sampled_from(ENCODINGS))
def test_any_text_in_any_common_encoding_keeps_its_paragraphs(
    folder: Path, text: str, encoding: str
) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        assume(False)
    path = written(folder, "text.txt", data)
    try:
        outcome = read_articles(path, encoding=encoding)
    except ImportFailure as failure:
        assert str(failure).startswith(str(path))
        return
    for article in outcome:
        check_article(article)
    if outcome[0].metadata["format"] == "text":
        assert outcome[0].text.split("\n") == paragraphs_of(text)


@QUICK
@given(text=st.text(max_size=500))
def test_any_pasted_text(text: str) -> None:
    try:
        article = article_from_pasted_text(text)
    except ImportFailure as failure:
        assert "(pasted text)" in str(failure)
        assert not paragraphs_of(text)
        return
    check_article(article)


# Corpus exports -----------------------------------------------------------------------------

CORPUS_LINES = st.one_of(
    st.builds(lambda a, b: f"{a}/{b}", st.integers(0, 2000), st.integers(0, 2000)),
    st.sampled_from(
        [
            "Date : 25-10-2024 20:32:03",
            "Date : 31-02-2024 10:00:00",
            "Date:01-01-2000 00:00:00",
            "Date : demain",
            "|",
            " | ",
            "",
            "Titre ;",
            " ; ",
            "1/1",
            "Un paragraphe.",
            "\t",
            "\u2028",
            "\x00",
            "\ufeff1/2",
        ]
    ),
    st.text(max_size=40),
)


@QUICK
@given(
    lines=st.lists(CORPUS_LINES, max_size=40),
    newline=st.sampled_from(NEWLINES),
    encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]),
)
def test_any_corpus_like_file_streams_and_reads_consistently(
    folder: Path, lines: list[str], newline: str, encoding: str
) -> None:
    text = "1/9\nDate : 01-01-2024 00:00:00\n" + "\n".join(lines)
    data = text.replace("\n", newline).encode(encoding, errors="replace")
    path = written(folder, "corpus.txt", data)
    strict = import_outcome(path)
    streamed = stream_outcome(path)
    if isinstance(streamed, list):
        failures = [item for item in streamed if isinstance(item, ImportFailure)]
        articles = [item for item in streamed if isinstance(item, ArticleDraft)]
        if failures or not articles:
            assert isinstance(strict, ImportFailure)
        else:
            assert strict == articles


# Markdown -----------------------------------------------------------------------------------

MARKDOWN = st.text(
    alphabet=st.sampled_from(list("#*_-`>[]()!|<>/ \n\t=+~:\\0123abcé")), max_size=400
)


@QUICK
@given(text=st.one_of(MARKDOWN, st.text(max_size=300)))
def test_any_markdown(folder: Path, text: str) -> None:
    import_outcome(written(folder, "draft.md", text.encode("utf-8", errors="replace")))


@QUICK
@given(data=st.binary(max_size=1000))
def test_any_bytes_as_markdown(folder: Path, data: bytes) -> None:
    import_outcome(written(folder, "draft.md", data))


# HTML ---------------------------------------------------------------------------------------

TAGS = [
    "p",
    "div",
    "span",
    "article",
    "main",
    "nav",
    "script",
    "style",
    "h1",
    "li",
    "ul",
    "br",
    "aside",
    "footer",
    "table",
    "td",
    "a",
    "b",
    "template",
    "svg",
    "head",
    "title",
    "body",
]
ATTRIBUTES = [
    "",
    ' class="comments"',
    ' role="navigation"',
    " hidden",
    ' id="share"',
    ' style="display:none"',
    ' class="article-body"',
]
TEXT = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=30)
HTML = st.recursive(
    st.one_of(TEXT, st.just("<!-- comment -->"), st.just("&amp;&#0;&#xD800;&nbsp;")),
    lambda children: st.builds(
        lambda tag, attribute, inner, closed: (
            f"<{tag}{attribute}>{''.join(inner)}" + (f"</{tag}>" if closed else "")
        ),
        st.sampled_from(TAGS),
        st.sampled_from(ATTRIBUTES),
        st.lists(children, max_size=4),
        st.booleans(),
    ),
    max_leaves=25,
)


@QUICK
@given(body=HTML, prefix=st.sampled_from(["", "<!DOCTYPE html><html>", "<?xml version='1.0'?>"]))
def test_any_html(folder: Path, body: str, prefix: str) -> None:
    outcome = import_outcome(written(folder, "page.html", (prefix + body).encode("utf-8")))
    if isinstance(outcome, list):
        assert (
            "comment" not in outcome[0].text
            or "comment" in body.replace("<!-- comment -->", "")
            or comment_in_title(body)
        )


def comment_in_title(body: str) -> bool:
    """HTML reads a title's content as text, comment marks included (it is RCDATA)."""
    return any(
        "<!-- comment -->" in match.group(1)
        for match in re.finditer(r"<title[^>]*>(.*?)(?:</title>|$)", body, re.S)
    )


@QUICK
@given(data=st.binary(max_size=1000))
def test_any_bytes_as_html(folder: Path, data: bytes) -> None:
    import_outcome(written(folder, "page.html", data))


# DOCX ---------------------------------------------------------------------------------------


def _valid_xml_char(char: str) -> bool:
    return char in "\t\n\r" or (" " <= char <= "\ud7ff") or ("\ue000" <= char <= "\ufffd")


def make_docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def sample_docx() -> bytes:
    return make_docx(["Titre", "Un paragraphe.", "Un autre paragraphe."])


@settings(max_examples=25, deadline=None)
@given(
    paragraphs=st.lists(
        st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=40), max_size=6
    )
)
def test_any_docx_text_round_trips(folder: Path, paragraphs: list[str]) -> None:
    paragraphs = ["".join(char for char in text if _valid_xml_char(char)) for text in paragraphs]
    outcome = import_outcome(written(folder, "made.docx", make_docx(paragraphs)))
    expected = [line for text in paragraphs for line in paragraphs_of(text)]
    if expected:
        assert isinstance(outcome, list) and outcome[0].text.split("\n") == expected
    else:
        assert isinstance(outcome, ImportFailure)


@QUICK
@given(data=st.data())
def test_any_damaged_docx(folder: Path, sample_docx: bytes, data: st.DataObject) -> None:
    damaged = bytearray(sample_docx)
    for _ in range(data.draw(st.integers(1, 20))):
        position = data.draw(st.integers(0, len(damaged) - 1))
        damaged[position] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(damaged)))
    import_outcome(written(folder, "damaged.docx", bytes(damaged[:cut] if cut > 10 else damaged)))


@QUICK
@given(data=st.binary(max_size=500), zipped=st.booleans())
def test_any_bytes_as_docx(folder: Path, data: bytes, zipped: bool) -> None:
    if zipped:  # a zip holding anything under the names a DOCX needs
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("[Content_Types].xml", data)
            archive.writestr("word/document.xml", data)
        data = buffer.getvalue()
    outcome = import_outcome(written(folder, "any.docx", data))
    assert isinstance(outcome, ImportFailure) or outcome[0].metadata["format"] == "docx"
