"""One entry point for every report format, for the window and the command line alike."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Collection
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from workbench.core.project import Project
from workbench.core.reports.claimreview import Publisher, render_claimreview
from workbench.core.reports.content import ReportScope, collect
from workbench.core.reports.csv_export import render_csv
from workbench.core.reports.html import render_html
from workbench.core.reports.markdown import render_markdown
from workbench.core.reports.project_json import render_project_json


class ReportFormat(StrEnum):
    HTML = "html"
    PDF = "pdf"
    MARKDOWN = "md"
    CSV = "csv"
    JSON = "json"
    CLAIMREVIEW = "claimreview"

    @property
    def suffix(self) -> str:
        return {"claimreview": ".jsonld", "md": ".md"}.get(self.value, f".{self.value}")


class ReportWriteFailed(OSError):
    """The report could not be written; the message names the file."""


def render_report(
    project: Project,
    report_format: ReportFormat | str,
    *,
    language: str = "en",
    article_id: int | None = None,
    claim_ids: Collection[int] | None = None,
    reviewer: str | None = None,
    publisher_name: str | None = None,
    publisher_url: str | None = None,
    now: datetime | None = None,
) -> str:
    """The report as text. For `pdf`, the HTML that Qt's printing turns into the PDF.

    Scope: the whole project by default; one article with `article_id`; the claims the window's
    filter shows with `claim_ids` (combinable). `publisher_*` override the project settings
    (ClaimReview only). Raises `EmptyScope`, `UnknownLanguage`, `MissingPublisher`.
    """
    report_format = ReportFormat(report_format)
    scope = ReportScope.of(article_id, claim_ids)
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    if report_format is ReportFormat.JSON:
        if article_id is not None:
            collect(project, scope)  # the same check an unknown article gets in other formats
        return render_project_json(project, scope, exported_at=moment.isoformat(timespec="seconds"))
    content = collect(project, scope, reviewer=reviewer, generated_at=moment)
    match report_format:
        case ReportFormat.HTML:
            from workbench.core.corpus.report_section import corpus_evidence  # loaded late

            return render_html(content, language, corpus=corpus_evidence(project))
        case ReportFormat.PDF:
            return render_html(content, language, for_print_engine=True)
        case ReportFormat.MARKDOWN:
            return render_markdown(content, language)
        case ReportFormat.CSV:
            return render_csv(content, language)
        case ReportFormat.CLAIMREVIEW:
            publisher = Publisher.from_project(project, publisher_name, publisher_url)
            return render_claimreview(content, publisher, language)
    raise AssertionError(report_format)  # pragma: no cover


def write_text_atomically(output: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write `text` to `output` whole or not at all: a failed export leaves no half file."""
    output = Path(output)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent or ".")
        try:
            with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
                stream.write(text)
            # mkstemp makes the file private; a report gets the usual permissions (umask).
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
            os.replace(temporary, output)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise ReportWriteFailed(
            f"{output}: the report could not be written ({error.strerror})"
        ) from None
    return output


def export_report(
    project: Project,
    report_format: ReportFormat | str,
    output: str | Path,
    **options: object,
) -> Path:
    """Render (see `render_report` for the options) and write a text report to `output`.

    PDF is not written here: the core has no Qt. The window and the command line call
    `workbench.printing.export_pdf`, which renders through this module and prints with Qt.
    """
    report_format = ReportFormat(report_format)
    if report_format is ReportFormat.PDF:
        raise ValueError("PDF reports are printed by workbench.printing.export_pdf")
    text = render_report(project, report_format, **options)  # type: ignore[arg-type]
    # Excel only reads a CSV as UTF-8 when it starts with a byte-order mark.
    encoding = "utf-8-sig" if report_format is ReportFormat.CSV else "utf-8"
    return write_text_atomically(Path(output), text, encoding)
