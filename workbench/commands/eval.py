"""`workbench eval`: precision, recall and F1 of the check-worthy decision on a labelled file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from workbench.commands.engine_options import add_language_option, add_model_option
from workbench.commands.threshold import add_threshold, threshold_refused

if TYPE_CHECKING:
    from workbench.core.detection import Detector
from workbench.core.detection.datasets import DatasetError, read_labelled
from workbench.core.detection.evaluation import mean_average_precision, precision_recall_f1


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="measure the detector on a labelled file",
        description="Precision, recall and F1 of the check-worthy decision on a ClaimBuster CSV, "
        "a CheckThat! 2019 TSV document or a folder of them (those also get MAP).",
    )
    parser.add_argument("file", type=Path, help="ClaimBuster .csv, CheckThat! .tsv, or a folder")
    add_threshold(parser)
    add_language_option(parser, "language of the file, e.g. fr or en (default: en)", "en")
    add_model_option(parser)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.set_defaults(run=run)


def evaluate(detector: Detector, path: Path, language: str) -> dict[str, object]:
    """Score every sentence of a labelled file with `detector` and compare with the labels."""
    kind, documents = read_labelled(path)
    ranked: list[tuple[list[bool], list[float]]] = []
    decisions: list[bool] = []
    for document in documents:
        claims = detector.score_sentences([item.text for item in document], language=language)
        ranked.append(([item.checkworthy for item in document], [c.score for c in claims]))
        decisions.extend(claim.checkworthy for claim in claims)
    gold = [label for labels, _ in ranked for label in labels]
    result = precision_recall_f1(gold, decisions)
    report: dict[str, object] = {
        "file": str(path),
        "sentences": len(gold),
        "checkworthy": sum(gold),
        "threshold": detector.threshold,
        "precision": round(result.precision, 4),
        "recall": round(result.recall, 4),
        "f1": round(result.f1, 4),
    }
    if kind == "documents":
        report["documents"] = len(ranked)
        report["map"] = round(mean_average_precision(ranked), 4)
    return report


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    if threshold_refused("eval", args.threshold):
        return 2
    try:
        from workbench.core.detection import Detector

        detector = Detector(french_model=args.model, threshold=args.threshold)
        report = evaluate(detector, args.file, args.language)
    except (DatasetError, ValueError) as error:
        print(f"workbench eval: {error}", file=sys.stderr)
        return 1
    if args.json:
        out.write(json.dumps(report) + "\n")
        return 0
    lines = [
        f"{report['file']}: {report['sentences']} sentences, {report['checkworthy']} check-worthy"
    ]
    lines.append(
        f"threshold {report['threshold']}: precision {report['precision']:.3f}  "
        f"recall {report['recall']:.3f}  F1 {report['f1']:.3f}"
    )
    if "map" in report:
        lines.append(f"MAP over {report['documents']} documents: {report['map']:.3f}")
    out.write("\n".join(lines) + "\n")
    return 0
