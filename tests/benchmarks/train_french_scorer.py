"""Train the French check-worthiness weights on the dev split of the French development set.

    PYTHONPATH=. python tests/benchmarks/train_french_scorer.py [--write]

A logistic regression stacked on the universal weights: its features are the universal logit plus
the claim features and the French parse features (`fr:*`, french_features.py). Regularisation is
chosen by log-loss and the cut by F1, both on out-of-fold predictions with folds grouped by source
article (GroupKFold), so neither is fitted on the article it is judged on. Only the dev split is
read: the held-out split stays for reporting. `--write` stores the weights as the "french" set of
resources/models/checkworthiness.json. Needs scikit-learn (the `train` extra).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.eval_french import _document_text
from tests.benchmarks.fr_devset import Item, load
from workbench.core.detection import Detector
from workbench.core.detection.scorer import default_model_path, load_model

_CHOICES_C = (0.03, 0.1, 0.3, 1.0, 3.0)
# Which features the French weights see, chosen by out-of-fold log-loss like C.
_SUBSETS = {
    "universal logit only (recalibration)": lambda name: name == "universal_logit",
    "universal logit + French parse": lambda name: (
        name == "universal_logit" or name.startswith("fr:")
    ),
    "all features": lambda name: True,
}
_FOLDS = 5
_BINS = 10


def dev_examples() -> tuple[list[dict[str, float]], list[int], list[str]]:
    """Features, labels and source article of every dev unit the detector makes a claim of."""
    model = load_model(default_model_path())
    detector = Detector()
    nlp = detector.pipeline("fr")
    by_document: dict[str, list[Item]] = defaultdict(list)
    for item in load("real"):
        if item.split == "dev":
            by_document[item.document].append(item)
    features: list[dict[str, float]] = []
    labels: list[int] = []
    groups: list[str] = []
    for document, items in by_document.items():
        text, spans = _document_text(items)
        findings = []
        position = 0
        for paragraph in text.split("\n"):
            doc = nlp(paragraph)
            for finding in doc._.wb_claims or ():
                stacked = dict(finding.features)
                stacked["universal_logit"] = model.universal.logit(
                    paragraph[finding.start : finding.end], finding.features
                )
                findings.append((position + finding.start, position + finding.end, stacked))
            position += len(paragraph) + 1
        for item, (start, end) in zip(items, spans, strict=False):
            overlaps = [
                (min(end, f_end) - max(start, f_start), stacked)
                for f_start, f_end, stacked in findings
            ]
            best = max(overlaps, key=lambda pair: pair[0], default=(0, None))
            if best[0] > 0 and best[1] is not None:
                features.append(best[1])
                labels.append(int(item.checkworthy))
                groups.append(document)
    return features, labels, groups


def _ece(labels: np.ndarray, scores: np.ndarray) -> float:
    bins = np.minimum((scores * _BINS).astype(int), _BINS - 1)
    total = 0.0
    for number in range(_BINS):
        members = bins == number
        if members.any():
            total += members.mean() * abs(scores[members].mean() - labels[members].mean())
    return float(total)


def _best_cut(labels: np.ndarray, scores: np.ndarray) -> tuple[float, float]:
    best = (0.5, 0.0)
    for cut in np.arange(0.05, 0.96, 0.01):
        predicted = scores >= cut
        tp = float((predicted & (labels == 1)).sum())
        if not tp:
            continue
        precision = tp / predicted.sum()
        recall = tp / (labels == 1).sum()
        f1 = 2 * precision * recall / (precision + recall)
        if f1 > best[1] + 1e-9:
            best = (round(float(cut), 2), f1)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true")
    arguments = parser.parse_args(argv)
    all_features, label_list, groups = dev_examples()
    labels = np.array(label_list)
    results = []
    for subset, keep in _SUBSETS.items():
        features = [
            {name: value for name, value in row.items() if keep(name)} for row in all_features
        ]
        vectoriser = DictVectorizer()
        matrix = vectoriser.fit_transform(features)
        folds = list(GroupKFold(n_splits=_FOLDS).split(matrix, labels, groups))
        for c in _CHOICES_C:
            out_of_fold = np.zeros(len(labels))
            for train, test in folds:
                fitted = LogisticRegression(C=c, max_iter=2000).fit(matrix[train], labels[train])
                out_of_fold[test] = fitted.predict_proba(matrix[test])[:, 1]
            results.append(
                (log_loss(labels, out_of_fold), c, out_of_fold, subset, vectoriser, matrix)
            )
            print(
                f"{subset}, C={c}: out-of-fold log-loss {results[-1][0]:.3f}, "
                f"ROC AUC {roc_auc_score(labels, out_of_fold):.3f}, ECE {_ece(labels, out_of_fold):.3f}, "
                f"best cut {_best_cut(labels, out_of_fold)}"
            )
    loss, c, out_of_fold, subset, vectoriser, matrix = min(results, key=lambda result: result[0])
    cut, f1 = _best_cut(labels, out_of_fold)
    fitted = LogisticRegression(C=c, max_iter=2000).fit(matrix, labels)
    weights = {
        name: round(float(value), 4)
        for name, value in zip(vectoriser.get_feature_names_out(), fitted.coef_[0], strict=False)
        if abs(value) >= 1e-4
    }
    exported = {
        "bias": round(float(fitted.intercept_[0]), 4),
        "features": weights,
        "threshold": cut,
    }
    info = {
        "trained_on": f"French development set, dev split ({len(labels)} claims, "
        f"{len(set(groups))} source articles)",
        "C": c,
        "cv_log_loss": round(float(loss), 4),
        "cv_ece": round(_ece(labels, out_of_fold), 4),
        "cv_f1": round(f1, 4),
        "cv_threshold": cut,
        "features": subset,
        "cv_roc_auc": round(float(roc_auc_score(labels, out_of_fold)), 4),
        "folds": f"GroupKFold({_FOLDS}) by source article",
    }
    print(json.dumps(info))
    print(json.dumps(exported, ensure_ascii=False))
    if arguments.write:
        path = default_model_path()
        data = json.loads(path.read_text("utf-8"))
        data["french"] = exported
        data.setdefault("info", {})["french"] = info
        path.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True), encoding="utf-8")
        print(f"wrote the french weights into {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
