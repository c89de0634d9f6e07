"""HTML snippets (raw HTML inside Markdown): their text, without scripts, navigation or comments."""

from __future__ import annotations

import re

from lxml import etree, html

from workbench.core.importers.paragraphs import one_line, paragraphs_of

# Never text of the article, wherever they are.
_DROPPED_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "audio",
    "video",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "nav",
    "aside",
    "dialog",
    "head",
    "title",
)
_DROPPED_ROLES = {
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "dialog",
    "alert",
    "toolbar",
}
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
    "address",
    "article",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
}
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
# lxml refuses these in a str; they would be dropped from the text anyway.
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


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


def _drop_boilerplate(root: html.HtmlElement) -> None:
    etree.strip_elements(
        root, etree.Comment, etree.ProcessingInstruction, *_DROPPED_TAGS, with_tail=False
    )
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
        _BOILERPLATE_NAME.search(names)
    )
