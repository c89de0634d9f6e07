"""`workbench analyze FILE`: find the claims of the articles in a file and print them."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import fields
from pathlib import Path
from typing import Any, TextIO

from workbench.commands.encoding_option import add_encoding_option
from workbench.commands.engine_options import (
    Progress,
    add_engine_options,
    add_model_option,
    check_model,
)
from workbench.commands.left_out import left_out_summary
from workbench.core.analysis import AnalysisError, engine_for
from workbench.core.importers import SUPPORTED_FORMATS_HELP, ImportFailure, iter_articles
from workbench.core.model import Analysis, ArticleDraft, Atom, DetectedClaim


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "analyze",
        help="find the claims in a text or corpus file",
        description="Find the claims of every article of a file and print them as each article "
        "is analysed: score, types and why each was flagged (* marks the check-worthy ones). "
        "Nothing is written to a project.",
    )
    formats = SUPPORTED_FORMATS_HELP.split(": ", 1)[-1]
    parser.add_argument("file", type=Path, help=f"the file to analyse: {formats}")
    parser.add_argument(
        "--format",
        choices=("json", "text"),
        default="text",
        help="text for reading (default), or json: every claim with its atoms and offsets",
    )
    add_model_option(parser)
    add_encoding_option(parser)
    add_engine_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Prints each article as soon as it is analysed, in the file's order: nothing holds the
    whole corpus. Each malformed corpus entry is reported on stderr as it comes, the others are
    printed, and a closing line names every entry left out (exit status 1)."""
    try:
        items = iter_articles(args.file, args.encoding)
    except ImportFailure as failure:
        print(f"workbench: {failure}", file=sys.stderr)
        return 1
    problem = check_model(args)
    if problem:
        print(f"workbench: {problem}", file=sys.stderr)
        return 1
    writer: _JsonWriter | None = None
    progress = Progress()
    articles = 0
    failures: list[ImportFailure] = []
    try:
        engine = engine_for(args.jobs, args.scheduler, args.model)  # spaCy loads once input is good
        writer = _JsonWriter(sys.stdout, str(args.file)) if args.format == "json" else None
        for item in engine.run(progress.counting(items)):
            if isinstance(item, ImportFailure):
                failures.append(item)
                print(f"workbench: not analysed: {item}", file=sys.stderr)
                continue
            draft, analysis = item
            articles += 1
            if writer is not None:
                writer.write(_as_json(draft, analysis))
            else:
                _print_text(draft, analysis)
            progress.advance()
    except (AnalysisError, ImportFailure) as error:
        print(f"workbench: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # the engine has stopped its workers on the way out
        print("workbench: cancelled", file=sys.stderr)
        return 130
    finally:
        progress.close()
    if writer is not None:
        writer.close()
    if not articles and not failures:
        print(
            f"workbench: {ImportFailure(str(args.file), 'the file holds no article')}",
            file=sys.stderr,
        )
        return 1
    if failures:
        print(f"workbench: {left_out_summary(failures, articles, 'analysed')}", file=sys.stderr)
        return 1
    return 0


class _JsonWriter:
    """Writes `{"file": ..., "articles": [...]}` one article at a time, byte for byte what
    `json.dump(..., indent=2)` of the whole would give."""

    def __init__(self, stream: TextIO, file: str) -> None:
        self._stream = stream
        self._count = 0
        stream.write('{\n  "file": ' + json.dumps(file, ensure_ascii=False) + ',\n  "articles": [')

    def write(self, article: dict[str, Any]) -> None:
        text = json.dumps(article, ensure_ascii=False, indent=2)
        # Every line indented by four; JSON text holds no raw newline inside a string.
        self._stream.write(("," if self._count else "") + "\n    " + text.replace("\n", "\n    "))
        self._count += 1

    def close(self) -> None:
        self._stream.write("\n  ]\n}\n" if self._count else "]\n}\n")


def _as_json(draft: ArticleDraft, analysis: Analysis) -> dict[str, Any]:
    return {
        "title": draft.title,
        "metadata": draft.metadata,
        "language": analysis.language,
        "model": analysis.model,
        "text": draft.text,
        "claims": [_claim_json(claim) for claim in analysis.claims],
    }


# What `dataclasses.asdict` gives, in its field order, without its deep copy of every value:
# on a corpus the copy took most of this process's time, time the analysis workers need.
_CLAIM_FIELDS = tuple(field.name for field in fields(DetectedClaim))
_ATOM_FIELDS = tuple(field.name for field in fields(Atom))


def _claim_json(claim: DetectedClaim) -> dict[str, Any]:
    found = {name: getattr(claim, name) for name in _CLAIM_FIELDS}
    found["atoms"] = [{name: getattr(atom, name) for name in _ATOM_FIELDS} for atom in claim.atoms]
    return found


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
