"""Measures (P/R/F1, MAP), labelled-file readers, the model file and the word-list registry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from workbench.core.detection.datasets import DatasetError, read_claimbuster, read_labelled
from workbench.core.detection.evaluation import (
    average_precision,
    best_threshold,
    mean_average_precision,
    precision_recall_f1,
)
from workbench.core.detection.scorer import default_model_path, lexical_features, load_model


def test_precision_recall_f1_counts() -> None:
    scores = precision_recall_f1([True, True, False, False], [True, False, True, False])
    assert (scores.precision, scores.recall, scores.f1) == (0.5, 0.5, 0.5)
    assert precision_recall_f1([False, False], [False, False]).f1 == 0.0


def test_average_precision_and_map() -> None:
    assert average_precision([True, False, True], [0.9, 0.8, 0.1]) == pytest.approx((1 + 2 / 3) / 2)
    assert average_precision([False, True], [0.9, 0.1]) == 0.5
    # Documents without any positive do not count.
    assert mean_average_precision([([True, False], [0.9, 0.1]), ([False], [0.5])]) == 1.0


def test_best_threshold_finds_the_f1_cut() -> None:
    threshold, f1 = best_threshold([True, True, False, False], [0.9, 0.7, 0.6, 0.1])
    assert threshold == 0.7 and f1 == 1.0


def test_claimbuster_reader_and_its_errors(tmp_path: Path) -> None:
    path = tmp_path / "cb.csv"
    path.write_text(
        'Sentence_id,Text,File_id,Verdict\n1,"Taxes rose, a lot.",a.txt,1\n2,Hello.,a.txt,-1\n',
        encoding="utf-8",
    )
    rows = read_claimbuster(path)
    assert [(row.text, row.checkworthy) for row in rows] == [
        ("Taxes rose, a lot.", True),
        ("Hello.", False),
    ]
    path.write_text("Sentence_id,Text,Verdict\n1,Hi,yes\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"cb\.csv, line 2"):
        read_claimbuster(path)
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="not a ClaimBuster CSV"):
        read_claimbuster(path)


def test_labelled_dispatch_refuses_unknown_formats(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(DatasetError, match="unknown labelled format"):
        read_labelled(path)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DatasetError, match=r"no \.tsv"):
        read_labelled(empty)


def test_shipped_model_loads_and_foreign_files_are_refused(tmp_path: Path) -> None:
    model = load_model(default_model_path())
    assert model.weights_name("en") == "lexical"
    assert model.weights_name("fr") == "french"
    assert model.weights_name("de") == "universal"
    assert model.french is not None and "universal_logit" in model.french.features
    assert model.universal.hashed == {}
    assert model.lexical.hashed
    foreign = tmp_path / "model.json"
    foreign.write_text(json.dumps({"format": "something-else"}), encoding="utf-8")
    with pytest.raises(ValueError, match="not a check-worthiness model"):
        load_model(foreign)
    with pytest.raises(ValueError, match="cannot read"):
        load_model(tmp_path / "absent.json")


def test_hashing_is_stable_across_runs() -> None:
    # crc32, not Python's salted hash(): the weights file stays valid in every process.
    assert lexical_features("Taxes rose 3%", 18) == lexical_features("taxes rose 3%", 18)
    assert lexical_features("Taxes rose 3%", 18) == lexical_features("Taxes rose 7%", 18)
    assert lexical_features("a", 18) == [206960, 213370, 65554]


def test_word_lists_come_through_the_misc_registry() -> None:
    loader = spacy.registry.misc.get("workbench.lexicons.v1")()
    french = loader("fr")
    assert "selon" in french["attribution_markers"].words
    assert ("d'", "après") in french["attribution_markers"].phrases
    assert "révèle" in french["attribution_verbs"].words  # conjugated from "révéler"
    assert ("être", "ser", True) in french.future_stems
    assert loader("de")["causal"].words == frozenset()
