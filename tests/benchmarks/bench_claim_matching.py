"""Benchmark: claim groups on a corpus built from real articles with known reuse, and speed.

    PYTHONPATH=. /work/venv/bin/python tests/benchmarks/bench_claim_matching.py
        [--sizes 1000,2500,5000,10000,25000] [--runs 3] [--compare] [--no-translations]

Quality: every French sentence of ../shared/realdocs/fr-wikinews, html-fr and the seed is a
claim, and every English sentence of the html-bench pages that English-to-French translations
point at; 200 French ones are copied verbatim into 1-3 other synthetic articles; the
hand-written rewordings and translations of tests/data/claim_matching/rewordings.tsv are added. Each original
and its copies, rewordings and translations form one true group; all other sentences stand
alone. Printed: pair precision and recall, overall and per kind of reuse.

Speed: `find_groups` (same-language stage) on N claims made from the real sentences by a
seeded word-trigram chain (real French vocabulary and sentence lengths, no accidental copies),
10 % of them then copied or reworded; median of --runs per size, then the growth exponent
fitted on the measured sizes and the time extrapolated to 250,000 claims.
`--compare` also times the alternatives (all-pairs RapidFuzz, the multilingual encoder).
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import random
import statistics
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claim_sources import available, sentences_of, source_names

from workbench.core.corpus.grouping import find_groups
from workbench.core.corpus.matching import ClaimText
from workbench.core.corpus.translation import MultilingualEncoder

ROOT = Path(__file__).resolve().parents[2]
REWORDINGS = ROOT / "tests" / "data" / "claim_matching" / "rewordings.tsv"
VERBATIM_ORIGINALS = 200


def read_rewordings() -> list[tuple[str, int, str, str]]:
    rows = []
    with REWORDINGS.open(encoding="utf-8") as file:
        for row in csv.reader((line for line in file if not line.startswith("#")), delimiter="\t"):
            rows.append((row[0], int(row[1]), row[2], row[3]))
    return rows


def build_quality_corpus(
    with_translations: bool,
) -> tuple[list[ClaimText], dict[int, int], dict[int, str]]:
    """Claims, the true group of each claim id, and the kind of reuse each copy is."""
    rng = random.Random(16)
    claims: list[ClaimText] = []
    truth: dict[int, int] = {}
    kind: dict[int, str] = {}
    original_id: dict[tuple[str, int], int] = {}
    for name in source_names():
        for index, sentence in enumerate(sentences_of(name)):
            claim_id = len(claims) + 1
            claims.append(ClaimText(claim_id, sentence, "fr"))
            truth[claim_id] = claim_id
            kind[claim_id] = "original"
            original_id[(name, index)] = claim_id
    # English originals for the English-to-French translations: every sentence of those pages.
    rewordings = read_rewordings()
    for name in sorted({row[0] for row in rewordings if row[0].startswith("html-bench/")}):
        for index, sentence in enumerate(sentences_of(name)):
            claim_id = len(claims) + 1
            claims.append(ClaimText(claim_id, sentence, "en"))
            truth[claim_id] = claim_id
            kind[claim_id] = "original"
            original_id[(name, index)] = claim_id
    originals = [claim for claim in claims if claim.language == "fr"]
    for original in rng.sample(originals, VERBATIM_ORIGINALS):
        for _ in range(rng.randint(1, 3)):
            claim_id = len(claims) + 1
            claims.append(ClaimText(claim_id, original.text, "fr"))
            truth[claim_id], kind[claim_id] = original.id, "verbatim"
    for source, index, reuse, text in rewordings:
        if reuse == "translation" and not with_translations:
            continue
        claim_id = len(claims) + 1
        group = original_id[(source, index)]
        english_original = source.startswith("html-bench/")
        language = "fr" if reuse != "translation" or english_original else "en"
        claims.append(ClaimText(claim_id, text, language))
        truth[claim_id], kind[claim_id] = group, reuse
    rng.shuffle(claims)  # articles mix, as in a real corpus; ids stay as assigned
    return claims, truth, kind


def pair_scores(
    claims: list[ClaimText], truth: dict[int, int], kind: dict[int, str], groups: list[object]
) -> None:
    predicted: dict[int, int] = {}
    for group in groups:
        for claim_id in group.claim_ids:  # type: ignore[attr-defined]
            predicted[claim_id] = group.id  # type: ignore[attr-defined]
    members: dict[int, list[int]] = defaultdict(list)
    for claim in claims:
        members[truth[claim.id]].append(claim.id)
    true_pairs = {
        (min(a, b), max(a, b)) for ids in members.values() for a, b in combinations(ids, 2)
    }
    predicted_members: dict[int, list[int]] = defaultdict(list)
    for claim_id, group_id in predicted.items():
        predicted_members[group_id].append(claim_id)
    predicted_pairs = {
        (min(a, b), max(a, b))
        for ids in predicted_members.values()
        for a, b in combinations(ids, 2)
    }

    def reuse_of(pair: tuple[int, int]) -> str:
        kinds = {kind[pair[0]], kind[pair[1]]} - {"original"}
        for name in ("translation", "reword", "verbatim"):
            if name in kinds:
                return name
        return "original"

    print(
        f"claims: {len(claims)}, true groups of 2 or more: "
        f"{sum(1 for ids in members.values() if len(ids) > 1)}, predicted groups: {len(groups)}"
    )
    correct = true_pairs & predicted_pairs
    precision = len(correct) / len(predicted_pairs) if predicted_pairs else 1.0
    recall = len(correct) / len(true_pairs) if true_pairs else 1.0
    print(
        f"all reuse: pair precision {precision:.3f}, recall {recall:.3f} "
        f"({len(correct)} of {len(true_pairs)} true pairs, {len(predicted_pairs)} predicted)"
    )
    for name in ("verbatim", "reword", "translation"):
        wanted = {pair for pair in true_pairs if reuse_of(pair) == name}
        if not wanted:
            continue
        found = wanted & predicted_pairs
        # A wrong pair is charged to the kind of its copy; a pair of two originals to "original".
        wrong = {pair for pair in predicted_pairs - true_pairs if reuse_of(pair) == name}
        kind_precision = len(found) / (len(found) + len(wrong)) if found or wrong else 1.0
        print(
            f"  {name:<11} precision {kind_precision:.3f}, recall {len(found) / len(wanted):.3f}"
            f" ({len(found)} of {len(wanted)} pairs, {len(wrong)} wrong)"
        )
    wrong_originals = [
        pair for pair in predicted_pairs - true_pairs if reuse_of(pair) == "original"
    ]
    print(f"  pairs of two distinct real sentences grouped: {len(wrong_originals)}")
    texts = {claim.id: claim.text for claim in claims}
    for first, second in sorted(predicted_pairs - true_pairs)[:8]:
        print(f"    wrong: {texts[first][:90]!r}\n       ~ {texts[second][:90]!r}")
    for first, second in sorted(true_pairs - predicted_pairs)[:8]:
        print(f"    missed: {texts[first][:90]!r}\n        ~ {texts[second][:90]!r}")


def synthetic_claims(count: int, seed: int = 0) -> list[ClaimText]:
    """`count` sentence-like claims in real French words; 10 % copies or light rewordings."""
    rng = random.Random(seed)
    sentences = [sentence for name in source_names() for sentence in sentences_of(name)]
    chain: dict[tuple[str, str], list[str]] = defaultdict(list)
    starts: list[tuple[str, str]] = []
    for sentence in sentences:
        words = ["<s>", "<s>", *sentence.split(), "</s>"]
        starts.append((words[2], words[3]) if len(words) > 4 else ("<s>", "<s>"))
        for at in range(len(words) - 2):
            chain[(words[at], words[at + 1])].append(words[at + 2])
    claims: list[ClaimText] = []
    while len(claims) < count:
        if claims and rng.random() < 0.1:
            base = rng.choice(claims).text.split()
            if rng.random() < 0.5 and len(base) > 6:  # a light rewording: one word dropped
                del base[rng.randrange(len(base))]
            claims.append(ClaimText(len(claims) + 1, " ".join(base), "fr"))
            continue
        first, second = rng.choice(starts)
        words = [first, second]
        while len(words) < 60:
            following = chain.get((words[-2], words[-1]))
            if not following:
                break
            word = rng.choice(following)
            if word == "</s>":
                break
            words.append(word)
        claims.append(ClaimText(len(claims) + 1, " ".join(words), "fr"))
    return claims


def time_grouping(sizes: list[int], runs: int) -> None:
    print(
        f"\nspeed: find_groups, same-language stage (median of runs; load average before: "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )
    measured: list[tuple[int, float]] = []
    for size in sizes:
        claims = synthetic_claims(size)
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            groups = find_groups(claims)
            times.append(time.perf_counter() - started)
        median = statistics.median(times)
        measured.append((size, median))
        print(
            f"  {size:>7} claims: {median:7.2f} s  ({len(groups)} groups; runs "
            f"{', '.join(f'{t:.2f}' for t in times)})"
        )
    if len(measured) >= 2:
        xs = [math.log(size) for size, _ in measured]
        ys = [math.log(seconds) for _, seconds in measured]
        mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
        slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
            (x - mean_x) ** 2 for x in xs
        )
        size, seconds = measured[-1]
        print(
            f"  growth: time ~ N^{slope:.2f} (log-log fit); extrapolated 250,000 claims: "
            f"{seconds * (250_000 / size) ** slope:.1f} s"
        )


def compare_alternatives() -> None:
    from rapidfuzz import fuzz, process

    from workbench.core.corpus.text import fold

    print("\nalternatives (same machine, same run)")
    claims = synthetic_claims(5000)
    folded = [fold(claim.text) for claim in claims]
    started = time.perf_counter()
    process.cdist(
        folded, folded, scorer=fuzz.token_sort_ratio, score_cutoff=72, workers=2, dtype="uint8"
    )
    all_pairs = time.perf_counter() - started
    started = time.perf_counter()
    find_groups(claims)
    ours = time.perf_counter() - started
    print(
        f"  all-pairs RapidFuzz cdist on 5,000 claims (2 workers): {all_pairs:.2f} s, "
        f"quadratic: 25,000 claims ~{all_pairs * 25:.0f} s; MinHash LSH + check: {ours:.2f} s"
    )
    encoder = MultilingualEncoder()
    sample = [claim.text for claim in claims[:64]]
    encoder.encode(sample[:2])
    started = time.perf_counter()
    encoder.encode(sample[2:])
    per_sentence = (time.perf_counter() - started) / len(sample[2:])
    print(
        f"  multilingual USE: {per_sentence * 1000:.0f} ms a claim, so 25,000 claims "
        f"~{per_sentence * 25_000:.0f} s to encode before any comparison"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2500,5000,10000,25000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("--no-translations", action="store_true")
    args = parser.parse_args()
    if not available():
        print("needs ../shared/realdocs beside the project, which is absent")
        return 1
    claims, truth, kind = build_quality_corpus(not args.no_translations)
    started = time.perf_counter()
    encoder = None if args.no_translations else MultilingualEncoder()
    groups = find_groups(claims, encoder=encoder)
    print(
        f"quality corpus grouped in {time.perf_counter() - started:.1f} s "
        f"({'with' if encoder else 'without'} the translation stage)"
    )
    pair_scores(claims, truth, kind, groups)
    time_grouping([int(size) for size in args.sizes.split(",")], args.runs)
    if args.compare:
        compare_alternatives()
    return 0


if __name__ == "__main__":
    sys.exit(main())
