"""Projects for the corpus tests: articles whose every sentence is a claim, no detector needed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from workbench.core.model import Analysis, ArticleDraft, Atom, AtomKind, DetectedClaim
from workbench.core.project import Project

_SENTENCE = re.compile(r"[^.!?]+[.!?]")


def analysis_of(text: str, language: str = "fr", names: Sequence[str] = ()) -> Analysis:
    """Each sentence a claim; each of `names` found in a sentence an atom (a person)."""
    claims = []
    for match in _SENTENCE.finditer(text):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        end = match.end()
        sentence = text[start:end]
        atoms = tuple(
            Atom(start + found.start(), start + found.end(), AtomKind.PERSON, name)
            for name in names
            for found in re.finditer(re.escape(name), sentence)
        )
        claims.append(DetectedClaim(start, end, sentence, 0.8, True, atoms=atoms))
    return Analysis(language=language, model="test", claims=tuple(claims))


def make_project(
    path: Path,
    articles: Sequence[tuple[str, str]] | Sequence[tuple[str, str, str]],
    names: Sequence[str] = (),
) -> Project:
    """A new project holding `articles`, each (title, text) or (title, text, language)."""
    project = Project.create(path)
    items = []
    for article in articles:
        title, text = article[0], article[1]
        language = article[2] if len(article) > 2 else "fr"
        items.append((ArticleDraft(title=title, text=text), analysis_of(text, language, names)))
    project.add_articles(items, who="import")
    return project
