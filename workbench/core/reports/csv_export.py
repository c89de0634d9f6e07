"""The CSV report: one row per claim, every text cell neutralised against spreadsheet formulas."""

from __future__ import annotations

import csv
import io

from workbench.core.reports.common import readable_time
from workbench.core.reports.content import ReportContent
from workbench.core.reports.messages import load_messages

# OWASP "CSV Injection": a cell starting with one of these is read as a formula by spreadsheets.
# Fullwidth forms are included because some spreadsheet programs fold them to ASCII.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")

COLUMNS = (
    "article_id",
    "article_title",
    "article_date",
    "article_sha256",
    "article_revision",
    "claim_number",
    "claim_text",
    "verdict",
    "verdict_label",
    "standing",
    "rationale",
    "score",
    "types",
    "attributed_to",
    "origin",
    "sources",
    "source_urls",
    "last_change",
    "reviewers",
    "needs_review",
)


def neutralise(value: str) -> str:
    """A cell that a spreadsheet shows as text: prefixed with `'` when it could start a formula.

    This follows OWASP's rule; quoting of separators and double quotes is left to the csv module.
    NUL characters, which end a cell early or break the file in many readers, become U+FFFD.
    """
    value = value.replace("\x00", "\ufffd")
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def render_csv(content: ReportContent, language: str) -> str:
    """The claims in scope as CSV text (header in English, verdict labels in `language`)."""
    messages = load_messages(language)
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for entry in content.articles:
        article = entry.article
        for item in entry.claims:
            claim = item.claim
            who = dict.fromkeys(change.who for change in item.history if change.who)
            row: list[object] = [
                article.id,
                article.title,
                entry.published or "",
                article.sha256,
                article.revision,
                claim.number,
                claim.text,
                str(claim.verdict),
                messages.verdict(item.standing),
                str(item.standing),
                claim.rationale,
                f"{claim.score:.3f}",
                ";".join(str(kind) for kind in claim.types),
                claim.source or "",
                claim.origin,
                " | ".join(source.title for source in item.sources),
                " | ".join(source.url for source in item.sources),
                readable_time(item.history[-1].at) if item.history else "",
                "; ".join(who),
                str(item.placement.status) if item.placement else "",
            ]
            writer.writerow([neutralise(str(cell)) if cell is not None else "" for cell in row])
    return buffer.getvalue()
