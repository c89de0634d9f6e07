"""`workbench analyze FILE`: find the claims of the articles in a file and print them."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from workbench.commands.encoding_option import add_encoding_option
from workbench.core.importers import ImportFailure, prose_text, read_articles
from workbench.core.model import Analysis, ArticleDraft


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("analyze", help="find the claims in a text or corpus file")
    parser.add_argument("file", type=Path)
    parser.add_argument("--format", choices=("json", "text"), default="text")
    parser.add_argument("--model", help="French spaCy pipeline to use, e.g. fr_core_news_md")
    add_encoding_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        drafts = read_articles(args.file, args.encoding)
    except ImportFailure as failure:
        print(f"workbench: {failure}", file=sys.stderr)
        return 1
    from workbench.core.detection import Detector  # loads spaCy: only once the input is known good

    detector = Detector(args.model)
    results = [(draft, detector.analyze(prose_text(draft.text, draft.metadata)))
               for draft in drafts]
    if args.format == "json":
        json.dump(
            {"file": str(args.file), "articles": [_as_json(d, a) for d, a in results]},
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        for draft, analysis in results:
            _print_text(draft, analysis)
    return 0


def _as_json(draft: ArticleDraft, analysis: Analysis) -> dict[str, Any]:
    return {
        "title": draft.title,
        "metadata": draft.metadata,
        "language": analysis.language,
        "model": analysis.model,
        "text": draft.text,
        "claims": [asdict(claim) for claim in analysis.claims],
    }


def _print_text(draft: ArticleDraft, analysis: Analysis) -> None:
    print(f"# {draft.title}")
    meta = ", ".join(f"{key}: {value}" for key, value in draft.metadata.items())
    print(f"language: {analysis.language}  model: {analysis.model}  {meta}")
    for number, claim in enumerate(analysis.claims, start=1):
        flag = "*" if claim.checkworthy else " "
        types = ", ".join(claim.types) or "-"
        print(f"{flag}{number:3d}. [{claim.score:.2f}] ({types}) {claim.text}")
        for reason in claim.reasons:
            print(f"        - {reason}")
    print()
