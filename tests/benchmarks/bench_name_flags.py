"""Benchmark: name and spelling flags on real French articles, where every flag is a false alarm
unless the article really misspells a word (each flag is printed for a person to judge).

    PYTHONPATH=. /work/venv/bin/python tests/benchmarks/bench_name_flags.py [--model fr_core_news_sm]

The corpus: the 100 Wikinews articles and the 4 news pages of ../shared/realdocs (their text as
tests/benchmarks/claim_sources.py reads it, one paragraph a sentence), then the seed article on
its own. Printed: name atoms checked, flags by level, the flags themselves, and the time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claim_sources import SHARED, available, sentences_of, source_names

from workbench.core.corpus.checking import NamesReport, check_analysed
from workbench.core.corpus.names import NAME_KINDS, FlagLevel
from workbench.core.detection.detector import Detector
from workbench.core.importers import read_articles
from workbench.core.model import Analysis, ArticleDraft


def show(label: str, items: list[tuple[ArticleDraft, Analysis]], report: NamesReport) -> None:
    atoms = sum(
        1
        for _, analysis in items
        for claim in analysis.claims
        for atom in claim.atoms
        if atom.kind in NAME_KINDS
    )
    words = sum(len(claim.text.split()) for _, analysis in items for claim in analysis.claims)
    names = [flag for flag in report.flags if flag.level is FlagLevel.NAME]
    ordinary = [flag for flag in report.flags if flag.level is FlagLevel.WORD]
    print(f"{label}: {len(items)} articles, {atoms} name atoms, {words} words in claims")
    print(
        f"  name flags: {len(names)} ({1000 * len(names) / max(atoms, 1):.1f} per 1,000 name "
        f"atoms); word flags: {len(ordinary)} ({1000 * len(ordinary) / max(words, 1):.2f} per "
        f"1,000 words)"
    )
    for flag in report.flags:
        title = items[(flag.article_id or 1) - 1][0].title[:40]
        print(
            f"    [{flag.level}] {flag.text!r} -> {flag.suggestion!r} ({flag.witness}: "
            f"{flag.reason}) in {title!r}"
        )
    print(f"  spellings clustered: {len(report.clusters)}")
    for cluster in report.clusters[:10]:
        print(f"    {cluster.kind}: {cluster.spellings}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="French spaCy pipeline (default: best one)")
    args = parser.parse_args()
    if not available():
        print("needs ../shared/realdocs beside the project, which is absent")
        return 1
    detector = Detector(args.model)
    nlp = detector.pipeline("fr")
    drafts = [
        ArticleDraft(title=name, text="\n".join(sentences_of(name)))
        for name in source_names()
        if name != "seed"
    ]
    started = time.perf_counter()
    items = [(draft, detector.analyze(draft.text, "fr")) for draft in drafts]
    analysed = time.perf_counter() - started
    started = time.perf_counter()
    report = check_analysed(items, nlp=nlp)
    print(
        f"analysis {analysed:.1f} s, checks {time.perf_counter() - started:.1f} s "
        f"(model {detector.model_name('fr')})"
    )
    show("real articles", items, report)
    seed = read_articles(SHARED / "samples" / "seed-article.txt")
    seed_items = [(draft, detector.analyze(draft.text, "fr")) for draft in seed]
    show("seed", seed_items, check_analysed(seed_items, nlp=nlp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
