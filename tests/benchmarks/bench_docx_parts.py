"""Benchmark: which parts of real Word files each DOCX library brings into the text.

    PYTHONPATH=. /work/venv/bin/python tests/benchmarks/bench_docx_parts.py [--show-missing]

Files: ../shared/realdocs/docx (57 files made by Word, Google Docs, Pages and LibreOffice). The
expected items are read from each file's own XML: every paragraph of a header, footer, footnote,
endnote, comment, text box and content control, and every word inside a smart tag or a tracked
insertion. An item counts as reached when its text (white space collapsed) is in what the
library gives: its text, plus the comments for the libraries that give them beside the text
(docx2python's `comments`, Workbench's annotations; pandoc's markdown keeps them as spans).
"failed" counts files the library raised on (Workbench refuses the 5 with no text at all). Libraries: python-docx (the former importer: body and tables), mammoth (raw text),
docx2python, pandoc through pypandoc_binary (plain text, changes accepted), and Workbench's
importer (OOXML read with lxml). Libraries that are not installed are left out. Also printed:
whether the library gives comment authors and anchors and tracked-change authors, and the
median time per file.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
DOCX = ROOT.parent / "shared" / "realdocs" / "docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\u00ad", "")).strip()


def expected_items(path: Path) -> dict[str, list[str]]:
    """part -> the texts that part holds, read from the package's XML."""
    items: dict[str, list[str]] = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.endswith(".xml") or not name.startswith("word/"):
                continue
            try:
                root = etree.fromstring(
                    archive.read(name), etree.XMLParser(recover=True, resolve_entities=False)
                )
            except etree.XMLSyntaxError:
                continue
            if root is None:
                continue
            base = name.rsplit("/", 1)[-1]
            part = next(
                (
                    kind
                    for kind in ("header", "footer", "footnotes", "endnotes", "comments")
                    if base.startswith(kind)
                ),
                None,
            )
            if part is not None:
                for paragraph in root.iter(f"{W}p"):
                    note = next(paragraph.iterancestors(f"{W}footnote", f"{W}endnote"), None)
                    if note is not None and note.get(f"{W}type") not in (None, "normal"):
                        continue
                    text = _own_text(paragraph)
                    if len(text) > 3:
                        items.setdefault(part, []).append(text)
            for kind, tag in (("text boxes", "txbxContent"), ("content controls", "sdtContent")):
                for box in root.iter(f"{W}{tag}"):
                    if any(a.tag.endswith("Fallback") for a in box.iterancestors()):
                        continue
                    for paragraph in box.iter(f"{W}p"):
                        text = _own_text(paragraph)
                        if len(text) > 3:
                            items.setdefault(kind, []).append(text)
            for kind, tag in (("smart tags", "smartTag"), ("insertions", "ins")):
                for node in root.iter(f"{W}{tag}"):
                    text = _norm("".join(t.text or "" for t in node.iter(f"{W}t")))
                    if text:
                        items.setdefault(kind, []).append(text)
    return items


def _own_text(paragraph: etree._Element) -> str:
    """A paragraph's own text: not that of paragraphs nested in it (text boxes), nor the VML
    copy of a drawing (mc:Fallback)."""
    return _norm(
        "".join(
            t.text or ""
            for t in paragraph.iter(f"{W}t")
            if next(t.iterancestors(f"{W}p"), None) is paragraph
            and not any(str(a.tag).endswith("Fallback") for a in t.iterancestors())
        )
    )


# -- libraries ------------------------------------------------------------------------------------


def python_docx(path: Path) -> str:
    import docx
    from docx.table import Table

    document = docx.Document(str(path))
    lines: list[str] = []

    def block(item: object) -> None:
        if isinstance(item, Table):
            for row in item.rows:
                for cell in row.cells:
                    for inner in cell.iter_inner_content():
                        block(inner)
        else:
            lines.append(getattr(item, "text", ""))

    for item in document.iter_inner_content():
        block(item)
    return "\n".join(lines)


def mammoth_raw(path: Path) -> str:
    import mammoth

    with path.open("rb") as file:
        return str(mammoth.extract_raw_text(file).value)


def docx2python_text(path: Path) -> str:
    from docx2python import docx2python

    with docx2python(str(path)) as document:
        # Comments come beside the text: (anchor text, author, date, comment text).
        return "\n".join([str(document.text), *(str(c[3]) for c in document.comments)])


def pandoc_plain(path: Path) -> str:
    import pypandoc

    # --track-changes=all keeps comments (as spans) and changes: its richest output.
    return str(
        pypandoc.convert_file(
            str(path), "markdown", extra_args=["--track-changes=all", "--wrap=none"]
        )
    )


def workbench_importer(path: Path) -> str:
    from workbench.core.importers import read_articles

    articles = read_articles(path)
    comments = [a.text for article in articles for a in article.annotations if a.kind == "comment"]
    return "\n".join([*(article.text for article in articles), *comments])


LIBRARIES: dict[str, Callable[[Path], str]] = {
    "python-docx (before)": python_docx,
    "mammoth": mammoth_raw,
    "docx2python": docx2python_text,
    "pandoc": pandoc_plain,
    "workbench (lxml)": workbench_importer,
}
# What each library gives beyond text, from its documented API (checked in the run for ours).
METADATA = {
    "python-docx (before)": "comments (1.2+) without anchors; no tracked changes",
    "mammoth": "comments with anchors only in HTML; changes accepted, no authors",
    "docx2python": "comments with author/date, no offsets; no change authors",
    "pandoc": "comments and changes as spans (author, date), no offsets; 100 MB binary",
    "workbench (lxml)": "comments and changes with author, date and offsets in the text",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show-missing", action="store_true")
    args = parser.parse_args()
    if not DOCX.is_dir():
        print(f"needs {DOCX}, which is absent", file=sys.stderr)
        return 2
    files = sorted(DOCX.glob("*.docx"))
    expected = {path: expected_items(path) for path in files}
    parts = sorted({part for items in expected.values() for part in items})
    print(
        f"{len(files)} files; expected items per part: "
        + ", ".join(
            f"{part} {sum(len(items.get(part, [])) for items in expected.values())}"
            for part in parts
        )
    )
    print(
        f"{'library':<22}"
        + "".join(f"{part[:11]:>12}" for part in parts)
        + f"{'failed':>8}{'ms/file':>9}"
    )
    for name, library in LIBRARIES.items():
        try:
            library(files[0])
        except ImportError:
            print(f"{name:<22} (not installed)")
            continue
        except Exception:  # noqa: BLE001 - a failing first file is counted below
            pass
        reached = dict.fromkeys(parts, 0)
        failed = 0
        times: list[float] = []
        missing: list[str] = []
        for path in files:
            started = time.perf_counter()
            try:
                text = _norm(library(path))
            except Exception:  # noqa: BLE001 - a file the library cannot read reaches nothing
                text = ""
                failed += 1
            times.append(time.perf_counter() - started)
            for part, items in expected[path].items():
                for item in items:
                    if item in text:
                        reached[part] += 1
                    elif args.show_missing:
                        missing.append(f"{path.name} {part}: {item[:60]}")
        totals = {
            part: sum(len(items.get(part, [])) for items in expected.values()) for part in parts
        }
        print(
            f"{name:<22}"
            + "".join(f"{f'{reached[p]}/{totals[p]}':>12}" for p in parts)
            + f"{failed:>8}{statistics.median(times) * 1000:>9.1f}"
        )
        for line in missing:
            print(f"    missing: {line}")
    print()
    for name, what in METADATA.items():
        print(f"{name:<22} {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
