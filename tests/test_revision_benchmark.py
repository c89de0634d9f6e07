"""The revision benchmark's promises, on a small run: exact re-anchoring, flags, no silent moves."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parent / "benchmarks"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location(
            "bench_revision", BENCHMARKS / "bench_revision.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["bench_revision"] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCHMARKS))
    return module


def check(counts: dict[str, int], silent: int, exact_share: float) -> None:
    unchanged = counts["unchanged claims"]
    assert unchanged > 100
    assert (
        counts["unchanged claims re-anchored to their exact new place"] >= exact_share * unchanged
    )
    assert counts["changed claims"] > 0
    assert counts["changed claims flagged"] == counts["changed claims"]
    assert counts["deleted claims"] > 0
    assert counts["claims attached to a different wording without a flag"] == 0
    assert silent == 0


def test_generated_revisions_of_our_own_texts(bench: ModuleType) -> None:
    tally, edits = bench.run_benchmark(bench.benchmark_texts(None), scenarios=30, steps=2, seed=5)
    assert tally.revisions >= 50
    assert {"insert_paragraph", "rewrite_sentence", "typo_fix", "move_paragraph"} <= set(edits)
    # Our own texts repeat sentences on purpose ("L'opposition a voté contre." twice): when an
    # edit next to a copy leaves context unable to tell copies apart, the claim is flagged
    # ambiguous instead of guessed, which costs a little of the exact share on a small sample
    # (the full benchmark, with the seed article, is above 99 %).
    check(tally.counts, bench.silent_count(tally.counts), exact_share=0.985)


@pytest.mark.shared
def test_generated_revisions_of_the_seed_article(bench: ModuleType, seed_article: Path) -> None:
    texts = [text for text in bench.benchmark_texts(seed_article) if text[0] == "seed"]
    tally, _ = bench.run_benchmark(texts[:1], scenarios=10, steps=2, seed=5)
    assert tally.revisions >= 15
    check(tally.counts, bench.silent_count(tally.counts), exact_share=0.99)
