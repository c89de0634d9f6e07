"""The detector on the French development set: every figure of issue 13's table, per split.

    PYTHONPATH=. python tests/benchmarks/eval_french.py [--split heldout] [--save FILE] [--baseline FILE]
                                                        [--errors KIND] [--model fr_core_news_sm]

Each source article is analysed whole, as a checker would import it (`Detector.analyze`): its
labelled units become paragraphs (sentences of one paragraph side by side, every non-prose line a
paragraph of its own). A unit is judged by the claim that overlaps it most; its number and date
atoms are those of the claims inside it. `--baseline` prints a saved run beside this one;
`--errors cw|nonprose|allegation|attribution|source|numbers|dates` lists the misses on the split.
The held-out split is for reporting only: tune on `--split dev`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.fr_devset import Item, load
from workbench.core.detection import Detector
from workbench.core.model import AtomKind, ClaimType, DetectedClaim

# Leading words a span may or may not carry without changing what a checker verifies.
_LEADING = re.compile(r"^(?:(?:le|la|les|de|des|du|en|à|au|aux)\s+|[ld]['’])+", re.IGNORECASE)
_CALIBRATION_BINS = 10


def _span_key(text: str) -> str:
    return _LEADING.sub("", " ".join(text.replace("’", "'").split()))


def _source_key(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


@dataclass
class Judged:
    """A labelled unit and what the detector said about it."""

    item: Item
    claim: DetectedClaim | None
    numbers: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)

    @property
    def checkworthy(self) -> bool:
        return bool(self.claim and self.claim.checkworthy)

    @property
    def score(self) -> float:
        return self.claim.score if self.claim else 0.0

    def has(self, claim_type: ClaimType) -> bool:
        return bool(self.claim and claim_type in self.claim.types)

    @property
    def source(self) -> str | None:
        return self.claim.source if self.claim else None


def _document_text(items: list[Item]) -> tuple[str, list[tuple[int, int]]]:
    """The article a document's units make, and each unit's span in it."""
    paragraphs: list[list[int]] = []
    last: int | None = None
    for index, item in enumerate(items):
        if (
            item.non_prose
            or item.kind in {"title", "heading"}
            or item.paragraph != last
            or not paragraphs
        ):
            paragraphs.append([])
        paragraphs[-1].append(index)
        last = None if item.non_prose or item.kind in {"title", "heading"} else item.paragraph
    text = ""
    spans: list[tuple[int, int]] = [(0, 0)] * len(items)
    for number, indices in enumerate(paragraphs):
        if number:
            text += "\n"
        for position, index in enumerate(indices):
            if position:
                text += " "
            spans[index] = (len(text), len(text) + len(items[index].text))
            text += items[index].text
    return text, spans


def judge(detector: Detector, items: list[Item]) -> list[Judged]:
    by_document: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_document[item.document].append(item)
    judged: list[Judged] = []
    for document_items in by_document.values():
        text, spans = _document_text(document_items)
        claims = detector.analyze(text, language="fr").claims
        for item, (start, end) in zip(document_items, spans, strict=False):
            best, best_overlap = None, 0
            numbers: list[str] = []
            dates: list[str] = []
            for claim in claims:
                overlap = min(end, claim.end) - max(start, claim.start)
                if overlap > best_overlap:
                    best, best_overlap = claim, overlap
                if overlap > 0:
                    for atom in claim.atoms:
                        if start <= atom.start and atom.end <= end:
                            if atom.kind is AtomKind.NUMBER:
                                numbers.append(atom.text)
                            elif atom.kind is AtomKind.DATE:
                                dates.append(atom.text)
            judged.append(Judged(item, best, numbers, dates))
    return judged


def _f1(pairs: Iterable[tuple[bool, bool]]) -> dict[str, float]:
    tp = fp = fn = 0
    for gold, predicted in pairs:
        tp += gold and predicted
        fp += predicted and not gold
        fn += gold and not predicted
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "positives": tp + fn}


def _spans_found(judged: list[Judged], kind: str) -> dict[str, float]:
    gold_total = found = predicted_total = predicted_right = 0
    for unit in judged:
        gold = [_span_key(span) for span in getattr(unit.item, kind)]
        predicted = [_span_key(span) for span in getattr(unit, kind)]
        gold_total += len(gold)
        predicted_total += len(predicted)
        remaining = list(predicted)
        for span in gold:
            if span in remaining:
                remaining.remove(span)
                found += 1
        remaining_gold = list(gold)
        for span in predicted:
            if span in remaining_gold:
                remaining_gold.remove(span)
                predicted_right += 1
    return {
        "whole": found / gold_total if gold_total else 0.0,
        "gold": gold_total,
        "precision": predicted_right / predicted_total if predicted_total else 0.0,
    }


def source_right(unit: Judged) -> bool:
    gold = unit.item.source
    if gold is None:
        return False
    predicted = unit.source
    if gold == "unresolved":
        return unit.has(ClaimType.ATTRIBUTION) and (predicted is None or predicted == "unresolved")
    accepted = {_source_key(text) for text in [gold, *unit.item.source_also]}
    return predicted is not None and _source_key(predicted) in accepted


def calibration(judged: list[Judged]) -> dict[str, object]:
    """Expected calibration error over ten equal-width score bins, and the reliability table."""
    bins: list[list[Judged]] = [[] for _ in range(_CALIBRATION_BINS)]
    for unit in judged:
        bins[min(int(unit.score * _CALIBRATION_BINS), _CALIBRATION_BINS - 1)].append(unit)
    ece = 0.0
    table = []
    for number, members in enumerate(bins):
        if not members:
            continue
        mean_score = sum(unit.score for unit in members) / len(members)
        positive = sum(unit.item.checkworthy for unit in members) / len(members)
        ece += len(members) / len(judged) * abs(mean_score - positive)
        table.append(
            (number / _CALIBRATION_BINS, len(members), round(mean_score, 3), round(positive, 3))
        )
    brier = sum((unit.score - unit.item.checkworthy) ** 2 for unit in judged) / len(judged)
    return {"ece": ece, "brier": brier, "reliability": table}


def measure(judged: list[Judged]) -> dict[str, object]:
    non_prose = [unit for unit in judged if unit.item.non_prose]
    attributed = [unit for unit in judged if unit.item.attribution and unit.item.source]
    return {
        "units": len(judged),
        "checkworthy": _f1((unit.item.checkworthy, unit.checkworthy) for unit in judged),
        "non_prose_refused": {
            "refused": sum(not unit.checkworthy for unit in non_prose),
            "of": len(non_prose),
        },
        "allegation": _f1(
            (bool(unit.item.allegation), unit.has(ClaimType.ALLEGATION)) for unit in judged
        ),
        "attribution": _f1(
            (unit.item.attribution, unit.has(ClaimType.ATTRIBUTION)) for unit in judged
        ),
        "source_exact": {
            "right": sum(source_right(unit) for unit in attributed),
            "of": len(attributed),
        },
        "numbers": _spans_found(judged, "numbers"),
        "dates": _spans_found(judged, "dates"),
        "calibration": calibration(judged),
    }


def _rows(result: dict[str, object]) -> list[tuple[str, str]]:
    cw = result["checkworthy"]
    nonprose = result["non_prose_refused"]
    allegation = result["allegation"]
    attribution = result["attribution"]
    source = result["source_exact"]
    numbers = result["numbers"]
    dates = result["dates"]
    cal = result["calibration"]
    assert isinstance(cw, dict) and isinstance(nonprose, dict) and isinstance(allegation, dict)
    assert isinstance(attribution, dict) and isinstance(source, dict) and isinstance(numbers, dict)
    assert isinstance(dates, dict) and isinstance(cal, dict)
    return [
        (
            "check-worthy F1 (precision / recall)",
            f"{cw['f1']:.2f} ({cw['precision']:.2f} / {cw['recall']:.2f})",
        ),
        (
            "non-prose lines not check-worthy",
            f"{nonprose['refused']} of {nonprose['of']} ({nonprose['refused'] / max(nonprose['of'], 1):.0%})",
        ),
        (
            "allegation F1 (precision / recall)",
            (
                f"{allegation['f1']:.2f} ({allegation['precision']:.2f} / {allegation['recall']:.2f}; "
                f"{allegation['positives']} gold)"
            ),
        ),
        (
            "attribution found F1 (precision / recall)",
            f"{attribution['f1']:.2f} ({attribution['precision']:.2f} / {attribution['recall']:.2f})",
        ),
        (
            "attribution source exactly right",
            f"{source['right'] / max(source['of'], 1):.2f} ({source['right']} of {source['of']})",
        ),
        (
            "numbers found whole (precision)",
            f"{numbers['whole']:.2f} of {numbers['gold']} ({numbers['precision']:.2f})",
        ),
        (
            "dates found whole (precision)",
            f"{dates['whole']:.2f} of {dates['gold']} ({dates['precision']:.2f})",
        ),
        ("calibration ECE / Brier", f"{cal['ece']:.3f} / {cal['brier']:.3f}"),
    ]


def print_table(result: dict[str, object], baseline: dict[str, object] | None, title: str) -> None:
    print(f"\n{title} ({result['units']} units)")
    rows = _rows(result)
    before = dict(_rows(baseline)) if baseline else {}
    width = max(len(name) for name, _ in rows)
    if before:
        print(f"{'':{width}}  {'before':32}  after")
    for name, value in rows:
        if before:
            print(f"{name:{width}}  {before.get(name, ''):32}  {value}")
        else:
            print(f"{name:{width}}  {value}")
    cal = result["calibration"]
    assert isinstance(cal, dict)
    print(
        "reliability (bin, units, mean score, share check-worthy):",
        " ".join(
            f"[{low:.1f}: {count}, {score}, {share}]"
            for low, count, score, share in cal["reliability"]
        ),
    )


def print_errors(judged: list[Judged], kind: str) -> None:
    for unit in judged:
        item = unit.item
        claim = unit.claim
        reasons = "; ".join(claim.reasons) if claim else "no claim"
        wrong = {
            "cw": item.checkworthy != unit.checkworthy,
            "nonprose": item.non_prose and unit.checkworthy,
            "allegation": bool(item.allegation) != unit.has(ClaimType.ALLEGATION),
            "attribution": item.attribution != unit.has(ClaimType.ATTRIBUTION),
            "source": bool(item.source) and not source_right(unit),
            "numbers": sorted(map(_span_key, item.numbers)) != sorted(map(_span_key, unit.numbers)),
            "dates": sorted(map(_span_key, item.dates)) != sorted(map(_span_key, unit.dates)),
        }[kind]
        if not wrong:
            continue
        gold = {
            "cw": item.checkworthy,
            "nonprose": item.non_prose,
            "allegation": item.allegation,
            "attribution": item.attribution,
            "source": [item.source, *item.source_also],
            "numbers": item.numbers,
            "dates": item.dates,
        }[kind]
        got = {
            "cw": f"{unit.checkworthy} {unit.score:.2f}",
            "nonprose": f"{unit.score:.2f}",
            "allegation": unit.has(ClaimType.ALLEGATION),
            "attribution": unit.has(ClaimType.ATTRIBUTION),
            "source": unit.source,
            "numbers": unit.numbers,
            "dates": unit.dates,
        }[kind]
        print(f"{item.id} gold={gold} got={got}\n    {item.text[:160]}\n    [{reasons[:200]}]")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="heldout", choices=["heldout", "dev", "written", "all"])
    parser.add_argument("--model", default=None)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--baseline", type=Path)
    parser.add_argument(
        "--errors",
        choices=["cw", "nonprose", "allegation", "attribution", "source", "numbers", "dates"],
    )
    arguments = parser.parse_args(argv)
    items = load("written" if arguments.split == "written" else "real")
    if arguments.split in {"heldout", "dev"}:
        items = [item for item in items if item.split == arguments.split]
    detector = Detector(arguments.model)
    started = time.perf_counter()
    judged = judge(detector, items)
    elapsed = time.perf_counter() - started
    result = measure(judged)
    baseline = None
    if arguments.baseline and arguments.baseline.is_file():
        baseline = json.loads(arguments.baseline.read_text("utf-8")).get(arguments.split)
    print_table(
        result,
        baseline,
        f"French development set, split {arguments.split}, "
        f"{len({item.document for item in items})} documents, {elapsed:.1f} s",
    )
    if arguments.errors:
        print_errors(judged, arguments.errors)
    if arguments.save:
        saved = json.loads(arguments.save.read_text("utf-8")) if arguments.save.is_file() else {}
        saved[arguments.split] = result
        arguments.save.write_text(json.dumps(saved, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
