"""An article and its revisions for the revision tests, with a stand-in detector."""

from __future__ import annotations

import re

from workbench.core.model import Analysis, ArticleDraft, Atom, AtomKind, DetectedClaim
from workbench.core.project import Project
from workbench.core.revisions import import_revision

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")

TITLE = "Urgences : l'hôpital de Vernay ferme la nuit"
P1 = (
    "Le service des urgences fermera de 20 heures à 8 heures à partir du 1er novembre. "
    "Il manque sept médecins urgentistes sur quinze postes. "
    "Les patients seront orientés vers Saint-Aubin, à 45 kilomètres."
)
P2 = (
    "Le directeur, Marc Lefèvre, explique que les intérimaires coûtent 2 000 euros par garde. "
    "Le ministère aurait refusé une dérogation demandée en septembre."
)
P3 = "Une pétition a recueilli plus de 8 000 signatures en une semaine."
TEXT = f"{TITLE}\n{P1}\n{P2}\n{P3}"


def fake_analysis(text: str, language: str = "fr") -> Analysis:
    """Every sentence is a claim; numbers are atoms. Stands in for the real detector."""
    claims = []
    for match in _SENTENCE.finditer(text):
        raw = match.group()
        start = match.start() + len(raw) - len(raw.lstrip())
        end = match.end()
        if start >= end:
            continue
        atoms = tuple(
            Atom(start + number.start(), start + number.end(), AtomKind.NUMBER, number.group())
            for number in re.finditer(r"\d[\d ]*\d|\d", text[start:end])
        )
        claims.append(DetectedClaim(start, end, text[start:end], 0.6, True, atoms=atoms))
    return Analysis(language, "fake-sentences", tuple(claims))


def add_article(project: Project, text: str = TEXT, title: str = TITLE) -> int:
    return project.add_articles([(ArticleDraft(title, text), fake_analysis(text))])[0]


def claim_with(project: Project, article_id: int, start_of_text: str) -> int:
    for claim in project.claims(article_id):
        if claim.text.startswith(start_of_text):
            return claim.id
    raise AssertionError(f"no claim starting with {start_of_text!r}")


def revise(project: Project, article_id: int, new_text: str, title: str = TITLE) -> object:
    draft = ArticleDraft(title, new_text, source_path="draft-v2.txt")
    return import_revision(project, article_id, draft, fake_analysis(new_text), who="claire")
