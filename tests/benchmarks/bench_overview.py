"""Time the navigator's rows and the corpus overview on a project (e.g. the 1,366-article
corpus of bench_detection.py, imported with `workbench import CORPUS --project P.wbproj`).

    PYTHONPATH=. python tests/benchmarks/bench_overview.py P.wbproj [--repeats 5]

Prints the median of each query in milliseconds, with the article and claim counts, and for
comparison `Project.articles()` (every article with its text), which the navigator used to read.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from workbench.core.project import Project


def median_ms(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--repeats", type=int, default=5)
    arguments = parser.parse_args()
    with Project.open(arguments.project, read_only=True) as project:
        rows = project.article_rows()
        overview = project.corpus_overview(rows)
        print(f"{overview.articles.count} articles, {overview.claims.count} claims")
        print(
            f"article_rows():        {median_ms(project.article_rows, arguments.repeats):7.1f} ms"
        )
        print(
            "corpus_overview(rows): "
            f"{median_ms(lambda: project.corpus_overview(rows), arguments.repeats):7.1f} ms"
        )
        one = rows[len(rows) // 2].id
        print(
            "article_rows([one]):   "
            f"{median_ms(lambda: project.article_rows([one]), arguments.repeats):7.1f} ms"
        )
        print(f"articles() (texts):    {median_ms(project.articles, arguments.repeats):7.1f} ms")


if __name__ == "__main__":
    main()
