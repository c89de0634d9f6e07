"""A revision's metadata: the new file's offsets and notices only, the article's identity kept."""

from __future__ import annotations

from helpers.revisions import TEXT, TITLE, fake_analysis

from workbench.core.importers import page_at, revised_metadata
from workbench.core.model import ArticleDraft
from workbench.core.project import Project
from workbench.core.revisions import import_revision

PDF_METADATA = {
    "format": "pdf",
    "index": 38,
    "author": "Mairie de Vernay",
    "pages": [{"page": 1, "label": "12", "start": 0, "end": len(TEXT)}],
    "page_count": 1,
    "notices": [{"kind": "pages", "count": 1, "message": "1 page read"}],
}


def test_a_plain_text_revision_of_a_pdf_drops_its_page_offsets(project: Project) -> None:
    article_id = project.add_articles(
        [(ArticleDraft(TITLE, TEXT, dict(PDF_METADATA)), fake_analysis(TEXT))]
    )[0]
    assert page_at(project.article(article_id).metadata, 10) == "12"
    new_text = TEXT + "\nUn paragraphe ajouté."
    draft = ArticleDraft(TITLE, new_text, {"encoding": "utf-8"}, "draft-v2.txt")
    import_revision(project, article_id, draft, fake_analysis(new_text))
    metadata = project.article(article_id).metadata
    assert page_at(metadata, 10) is None
    assert "pages" not in metadata and "page_count" not in metadata
    assert "notices" not in metadata and metadata.get("format") is None
    assert metadata["encoding"] == "utf-8"
    # What the old file said about the article itself stays.
    assert metadata["index"] == 38 and metadata["author"] == "Mairie de Vernay"


def test_a_new_revision_brings_its_own_code_ranges_and_other_view() -> None:
    old = {
        "format": "html",
        "url": "https://example.org/a",
        "view": "article",
        "non_prose": [[0, 10]],
        "other_view": {"view": "whole_page", "text": "old page", "non_prose": []},
    }
    new = {"format": "markdown", "non_prose": [[40, 60]]}
    assert revised_metadata(old, new) == {
        "url": "https://example.org/a",
        "format": "markdown",
        "non_prose": [[40, 60]],
    }
