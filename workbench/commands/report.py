"""`workbench report PROJECT --format F --output OUT`: export a verification report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from workbench.core.project import Project, ProjectError
from workbench.core.reports import (
    LANGUAGES,
    EmptyScope,
    MissingPublisher,
    ReportFormat,
    ReportWriteFailed,
    UnknownLanguage,
    export_report,
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report",
        help="export a verification report (HTML, PDF, Markdown, CSV, JSON, ClaimReview)",
        description="Export a verification report of a project, one article, or some claims.",
    )
    parser.add_argument("project", type=Path, help="the project file")
    parser.add_argument(
        "--format",
        required=True,
        choices=[f.value for f in ReportFormat],
        help="html, pdf, md (Markdown), csv, json (the whole project, re-importable),"
        " claimreview (schema.org JSON-LD)",
    )
    parser.add_argument("--output", "-o", required=True, type=Path, help="file to write")
    parser.add_argument("--article", type=int, metavar="ID", help="only this article")
    parser.add_argument(
        "--claim",
        type=int,
        action="append",
        metavar="ID",
        dest="claims",
        help="only this claim (repeatable)",
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="language of the report's own words (default: en)",
    )
    parser.add_argument(
        "--reviewer", help="who signs the report (added to the names in the history)"
    )
    parser.add_argument("--publisher-name", help="ClaimReview publisher, instead of the project's")
    parser.add_argument(
        "--publisher-url", help="ClaimReview page address, instead of the project's"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        # Read-only: a report never changes the project, and it can run while a window has it open.
        project = Project.open(args.project, read_only=True)
    except ProjectError as error:
        print(f"workbench: {error}", file=sys.stderr)
        return 1
    options: dict[str, Any] = {
        "language": args.language,
        "article_id": args.article,
        "claim_ids": args.claims,
        "reviewer": args.reviewer,
    }
    try:
        with project:
            if args.format == ReportFormat.PDF:
                from workbench.printing import export_pdf  # Qt only for this format

                written = export_pdf(project, args.output, **options)
            else:
                written = export_report(
                    project,
                    args.format,
                    args.output,
                    **options,
                    publisher_name=args.publisher_name,
                    publisher_url=args.publisher_url,
                )
    except (
        ProjectError,
        EmptyScope,
        MissingPublisher,
        UnknownLanguage,
        ReportWriteFailed,
    ) as error:
        print(f"workbench: {error}", file=sys.stderr)
        return 1
    print(f"wrote {written}")
    return 0
