"""Speed and memory of claim detection on a 1,366-article corpus generated from the seed article.

    PYTHONPATH=. python tests/benchmarks/bench_detection.py [--model fr_core_news_sm] [--repeats 3]

Times, in the same run and alternating, bare `nlp.pipe` of the model (the same components, the
same paragraph-by-paragraph feeding) against the same pipeline with the claim components, and
prints medians, the overhead ratio, sentences per second and the peak resident memory. Also times
`Detector.score_sentences` on the English ClaimBuster sentences (blank English pipeline).
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import spacy

from workbench.core.detection import Detector
from workbench.core.detection.datasets import read_claimbuster
from workbench.core.detection.pipelines import add_claim_components, load_base
from workbench.core.importers import read_articles

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "samples" / "seed-article.txt"
ARTICLES = 1366
CHUNK = 300


def generate_corpus(seed_path: Path, articles: int, folder: Path) -> Path:
    """A corpus export of `articles` articles shaped like the seed: its paragraphs, reshuffled."""
    seed = read_articles(seed_path)[0]
    paragraphs = seed.text.split("\n")[1:]
    sentences = [s for s in seed.text.replace("\n", " ").split(". ") if s]
    chance = random.Random(1061)
    lines: list[str] = []
    for index in range(1, articles + 1):
        body = chance.sample(paragraphs, k=len(paragraphs))
        title = chance.choice(sentences).rstrip(".")[:120]
        lines += [
            f"{index}/{articles}",
            f"Date : {1 + index % 28:02d}-10-2024 20:32:03",
            f"{title} ;",
            *body,
            "|",
        ]
    path = folder / "corpus.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def peak_memory_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_pipe(nlp, paragraphs: list[str]) -> tuple[float, int]:
    started = time.perf_counter()
    sentences = 0
    for doc in nlp.pipe(paragraphs, batch_size=64):
        sentences += sum(1 for _ in doc.sents)
    return time.perf_counter() - started, sentences


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="French pipeline (default: the detector's)")
    parser.add_argument("--articles", type=int, default=ARTICLES)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    if not SEED.is_file():
        print(f"needs the seed article at {SEED}", file=sys.stderr)
        return 1

    detector = Detector(french_model=args.model)
    model = detector.model_name("fr")
    with tempfile.TemporaryDirectory() as folder:
        corpus = generate_corpus(SEED, args.articles, Path(folder))
        started = time.perf_counter()
        drafts = read_articles(corpus)
        print(
            f"corpus: {len(drafts)} articles, {corpus.stat().st_size // 1024} KiB, "
            f"read in {time.perf_counter() - started:.2f} s"
        )
    paragraphs = [p for draft in drafts for p in draft.text.split("\n") if p.strip()]
    print(
        f"model {model}; {len(paragraphs)} paragraphs; memory after reading: "
        f"{peak_memory_mib():.0f} MiB"
    )

    bare = load_base(model)
    full = add_claim_components(load_base(model))
    # The claim components need the parse (attribution, allegations); the parser is part of the
    # bare pipeline, and what it costs is timed against the same model without it.
    unparsed = spacy.load(model, exclude=["parser"]) if "parser" in bare.pipe_names else None
    if unparsed is not None and "senter" in unparsed.disabled:
        unparsed.enable_pipe("senter")
    print(f"bare pipeline: {bare.pipe_names}\nfull pipeline: {full.pipe_names}")
    time_pipe(bare, paragraphs[:200])  # warm both up: first calls allocate
    time_pipe(full, paragraphs[:200])
    if unparsed is not None:
        time_pipe(unparsed, paragraphs[:200])
    # The machine is noisy: time bare and full back to back on chunks of ~300 paragraphs,
    # alternating which goes first, so a slow spell hits both; quote medians of chunk ratios.
    chunks = [paragraphs[i : i + CHUNK] for i in range(0, len(paragraphs), CHUNK)]
    bare_times, full_times, unparsed_times, chunk_ratios = [], [], [], []
    sentence_count = 0
    for repeat in range(args.repeats):
        bare_total = full_total = unparsed_total = 0.0
        sentence_count = 0
        for number, chunk in enumerate(chunks):
            order = [(bare, "bare"), (full, "full")] + (
                [(unparsed, "unparsed")] if unparsed else []
            )
            if (number + repeat) % 2:
                order.reverse()
            seconds = {}
            for nlp, label in order:
                seconds[label], count = time_pipe(nlp, chunk)
                if label == "full":
                    sentence_count += count
            bare_total += seconds["bare"]
            full_total += seconds["full"]
            unparsed_total += seconds.get("unparsed", 0.0)
            chunk_ratios.append(seconds["full"] / seconds["bare"])
        bare_times.append(bare_total)
        full_times.append(full_total)
        unparsed_times.append(unparsed_total)
        print(
            f"  run {repeat + 1}: bare {bare_total:.2f} s, with claims {full_total:.2f} s "
            f"({full_total / bare_total:.3f}x)"
            + (f"; without the parser {unparsed_total:.2f} s" if unparsed else "")
        )
    bare_median = statistics.median(bare_times)
    full_median = statistics.median(full_times)
    ratios = [f / b for f, b in zip(full_times, bare_times, strict=True)]
    print(
        f"median bare nlp.pipe: {bare_median:.2f} s; with claim components: {full_median:.2f} s "
        f"(whole corpus, {len(paragraphs)} paragraphs)"
    )
    print(
        f"overhead of the claim components: median run ratio {statistics.median(ratios):.3f} "
        f"(+{(statistics.median(ratios) - 1) * 100:.1f} %), median of {len(chunk_ratios)} "
        f"chunk ratios {statistics.median(chunk_ratios):.3f}"
    )
    if unparsed is not None:
        parser_ratios = [b / u for b, u in zip(bare_times, unparsed_times, strict=False)]
        print(
            f"the parser's cost: bare with parser / bare without, median run ratio "
            f"{statistics.median(parser_ratios):.3f}; without the parser "
            f"{statistics.median(unparsed_times):.2f} s"
        )
    print(
        f"{sentence_count} claims; {sentence_count / full_median:.0f} sentences/s with claims, "
        f"{sentence_count / bare_median:.0f} sentences/s bare"
    )

    started = time.perf_counter()
    claims = sum(len(detector.analyze(draft.text, language="fr").claims) for draft in drafts)
    whole = time.perf_counter() - started
    print(
        f"Detector.analyze on all {len(drafts)} articles (model loaded): {whole:.2f} s, "
        f"{claims} claims, {len(drafts) / whole:.1f} articles/s"
    )

    crowdsourced = SHARED / "data" / "claimbuster" / "crowdsourced.csv"
    if crowdsourced.is_file():
        texts = [row.text for row in read_claimbuster(crowdsourced)]
        detector.score_sentences(texts[:500], language="en")
        started = time.perf_counter()
        detector.score_sentences(texts, language="en")
        english = time.perf_counter() - started
        started = time.perf_counter()
        french_texts = [s for p in paragraphs[:3000] for s in p.split(". ")]
        detector.score_sentences(french_texts, language="fr")
        french = time.perf_counter() - started
        print(
            f"score_sentences: English {len(texts) / english:.0f} sentences/s "
            f"({len(texts)} sentences, {detector.model_name('en')}); French "
            f"{len(french_texts) / french:.0f} sentences/s ({model})"
        )
    print(f"peak resident memory: {peak_memory_mib():.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
