"""Which article of a project a newly read draft is most likely a revision of."""

from __future__ import annotations

from rapidfuzz import fuzz

from workbench.core.model import ArticleDraft
from workbench.core.project import Project

# Weights of the title and of the text in the similarity; the text says more, titles get reworded.
TITLE_WEIGHT = 0.3
# Below this similarity (0-1) an article is not proposed at all.
MIN_SIMILARITY = 0.5


def suggest_matches(
    project: Project, draft: ArticleDraft, limit: int = 5
) -> list[tuple[int, float]]:
    """The articles the draft may revise, as (article_id, similarity 0-1), most similar first.

    A proposal only: the checker confirms the choice before anything is recorded.
    """
    title = draft.title.casefold()
    words = draft.text.split()
    scored = []
    for article_id, other_title, other_text in project.file.db.execute(
        "SELECT id, title, text FROM articles"
    ).fetchall():
        title_similarity = fuzz.ratio(title, str(other_title).casefold()) / 100
        # Indel similarity over words: a revision keeps most of its words in order, while two
        # unrelated articles in one language still share ~40 % of characters but few word runs.
        text_similarity = fuzz.ratio(words, str(other_text).split()) / 100
        similarity = TITLE_WEIGHT * title_similarity + (1 - TITLE_WEIGHT) * text_similarity
        if similarity >= MIN_SIMILARITY:
            scored.append((int(article_id), round(similarity, 3)))
    scored.sort(key=lambda item: (-item[1], item[0]))
    return scored[:limit]
