"""The text rules every importer shares: what a paragraph and a title are."""

from __future__ import annotations

import re
import unicodedata

# Control characters, lone surrogates and stray byte-order marks cannot be shown, break XML
# reports and (for surrogates) cannot even be stored as UTF-8, so they never enter an article.
# Tab stays: it is ordinary white space inside a paragraph. A soft hyphen only says where a
# word may break ("Em\u00adma\u00adnuel"): it would split words for the detector and for search.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\ud800-\udfff\ufeff\ufffe\uffff]")
_SPACES = re.compile(r"[ \t]+")  # ASCII only, as HTML collapses: no-break spaces stay
MAX_TITLE_CHARS = 200


def clean_paragraph(line: str) -> str:
    """One paragraph as the checker sees it: no invisible characters, NFC, stripped."""
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", line)).strip()


def paragraphs_of(text: str) -> list[str]:
    """Split text into clean, non-empty paragraphs, one per line.

    Every Unicode line break counts (str.splitlines: \\r, \\v, \\f, U+0085, U+2028, U+2029…), so
    no paragraph of an article ever holds a character that a view would draw as a new line.
    """
    cleaned = (clean_paragraph(line) for line in text.splitlines())
    return [paragraph for paragraph in cleaned if paragraph]


def one_line(text: str) -> str:
    """Text made into one clean line with single spaces, for titles."""
    return _SPACES.sub(" ", " ".join(paragraphs_of(text))).strip()


def join_paragraphs(paragraphs: list[str]) -> str:
    """The article text: paragraphs separated by single newlines (offsets downstream index it)."""
    return "\n".join(paragraphs)


def shorten_title(text: str) -> str:
    """A title no longer than MAX_TITLE_CHARS, cut at a word when it must be cut."""
    if len(text) <= MAX_TITLE_CHARS:
        return text
    cut = text[: MAX_TITLE_CHARS - 1]
    if " " in cut[MAX_TITLE_CHARS // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + "…"
