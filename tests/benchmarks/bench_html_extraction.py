"""Benchmark: the article text of real saved pages, Workbench's importer beside bare extractors.

    PYTHONPATH=. /work/venv/bin/python tests/benchmarks/bench_html_extraction.py [--only NAME]
        [--show-lost]

Pages: ../shared/realdocs/html-bench (the Article Extraction Benchmark, 181 pages and their
`articleBody`) and ../shared/realdocs/html-fr (French news pages with their expected text).
Scores are computed the benchmark's own way (scrapinghub/article-extraction-benchmark,
evaluate.py): the expected and the extracted text become multisets of 4-token shingles (tokens are
`\\w+` runs); per page, true positives, false positives and false negatives are counted and
normalised by their sum; precision and recall come from the sums over the pages. Boilerplate leak
is 1 - precision. A page has its article lost when its own recall is below 0.2. Time is the median
per page, measured in this run for every extractor on the same pages. "trafilatura + metadata"
is the extraction as the importer asks for it (metadata read, readers' comments left out),
without the importer's own work (decoding, whole-page text, code ranges, fallbacks).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import html as lxml_html

ROOT = Path(__file__).resolve().parents[2]
REALDOCS = ROOT.parent / "shared" / "realdocs"
LOST_RECALL = 0.2
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Page:
    name: str
    data: bytes
    expected: str
    url: str | None
    language: str


def bench_pages() -> Iterator[Page]:
    truth = json.loads((REALDOCS / "html-bench" / "ground-truth.json").read_text("utf-8"))
    for page_id, item in sorted(truth.items()):
        data = gzip.decompress(
            (REALDOCS / "html-bench" / "html" / f"{page_id}.html.gz").read_bytes()
        )
        yield Page(page_id[:12], data, item["articleBody"], item.get("url"), "mostly en")


def french_pages() -> Iterator[Page]:
    folder = REALDOCS / "html-fr"
    meta = json.loads((folder / "fundus-meta.info").read_text("utf-8"))
    for expected_file in sorted(folder.glob("fundus-*.json")):
        publisher = expected_file.stem.removeprefix("fundus-")
        versions = json.loads(expected_file.read_text("utf-8"))
        pages = sorted(folder.glob(f"fundus-{publisher}_*.html.gz"))
        # One expected version per saved page, in date order (V1, V1_1, ...).
        for page, version in zip(pages, sorted(versions), strict=False):
            expected = versions[version]
            body = expected["body"]
            parts = [*body.get("summary", [])]
            for section in body.get("sections", []):
                parts += section.get("headline", []) + section.get("paragraphs", [])
            info = meta.get(page.name.removeprefix("fundus-"), {})
            yield Page(
                page.name.removesuffix(".html.gz"),
                gzip.decompress(page.read_bytes()),
                "\n".join(parts),
                info.get("url"),
                "fr",
            )
    for source in sorted(folder.glob("readability-*-source.html")):
        stem = source.name.removesuffix("-source.html")
        expected_html = (folder / f"{stem}-expected.html").read_text("utf-8")
        expected = "\n".join(
            text.strip() for text in lxml_html.fromstring(expected_html).itertext() if text.strip()
        )
        yield Page(stem, source.read_bytes(), expected, None, "fr")


def _shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(
        tuple(tokens[i : i + size])
        for i in range(max(1, len(tokens) - size + 1))
        if tokens[i : i + size]
    )


def page_scores(expected: str, extracted: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page, as the benchmark's evaluate.py counts them."""
    truth, found = _shingles(expected), _shingles(extracted)
    tp = sum((truth & found).values())
    fp = sum((found - truth).values())
    fn = sum((truth - found).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


# -- extractors ----------------------------------------------------------------------------------

Extractor = Callable[[Page, Path], str]


def workbench_importer(page: Page, folder: Path) -> str:
    from workbench.core.importers import read_articles

    path = folder / f"{page.name}.html"
    path.write_bytes(page.data)
    return "\n".join(draft.text for draft in read_articles(path))


def trafilatura_bare(page: Page, folder: Path) -> str:
    import trafilatura

    return trafilatura.extract(page.data, url=page.url) or ""


def trafilatura_metadata(page: Page, folder: Path) -> str:
    import trafilatura

    # The same extraction plus the page's metadata (title, author, date...), as the importer asks.
    document = trafilatura.bare_extraction(
        page.data, url=page.url, with_metadata=True, include_comments=False
    )
    return (document.text or "") if document is not None else ""


def readability_bare(page: Page, folder: Path) -> str:
    from readability import Document

    summary = Document(page.data).summary(html_partial=True)
    return "\n".join(lxml_html.fromstring(summary).itertext()) if summary.strip() else ""


EXTRACTORS: dict[str, Extractor] = {
    "workbench importer": workbench_importer,
    "trafilatura 2 (bare)": trafilatura_bare,
    "trafilatura + metadata": trafilatura_metadata,
    "readability-lxml (bare)": readability_bare,
}


@dataclass
class Result:
    precision: float
    recall: float
    lost: list[str]
    median_ms: float
    pages: int


def run(extractor: Extractor, pages: list[Page], folder: Path) -> Result:
    sums = [0.0, 0.0, 0.0]
    lost: list[str] = []
    times: list[float] = []
    for page in pages:
        started = time.perf_counter()
        try:
            text = extractor(page, folder)
        except Exception as error:  # noqa: BLE001 - a failure is a lost page, reported by name
            text = ""
            print(f"  {page.name}: {type(error).__name__}: {error}", file=sys.stderr)
        times.append(time.perf_counter() - started)
        tp, fp, fn = page_scores(page.expected, text)
        sums = [sums[0] + tp, sums[1] + fp, sums[2] + fn]
        if tp + fn and tp / (tp + fn) < LOST_RECALL:
            lost.append(page.name)
    tp, fp, fn = sums
    return Result(
        tp / (tp + fp) if tp + fp else 0.0,
        tp / (tp + fn) if tp + fn else 0.0,
        lost,
        statistics.median(times) * 1000,
        len(pages),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=sorted(EXTRACTORS), action="append")
    parser.add_argument("--show-lost", action="store_true", help="name the pages lost")
    args = parser.parse_args()
    if not REALDOCS.is_dir():
        print(f"needs {REALDOCS}, which is absent", file=sys.stderr)
        return 2
    sets = {"html-bench": list(bench_pages()), "html-fr": list(french_pages())}
    chosen = args.only or list(EXTRACTORS)
    print(
        f"{'pages':<18}{'extractor':<26}{'recall':>8}{'precision':>10}{'leak':>7}"
        f"{'lost':>6}{'ms/page':>9}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for set_name, pages in sets.items():
            for name in chosen:
                result = run(EXTRACTORS[name], pages, Path(folder))
                print(
                    f"{set_name + f' ({result.pages})':<18}{name:<26}{result.recall:>8.3f}"
                    f"{result.precision:>10.3f}{1 - result.precision:>7.3f}"
                    f"{len(result.lost):>6}{result.median_ms:>9.1f}"
                )
                if args.show_lost and result.lost:
                    print(f"    lost: {', '.join(result.lost)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
