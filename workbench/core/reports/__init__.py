"""Verification reports: HTML, PDF (printed by workbench.printing), Markdown, CSV, JSON, ClaimReview."""

from workbench.core.reports.claimreview import (
    MissingPublisher,
    Publisher,
    claim_reviews,
    save_publisher,
)
from workbench.core.reports.content import EmptyScope, ReportContent, ReportScope, collect
from workbench.core.reports.export import (
    ReportFormat,
    ReportWriteFailed,
    export_report,
    render_report,
    write_text_atomically,
)
from workbench.core.reports.messages import LANGUAGES, UnknownLanguage
from workbench.core.reports.project_json import JsonImportError, import_json, project_dump

__all__ = [
    "LANGUAGES",
    "EmptyScope",
    "JsonImportError",
    "MissingPublisher",
    "Publisher",
    "ReportContent",
    "ReportFormat",
    "ReportScope",
    "ReportWriteFailed",
    "UnknownLanguage",
    "claim_reviews",
    "collect",
    "export_report",
    "import_json",
    "project_dump",
    "render_report",
    "save_publisher",
    "write_text_atomically",
]
