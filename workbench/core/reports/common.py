"""Helpers every report format shares: verdict symbols and colours, safe links, dates, highlights."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote, urlsplit

from workbench.core.project.urls import BIDI_CONTROLS
from workbench.core.reports.content import ArticleEntry, ClaimEntry
from workbench.core.verdict_style import VERDICT_COLOURS as VERDICT_COLOURS_BY_VERDICT
from workbench.core.verdict_style import tint

# `strong` marks borders and chart bars, `tint` the highlight behind text.
VERDICT_COLOURS = {
    verdict: {"strong": colour, "tint": tint(colour, 0.25)}
    for verdict, colour in VERDICT_COLOURS_BY_VERDICT.items()
}

_WEB_SCHEMES = {"http", "https"}
_UNSAFE_IN_URL = re.compile(r"[\x00-\x20\x7f<>\"'`\\]")


def safe_href(url: str) -> str | None:
    """`url` if it is a plain web address that is safe to make a link of, else None.

    Only http and https: a `javascript:`, `data:` or `file:` URL, or anything with spaces, quotes or
    control characters (which browsers strip before reading the scheme), is shown as text only.
    """
    candidate = url.strip()
    if not candidate or _UNSAFE_IN_URL.search(candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in _WEB_SCHEMES or not parts.netloc:
        return None
    if BIDI_CONTROLS.search(candidate):
        return None
    return candidate


def pdf_href(url: str) -> str | None:
    """`safe_href` for the PDF: parentheses, backslashes and every non-ASCII character
    percent-encoded, so the address can never end the PDF string a link is written in."""
    href = safe_href(url)
    if href is None:
        return None
    return quote(href, safe="/:?#[]@!$&*+,;=%~-._")


def readable_time(iso: str | None) -> str:
    """An ISO 8601 timestamp as `2026-11-25 03:30 UTC` (or the date alone when it has no time)."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        if len(iso) <= 10:
            return moment.date().isoformat()
        return moment.strftime("%Y-%m-%d %H:%M")
    return moment.strftime("%Y-%m-%d %H:%M %Z").replace("UTC+00:00", "UTC")


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of article text, inside one claim's highlight or outside every claim."""

    text: str
    claim: ClaimEntry | None = None
    is_claim_start: bool = False


def segments(article: ArticleEntry) -> list[Segment]:
    """Cut the article text into runs so each claim in scope is highlighted once, in text order.

    Claims may overlap (a hand-made claim over a detected one): the later one is highlighted
    from where the earlier one ends; one covered completely still gets its numbered tag.
    Orphans (not found in the current revision) have no place in the text and are left out.
    """
    text = article.article.text
    result: list[Segment] = []
    cursor = 0
    placed = [entry for entry in article.claims if not entry.is_orphan]
    for entry in sorted(placed, key=lambda item: (item.claim.start, item.claim.end)):
        start = min(max(entry.claim.start, cursor), len(text))
        end = min(max(entry.claim.end, start), len(text))
        if start > cursor:
            result.append(Segment(text[cursor:start]))
        result.append(Segment(text[start:end], entry, True))
        cursor = max(cursor, end)
    if cursor < len(text):
        result.append(Segment(text[cursor:]))
    return result
