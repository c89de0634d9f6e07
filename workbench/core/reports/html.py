"""The HTML report: one self-contained, printable file rendered from a Jinja2 template.

Jinja2 with autoescaping on: every `{{ value }}` is HTML-escaped unless a template explicitly marks
it safe, which only our own style sheet is. Forgetting to escape a field of the article or of a
checker's note is then impossible by construction, unlike string formatting where every
interpolation has to remember to call `html.escape`. A Content-Security-Policy meta tag forbidding
scripts is a second, independent guard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from workbench.core.reports.common import (
    VERDICT_COLOURS,
    pdf_href,
    readable_time,
    safe_href,
    segments,
)
from workbench.core.reports.content import STANDING_ORDER, ReportContent
from workbench.core.reports.markdown import history_line
from workbench.core.reports.messages import load_messages
from workbench.core.resources import resource_path
from workbench.core.verdict_style import STANDING_SYMBOLS

if TYPE_CHECKING:
    from workbench.core.corpus.report_section import CorpusEvidence

TEMPLATE = "report.html.j2"
STYLE_SHEET = "report.css"

# The only thing the page may load is its own inline style: no script, no fetch, no frame.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)


def environment() -> Environment:
    folder = resource_path("reports")
    return Environment(
        loader=FileSystemLoader(folder),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        undefined=StrictUndefined,  # a misspelt message key fails loudly instead of printing ""
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_html(
    content: ReportContent,
    language: str,
    *,
    for_print_engine: bool = False,
    corpus: CorpusEvidence | None = None,
) -> str:
    """The report as one HTML document in `language` ("en" or "fr").

    `corpus` adds, under each claim, where else the project states it and its name flags.

    `for_print_engine` adapts it to Qt's rich-text engine, which the PDF export renders with:
    no Content-Security-Policy (Qt ignores it and runs no script anyway) and plain-table layout.
    """
    messages = load_messages(language)
    style = resource_path("reports", STYLE_SHEET).read_text(encoding="utf-8")
    if "</" in style:
        raise ValueError(f"{STYLE_SHEET} must not contain '</': it is inlined in a <style> element")
    counts = content.counts()
    total = sum(counts.values())
    template = environment().get_template(TEMPLATE)
    return template.render(
        report=content,
        m=messages,
        history_line=history_line(content, messages),
        language=language,
        style=Markup(style),  # our own file, checked above; never user text
        csp=None if for_print_engine else CONTENT_SECURITY_POLICY,
        for_print_engine=for_print_engine,
        verdicts=STANDING_ORDER,
        symbols=STANDING_SYMBOLS,
        colours=VERDICT_COLOURS,
        counts=counts,
        total=total,
        percent=lambda count: 0 if total == 0 else round(100 * count / total),
        segments=segments,
        safe_href=pdf_href if for_print_engine else safe_href,
        when=readable_time,
        corpus=corpus,
        in_report={(entry.claim.article_id, entry.claim.number) for entry in content.claims},
    )
