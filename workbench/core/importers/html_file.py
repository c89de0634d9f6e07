"""Saved web pages: the article's main text by trafilatura, and the whole page's text beside it.

trafilatura was chosen by measurement (tests/benchmarks/bench_html_extraction.py): on the 181
pages of the Article Extraction Benchmark and the French news pages it keeps the article on
every page with the least boilerplate, it is maintained, and it reads the page's metadata
(title, author, date, site, canonical URL) as well; readability-lxml scores close but reads no
metadata and lost one page. Our former rule-based extractor lost 19 of the 181 pages.

Never silently empty: when the extractor finds little, the whole page's text is imported with a
notice, and the other view is kept in the metadata so the checker can switch (see views.py).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

import trafilatura
from lxml import etree, html

from workbench.core.importers.article_text import ArticleText
from workbench.core.importers.docx_package import XmlElement
from workbench.core.importers.errors import ImportFailure
from workbench.core.importers.html_page import (
    MAX_DEPTH,
    PageText,
    flatten_nesting,
    source_text_chars,
    text_chars,
    tree_page_text,
)
from workbench.core.importers.notices import code_blocks_notice, counted, notice
from workbench.core.importers.paragraphs import clean_paragraph, one_line

# Under this many characters of article, the extractor is taken to have missed the article.
MIN_ARTICLE_CHARS = 120
# The tree holds less text than the page by more than this: the parser cut the page.
_LOST_TEXT_RATIO = 0.99
_LOST_TEXT_FLOOR = 20
# libxml2 reads elements 255 deep under the root at most, and drops the rest of the page there.
_PARSER_MAX_DEPTH = 256
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
# lxml refuses these in a str; they would be dropped from the text anyway.
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# trafilatura collapses every Unicode space to " ", and French typography needs its no-break
# and thin spaces ("12 000", "dit :"). They cross the extractor as short printable marks
# ("⍽0⍽", U+237D is ISO 9995's symbol for a no-break space): private-use characters would be
# dropped from titles as unprintable.
_KEPT_SPACES = "\u00a0\u2007\u2009\u200a\u202f"
_STAND_INS = tuple(f"\u237d{index}\u237d" for index in range(len(_KEPT_SPACES)))
_SPACE_ENTITIES = {
    "nbsp": 0xA0,
    "nonbreakingspace": 0xA0,
    "numsp": 0x2007,
    "thinsp": 0x2009,
    "thinspace": 0x2009,
    "hairsp": 0x200A,
    "verythinspace": 0x200A,
}
_ENTITY = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{4,20}));?")
# Comments and processing instructions go at parse time, their following text kept: removed
# later by the extractor, a comment inside a paragraph took the rest of the paragraph with it.
_PARSER = html.HTMLParser(
    remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False
)
# A date only from the page's markup: guessed from the text ("depuis fin 2022"), it misleads.
_DATE_FROM_MARKUP = {"extensive_search": False, "original_date": True}
# Blocks of trafilatura's output document; everything else is running text inside them.
_OUTPUT_BLOCKS = {
    "p",
    "head",
    "item",
    "quote",
    "code",
    "cell",
    "row",
    "list",
    "table",
    "lb",
    "div",
    "body",
}


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> near its start (HTML's own encoding sniffing)."""
    match = _META_CHARSET.search(data[:4096])
    return match[1].decode("ascii") if match else None


@dataclass
class HtmlArticle:
    """A page read for import: the chosen view's text, and the other view kept beside it."""

    text: ArticleText
    title: str | None
    metadata: dict[str, Any] = field(default_factory=dict)


def read_html(source: str, path: str) -> HtmlArticle:
    """The article of a page (or its whole text when the extractor finds little), its title,
    its metadata and notices. Raises ImportFailure when the page holds no text at all."""
    prepared = _protect_spaces(_XML_INCOMPATIBLE.sub("", _XML_DECLARATION.sub("", source)))
    if not prepared.strip():
        raise ImportFailure(path, "the page is empty")
    notices: list[dict[str, Any]] = []
    tree = _tree(prepared)
    source_chars = source_text_chars(prepared)
    tree_chars = text_chars(tree.text_content()) if tree is not None else 0
    lost_chars = source_chars - tree_chars
    if lost_chars > max(_LOST_TEXT_FLOOR, source_chars * (1 - _LOST_TEXT_RATIO)) or (
        lost_chars > 0 and _reaches_parser_depth(tree)
    ):
        flattened, depth = flatten_nesting(prepared)
        tree = _tree(flattened)
        if depth > MAX_DEPTH:
            notices.append(
                notice(
                    "nesting_flattened",
                    depth,
                    (
                        f"the page nests its tags {depth:,} levels deep; levels past {MAX_DEPTH} "
                        "were flattened so that no text is lost"
                    ),
                )
            )
    page = tree_page_text(tree) if tree is not None else PageText()
    whole = _whole_page(page)
    if not whole.paragraphs:
        raise ImportFailure(path, "the page holds no text")
    extracted = _extract(tree)
    article = _article(extracted, page) if extracted is not None else ArticleText()
    if len(article.paragraphs) == 1 and len(whole.paragraphs) > 3 and tree is not None:
        # One paragraph for a page of many is trafilatura's last-resort "baseline" (all the
        # page's text run together); its precise mode often still finds the article's blocks.
        precise = _extract(tree, favor_precision=True)
        candidate = _article(precise, page) if precise is not None else ArticleText()
        if len(candidate.paragraphs) > 1 and candidate.length >= MIN_ARTICLE_CHARS:
            extracted, article = precise, candidate
    meta = _page_metadata(extracted)
    title = meta.pop("title", None)
    if title and article.paragraphs and title not in article.paragraphs[:3]:
        article = _with_heading(title, article)
    metadata: dict[str, Any] = {**meta}
    article_chars = sum(len(paragraph) for paragraph in article.paragraphs)
    if article_chars < MIN_ARTICLE_CHARS:
        chosen, other, view = whole, article, "whole_page"
        notices.append(
            notice(
                "little_article_text",
                article_chars,
                (
                    f"the extractor found little article text ({counted(article_chars, 'character')}); "
                    "the whole page's text was imported"
                ),
            )
        )
    else:
        chosen, other, view = article, whole, "article"
    metadata["view"] = view
    metadata["other_view"] = {
        "view": "article" if view == "whole_page" else "whole_page",
        "text": other.text,
        "non_prose": other.non_prose,
    }
    if chosen.non_prose:
        notices.append(code_blocks_notice(len(chosen.non_prose)))
    metadata["notices"] = notices
    return HtmlArticle(
        chosen, title or (one_line(whole.paragraphs[0]) if view == "whole_page" else None), metadata
    )


def _protect_spaces(source: str) -> str:
    def stand_in(match: re.Match[str]) -> str:
        decimal, hexadecimal, name = match.groups()
        if name is not None:
            code = _SPACE_ENTITIES.get(name.lower())
        else:
            code = int(decimal) if decimal else int(hexadecimal, 16)
        if code is not None and code < 0x110000 and chr(code) in _KEPT_SPACES:
            return _STAND_INS[_KEPT_SPACES.index(chr(code))]
        return match[0]

    for kept, stand_in_char in zip(_KEPT_SPACES, _STAND_INS, strict=True):
        source = source.replace(kept, stand_in_char)  # str.replace: 30 times translate's speed
    return _ENTITY.sub(stand_in, source)


def _restore(text: str) -> str:
    for kept, stand_in in zip(_KEPT_SPACES, _STAND_INS, strict=True):
        text = text.replace(stand_in, kept)
    return text


def _tree(text: str) -> html.HtmlElement | None:
    try:
        return html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None


def _reaches_parser_depth(tree: html.HtmlElement | None) -> bool:
    """Whether the tree goes as deep as libxml2 parses (it stops reading the page there, so
    even a few words past that depth are lost): the text-loss measure alone misses a short text."""
    if tree is None:
        return False
    depth = 0
    for event, _element in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth >= _PARSER_MAX_DEPTH:
            return True
    return False


def _extract(tree: html.HtmlElement | None, favor_precision: bool = False) -> Any:
    if tree is None:
        return None
    # Readers' comments are not the article; tables are (figures often sit in them).
    # trafilatura changes the tree it reads, so it gets a copy: the tree may be read twice.
    try:
        return trafilatura.bare_extraction(
            copy.deepcopy(tree),
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            favor_precision=favor_precision,
            date_extraction_params=_DATE_FROM_MARKUP,
        )
    # An extractor's bug on one odd page must not cost the checker the page: with nothing
    # extracted, the whole page's text is imported, with the notice that says so.
    except Exception:  # noqa: BLE001
        return None


def _whole_page(page: PageText) -> ArticleText:
    whole = ArticleText()
    for index, paragraph in enumerate(page.paragraphs):
        restored = clean_paragraph(_restore(paragraph))
        if restored:
            whole.add(restored, is_prose=index not in page.code_paragraphs)
    return whole


def _article(extracted: Any, page: PageText) -> ArticleText:
    """The paragraphs of trafilatura's output document, code blocks marked as not prose."""
    article = ArticleText()
    body = getattr(extracted, "body", None)
    if body is None:
        return article
    pending: list[str] = []
    code_depth = 0

    def flush() -> None:
        raw = "".join(pending)
        pending.clear()
        lines = [clean_paragraph(line) for line in raw.splitlines()]
        # trafilatura turns a bare <pre> into a <quote>: the page's own code lines tell.
        is_code = code_depth > 0 or (
            bool(page.code_lines) and all(line in page.code_lines for line in lines if line)
        )
        if not is_code:
            lines = [clean_paragraph(" ".join(raw.split()))]
        for line in lines:
            paragraph = clean_paragraph(_restore(line))
            if paragraph:
                article.add(paragraph, is_prose=not is_code)

    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        is_block = tag in _OUTPUT_BLOCKS and not (tag == "code" and _in_running_text(element))
        if event == "start":
            if is_block:
                flush()
                if tag == "code":
                    code_depth += 1
            if element.text and tag:
                pending.append(element.text)
        else:
            if is_block:
                flush()
                if tag == "code":
                    code_depth -= 1
            if element.tail and element is not body:
                pending.append(element.tail)
    flush()
    return article


def _in_running_text(element: XmlElement) -> bool:
    parent = element.getparent()
    return parent is not None and parent.tag in ("p", "head", "item", "cell", "hi", "ref")


def _with_heading(title: str, article: ArticleText) -> ArticleText:
    # The headline often sits above the block the extractor keeps; the checker needs it.
    with_heading = ArticleText()
    with_heading.add(title)
    for paragraph, start in zip(article.paragraphs, article.starts, strict=True):
        is_prose = not any(begin <= start < end for begin, end in article.non_prose)
        with_heading.add(paragraph, is_prose)
    return with_heading


def _page_metadata(extracted: Any) -> dict[str, Any]:
    """Title, author, date, site and canonical URL, as the page states them."""
    found: dict[str, Any] = {}
    for key, attribute in (
        ("title", "title"),
        ("author", "author"),
        ("date", "date"),
        ("site", "sitename"),
        ("url", "url"),
        ("description", "description"),
    ):
        value = getattr(extracted, attribute, None)
        if isinstance(value, str) and one_line(_restore(value)):
            found[key] = one_line(_restore(value))
    return found
