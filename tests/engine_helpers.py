"""Helpers of the analysis engine tests, importable by a spawned worker or a script: a corpus
writer, the JSON that compares results exactly, and stand-in work for worker processes (tests
about processes, a cancel or a worker that always dies, need no spaCy pipeline)."""

from __future__ import annotations

import json
import os
import random
import time
from dataclasses import asdict
from pathlib import Path

from workbench.core.importers import ImportFailure, read_articles
from workbench.core.model import Analysis

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLE = PROJECT_ROOT / "resources" / "samples" / "exemple-article.txt"


def write_corpus(folder: Path, articles: int, seed: int = 17) -> Path:
    """A corpus export of `articles` articles made from the sample's paragraphs, reshuffled."""
    paragraphs = [p for draft in read_articles(SAMPLE) for p in draft.text.split("\n")[1:]]
    chance = random.Random(seed)
    lines: list[str] = []
    for index in range(1, articles + 1):
        body = chance.sample(paragraphs, k=chance.randint(2, len(paragraphs)))
        lines += [
            f"{index}/{articles}",
            f"Date : {1 + index % 28:02d}-03-2025 09:15:00",
            f"Article numéro {index} ;",
            *body,
            "|",
        ]
    path = folder / "corpus.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def as_json(results: list[object]) -> str:
    """What `workbench analyze --format json` would say of them, for exact comparison."""
    rows = []
    for item in results:
        if isinstance(item, ImportFailure):
            rows.append({"failure": str(item)})
        else:
            draft, analysis = item  # type: ignore[misc]
            rows.append({"title": draft.title, "analysis": asdict(analysis)})
    return json.dumps(rows, ensure_ascii=False, sort_keys=True)


def start_nothing(model: str | None, threshold: float | None, parent_pid: int) -> None:
    """An initializer that loads nothing."""


def die(texts: list[str]) -> list[Analysis]:
    os._exit(9)


def slow_analysis(texts: list[str]) -> list[Analysis]:
    time.sleep(0.2)
    return [Analysis(language="fr", model="slow", claims=()) for _ in texts]


def report_jobs(answers: object) -> None:
    """In a daemon process: how many jobs an engine would start there."""
    from workbench.core.analysis import default_jobs

    answers.put(default_jobs())  # type: ignore[attr-defined]
