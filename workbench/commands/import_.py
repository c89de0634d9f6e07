"""`workbench import FILE... --project P`: add articles to a project, creating it if needed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from workbench.commands.encoding_option import add_encoding_option
from workbench.commands.engine_options import (
    Progress,
    add_engine_options,
    add_model_option,
    check_model,
)
from workbench.commands.left_out import left_out_summary
from workbench.core.analysis import AnalysisEngine, AnalysisError, engine_for
from workbench.core.importers import SUPPORTED_FORMATS_HELP, notice_summary
from workbench.core.model import Analysis, ArticleDraft
from workbench.core.project import Project, ProjectError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import text or corpus files into a project",
        description="Analyse files and add their articles to a project, creating it if needed. "
        "Articles the project already holds (same text) are skipped; a file that cannot be "
        "read is named and nothing of it is imported.",
    )
    parser.add_argument("files", nargs="+", type=Path, help=SUPPORTED_FORMATS_HELP)
    parser.add_argument(
        "--project", required=True, type=Path, help="project file (created if absent)"
    )
    add_model_option(parser)
    add_encoding_option(parser)
    add_engine_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from workbench.core.project.importing import import_files

    problem = check_model(args)
    if problem:
        print(f"workbench: {problem}", file=sys.stderr)
        return 1
    created = not args.project.exists()
    try:
        project = Project.create(args.project) if created else Project.open(args.project)
    except ProjectError as error:
        print(f"workbench: {error}", file=sys.stderr)
        return 1
    code = _import(args, project, import_files)
    if created and code != 0 and _is_empty(args.project):
        # A project this command made and filled with nothing is not left behind.
        for side in ("", "-wal", "-shm"):
            Path(f"{args.project}{side}").unlink(missing_ok=True)
        print(f"workbench: {args.project} was not kept: nothing was imported", file=sys.stderr)
    return code


def _is_empty(path: Path) -> bool:
    try:
        with Project.open(path, read_only=True) as project:
            return not project.article_summaries()
    except ProjectError:
        return False


def _import(args: argparse.Namespace, project: Project, import_files: Any) -> int:
    progress = Progress()
    with project:
        try:
            report = import_files(
                project.file,
                args.files,
                _with_progress(engine_for(args.jobs, args.scheduler, args.model), progress),
                encoding=args.encoding,
            )
        except (ProjectError, AnalysisError) as error:
            print(f"workbench: {error}", file=sys.stderr)
            print("workbench: nothing was imported", file=sys.stderr)
            return 1
        except KeyboardInterrupt:  # the import rolled back, the engine stopped its workers
            print("workbench: cancelled; nothing was imported", file=sys.stderr)
            return 130
        finally:
            progress.close()
        for article_id in report.article_ids:  # what each import left out or changed
            article = project.article(article_id)
            if summary := notice_summary(article.metadata):
                print(f"{article.source_path or article.title}: {summary}")
    for failure in report.failures:
        print(f"workbench: not imported: {failure}", file=sys.stderr)
    print(f"imported {len(report.article_ids)} article(s) into {args.project}")
    if report.already_present:
        print(f"skipped {report.already_present} article(s) the project already holds")
    for note in report.earlier_revisions:
        print(note)
    if report.failures:
        summary = left_out_summary(report.failures, len(report.article_ids), "imported")
        print(f"workbench: {summary}", file=sys.stderr)
        return 1
    return 0


def _with_progress(
    engine: AnalysisEngine, progress: Progress
) -> Callable[[Iterable[ArticleDraft]], Iterator[tuple[ArticleDraft, Analysis]]]:
    """The engine as the import use case takes it, counting articles as they are analysed; each
    is written to the project by this process as it comes."""

    def analyse(drafts: Iterable[ArticleDraft]) -> Iterator[tuple[ArticleDraft, Analysis]]:
        for analysed in engine.run(progress.counting(drafts)):
            progress.advance()
            yield analysed

    return analyse
