"""`workbench score`: check-worthiness of sentences, one per line, as JSON lines."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from workbench.commands.engine_options import add_language_option, add_model_option
from workbench.commands.threshold import add_threshold, threshold_refused
from workbench.core.model import DetectedClaim


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "score",
        help="score sentences for check-worthiness (one sentence per line)",
        description="Read one sentence per line and print one JSON object per line with its "
        "check-worthiness score, decision, claim types and reasons.",
    )
    parser.add_argument("file", nargs="?", default="-", help="text file, or - for standard input")
    add_language_option(parser, "language code, e.g. fr or en (default: detected)", None)
    add_threshold(parser)
    add_model_option(parser)
    parser.set_defaults(run=run)


def claim_record(claim: DetectedClaim) -> dict[str, object]:
    return {
        "text": claim.text,
        "score": claim.score,
        "checkworthy": claim.checkworthy,
        "types": [claim_type.value for claim_type in claim.types],
        "reasons": list(claim.reasons),
        "source": claim.source,
        "atoms": [
            {"start": atom.start, "end": atom.end, "kind": atom.kind.value, "text": atom.text}
            for atom in claim.atoms
        ],
    }


def _read_lines(name: str) -> list[str]:
    if name == "-":
        return sys.stdin.read().splitlines()
    with open(name, encoding="utf-8-sig") as handle:
        return handle.read().splitlines()


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    if threshold_refused("score", args.threshold):
        return 2
    try:
        lines = _read_lines(args.file)
    except (OSError, UnicodeDecodeError) as error:
        print(f"workbench score: cannot read {args.file}: {error}", file=sys.stderr)
        return 1
    try:
        from workbench.core.detection import Detector

        detector = Detector(french_model=args.model, threshold=args.threshold)
    except ValueError as error:
        print(f"workbench score: {error}", file=sys.stderr)
        return 2
    for claim in detector.score_sentences(lines, language=args.language):
        out.write(json.dumps(claim_record(claim), ensure_ascii=False) + "\n")
    return 0
