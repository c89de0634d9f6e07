"""Throughput and memory of the analysis engines, in one run, on the benchmark corpus.

    PYTHONPATH=. /work/venv/bin/python tests/benchmarks/bench_parallel.py
        [--articles 1366] [--large 10000] [--no-large] [--no-dask] [--jobs N] [--imports-only]

The corpus is tests/benchmarks/bench_detection.py's (1,366 articles generated from the seed).
Each configuration runs in a fresh process, so its start-up and model loading count, as a user
waits for them; its peak memory is the resident memory of that process and all its children,
summed, sampled every 0.1 s (psutil). In order:

- bare spaCy: `nlp.pipe` of every paragraph (the detector's base pipeline, no claim components),
  in one process, then with `n_process` = the cores and OPENBLAS_NUM_THREADS=1;
- `workbench analyze --format json` with `--jobs 1`, then on every core (the default);
- a Dask LocalCluster of 2 worker processes (`--scheduler`, one thread each) against `--jobs 2`;
  the cluster is started before the clock, as a running cluster would be;
- `workbench import` of the corpus and of a --large corpus into new projects (every core).

The JSON of --jobs 1, every core and Dask are compared byte for byte. Ratios are of times
measured in this same run; on a machine shared with other work, run it again when it is quiet.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import psutil
from bench_detection import ARTICLES, SEED, generate_corpus

from workbench.core.analysis import default_jobs

SAMPLE_S = 0.1


def tree_rss_mib(process: psutil.Process) -> float:
    total = 0
    for member in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):  # a child that just ended
            total += member.memory_info().rss
    return total / (1 << 20)


def measure(
    command: list[str], env: dict[str, str], stdout: Path | None = None
) -> dict[str, float]:
    """Wall time and peak memory (process tree) of one command."""
    peak = 0.0
    started = time.perf_counter()
    with open(stdout or os.devnull, "wb") as out:
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE, env=env)
        watched = psutil.Process(child.pid)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                with contextlib.suppress(psutil.Error):
                    peak = max(peak, tree_rss_mib(watched))
                time.sleep(SAMPLE_S)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, errors = child.communicate()
        done.set()
        sampler.join()
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        sys.exit(f"failed ({child.returncode}): {' '.join(command)}\n{errors.decode()[-2000:]}")
    return {"seconds": seconds, "peak_mib": peak}


def bare_child(corpus: Path, processes: int) -> None:
    """In the child: bare nlp.pipe over every paragraph, as bench_detection.py feeds it."""
    from workbench.core.detection import Detector
    from workbench.core.detection.pipelines import load_base
    from workbench.core.importers import read_articles

    paragraphs = [p for draft in read_articles(corpus) for p in draft.text.split("\n") if p.strip()]
    nlp = load_base(Detector().model_name("fr"))
    sentences = 0
    for doc in nlp.pipe(paragraphs, batch_size=64, n_process=processes):
        sentences += sum(1 for _ in doc.sents)
    print(json.dumps({"paragraphs": len(paragraphs), "sentences": sentences}))


def breakdown_child(corpus: Path, articles: int) -> None:
    """In the child: processor time (not wall time, less hurt by a busy machine) of each part of
    one process's analysis, on the first `articles` articles, the model loaded."""
    from workbench.core.analysis.batches import BATCH_ARTICLES
    from workbench.core.detection import Detector
    from workbench.core.detection.pipelines import load_base
    from workbench.core.importers import read_articles
    from workbench.core.language import detect_language

    texts = [draft.text for draft in read_articles(corpus)[:articles]]
    paragraphs = [p for text in texts for p in text.split("\n") if p.strip()]
    import spacy

    detector = Detector()
    full = detector.pipeline("fr")
    bare = load_base(detector.model_name("fr"))
    stock = spacy.load(detector.model_name("fr"))  # as shipped: the senter off
    list(stock.pipe(paragraphs[:100]))
    list(bare.pipe(paragraphs[:100]))
    list(full.pipe(paragraphs[:100]))
    detect_language(texts[0])  # loads langdetect's profiles

    def cpu(work: object) -> float:
        started = time.process_time()
        work()  # type: ignore[operator]
        return time.process_time() - started

    parts = {
        "bare nlp.pipe": cpu(lambda: list(bare.pipe(paragraphs, batch_size=64))),
        "bare, the model as shipped (senter off)": cpu(
            lambda: list(stock.pipe(paragraphs, batch_size=64))
        ),
        "with the claim components": cpu(lambda: list(full.pipe(paragraphs, batch_size=64))),
        "language detection (langdetect)": cpu(lambda: [detect_language(t) for t in texts]),
        "Detector.analyze, one article at a time": cpu(
            lambda: [detector.analyze(t) for t in texts]
        ),
        f"Detector.analyze_many, {BATCH_ARTICLES} at a time": cpu(
            lambda: [
                detector.analyze_many(texts[i : i + BATCH_ARTICLES])
                for i in range(0, len(texts), BATCH_ARTICLES)
            ]
        ),
    }
    print(json.dumps(parts))


def run_imports(
    args: argparse.Namespace,
    run: Callable[[str, list[str], dict[str, str]], None],
    workbench: list[str],
    corpus: Path,
    work: Path,
) -> None:
    """`workbench import` of the corpus, then of the --large one, into new projects."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run(
        f"workbench import, {args.articles:,} articles",
        [*workbench, "import", str(corpus), "--project", str(work / "small.wbproj")],
        env,
    )
    if not args.no_large:
        (work / "large").mkdir()
        large = generate_corpus(SEED, args.large, work / "large")
        run(
            f"workbench import, {args.large:,} articles",
            [*workbench, "import", str(large), "--project", str(work / "large.wbproj")],
            env,
        )


def print_memory(args: argparse.Namespace, results: dict[str, dict[str, float]]) -> None:
    if args.no_large:
        return
    small = results[f"workbench import, {args.articles:,} articles"]["peak_mib"]
    large_peak = results[f"workbench import, {args.large:,} articles"]["peak_mib"]
    print(
        f"import peak memory, {args.large:,} vs {args.articles:,} articles: "
        f"{large_peak:.0f} vs {small:.0f} MiB = {large_peak / small:.2f}x (aim <= 1.2x)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=ARTICLES)
    parser.add_argument("--large", type=int, default=10_000)
    parser.add_argument("--no-large", action="store_true", help="skip the large import")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask cluster")
    parser.add_argument(
        "--imports-only",
        action="store_true",
        help="only the two imports' peak memory (memory, unlike time, needs no quiet machine)",
    )
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="'all cores'")
    parser.add_argument(
        "--breakdown",
        type=int,
        default=200,
        metavar="ARTICLES",
        help="articles for the processor-time breakdown (0: none)",
    )
    parser.add_argument("--bare-child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--breakdown-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_child:
        bare_child(Path(args.bare_child[0]), int(args.bare_child[1]))
        return 0
    if args.breakdown_child:
        breakdown_child(Path(args.breakdown_child[0]), int(args.breakdown_child[1]))
        return 0
    if not SEED.is_file():
        print(f"needs the seed article at {SEED}", file=sys.stderr)
        return 1

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    one_thread = dict(env, OPENBLAS_NUM_THREADS="1")
    python = sys.executable
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "small").mkdir()
        corpus = generate_corpus(SEED, args.articles, work / "small")
        print(
            f"corpus: {args.articles:,} articles, {corpus.stat().st_size >> 10:,} KiB; "
            f"{os.cpu_count()} cores, 'all cores' = {args.jobs} jobs",
            flush=True,
        )

        def run(
            name: str, command: list[str], environment: dict[str, str], output: Path | None = None
        ) -> None:
            results[name] = measure(command, environment, output)
            print(
                f"  {name:34s} {results[name]['seconds']:7.1f} s  "
                f"peak {results[name]['peak_mib']:6.0f} MiB",
                flush=True,
            )

        me = [python, str(Path(__file__).resolve())]
        workbench = [python, "-m", "workbench"]
        if args.imports_only:
            run_imports(args, run, workbench, corpus, work)
            print_memory(args, results)
            return 0
        if args.breakdown:
            done = subprocess.run(
                [*me, "--breakdown-child", str(corpus), str(args.breakdown)],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            parts = json.loads(done.stdout.splitlines()[-1])
            bare_cpu = parts["bare nlp.pipe"]
            print(f"processor time of one process's analysis, first {args.breakdown} articles:")
            for name, seconds in parts.items():
                print(f"  {name:42s} {seconds:6.2f} s  {seconds / bare_cpu:5.2f}x bare")
        analyze = [*workbench, "analyze", str(corpus), "--format", "json"]
        run("bare spaCy, one process", [*me, "--bare-child", str(corpus), "1"], env)
        run(
            f"bare spaCy, n_process={args.jobs}",
            [*me, "--bare-child", str(corpus), str(args.jobs)],
            one_thread,
        )
        run("workbench analyze --jobs 1", [*analyze, "--jobs", "1"], env, work / "jobs1.json")
        run(f"workbench analyze (all cores: {args.jobs})", analyze, env, work / "all.json")
        if args.jobs != 2:
            run("workbench analyze --jobs 2", [*analyze, "--jobs", "2"], env, work / "jobs2.json")
        else:
            results["workbench analyze --jobs 2"] = results[
                f"workbench analyze (all cores: {args.jobs})"
            ]
        if not args.no_dask:
            from distributed import LocalCluster

            with LocalCluster(
                n_workers=2,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=50,
            ) as cluster:
                run(
                    "workbench analyze, Dask 2 workers",
                    [*analyze, "--scheduler", cluster.scheduler_address],
                    env,
                    work / "dask.json",
                )
        run_imports(args, run, workbench, corpus, work)

        same = (work / "jobs1.json").read_bytes() == (work / "all.json").read_bytes()
        if not args.no_dask:
            same = same and (work / "jobs1.json").read_bytes() == (work / "dask.json").read_bytes()
        print(
            f"JSON of --jobs 1, all cores{', Dask' if not args.no_dask else ''}: "
            f"{'identical' if same else 'DIFFERENT'}"
        )

    seconds = {name: result["seconds"] for name, result in results.items()}
    bare = seconds["bare spaCy, one process"]
    every = seconds[f"workbench analyze (all cores: {args.jobs})"]
    print(
        f"bare spaCy n_process={args.jobs} vs one process: "
        f"{bare / seconds[f'bare spaCy, n_process={args.jobs}']:.2f}x"
    )
    print(f"workbench all cores vs bare spaCy one process: {bare / every:.2f}x (target >= 1.7x)")
    print(f"workbench all cores vs --jobs 1: {seconds['workbench analyze --jobs 1'] / every:.2f}x")
    print(
        f"workbench --jobs 1 vs bare spaCy one process: "
        f"{bare / seconds['workbench analyze --jobs 1']:.2f}x"
    )
    if not args.no_dask:
        print(
            f"Dask 2 workers vs --jobs 2 throughput: "
            f"{seconds['workbench analyze --jobs 2'] / seconds['workbench analyze, Dask 2 workers']:.2f}x "
            f"({args.articles / seconds['workbench analyze, Dask 2 workers']:.1f} vs "
            f"{args.articles / seconds['workbench analyze --jobs 2']:.1f} articles/s)"
        )
    print_memory(args, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
