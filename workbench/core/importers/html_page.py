"""A page's whole visible text, and its repair when it nests too deep for a tree to hold it.

lxml (libxml2) stops building the tree 256 levels deep and silently drops what follows, so a
page with 100,000 nested <div>s or a few hundred unclosed tags loses its text in any tree-based
extractor. `source_text_chars` tells when the tree lost text; Python's own `html.parser`, a
tokenizer with no depth limit, then rebuilds the page with its nesting flattened
(`flatten_nesting`), so that the tree, and the extractor, hold all of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape, unescape
from html.parser import HTMLParser

from lxml import etree

from workbench.core.importers.docx_package import XmlElement
from workbench.core.importers.paragraphs import clean_paragraph

# Deeper than this, the rebuilt page drops the extra start tags (their text stays).
MAX_DEPTH = 200
_INVISIBLE_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "title",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "audio",
    "video",
    "select",
    "textarea",
}
_VOID_TAGS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
}
_BLOCK_TAGS = {
    "address",
    "article",
    "aside",
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
    "form",
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
    "nav",
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
# A start tag of the key implicitly closes an open element of these (HTML's optional end tags).
_CLOSED_BY = {
    "p": {"p"},
    "li": {"li", "p"},
    "dt": {"dt", "dd", "p"},
    "dd": {"dt", "dd", "p"},
    "tr": {"tr", "td", "th"},
    "td": {"td", "th"},
    "th": {"td", "th"},
    "option": {"option"},
}
_CLOSES_P = _BLOCK_TAGS - {"br", "body"}


@dataclass
class PageText:
    """What the streaming pass found in a page."""

    paragraphs: list[str] = field(default_factory=list)
    code_lines: set[str] = field(default_factory=set)  # clean lines of <pre> and block <code>
    code_paragraphs: set[int] = field(default_factory=set)  # indexes into paragraphs
    text_chars: int = 0  # every character of text, visible or not, as a tree would hold it
    max_depth: int = 0
    flattened_html: str | None = None  # only when asked for


_MARKUP = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
_WHITE_SPACE = re.compile(r"\s+")
_CODE_CONTEXT = {
    "p",
    "li",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "dd",
    "dt",
    "figcaption",
    "a",
    "span",
    "em",
    "strong",
}


def source_text_chars(source: str) -> int:
    """How many characters of text, white space aside, the page's source holds outside its
    tags and comments: what a complete tree's text holds (see text_chars)."""
    return text_chars(unescape(_MARKUP.sub("", source)))


def text_chars(text: str) -> int:
    """Characters other than white space (parsers differ on white space between tags)."""
    return len(_WHITE_SPACE.sub("", text))


def flatten_nesting(source: str) -> tuple[str, int]:
    """The page rebuilt with no element deeper than MAX_DEPTH, and its deepest nesting."""
    result = read_page_text(source, flatten=True)
    return result.flattened_html or "", result.max_depth


def tree_page_text(root: XmlElement) -> PageText:
    """The whole visible text of a parsed page, one paragraph per block, <pre> and block-level
    <code> lines marked as code. White space collapses as a browser collapses it (ASCII only:
    no-break spaces stay)."""
    result = PageText()
    pending: list[str] = []
    hidden = code = 0

    def flush() -> None:
        raw = "".join(pending)
        pending.clear()
        for line in raw.splitlines() if code else [_collapse_ascii(raw)]:
            paragraph = clean_paragraph(line)
            if paragraph:
                if code:
                    result.code_lines.add(paragraph)
                    result.code_paragraphs.add(len(result.paragraphs))
                result.paragraphs.append(paragraph)

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        parent = element.getparent()
        starts_code = tag == "pre" or (
            tag == "code"
            and not (
                parent is not None and isinstance(parent.tag, str) and parent.tag in _CODE_CONTEXT
            )
        )
        if event == "start":
            if tag in _INVISIBLE_TAGS:
                hidden += 1
            if not hidden and (tag in _BLOCK_TAGS or starts_code):
                flush()
            if starts_code:
                code += 1
            if element.text and tag and not hidden:
                pending.append(element.text)
        else:
            if tag in _INVISIBLE_TAGS:
                hidden -= 1
            elif not hidden and (tag in _BLOCK_TAGS or starts_code):
                flush()
            if starts_code:
                code -= 1
            if element.tail and element is not root and not hidden:
                pending.append(element.tail)
    flush()
    return result


def read_page_text(text: str, flatten: bool = False) -> PageText:
    """The whole visible text of a page, one paragraph per block; optionally the page rebuilt
    with no element deeper than MAX_DEPTH."""
    parser = _StreamingPage(flatten)
    parser.feed(text)
    parser.close()
    parser.flush()
    result = parser.result
    if flatten:
        result.flattened_html = "".join(parser.out)
    return result


class _StreamingPage(HTMLParser):
    def __init__(self, flatten: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.result = PageText()
        self.flatten = flatten
        self.out: list[str] = []
        # (tag, whether its start tag was written, whether it starts a code block)
        self.stack: list[tuple[str, bool, bool]] = []
        self.hidden = 0  # open invisible elements
        self.code = 0  # open <pre>/<code> elements outside running text
        self.pending: list[str] = []
        self.in_paragraph = 0

    # -- text ---------------------------------------------------------------------------------

    def flush(self) -> None:
        raw = "".join(self.pending)
        self.pending.clear()
        for line in raw.splitlines() if self.code else [_collapse_ascii(raw)]:
            paragraph = clean_paragraph(line)
            if paragraph:
                if self.code:
                    self.result.code_lines.add(paragraph)
                    self.result.code_paragraphs.add(len(self.result.paragraphs))
                self.result.paragraphs.append(paragraph)

    def handle_data(self, data: str) -> None:
        self.result.text_chars += len(data)
        if self.flatten:
            self.out.append(escape(data, quote=False))
        if not self.hidden:
            # Collapse ASCII white space only, as a browser does: no-break spaces stay.
            self.pending.append(data if self.code else _collapse_ascii(data))

    # -- structure ----------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID_TAGS:
            if tag in ("br", "hr") and not self.hidden:
                self.flush()
            if self.flatten:
                self._write_start(tag, attrs)
            return
        closing = _CLOSED_BY.get(tag, set()) | ({"p"} if tag in _CLOSES_P else set())
        while self.stack and self.stack[-1][0] in closing:
            self._pop()
        if tag in _BLOCK_TAGS and not self.hidden:
            self.flush()
        written = len(self.stack) < MAX_DEPTH
        starts_code = not self.code and (
            tag == "pre" or (tag == "code" and not self._inside_text())
        )
        if starts_code:
            self.flush()
            self.code += 1
        self.stack.append((tag, written, starts_code))
        self.result.max_depth = max(self.result.max_depth, len(self.stack))
        if written:
            self._write_start(tag, attrs)
        elif tag in _BLOCK_TAGS:
            self._break()  # the block's bounds stay paragraph bounds
        if tag in _INVISIBLE_TAGS:
            self.hidden += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                while len(self.stack) > index:
                    self._pop()
                return

    def _pop(self) -> None:
        tag, written, starts_code = self.stack.pop()
        if tag in _INVISIBLE_TAGS:
            self.hidden -= 1
        if starts_code:
            self.flush()
            self.code -= 1
        elif tag in _BLOCK_TAGS and not self.hidden:
            self.flush()
        if self.flatten:
            if written:
                self.out.append(f"</{tag}>")
            elif tag in _BLOCK_TAGS:
                self._break()

    def _inside_text(self) -> bool:
        return any(
            open_tag
            in (
                "p",
                "li",
                "td",
                "th",
                "h1",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "dd",
                "dt",
                "figcaption",
                "a",
                "span",
                "em",
                "strong",
            )
            for open_tag, _, _ in self.stack[-3:]
        )

    def _break(self) -> None:
        if self.flatten and (not self.out or self.out[-1] != "<br>"):
            self.out.append("<br>")

    def _write_start(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.flatten:
            return
        parts = [tag] + [
            name if value is None else f'{name}="{escape(value)}"' for name, value in attrs
        ]
        self.out.append(f"<{' '.join(parts)}>")

    def handle_entityref(self, name: str) -> None:  # only without convert_charrefs
        self.handle_data(f"&{name};")


def _collapse_ascii(data: str) -> str:
    out = data.replace("\r", " ").replace("\n", " ").replace("\t", " ").replace("\f", " ")
    while "  " in out:
        out = out.replace("  ", " ")
    return out
