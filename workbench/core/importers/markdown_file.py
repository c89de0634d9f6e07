"""Markdown drafts: parsed with markdown-it-py, then one paragraph per text block."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from workbench.core.importers.article_text import ArticleText
from workbench.core.importers.html_fragment import paragraphs_from_fragment
from workbench.core.importers.paragraphs import one_line, paragraphs_of


def read_markdown(text: str) -> tuple[ArticleText, str | None]:
    """The paragraphs of a Markdown text and its first heading (its title, if any).

    Code blocks (fenced or indented) and raw <pre> blocks are kept as text, marked as not prose:
    `pnpm install` is no claim to check.
    """
    # CommonMark plus the two GitHub extensions drafts use; links keep their text, not the URL.
    # Front matter (the `---` block of static-site drafts) is metadata, not article text.
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(front_matter_plugin)
    article = ArticleText()
    title: str | None = None
    heading_open = False
    for token in parser.parse(text):
        if token.type == "front_matter":
            title = _front_matter_title(token.content)
        elif token.type == "heading_open":
            heading_open = True
        elif token.type == "inline":
            block = _inline_text(token)
            for paragraph in block:
                article.add(paragraph)
            if heading_open and title is None and block:
                title = one_line(" ".join(block))
            heading_open = False
        elif token.type in ("fence", "code_block"):
            for line in paragraphs_of(token.content):
                article.add(line, is_prose=False)
        elif token.type == "html_block":
            is_code = token.content.lstrip().lower().startswith(("<pre", "<code"))
            for paragraph in paragraphs_from_fragment(token.content):
                article.add(paragraph, is_prose=not is_code)
    return article, title


_TITLE_KEY = re.compile(r"""^title\s*:\s*(["']?)(.+?)\1\s*$""", re.MULTILINE)


def _front_matter_title(front_matter: str) -> str | None:
    # Only the plain `title: …` line is read: a YAML parser for one key is not worth a dependency.
    match = _TITLE_KEY.search(front_matter)
    return one_line(match[2]) or None if match else None


def _inline_text(token: Token) -> list[str]:
    pieces: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            pieces.append(child.content)
        elif child.type == "softbreak":
            pieces.append(" ")
        elif child.type == "hardbreak":
            pieces.append("\n")
        elif child.type == "image":
            continue  # its alt text describes a picture, it is not the article's text
    return paragraphs_of("".join(pieces))
