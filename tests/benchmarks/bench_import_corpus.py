"""Benchmark: stream a large corpus export with iter_articles; print peak memory and articles/s.

    PYTHONPATH=. /work/venv/bin/python tests/benchmarks/bench_import_corpus.py [--size-mb 200]
        [--runs 3] [--encoding utf-8]

The corpus is generated in /tmp from ../shared/samples/seed-article.txt by repeating its entry
with varied indices, dates and titles. Each timed run is a fresh child process, so its peak
resident memory (ru_maxrss) is the reader's own; the medians of the runs are printed.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "samples" / "seed-article.txt"


def generate(path: Path, size_bytes: int, encoding: str) -> int:
    """Write a corpus export of about size_bytes; return the number of articles."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    title, body = lines[2], "\n".join(lines[3:-1])
    count = size_bytes // (len(SEED.read_bytes()) + 20) + 1
    with path.open("w", encoding=encoding, newline="\n") as file:
        for index in range(1, count + 1):
            day, month = index % 28 + 1, index % 12 + 1
            file.write(
                f"{index}/{count}\nDate : {day:02d}-{month:02d}-2024 "
                f"{index % 24:02d}:{index % 60:02d}:00\n"
                f"{title.removesuffix(' ;')} (n° {index}) ;\n{body}\n|\n"
            )
    return count


def read_once(path: Path) -> dict[str, float]:
    """Run in the child: stream the corpus, keep nothing, report counts, time and memory."""
    from workbench.core.importers import ImportFailure, iter_articles

    baseline_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    articles = failures = characters = progress_calls = 0

    def on_progress(done: int, total: int) -> None:
        nonlocal progress_calls
        progress_calls += 1

    started = time.perf_counter()
    for item in iter_articles(path, on_progress=on_progress):
        if isinstance(item, ImportFailure):
            failures += 1
        else:
            articles += 1
            characters += len(item.text)
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "articles": articles,
        "failures": failures,
        "characters": characters,
        "seconds": seconds,
        "baseline_mb": baseline_kib / 1024,
        "peak_mb": peak_kib / 1024,
        "progress_calls": progress_calls,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--encoding", default="utf-8", help="of the generated corpus (utf-16…)")
    parser.add_argument("--path", type=Path, default=Path("/tmp/workbench-bench-corpus.txt"))
    parser.add_argument("--keep", action="store_true", help="keep the generated corpus")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        print(json.dumps(read_once(arguments.path)))
        return
    if not SEED.is_file():
        sys.exit(f"needs the seed article at {SEED}")
    started = time.perf_counter()
    expected = generate(arguments.path, arguments.size_mb << 20, arguments.encoding)
    size_mb = arguments.path.stat().st_size / (1 << 20)
    print(
        f"corpus: {arguments.path} {size_mb:.1f} MB in {arguments.encoding}, "
        f"{expected:,} articles "
        f"(generated in {time.perf_counter() - started:.1f} s)"
    )
    runs = []
    try:
        for _ in range(arguments.runs):
            child = subprocess.run(
                [sys.executable, __file__, "--child", "--path", str(arguments.path)],
                check=True,
                capture_output=True,
                text=True,
                cwd=ROOT,
                env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
            )
            run = json.loads(child.stdout)
            assert run["articles"] == expected and run["failures"] == 0, run
            runs.append(run)
            print(
                f"  run: {run['seconds']:.2f} s, {run['articles'] / run['seconds']:,.0f} "
                f"articles/s, peak {run['peak_mb']:.0f} MB "
                f"(after imports {run['baseline_mb']:.0f} MB), "
                f"{run['progress_calls']} progress calls"
            )
    finally:
        if not arguments.keep:
            arguments.path.unlink(missing_ok=True)
    seconds = statistics.median(run["seconds"] for run in runs)
    peak = statistics.median(run["peak_mb"] for run in runs)
    print(
        f"median of {len(runs)}: {expected / seconds:,.0f} articles/s, "
        f"{size_mb / seconds:.1f} MB/s, "
        f"peak memory {peak:.0f} MB (target <= 500 MB)"
    )


if __name__ == "__main__":
    main()
