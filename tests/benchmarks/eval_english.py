"""English check-worthiness: F1, ROC AUC and calibration on ClaimBuster groundtruth and CheckThat! 2019.

    PYTHONPATH=. python tests/benchmarks/eval_english.py

Measures only: the weights were trained on ClaimBuster crowdsourced.csv with every sentence of these
sets removed, and neither set is used to choose anything. CheckThat! documents are whole debates
and speeches from other years than the training data, so they are the held-out English figure.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from workbench.core.detection import Detector
from workbench.core.detection.datasets import read_labelled
from workbench.core.detection.evaluation import best_threshold, precision_recall_f1

DATA = ROOT.parent / "shared" / "data"
_BINS = 10


def expected_calibration_error(gold: list[bool], scores: list[float]) -> float:
    bins: list[list[int]] = [[] for _ in range(_BINS)]
    for index, score in enumerate(scores):
        bins[min(int(score * _BINS), _BINS - 1)].append(index)
    total = 0.0
    for members in bins:
        if members:
            mean = sum(scores[index] for index in members) / len(members)
            share = sum(gold[index] for index in members) / len(members)
            total += len(members) / len(scores) * abs(mean - share)
    return total


def main() -> int:
    detector = Detector()
    for name, path in (
        ("ClaimBuster groundtruth.csv", DATA / "claimbuster" / "groundtruth.csv"),
        ("CheckThat! 2019 training documents", DATA / "checkthat2019" / "training"),
    ):
        if not path.exists():
            print(f"{name}: absent ({path})")
            continue
        _, documents = read_labelled(path)
        gold: list[bool] = []
        scores: list[float] = []
        decided: list[bool] = []
        for document in documents:
            claims = detector.score_sentences([row.text for row in document], language="en")
            gold += [row.checkworthy for row in document]
            scores += [claim.score for claim in claims]
            decided += [claim.checkworthy for claim in claims]
        at_default = precision_recall_f1(gold, decided)
        cut, best_f1 = best_threshold(gold, scores)
        print(
            f"{name}: {len(gold)} sentences, {sum(gold)} check-worthy; at the default threshold "
            f"precision {at_default.precision:.3f} recall {at_default.recall:.3f} F1 {at_default.f1:.3f}; "
            f"best F1 {best_f1:.3f} at {cut:.2f}; ROC AUC {roc_auc_score(gold, scores):.3f}; "
            f"ECE {expected_calibration_error(gold, scores):.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
