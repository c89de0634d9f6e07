"""Synthetic projects for the project-file tests and benchmarks: no spaCy, deterministic."""

from __future__ import annotations

import random
from pathlib import Path

from workbench.core.model import (
    Analysis,
    ArticleDraft,
    Atom,
    AtomKind,
    ClaimType,
    DetectedClaim,
)
from workbench.core.project import Project

_WORDS = [
    "le",
    "gouvernement",
    "a",
    "annoncé",
    "selon",
    "ministre",
    "budget",
    "hausse",
    "baisse",
    "pour",
    "cent",
    "millions",
    "euros",
    "entreprise",
    "aurait",
    "déclaré",
    "rapport",
    "enquête",
    "région",
    "Paris",
    "Lyon",
    "président",
    "conseil",
    "année",
    "chômage",
    "croissance",
    "élection",
    "député",
    "sénat",
    "accord",
    "tribunal",
    "police",
    "société",
]


def synthetic_article(rng: random.Random, index: int, claims: int) -> tuple[ArticleDraft, Analysis]:
    """One article of `claims` sentences that are claims, among as many that are not."""
    title = f"Article {index} : {' '.join(rng.choices(_WORDS, k=6))}"
    parts = [title + " ;", "\n"]
    offset = len(title) + 3
    detected: list[DetectedClaim] = []
    for number in range(claims * 2):
        sentence = (
            " ".join(rng.choices(_WORDS, k=rng.randint(12, 28))).capitalize()
            + f" de {rng.randint(2, 99)} % en {rng.randint(1990, 2025)}."
        )
        if number % 2 == 0:
            figure = sentence.index(" de ") + 4
            detected.append(
                DetectedClaim(
                    start=offset,
                    end=offset + len(sentence),
                    text=sentence,
                    score=round(rng.random(), 3),
                    checkworthy=True,
                    types=(ClaimType.QUANTITY, ClaimType.DATE),
                    reasons=("number", "date"),
                    atoms=(
                        Atom(
                            offset + figure,
                            offset + figure + 2,
                            AtomKind.NUMBER,
                            sentence[figure : figure + 2],
                        ),
                    ),
                )
            )
        separator = "\n" if number % 6 == 5 else " "
        parts.append(sentence + separator)
        offset += len(sentence) + 1
    text = "".join(parts)
    draft = ArticleDraft(title=title, text=text, metadata={"index": index})
    return draft, Analysis(language="fr", model="synthetic", claims=tuple(detected))


def build_project(path: Path, articles: int, claims_total: int, seed: int = 0) -> Path:
    """A project of `articles` articles holding `claims_total` claims between them."""
    rng = random.Random(seed)
    per_article, extra = divmod(claims_total, articles)
    with Project.create(path) as project:
        batch: list[tuple[ArticleDraft, Analysis]] = []
        for index in range(articles):
            batch.append(synthetic_article(rng, index + 1, per_article + (index < extra)))
            if len(batch) == 200:
                project.add_articles(batch, who="generator")
                batch = []
        if batch:
            project.add_articles(batch, who="generator")
    return path
