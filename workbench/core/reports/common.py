"""Helpers every report format shares: verdict symbols and colours, safe links, dates, highlights."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote, urlsplit

from workbench.core.project.urls import BIDI_CONTROLS
from workbench.core.reports.content import ArticleEntry, ClaimEntry
from workbench.core.verdict_style import STANDING_COLOURS, tint

# By standing (a verdict, or "to re-check"): `strong` marks borders and chart bars, `tint` the
# highlight behind text.
VERDICT_COLOURS = {
    standing: {"strong": colour, "tint": tint(colour, 0.25)}
    for standing, colour in STANDING_COLOURS.items()
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
    """Cut the article text into runs, each inside the innermost claim that covers it (or none).

    Claims may overlap or nest (a hand-made claim inside a detected one): a nested claim is
    drawn in its own colour where it lies and the outer one goes on after it, so each claim
    shows its words and its numbered tag (`is_claim_start`, on its first run) exactly once.
    Orphans (not found in the current revision) have no place in the text and are left out.
    """
    text = article.article.text
    placed = [
        entry
        for entry in article.claims
        if not entry.is_orphan and 0 <= entry.claim.start < entry.claim.end <= len(text)
    ]
    cuts = sorted({0, len(text)} | {e.claim.start for e in placed} | {e.claim.end for e in placed})
    result: list[Segment] = []
    tagged: set[int] = set()
    for start, end in itertools.pairwise(cuts):
        covering = [e for e in placed if e.claim.start <= start and end <= e.claim.end]
        inner = min(
            covering,
            key=lambda e: (e.claim.end - e.claim.start, -e.claim.start, e.claim.id),
            default=None,
        )
        is_start = inner is not None and inner.claim.id not in tagged
        if inner is not None:
            tagged.add(inner.claim.id)
        previous = result[-1] if result else None
        if previous is not None and previous.claim is inner and not is_start:
            result[-1] = Segment(previous.text + text[start:end], inner, previous.is_claim_start)
        else:
            result.append(Segment(text[start:end], inner, is_start))
    return result
