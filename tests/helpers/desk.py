"""Projects for the desk tests: built without spaCy, parts given, states compared."""

from __future__ import annotations

from pathlib import Path

from workbench.core.desk.identities import entries
from workbench.core.desk.parts import give_part
from workbench.core.model import Analysis, ArticleDraft, DetectedClaim
from workbench.core.project.records import ClaimRecord
from workbench.core.project.store import Project

SENTENCES = [
    "Le chômage a baissé de 2 % en 2023.",
    "Selon l'Insee, 350 000 emplois ont été créés.",
    "Le ministre aurait menti au Parlement.",
]


def analysed(title: str) -> tuple[ArticleDraft, Analysis]:
    text = "\n".join(f"{sentence} ({title})" for sentence in SENTENCES)
    claims = []
    cursor = 0
    for line in text.split("\n"):
        claims.append(DetectedClaim(cursor, cursor + len(line), line, 0.8, True))
        cursor += len(line) + 1
    return ArticleDraft(title=title, text=text), Analysis("fr", "test", tuple(claims))


def make_project(path: Path, articles: int = 3) -> Path:
    with Project.create(path) as project:
        project.add_articles([analysed(f"Article {n}") for n in range(1, articles + 1)], "desk")
    return path


def claim_of(project: Project, article_title: str, number: int) -> ClaimRecord:
    article = next(a for a in project.articles() if a.title == article_title)
    return next(c for c in project.claims(article.id) if c.number == number)


def state(path: Path) -> dict[str, object]:
    """What a checker sees: every claim's verdict, rationale, dismissal, text and sources."""
    with Project.open(path, read_only=True) as project:
        uids = {row[0]: row[1] for row in project.file.db.execute("SELECT id, uid FROM claims")}
        claims = {
            uids[c.id]: (c.verdict, c.rationale, c.is_dismissed, c.text, c.start, c.end)
            for c in project.claims()
        }
        sources = sorted(
            tuple(row)
            for row in project.file.db.execute(
                "SELECT c.uid, s.uid, s.url, s.title FROM sources s JOIN claims c ON c.id = s.claim_id"
            )
        )
        return {"claims": claims, "sources": sources}


def entry_uids(path: Path) -> set[str]:
    with Project.open(path, read_only=True) as project:
        return set(entries(project.file.db))


def give(origin: Path, titles: list[str], part: Path, checker: str) -> Path:
    with Project.open(origin) as project:
        ids = [a.id for a in project.articles() if a.title in titles]
        return give_part(project, ids, part, checker=checker, who="chief")
