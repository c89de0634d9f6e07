"""How long each report format takes on a corpus-sized project; prints medians and ratios.

Run: PYTHONPATH=.:tests /work/venv/bin/python tests/benchmarks/bench_reports.py [ARTICLES]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from helpers.reports import add_source, claim_at

from workbench.core.model import Analysis, ArticleDraft, Verdict
from workbench.core.project import Project
from workbench.core.reports import collect, render_report

SENTENCE = "Le conseil a voté {n} millions d'euros pour la ligne {n} selon la préfecture."
CLAIMS_PER_ARTICLE = 15
RUNS = 5


def build(path: Path, articles: int) -> Project:
    project = Project.create(path)
    items = []
    for index in range(articles):
        sentences = [SENTENCE.format(n=index * 100 + k) for k in range(CLAIMS_PER_ARTICLE)]
        text = f"Article {index}\n" + " ".join(sentences)
        claims = tuple(claim_at(text, sentence) for sentence in sentences)
        items.append(
            (
                ArticleDraft(f"Article {index}", text, {"date": "2026-11-20T10:00:00"}),
                Analysis("fr", "fr_core_news_sm", claims),
            )
        )
    project.add_articles(items)
    verdicts = list(Verdict)
    for claim in project.claims():
        project.set_verdict(claim.id, verdicts[claim.id % 4], "bench")
        if claim.id % 3 == 0:
            add_source(project, claim.id, f"https://example.org/{claim.id}", "Source")
    project.set_state("publisher_name", "Bench")
    project.set_state("publisher_url", "https://bench.example/")
    return project


def median_seconds(action: object) -> float:
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    with tempfile.TemporaryDirectory() as folder:
        project = build(Path(folder) / "bench.wbproj", articles)
        with project:
            base = median_seconds(lambda: collect(project))
            print(f"{articles} articles, {articles * CLAIMS_PER_ARTICLE} claims, median of {RUNS}")
            print(f"{'read (collect)':<14} {base * 1000:8.1f} ms   1.00x")
            for report_format in ("html", "pdf", "md", "csv", "json", "claimreview"):
                seconds = median_seconds(lambda f=report_format: render_report(project, f))
                size = len(render_report(project, report_format).encode("utf-8"))
                print(
                    f"{report_format:<14} {seconds * 1000:8.1f} ms {seconds / base:6.2f}x"
                    f"   {size / 1e6:6.2f} MB"
                )


if __name__ == "__main__":
    main()
