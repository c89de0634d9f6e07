"""Quality measures of the check-worthy decision: precision, recall, F1, and MAP over documents."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    true_positives: int
    false_positives: int
    false_negatives: int


def precision_recall_f1(gold: Sequence[bool], predicted: Sequence[bool]) -> Scores:
    true_positives = sum(g and p for g, p in zip(gold, predicted, strict=True))
    false_positives = sum(p and not g for g, p in zip(gold, predicted, strict=True))
    false_negatives = sum(g and not p for g, p in zip(gold, predicted, strict=True))
    precision = true_positives / (true_positives + false_positives) if true_positives else 0.0
    recall = true_positives / (true_positives + false_negatives) if true_positives else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, true_positives, false_positives, false_negatives)


def average_precision(gold: Sequence[bool], scores: Sequence[float]) -> float:
    """Average precision of a ranking by descending score (ties keep document order)."""
    order = sorted(range(len(scores)), key=lambda index: -scores[index])
    hits = 0
    total = 0.0
    for rank, index in enumerate(order, start=1):
        if gold[index]:
            hits += 1
            total += hits / rank
    positives = sum(gold)
    return total / positives if positives else 0.0


def mean_average_precision(documents: Sequence[tuple[Sequence[bool], Sequence[float]]]) -> float:
    """MAP over documents that have at least one positive (CheckThat! 2019's official measure)."""
    values = [average_precision(gold, scores) for gold, scores in documents if any(gold)]
    return sum(values) / len(values) if values else 0.0


def best_threshold(gold: Sequence[bool], scores: Sequence[float]) -> tuple[float, float]:
    """The cut on `scores` with the highest F1, and that F1."""
    pairs = sorted(zip(scores, gold, strict=True), key=lambda pair: -pair[0])
    positives = sum(gold)
    best = (0.5, 0.0)
    hits = 0
    for rank, (score, is_positive) in enumerate(pairs, start=1):
        hits += is_positive
        if rank < len(pairs) and pairs[rank][0] == score:
            continue
        precision = hits / rank
        recall = hits / positives if positives else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if f1 > best[1]:
            best = (score, f1)
    return best
