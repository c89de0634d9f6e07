"""Language identification on real documents: langdetect alone against the function-word fast
path that spares it (workbench.core.language.unmistakable_language), in one run.

    PYTHONPATH=. /work/venv/bin/python tests/benchmarks/bench_language.py

Reads ../shared/realdocs (Wikinews, the article-extraction pages, the French news pages), blocks of
30 lines of the labelled sets in ../shared/data, and the seed. Prints the processor time of each,
how many texts the fast path decides, and every text where its answer differs from langdetect's.
"""

from __future__ import annotations

import gzip
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from workbench.core import language
from workbench.core.importers import ImportFailure, read_articles

SHARED = ROOT.parent / "shared"


def texts() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    realdocs = SHARED / "realdocs"
    files = [
        *sorted(realdocs.glob("fr-wikinews/*")),
        *sorted(realdocs.glob("html-bench/html/*.html.gz")),
        *sorted(realdocs.glob("html-fr/*.html.gz")),
    ]
    with tempfile.TemporaryDirectory() as folder:
        for path in files:
            if path.suffix == ".gz":
                unpacked = Path(folder) / path.name[: -len(".gz")]
                unpacked.write_bytes(gzip.decompress(path.read_bytes()))
                path = unpacked
            try:
                found.extend((path.name, draft.text) for draft in read_articles(path))
            except ImportFailure as error:
                print(f"skipped {path.name}: {error}")
    for path in sorted((SHARED / "data").rglob("*")):
        if path.is_file() and path.suffix in {".tsv", ".csv", ".txt"}:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            for start in range(0, min(len(lines), 3000), 30):
                found.append((f"{path.name}:{start}", " ".join(lines[start : start + 30])))
    found.append(("seed", (SHARED / "samples" / "seed-article.txt").read_text(encoding="utf-8")))
    return found


def main() -> int:
    if not SHARED.is_dir():
        sys.exit(f"{SHARED} is missing: this benchmark reads the shared real documents")
    corpus = texts()
    fast_path = language.unmistakable_language
    language.unmistakable_language = lambda sample: None  # type: ignore[assignment]
    started = time.process_time()
    slow = [language.detect_language(text) for _, text in corpus]
    slow_s = time.process_time() - started
    language.unmistakable_language = fast_path  # type: ignore[assignment]
    started = time.process_time()
    fast = [fast_path(language.language_sample(text)) for _, text in corpus]
    fast_s = time.process_time() - started
    decided = sum(answer is not None for answer in fast)
    wrong = [
        (name, answer, expected)
        for (name, _), answer, expected in zip(corpus, fast, slow, strict=True)
        if answer is not None and answer != expected
    ]
    print(f"{len(corpus)} texts; langdetect says {dict(Counter(slow).most_common())}")
    print(f"langdetect alone      {slow_s:7.3f} s processor time")
    print(f"fast path             {fast_s:7.3f} s, decides {decided} of {len(corpus)}")
    print(f"fast path != langdetect: {len(wrong)}")
    for name, answer, expected in wrong:
        print(f"  {name}: fast path {answer}, langdetect {expected}")
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
