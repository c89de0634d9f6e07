"""Choosing the reader for a file: read_articles (all or nothing) and iter_articles (a stream)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from workbench.core.importers.article_text import NON_PROSE_KEY
from workbench.core.importers.corpus import Item, looks_like_corpus
from workbench.core.importers.docx_package import ZIP_MAGIC
from workbench.core.importers.encoding import decode_all
from workbench.core.importers.errors import ImportFailure
from workbench.core.importers.formats import suffixes_of
from workbench.core.importers.markdown_file import read_markdown
from workbench.core.importers.notices import code_blocks_notice
from workbench.core.importers.stream import (
    SAMPLE_BYTES,
    ProgressCallback,
    open_binary,
    stream_corpus,
    stream_encoding,
)
from workbench.core.importers.text import article_from_paragraphs, article_from_text
from workbench.core.model import ArticleDraft

# A single article (not a corpus) is read whole; past this it is no article anyone checks.
MAX_SINGLE_FILE_BYTES = 64 << 20
_HTML_SUFFIXES = suffixes_of("Web page")
_MARKDOWN_SUFFIXES = suffixes_of("Markdown")
_REFUSED_MAGIC = (
    (
        b"\xd0\xcf\x11\xe0",
        (
            "old Word (.doc) files and password-protected Word documents "
            "cannot be imported; save it as DOCX without a password first"
        ),
    ),
    (b"{\\rtf", "RTF files cannot be imported; save it as DOCX or text first"),
)


def read_articles(path: str | Path, encoding: str | None = None) -> list[ArticleDraft]:
    """Read every article in a file, or raise ImportFailure naming the file, place and problem.

    All or nothing: one malformed corpus entry fails the whole file, and the failure names
    every malformed entry (see iter_articles, which reads the others).
    `encoding` overrides the detected text encoding; the one used is in metadata["encoding"].
    """
    items = list(iter_articles(path, encoding))
    failures = [item for item in items if isinstance(item, ImportFailure)]
    if failures:
        raise ImportFailure.of_entries(failures)
    articles = [item for item in items if isinstance(item, ArticleDraft)]
    if not articles:
        raise ImportFailure(str(path), "the file holds no article")
    return articles


def iter_articles(
    path: str | Path,
    encoding: str | None = None,
    on_progress: ProgressCallback | None = None,
) -> Iterator[ArticleDraft | ImportFailure]:
    """Stream the articles of a file: each article, or an ImportFailure for each malformed entry.

    A corpus export is read line by line in bounded memory, calling on_progress(bytes read,
    total bytes) about once per MiB. Other formats hold one article and are read whole.
    A problem with the file as a whole (missing, binary, unknown encoding) is raised here, at
    the call, before anything is yielded.

    To import transactionally, open the project's transaction first, insert each article as it
    comes (the database holds them, not memory), collect the failures, and commit only when the
    iterator is exhausted; on cancel or any exception, roll back and nothing has changed.
    """
    path = Path(path)
    with open_binary(path) as file:
        head = file.read(SAMPLE_BYTES)
        total_bytes = file.seek(0, 2)
    kind = _kind(path, head)
    if kind == "text":
        chosen = stream_encoding(path, head, total_bytes, encoding)
        sample_text = head[chosen.skip_bytes :].decode(chosen.codec, errors="replace")
        if looks_like_corpus(sample_text):
            return stream_corpus(path, chosen, on_progress)
    articles = _read_single(path, kind, total_bytes, encoding)
    return _with_progress(articles, total_bytes, on_progress)


def _with_progress(
    items: list[ArticleDraft], total_bytes: int, on_progress: ProgressCallback | None
) -> Iterator[Item]:
    yield from items
    if on_progress is not None:
        on_progress(total_bytes, total_bytes)


def _kind(path: Path, head: bytes) -> str:
    for magic, problem in _REFUSED_MAGIC:
        if head.startswith(magic):
            raise ImportFailure(str(path), problem)
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF-") or suffix == ".pdf":
        return "pdf"
    if suffix == ".docx" or head.startswith(ZIP_MAGIC):
        return "docx"
    start = head[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if suffix in _HTML_SUFFIXES or start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


def _read_single(
    path: Path, kind: str, total_bytes: int, encoding: str | None
) -> list[ArticleDraft]:
    name = str(path)
    if total_bytes > MAX_SINGLE_FILE_BYTES:
        raise ImportFailure(
            name,
            f"too large for one article ({total_bytes >> 20:,} MB, limit "
            f"{MAX_SINGLE_FILE_BYTES >> 20} MB)",
        )
    with open_binary(path) as file:
        data = file.read()
    # The readers of rich formats load their libraries (lxml, trafilatura, pdfminer) when a file
    # of their kind first comes: importing text and corpora does not wait for them.
    if kind == "docx":
        from workbench.core.importers.docx_file import read_docx

        document = read_docx(data, name)
        if not document.text.paragraphs:
            skipped = " ".join(str(item["message"]) for item in document.metadata["notices"])
            raise ImportFailure(
                name,
                "the Word document holds no text"
                + (f" ({skipped}: images are not imported)" if skipped else ""),
            )
        metadata = {"format": "docx", **document.metadata}
        article = article_from_paragraphs(document.text.paragraphs, name, metadata, document.title)
        return [replace(article, annotations=tuple(document.annotations))]
    if kind == "pdf":
        from workbench.core.importers.pdf_file import read_pdf

        pdf = read_pdf(data, name)
        metadata = {"format": "pdf", **pdf.metadata}
        return [article_from_paragraphs(pdf.text.paragraphs, name, metadata, pdf.title)]
    if kind == "html":
        from workbench.core.importers.html_file import declared_charset, read_html

        text, chosen = decode_all(data, name, encoding or declared_charset(data))
        page = read_html(text, name)
        metadata = {
            "format": "html",
            "encoding": chosen.name,
            **page.metadata,
            NON_PROSE_KEY: page.text.non_prose,
        }
        return [article_from_paragraphs(page.text.paragraphs, name, metadata, page.title)]
    text, chosen = decode_all(data, name, encoding)
    if kind == "markdown":
        markdown, title = read_markdown(text)
        markdown_metadata: dict[str, Any] = {
            "format": "markdown",
            "encoding": chosen.name,
            NON_PROSE_KEY: markdown.non_prose,
        }
        if markdown.non_prose:
            markdown_metadata["notices"] = [code_blocks_notice(len(markdown.non_prose))]
        return [article_from_paragraphs(markdown.paragraphs, name, markdown_metadata, title)]
    return [article_from_text(text, name, {"encoding": chosen.name})]
