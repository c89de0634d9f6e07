"""Edit latency and opening time on a project the size of the real corpus.

1,366 articles and about 25,000 claims, generated (no spaCy). Measures, in one run:
- a verdict change to committed (`Project.set_verdict` returning), with synchronous FULL and NORMAL;
- opening the project (checks, lock, backup, migrations), listing all articles, one article's claims.

    PYTHONPATH=. /work/venv/bin/python tests/benchmarks/bench_project_edits.py [--edits 2000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench_project_data import build_project

from workbench.core.model import Verdict
from workbench.core.project import (
    Project,
    backups_folder,
    file,
)

VERDICTS = [Verdict.CONFIRMED, Verdict.DENIED, Verdict.UNVERIFIED, Verdict.UNCHECKED]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def verdict_latencies(path: Path, edits: int, synchronous: str) -> list[float]:
    file.SYNCHRONOUS = synchronous  # the module constant is what Project.open reads
    rng = random.Random(0)
    with Project.open(path, keep_backups=0) as project:
        claim_ids = [row[0] for row in project.file.db.execute("SELECT id FROM claims")]
        times = []
        for _ in range(edits):
            claim_id = rng.choice(claim_ids)
            # Always a real change: setting the verdict a claim already has writes nothing.
            current = VERDICTS.index(project.claim(claim_id).verdict)
            started = time.perf_counter()
            project.set_verdict(claim_id, VERDICTS[(current + 1) % 4], who="bench")
            times.append((time.perf_counter() - started) * 1000)
    file.SYNCHRONOUS = "FULL"
    return times


def statements_per_verdict(path: Path, edits: int) -> list[int]:
    """SQL statements SQLite ran for each verdict change, BEGIN and COMMIT included."""
    rng = random.Random(1)
    counts = []
    with Project.open(path, keep_backups=0) as project:
        connection = project.file.db.conn
        claim_ids = [row[0] for row in connection.execute("SELECT id FROM claims")]
        for _ in range(edits):
            claim_id = rng.choice(claim_ids)
            current = VERDICTS.index(project.claim(claim_id).verdict)
            statements: list[str] = []
            connection.set_trace_callback(statements.append)
            project.set_verdict(claim_id, VERDICTS[(current + 1) % 4], who="bench")
            connection.set_trace_callback(None)
            # SQLite reports each run of a trigger (the history's guard against REPLACE) as a
            # repeat of the statement that fired it: one statement sent, counted once.
            sent = [x for n, x in enumerate(statements) if n == 0 or statements[n - 1] != x]
            counts.append(len(sent))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=2000)
    parser.add_argument("--opens", type=int, default=7)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.wbproj"
        started = time.perf_counter()
        build_project(path, articles=1366, claims_total=25_000)
        with Project.open(path, keep_backups=0) as project:
            articles, claims = len(project.articles()), len(project.claims())
        size_mb = path.stat().st_size / 1e6
        print(
            f"project: {articles} articles, {claims} claims, {size_mb:.1f} MB, "
            f"built in {time.perf_counter() - started:.1f} s"
        )

        for synchronous in ("FULL", "NORMAL", "FULL", "NORMAL"):
            times = verdict_latencies(path, arguments.edits, synchronous)
            print(
                f"verdict change to committed, synchronous={synchronous:6}: "
                f"median {statistics.median(times):.2f} ms, "
                f"p99 {percentile(times, 0.99):.2f} ms, max {max(times):.1f} ms "
                f"({len(times)} edits)"
            )

        counts = statements_per_verdict(path, 100)
        print(
            f"SQL statements per verdict change (BEGIN and COMMIT included): "
            f"median {statistics.median(counts):.0f}, max {max(counts)}"
        )

        # Opening as the window does: each open after a change takes a backup; measure both.
        def open_close(keep: int) -> None:
            Project.open(path, keep_backups=keep).close()

        without_backup = timed(lambda: open_close(0), arguments.opens)
        print(
            f"open + close, no backup:          median {statistics.median(without_backup):.0f} ms"
        )
        with_backup = []
        for index in range(arguments.opens):
            with Project.open(path, keep_backups=0) as project:  # a change, so a backup is due
                project.set_rationale(1, f"change {index}", who="bench")
            with_backup += timed(lambda: open_close(5), 1)
        print(
            f"open + close, with a new backup:  median {statistics.median(with_backup):.0f} ms "
            f"({len(list(backups_folder(path).iterdir()))} backups kept)"
        )
        unchanged = timed(lambda: open_close(5), arguments.opens)
        print(f"open + close, backup up to date:  median {statistics.median(unchanged):.0f} ms")

        with Project.open(path, keep_backups=0) as project:
            article_ids = [article.id for article in project.articles()]
            listing = timed(project.articles, arguments.opens)
            one = random.Random(1).choice(article_ids)
            claims_of_one = timed(lambda: project.claims(one), 50)
        print(f"list all articles:                median {statistics.median(listing):.0f} ms")
        print(f"claims of one article:            median {statistics.median(claims_of_one):.2f} ms")
        print(
            "window start (open with new backup + articles + one article's claims): "
            f"{statistics.median(with_backup) + statistics.median(listing) + statistics.median(claims_of_one):.0f} ms"
        )


if __name__ == "__main__":
    main()
