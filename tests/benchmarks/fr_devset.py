"""The French development set: labels kept in tests/data/fr_devset/, texts read from ../shared.

Every real item names a shared file and a character range in that file's *raw text* (see
`raw_text`); its text is that range cleaned the way its format needs (`clean`). Written items
(sentences we wrote for the traps of issue 13) carry their own text and are never mixed with the
real ones. See tests/data/fr_devset/README.md for the labelling rules.

    PYTHONPATH=. python tests/benchmarks/fr_devset.py candidates fr-wikinews/43971.html
"""

from __future__ import annotations

import functools
import gzip
import html
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
REALDOCS = SHARED / "realdocs"
DEVSET = ROOT / "tests" / "data" / "fr_devset"
SEED_NAME = "samples/seed-article.txt"

_TAG = re.compile(r"<[^>]*>")
_ASCII_SPACE = re.compile(r"[ \t\r\n]+")


def shared_path(name: str) -> Path:
    """`fr-wikinews/x.html` -> ../shared/realdocs/...; `samples/...` -> ../shared/samples/..."""
    return SHARED / name if name.startswith("samples/") else REALDOCS / name


@functools.cache
def raw_text(name: str) -> str:
    """The text offsets count in: the file decoded as UTF-8 (gunzipped for .gz); for a PDF, the
    output of `pdftotext -raw` (poppler), the text layer in reading order."""
    path = shared_path(name)
    if name.endswith(".pdf"):
        return subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    data = path.read_bytes()
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8")


def clean(name: str, piece: str) -> str:
    """A raw range as a reader sees it: HTML tags dropped and entities decoded, JSON string
    escapes decoded, PDF line breaks read as spaces. No-break and thin spaces are kept."""
    if name.endswith((".html", ".html.gz")):
        piece = html.unescape(_TAG.sub("", piece))
        return _ASCII_SPACE.sub(" ", piece).strip()
    if name.endswith(".json"):
        return str(json.loads(f'"{piece}"'))
    if name.endswith(".pdf"):
        return _ASCII_SPACE.sub(" ", piece).strip()
    return piece


@dataclass
class Item:
    """One labelled unit: a sentence, a title or a non-prose line."""

    id: str
    document: str  # the source article: items are split dev/held-out by it
    text: str
    kind: str  # "sentence", "title" or "line" (non-prose)
    split: str  # "dev" or "heldout"
    origin: str  # "real" or "written"
    checkworthy: bool
    non_prose: bool = False
    allegation: str | None = None  # the verb, when the sentence is an allegation
    attribution: bool = False
    source: str | None = (
        None  # the source as written; "unresolved" for a pronoun with no sure referent
    )
    source_also: list[str] = field(default_factory=list)  # other readings as right (an apposition)
    numbers: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    paragraph: int = 0  # items of one document with the same number share a paragraph
    note: str = ""


def load(part: str = "all") -> list[Item]:
    """Items of `real.jsonl` and `written.jsonl` (part "real", "written" or "all")."""
    items: list[Item] = []
    names = {"real": ["real.jsonl"], "written": ["written.jsonl"]}.get(
        part, ["real.jsonl", "written.jsonl"]
    )
    for file_name in names:
        for number, line in enumerate((DEVSET / file_name).read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if "text" in record:
                text = record["text"]
            else:
                name = record["file"]
                text = clean(name, raw_text(name)[record["start"] : record["end"]])
                quote = record.get("quote", "")
                if quote and not text.startswith(quote):
                    raise ValueError(
                        f"{file_name}:{number}: {name} [{record['start']}:"
                        f"{record['end']}] reads {text[:40]!r}, not {quote!r}"
                    )
            for span in record.get("numbers", []) + record.get("dates", []):
                if span not in text:
                    raise ValueError(f"{file_name}:{number}: span {span!r} not in {text!r}")
            items.append(
                Item(
                    id=record["id"],
                    document=record["document"],
                    text=text,
                    kind=record["kind"],
                    split=record["split"],
                    origin="written" if file_name == "written.jsonl" else "real",
                    checkworthy=record["checkworthy"],
                    non_prose=record.get("non_prose", False),
                    allegation=record.get("allegation"),
                    attribution=record.get("attribution", False),
                    source=record.get("source"),
                    source_also=record.get("source_also", []),
                    numbers=record.get("numbers", []),
                    dates=record.get("dates", []),
                    paragraph=record.get("paragraph", 0),
                    note=record.get("note", ""),
                )
            )
    return items


# --- Candidate units for labelling (not used by the evaluation) -------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?…])((?:[ \u00a0\u202f]?[»”\"])?)\s+(?=[«“\"A-ZÀ-ÖØ-Þ0-9])")
_ABBREVIATION = re.compile(r"(?:\b(?:M|MM|Mme|Mlle|Dr|St|av|J\.-C|etc|n°|p)|\b[A-Z])\.$")


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text[start : match.start()]):
            continue
        yield start, match.end(1)
        start = match.end()
    if start < len(text.rstrip()):
        yield start, len(text.rstrip())


def candidates(
    name: str, pattern: str = r"<(h1|h2|p)>(.*?)</\1>"
) -> Iterator[tuple[int, int, str]]:
    """Sentences of an HTML file's h1/h2/p elements (untagged text only), with raw offsets."""
    raw = raw_text(name)
    for match in re.finditer(pattern, raw, re.DOTALL):
        body_start = match.start(2)
        body = match.group(2)
        if "<" in body or "&" in body:
            yield body_start, match.end(2), clean(name, body)
            continue
        for start, end in split_sentences(body):
            yield body_start + start, body_start + end, body[start:end]


def json_candidates(name: str) -> Iterator[tuple[int, int, str]]:
    """Sentences of a fundus JSON file's strings (title, summary, paragraphs), with raw offsets."""
    raw = raw_text(name)
    for match in re.finditer(r'"((?:[^"\\\n]|\\.)*)"', raw):
        body = match.group(1)
        if len(body) < 20 or " " not in body:
            continue
        for start, end in split_sentences(body):
            yield match.start(1) + start, match.start(1) + end, clean(name, body[start:end])


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "candidates":
        for file_name in sys.argv[2:]:
            rows = (
                json_candidates(file_name) if file_name.endswith(".json") else candidates(file_name)
            )
            for row_start, row_end, row_text in rows:
                print(f"{file_name}\t{row_start}\t{row_end}\t{row_text}")
    else:
        for item in load():
            print(item.id, item.split, item.kind, item.text[:80])
