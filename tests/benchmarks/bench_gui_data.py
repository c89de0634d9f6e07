"""A corpus-sized project for the window's benchmarks and screenshots, built with the store API.

The seed article is analysed once by the real detector; each of the 1,366 articles is that text
with its own title and a closing line, so claims keep their offsets and every text differs.
Run as a script to write one: `python tests/benchmarks/bench_gui_data.py OUT.wbproj`.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from workbench.core.importers import read_articles
from workbench.core.model import Analysis, ArticleDraft, Verdict
from workbench.core.project import Project
from workbench.core.resources import sample_article

SEED = ROOT.parent / "shared" / "samples" / "seed-article.txt"
_SUBJECTS = (
    "Le gouvernement",
    "La mairie de Lyon",
    "Le Kremlin",
    "La Commission européenne",
    "SpaceX",
    "Le ministère de la Défense",
    "L'Insee",
    "Le Sénat",
    "La SNCF",
    "L'OMS",
    "Elon Musk",
    "Le Conseil constitutionnel",
    "La Banque de France",
    "Kiev",
    "Washington",
)
_PREDICATES = (
    "annonce un plan de 3 milliards",
    "serait en contact avec Moscou",
    "dément les chiffres",
    "promet 10 000 emplois d'ici 2027",
    "publie son rapport annuel",
    "aurait financé une campagne",
    "revoit sa prévision de croissance",
    "conteste la décision",
    "prépare une réforme",
)


def seed_draft() -> ArticleDraft:
    path = SEED if SEED.is_file() else sample_article()
    return read_articles(path)[0]


def analyse_seed(draft: ArticleDraft) -> Analysis:
    from workbench.core.detection import Detector

    return Detector().analyze(draft.text)


def build_corpus_project(
    path: Path, articles: int = 1366, analysis: Analysis | None = None, checked_articles: int = 60
) -> tuple[int, int]:
    """Write the project; returns (articles, claims). Some early articles get verdicts."""
    draft = seed_draft()
    analysis = analysis or analyse_seed(draft)
    rng = random.Random(1366)
    items = []
    for index in range(1, articles + 1):
        title = f"{rng.choice(_SUBJECTS)} {rng.choice(_PREDICATES)} ({index}/{articles})"
        text = f"{draft.text}\nDépêche n° {index:04d}."
        items.append((replace(draft, title=title, text=text, metadata={"index": index}), analysis))
    with Project.create(path) as project:
        for start in range(0, len(items), 200):
            project.add_articles(items[start : start + 200], who="generator")
        verdicts = [Verdict.CONFIRMED, Verdict.DENIED, Verdict.UNVERIFIED]
        for article in project.articles()[:checked_articles]:
            claims = project.claims(article.id)
            for claim in claims[: rng.randint(0, len(claims))]:
                project.set_verdict(claim.id, rng.choice(verdicts), "Camille")
        return len(project.articles()), len(project.claims())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--articles", type=int, default=1366)
    args = parser.parse_args()
    args.output.unlink(missing_ok=True)
    count, claims = build_corpus_project(args.output, args.articles)
    print(f"{args.output}: {count} articles, {claims} claims")


if __name__ == "__main__":
    main()
