"""HTML pages: the article's text only, without scripts, styles, navigation or comments."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree, html

from workbench.core.importers.errors import ImportFailure
from workbench.core.importers.paragraphs import one_line, paragraphs_of

# Never text of the article, wherever they are.
_DROPPED_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "audio", "video", "form", "button", "select", "input", "textarea", "nav",
    "aside", "dialog", "head", "title",
)
_DROPPED_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu",
                  "menubar", "dialog", "alert", "toolbar"}
# Readability's "unlikely candidates" idea: blocks named like comments, sharing or promotion.
# Only whole words of an id or class count, so `article-header` or `comment-count` inside a
# headline are not mistaken for a comment section.
_BOILERPLATE_NAME = re.compile(
    r"(?:^|[\s_-])(comments?|commentaires?|disqus|share|sharing|social|related|newsletter|"
    r"cookies?|consent|advert|advertisement|ads|promo|subscribe|breadcrumbs?|sidebar|"
    r"popup|modal|footer|outbrain|taboola|lire-aussi|read-more)(?:$|[\s_-])",
    re.IGNORECASE,
)
_BLOCK_TAGS = {
    "address", "article", "blockquote", "body", "br", "caption", "center", "dd", "details",
    "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "ul",
}
_TEXT_BLOCKS = "//p|//h1|//h2|//h3|//h4|//h5|//h6|//li|//blockquote|//pre|//td|//dd|//figcaption"
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
# lxml refuses these in a str; they would be dropped from the text anyway.
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> near its start (HTML's own encoding sniffing)."""
    match = _META_CHARSET.search(data[:4096])
    return match[1].decode("ascii") if match else None


def read_html(text: str, path: str) -> tuple[list[str], str | None, dict[str, Any]]:
    """The paragraphs of a page's main content, its title, and what was kept."""
    document = _parse(text, path)
    page_title = _page_title(document)  # read before <head> goes with the boilerplate
    _drop_boilerplate(document)
    body = document.find("body")
    root = body if body is not None else document
    main = _main_content(root)
    paragraphs = text_blocks(main)
    heading = _first_heading(document, main)
    if heading and heading not in paragraphs:
        paragraphs.insert(0, heading)  # the headline often sits above the content block
    title = heading or page_title
    return paragraphs, title, {"content": main.tag}


def paragraphs_from_fragment(fragment: str) -> list[str]:
    """The text of an HTML snippet (raw HTML inside Markdown), boilerplate dropped."""
    try:
        elements = html.fragments_fromstring(_prepared(fragment))
    except (etree.ParserError, ValueError):
        return []
    paragraphs: list[str] = []
    for element in elements:
        if isinstance(element, str):
            paragraphs.extend(paragraphs_of(element))
        elif isinstance(element.tag, str):
            wrapper = html.Element("div")
            wrapper.append(element)
            _drop_boilerplate(wrapper)
            paragraphs.extend(text_blocks(wrapper))
    return paragraphs


def text_blocks(root: html.HtmlElement) -> list[str]:
    """The text of an element, one paragraph per block, spaces collapsed as a browser does."""
    paragraphs: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        line = one_line("".join(pending))
        pending.clear()
        if line:
            paragraphs.append(line)

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                flush()
            if element.text and tag:
                pending.append(element.text)
        else:
            if tag in _BLOCK_TAGS:
                flush()
            if element.tail and element is not root:
                pending.append(element.tail)
    flush()
    return paragraphs


def _prepared(text: str) -> str:
    # lxml refuses a declared encoding in a str: the text is decoded already.
    return _XML_INCOMPATIBLE.sub("", _XML_DECLARATION.sub("", text))


def _parse(text: str, path: str) -> html.HtmlElement:
    text = _prepared(text)
    if not text.strip():
        raise ImportFailure(path, "the page is empty")
    try:
        return html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise ImportFailure(path, f"not readable as HTML ({error})") from None


def _drop_boilerplate(root: html.HtmlElement) -> None:
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *_DROPPED_TAGS,
                         with_tail=False)
    doomed = []
    for element in root.iter(tag=etree.Element):
        if _is_boilerplate(element):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()  # keeps the tail text, which belongs to the parent


def _is_boilerplate(element: html.HtmlElement) -> bool:
    if element.tag == "footer" or element.get("hidden") is not None:
        return True
    if element.get("aria-hidden", "").lower() == "true":
        return True
    if element.get("role", "").lower() in _DROPPED_ROLES:
        return True
    if "display:none" in element.get("style", "").replace(" ", "").lower():
        return True
    names = f"{element.get('id', '')} {element.get('class', '')}"
    return element.tag not in ("body", "html", "article", "main") and bool(
        _BOILERPLATE_NAME.search(names))


def _main_content(root: html.HtmlElement) -> html.HtmlElement:
    """The element holding the article: <article> or <main> when the page says so, else the
    element whose paragraphs hold the most text (readability's scoring, simplified)."""
    total = _text_length(root)
    marked = _elements(root, ".//article|.//main|.//*[@role='main']|.//*[@itemprop='articleBody']")
    # Half the page's text at least: a small <article> may be a teaser, not the story.
    if marked:
        best = max(marked, key=_text_length)
        if _text_length(best) * 2 >= total:
            return best
    scores: dict[html.HtmlElement, float] = {}
    for block in _elements(root, _TEXT_BLOCKS.replace("//", ".//")):
        length = len(one_line(block.text_content()))
        parent = block.getparent()
        if parent is None or length < 25:
            continue
        scores[parent] = scores.get(parent, 0) + length
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0) + length / 2
    if scores:
        best = max(scores, key=lambda element: scores[element])
        if _text_length(best) * 2 >= total:
            return best
    return root


def _elements(root: html.HtmlElement, path: str) -> list[html.HtmlElement]:
    found = root.xpath(path)
    return [item for item in found if isinstance(item, html.HtmlElement)] if isinstance(
        found, list) else []


def _text_length(element: html.HtmlElement) -> int:
    return len(one_line(element.text_content()))


def _first_heading(document: html.HtmlElement, main: html.HtmlElement) -> str | None:
    for scope in (main, document):
        for heading in scope.iter("h1"):
            text = one_line(heading.text_content())
            if text:
                return text
    return None


def _page_title(document: html.HtmlElement) -> str | None:
    values = document.xpath("//meta[@property='og:title']/@content|//title//text()")
    for value in values if isinstance(values, list) else []:
        text = one_line(str(value))
        if text:
            return text
    return None
