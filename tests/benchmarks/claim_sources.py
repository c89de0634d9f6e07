"""Real sentences for the claim-matching benchmark, read in place from ../shared.

A sentence is named by the file it comes from and its index in that file's sentences as
`sentences_of` splits them, so the hand-written rewordings and translations in
tests/data/claim_matching/ point at real text without copying it into the project.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
REALDOCS = SHARED / "realdocs"

_PARAGRAPH = re.compile(r"<(p|h2)>(.*?)</\1>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
# A sentence ends at . ! ? or a closing quote after one, before a capital or a quote mark.
_SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[«\"A-ZÀ-ÖØ-Þ0-9])")
MIN_CHARS = 40


def _split(paragraphs: list[str]) -> list[str]:
    sentences: list[str] = []
    for paragraph in paragraphs:
        paragraph = " ".join(paragraph.replace("\xad", "").split())
        for sentence in _SENTENCE_END.split(paragraph):
            if len(sentence) >= MIN_CHARS:
                sentences.append(sentence)
    return sentences


def _wikinews(path: Path) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    return [html.unescape(_TAG.sub("", match.group(2))) for match in _PARAGRAPH.finditer(raw)]


def _fundus(path: Path) -> list[str]:
    record = next(iter(json.loads(path.read_text(encoding="utf-8")).values()))
    body = record["body"]
    paragraphs = list(body.get("summary", []))
    for section in body.get("sections", []):
        paragraphs.extend(section.get("paragraphs", []))
    return paragraphs


def _seed(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines[3:] if line.strip() and line.strip() != "|"]


def _html_bench(identifier: str) -> list[str]:
    truth = json.loads((REALDOCS / "html-bench" / "ground-truth.json").read_text("utf-8"))
    return str(truth[identifier]["articleBody"]).split("\n")


def source_names() -> list[str]:
    """Every French source: the Wikinews articles, the French news pages, the seed."""
    names = [
        f"fr-wikinews/{path.name}" for path in sorted((REALDOCS / "fr-wikinews").glob("*.html"))
    ]
    names += [
        f"html-fr/{path.name}" for path in sorted((REALDOCS / "html-fr").glob("fundus-*.json"))
    ]
    names.append("seed")
    return names


def sentences_of(name: str) -> list[str]:
    if name == "seed":
        return _split(_seed(SHARED / "samples" / "seed-article.txt"))
    if name.startswith("html-bench/"):
        return _split(_html_bench(name.removeprefix("html-bench/")))
    path = REALDOCS / name
    if name.startswith("fr-wikinews/"):
        return _split(_wikinews(path))
    return _split(_fundus(path))


def available() -> bool:
    return (REALDOCS / "fr-wikinews").is_dir() and (SHARED / "samples").is_dir()
