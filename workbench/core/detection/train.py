"""Train the check-worthiness scorer: `python -m workbench.core.detection.train [--data DIR]`.

Reproducible: fixed folds and solver, no randomness. Trains on ClaimBuster crowdsourced.csv less
every sentence that also appears in groundtruth.csv or the CheckThat! 2019 documents (those are the
measurement sets), picks the regularisation and the threshold by 5-fold cross-validation grouped by
debate, and writes resources/models/checkworthiness.json. Needs scikit-learn and scipy (training
only); the shipped model is read with the standard library.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from workbench.core.detection.claims import ClaimFinder
from workbench.core.detection.datasets import (
    normalise,
    read_checkthat,
    read_claimbuster,
)
from workbench.core.detection.evaluation import (
    best_threshold,
    mean_average_precision,
    precision_recall_f1,
)
from workbench.core.detection.pipelines import add_claim_components, load_base
from workbench.core.detection.scorer import MODEL_FORMAT, default_model_path, lexical_features

HASH_BITS = 18
C_GRID = (0.03, 0.1, 0.3, 1.0)
FOLDS = 5
# Features whose meaning differs between debate transcripts (the training data) and news prose
# (what the universal weights serve): quotation marks in a transcript are the speaker quoting
# someone for effect; in an article they mark a source's own words, a claim to check.
SPEECH_ONLY_FEATURES = frozenset({"type:quote", "atom:quote"})
_WEIGHT_DIGITS = 4


def sentence_features(texts: Sequence[str], language: str = "en") -> list[dict[str, float]]:
    """The claim features of each text, read as one sentence by the blank pipeline of `language`."""
    nlp = add_claim_components(load_base(f"blank:{language}"), with_scorer=False)
    finder = nlp.get_pipe("workbench_claims")
    assert isinstance(finder, ClaimFinder)
    keep = [
        name for name in nlp.pipe_names if name not in {"workbench_sentences", "workbench_claims"}
    ]
    with nlp.select_pipes(enable=keep):
        return [finder.find(doc[:]).features for doc in nlp.pipe(texts, batch_size=512)]


class Vectoriser:
    """Turns texts and feature dicts into a sparse matrix: hashed n-grams then named features."""

    def __init__(self, names: Sequence[str], lexical: bool) -> None:
        self.names = list(names)
        self.index = {name: position for position, name in enumerate(self.names)}
        self.lexical = lexical

    @property
    def width(self) -> int:
        return (1 << HASH_BITS if self.lexical else 0) + len(self.names)

    def transform(
        self, texts: Sequence[str], features: Sequence[dict[str, float]]
    ) -> sparse.csr_matrix:
        rows, columns, values = [], [], []
        offset = 1 << HASH_BITS if self.lexical else 0
        for row, (text, named) in enumerate(zip(texts, features, strict=True)):
            if self.lexical:
                for column in set(lexical_features(text, HASH_BITS)):
                    rows.append(row)
                    columns.append(column)
                    values.append(1.0)
            for name, value in named.items():
                if name in self.index:
                    rows.append(row)
                    columns.append(offset + self.index[name])
                    values.append(value)
        return sparse.csr_matrix((values, (rows, columns)), shape=(len(texts), self.width))


def _fit(matrix: sparse.csr_matrix, labels: np.ndarray, c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, solver="liblinear", max_iter=2000)
    return model.fit(matrix, labels)


def cross_validate(
    matrix: sparse.csr_matrix, labels: np.ndarray, groups: np.ndarray
) -> tuple[float, float, float]:
    """Best C, its out-of-fold F1 and F1-best threshold, by folds that never split a debate."""
    best = (C_GRID[0], -1.0, 0.5)
    for c in C_GRID:
        out_of_fold = np.zeros(len(labels))
        for train_rows, test_rows in GroupKFold(n_splits=FOLDS).split(matrix, labels, groups):
            model = _fit(matrix[train_rows], labels[train_rows], c)
            out_of_fold[test_rows] = model.predict_proba(matrix[test_rows])[:, 1]
        threshold, f1 = best_threshold(labels.astype(bool).tolist(), out_of_fold.tolist())
        print(f"  C={c}: out-of-fold F1 {f1:.3f} at threshold {threshold:.3f}", file=sys.stderr)
        if f1 > best[1]:
            best = (c, f1, threshold)
    return best


def _export(model: LogisticRegression, vectoriser: Vectoriser, threshold: float) -> dict[str, Any]:
    coefficients = model.coef_[0]
    offset = 1 << HASH_BITS if vectoriser.lexical else 0
    # Shift the bias so that the cross-validated threshold becomes 0.5 for every weight set.
    bias = float(model.intercept_[0]) - math.log(threshold / (1 - threshold))
    hashed = {
        str(index): round(float(value), _WEIGHT_DIGITS)
        for index, value in enumerate(coefficients[:offset])
        if abs(value) >= 10**-_WEIGHT_DIGITS
    }
    named = {
        name: round(float(coefficients[offset + position]), _WEIGHT_DIGITS)
        for position, name in enumerate(vectoriser.names)
    }
    return {"bias": round(bias, _WEIGHT_DIGITS), "features": named, "hashed": hashed}


def _probabilities(
    weights: dict[str, Any],
    vectoriser: Vectoriser,
    texts: Sequence[str],
    features: Sequence[dict[str, float]],
) -> list[float]:
    """Scores as the shipped model computes them (same rounding), for the measurements."""
    matrix = vectoriser.transform(texts, features)
    coefficients = np.zeros(vectoriser.width)
    offset = 1 << HASH_BITS if vectoriser.lexical else 0
    for index, value in weights["hashed"].items():
        coefficients[int(index)] = value
    for position, name in enumerate(vectoriser.names):
        coefficients[offset + position] = weights["features"][name]
    logits = matrix @ coefficients + float(weights["bias"])
    return [float(value) for value in 1 / (1 + np.exp(-logits))]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[4] / "shared" / "data"
    )
    parser.add_argument("--output", type=Path, default=default_model_path())
    args = parser.parse_args(argv)

    train = read_claimbuster(args.data / "claimbuster" / "crowdsourced.csv")
    dev = read_claimbuster(args.data / "claimbuster" / "groundtruth.csv")
    documents = read_checkthat(args.data / "checkthat2019" / "training")
    held_out = {normalise(item.text) for item in dev}
    held_out |= {normalise(item.text) for document in documents for item in document}
    kept = [item for item in train if normalise(item.text) not in held_out and normalise(item.text)]
    print(
        f"training sentences: {len(train)}, kept {len(kept)} after removing "
        f"{len(train) - len(kept)} also found in groundtruth or CheckThat! 2019",
        file=sys.stderr,
    )

    texts = [item.text for item in kept]
    labels = np.array([item.checkworthy for item in kept], dtype=int)
    groups = np.array([item.group for item in kept])
    features = sentence_features(texts)
    names = sorted({name for named in features for name in named})

    dev_texts = [item.text for item in dev]
    dev_features = sentence_features(dev_texts)
    document_features = [sentence_features([s.text for s in document]) for document in documents]

    output: dict[str, object] = {
        "format": MODEL_FORMAT,
        "hash_bits": HASH_BITS,
        "lexical_languages": ["en"],
    }
    info: dict[str, object] = {
        "trained_on": f"ClaimBuster crowdsourced.csv ({len(kept)} sentences "
        "after removing those in the measurement sets)"
    }
    for label, lexical in (("lexical", True), ("universal", False)):
        print(f"{label} weights:", file=sys.stderr)
        used = names if lexical else [name for name in names if name not in SPEECH_ONLY_FEATURES]
        vectoriser = Vectoriser(used, lexical)
        matrix = vectoriser.transform(texts, features)
        c, cv_f1, threshold = cross_validate(matrix, labels, groups)
        weights = _export(_fit(matrix, labels, c), vectoriser, threshold)
        output[label] = weights
        dev_scores = _probabilities(weights, vectoriser, dev_texts, dev_features)
        dev_result = precision_recall_f1(
            [item.checkworthy for item in dev], [score >= 0.5 for score in dev_scores]
        )
        ranked = [
            (
                [s.checkworthy for s in document],
                _probabilities(weights, vectoriser, [s.text for s in document], named),
            )
            for document, named in zip(documents, document_features, strict=True)
        ]
        all_gold = [g for gold, _ in ranked for g in gold]
        all_scores = [s for _, scores in ranked for s in scores]
        ct_result = precision_recall_f1(all_gold, [score >= 0.5 for score in all_scores])
        info[label] = {
            "C": c,
            "cv_f1": round(cv_f1, 4),
            "cv_threshold": round(threshold, 4),
            "groundtruth": {
                "precision": round(dev_result.precision, 4),
                "recall": round(dev_result.recall, 4),
                "f1": round(dev_result.f1, 4),
            },
            "checkthat2019": {
                "map": round(mean_average_precision(ranked), 4),
                "f1": round(ct_result.f1, 4),
            },
        }
        print(f"  {json.dumps(info[label])}", file=sys.stderr)
    output["info"] = info
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        json.dumps(output, separators=(",", ":"), sort_keys=True), encoding="utf-8"
    )
    print(f"wrote {args.output} ({args.output.stat().st_size // 1024} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
