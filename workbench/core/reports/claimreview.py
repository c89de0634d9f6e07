"""schema.org ClaimReview JSON-LD: one object per claim with a verdict, for publication.

Rating scale (Google's fact-check guidance: numeric, higher means truer, 1 = False, 5 = True):

| verdict    | alternateName (en / fr) | ratingValue | worstRating | bestRating |
|------------|-------------------------|-------------|-------------|------------|
| confirmed  | True / Vrai             | 5           | 1           | 5          |
| denied     | False / Faux            | 1           | 1           | 5          |
| unverified | Unverified / Invérifié  | (none)      | (none)      | (none)     |
| unchecked  | not published           |             |             |            |

An unverified claim is a finding ("we could not establish it"), so it is published with its textual
rating only: any number on a false-to-true scale would claim it is half true. Pass
`include_unverified=False` to leave those out. Unchecked and dismissed claims are never published,
nor a verdict given on a wording that a later revision changed ("to re-check"). `inLanguage` is the
language the claim is written in (its article's); the rating's words are in the report's language.

The publisher (ClaimReview `author`) and the page the review is published at (`url`, with a
per-claim `#claim-<article>-<number>` anchor, the same ids as the HTML report) come from the
project's settings, keys `publisher_name` and `publisher_url` (`Project.state`), unless passed in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from workbench.core.model import AtomKind, Standing, Verdict
from workbench.core.project import Project
from workbench.core.reports.common import safe_href
from workbench.core.reports.content import ArticleEntry, ClaimEntry, ReportContent
from workbench.core.reports.messages import load_messages

PUBLISHER_NAME_KEY = "publisher_name"
PUBLISHER_URL_KEY = "publisher_url"

WORST_RATING = 1
BEST_RATING = 5
RATING_VALUES = {Verdict.CONFIRMED: BEST_RATING, Verdict.DENIED: WORST_RATING}
PUBLISHED_VERDICTS = (Verdict.CONFIRMED, Verdict.DENIED, Verdict.UNVERIFIED)


class MissingPublisher(ValueError):
    """ClaimReview needs a publisher name and web address, and the project has none set."""


@dataclass(frozen=True, slots=True)
class Publisher:
    name: str
    url: str

    @classmethod
    def from_project(
        cls, project: Project, name: str | None = None, url: str | None = None
    ) -> Publisher:
        """The publisher given, else the one in the project's settings; a clear error if neither."""
        name = name or project.state(PUBLISHER_NAME_KEY)
        url = url or project.state(PUBLISHER_URL_KEY)
        missing = [
            key
            for key, value in ((PUBLISHER_NAME_KEY, name), (PUBLISHER_URL_KEY, url))
            if not value
        ]
        if missing:
            raise MissingPublisher(
                f"{project.path}: ClaimReview needs the publisher's name and web address; "
                f"set {' and '.join(missing)} in the project settings (in the window: Settings, "
                "ClaimReview publisher; on the command line: --publisher-name, --publisher-url)"
            )
        assert name is not None and url is not None
        if safe_href(url) is None:
            raise MissingPublisher(
                f"{project.path}: {PUBLISHER_URL_KEY} must be an http(s) web address, not {url!r}"
            )
        return cls(name, url)


def save_publisher(project: Project, name: str, url: str) -> None:
    """Store the ClaimReview publisher in the project's settings, where `Publisher.from_project`
    reads it. Empty values clear it; a web address that is not http(s) is refused (ValueError)."""
    name, url = name.strip(), url.strip()
    if url and safe_href(url) is None:
        raise ValueError(
            f"the publisher's web address must start with https:// or http://: {url!r}"
        )
    project.set_state(PUBLISHER_NAME_KEY, name or None)
    project.set_state(PUBLISHER_URL_KEY, url or None)


def claim_reviews(
    content: ReportContent,
    publisher: Publisher,
    language: str,
    *,
    include_unverified: bool = True,
) -> list[dict[str, Any]]:
    """One ClaimReview object per claim in `content` that has a publishable verdict."""
    messages = load_messages(language)
    published = date.fromisoformat(content.generated_at[:10]).isoformat()
    organisation = {"@type": "Organization", "name": publisher.name, "url": publisher.url}
    reviews = []
    for entry in content.articles:
        for item in entry.claims:
            verdict = item.claim.verdict
            # A verdict given on a wording a revision changed is "to re-check": never published.
            if verdict not in PUBLISHED_VERDICTS or item.standing is Standing.TO_RECHECK:
                continue
            if verdict is Verdict.UNVERIFIED and not include_unverified:
                continue
            claim_language = _language_of(entry, language)
            rating: dict[str, Any] = {"@type": "Rating", "alternateName": messages.rating(verdict)}
            if verdict in RATING_VALUES:
                rating |= {
                    "ratingValue": RATING_VALUES[verdict],
                    "bestRating": BEST_RATING,
                    "worstRating": WORST_RATING,
                }
            review: dict[str, Any] = {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "url": _with_fragment(publisher.url, item.anchor),
                "claimReviewed": item.claim.text,
                "itemReviewed": _claim(entry, item),
                "author": organisation,
                "datePublished": published,
                "inLanguage": claim_language,
                "reviewRating": rating,
            }
            if item.claim.rationale:
                review["reviewBody"] = item.claim.rationale
            reviews.append(review)
    return reviews


def render_claimreview(
    content: ReportContent, publisher: Publisher, language: str, *, include_unverified: bool = True
) -> str:
    """The ClaimReview objects as a JSON-LD array.

    `<`, `>` and `&` are written as `\\u003c`-style escapes, so the text can be pasted into a
    `<script type="application/ld+json">` element without a `</script>` in a claim closing it.
    """
    reviews = claim_reviews(content, publisher, language, include_unverified=include_unverified)
    text = json.dumps(reviews, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"


def _language_of(entry: ArticleEntry, fallback: str) -> str:
    """The language the claim is written in: its article's (a BCP 47 code such as "fr"), or
    the report's when the detector could not tell."""
    code = (entry.article.language or "").strip()
    return code if code and code != "unknown" else fallback


def _claim(entry: ArticleEntry, item: ClaimEntry) -> dict[str, Any]:
    appearance: dict[str, Any] = {"@type": "CreativeWork", "headline": entry.article.title}
    article_url = entry.article.metadata.get("url")
    if isinstance(article_url, str) and safe_href(article_url):
        appearance["url"] = article_url
    published = _date(entry.published)
    if published:
        appearance["datePublished"] = published
    claim: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    author = _claim_author(entry, item)
    if author:
        claim["author"] = author
    if published:
        claim["datePublished"] = published
    return claim


def _claim_author(entry: ArticleEntry, item: ClaimEntry) -> dict[str, Any] | None:
    """Who made the claim: whom it is attributed to, else the article's publication, if known.

    A person when the detector tagged that name as a person inside the claim, else an organisation.
    """
    name = item.claim.source
    if name:
        is_person = any(
            atom.kind is AtomKind.PERSON and atom.text.strip() == name.strip()
            for atom in item.claim.atoms
        )
        return {"@type": "Person" if is_person else "Organization", "name": name}
    publication = entry.article.metadata.get("publication") or entry.article.metadata.get("source")
    if isinstance(publication, str) and publication:
        return {"@type": "Organization", "name": publication}
    return None


def _date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        return None


def _with_fragment(url: str, fragment: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(fragment=fragment))
