"""The French development set: its references into ../shared resolve and its split holds."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest

from tests.benchmarks.fr_devset import DEVSET, REALDOCS, load

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def items():
    if not REALDOCS.is_dir():
        pytest.skip(f"needs the real documents at {REALDOCS}, which are absent")
    if shutil.which("pdftotext") is None:
        pytest.skip("needs pdftotext (poppler-utils) to read the municipal record")
    return load()


def test_every_reference_resolves_to_the_quoted_text(items) -> None:
    real = [item for item in items if item.origin == "real"]
    assert len(real) >= 600
    # load() raises when a range no longer reads as its quote or a span is not in its text.
    for item in real:
        assert item.text.strip()
        for span in item.numbers + item.dates:
            assert span in item.text


def test_at_least_three_hundred_real_sentences_and_forty_junk_lines_are_held_out(items) -> None:
    held_out = [item for item in items if item.origin == "real" and item.split == "heldout"]
    assert sum(1 for item in held_out if not item.non_prose) >= 300
    assert sum(1 for item in held_out if item.non_prose) >= 40


def test_the_split_is_by_source_article_and_written_sentences_stay_apart(items) -> None:
    splits_of = {}
    for item in items:
        splits_of.setdefault(item.document, set()).add(item.split)
    assert all(len(splits) == 1 for splits in splits_of.values())
    assert {item.split for item in items if item.origin == "written"} == {"written"}
    assert {item.split for item in items if item.origin == "real"} == {"dev", "heldout"}
    assert all(item.document.startswith("written/") for item in items if item.origin == "written")


def test_labels_follow_their_rules(items) -> None:
    for item in items:
        if item.non_prose:
            assert not item.checkworthy and item.kind == "line"
        if item.source:
            assert item.attribution
    kinds = Counter(item.kind for item in items)
    assert kinds["line"] >= 70
    assert (DEVSET / "README.md").is_file()
