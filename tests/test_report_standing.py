"""What a report says of a claim after a revision and after a checker's day: "to re-check",
nested and dismissed claims, no noise for claims nobody touched, no undo churn, plain Markdown."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.revisions import TEXT, add_article, claim_with, fake_analysis, revise

import workbench
from workbench.core.model import ArticleDraft, Standing, Verdict
from workbench.core.project import Project
from workbench.core.reports import collect, render_report
from workbench.core.revisions.history import confirm_anchor

DOCTORS = "Il manque sept médecins"


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "report.wbproj") as project:
        project.set_state("publisher_name", "Vérif")
        project.set_state("publisher_url", "https://verif.example/rapport")
        yield project


def reworded_after_confirmation(project: Project) -> tuple[int, int]:
    """A claim confirmed on "sept médecins"; the next draft says "huit"."""
    article_id = add_article(project)
    claim_id = claim_with(project, article_id, DOCTORS)
    project.set_verdict(claim_id, Verdict.CONFIRMED, who="Ana")
    revise(project, article_id, TEXT.replace("sept médecins", "huit médecins"))
    return article_id, claim_id


def test_a_verdict_on_changed_wording_is_to_recheck_in_every_format(project: Project) -> None:
    _, claim_id = reworded_after_confirmation(project)
    claim = project.claim(claim_id)
    assert claim.verdict is Verdict.CONFIRMED and claim.standing is Standing.TO_RECHECK
    content = collect(project)
    assert content.counts()[Standing.CONFIRMED] == 0
    assert content.counts()[Standing.TO_RECHECK] == 1

    html = render_report(project, "html")
    heading = re.search(rf"<h4>.*?Claim {claim.number} – (.*?)</h4>", html)
    assert heading is not None and "To re-check" in heading[1]
    assert f"[{claim.number}&#8239;\u21bb]" in html  # the highlight's tag, not a ✓
    markdown = render_report(project, "md")
    assert "| \u21bb To re-check | 1 |" in markdown and "| ✓ Confirmed | 0 |" in markdown
    assert f"Claim {claim.number}: To re-check" in markdown
    assert "À revérifier" in render_report(project, "md", language="fr")
    dump = json.loads(render_report(project, "json"))
    assert dump["standings"][str(claim_id)] == "to_recheck"
    assert dump["summary"]["to_recheck"] == 1 and dump["summary"]["confirmed"] == 0
    rows = list(csv.DictReader(io.StringIO(render_report(project, "csv"))))
    row = next(r for r in rows if r["claim_number"] == str(claim.number))
    assert (row["verdict"], row["standing"], row["verdict_label"]) == (
        "confirmed",
        "to_recheck",
        "To re-check",
    )
    reviewed = [r["claimReviewed"] for r in json.loads(render_report(project, "claimreview"))]
    assert claim.text not in reviewed  # never published


def test_confirming_again_makes_it_confirmed_everywhere(project: Project) -> None:
    _, claim_id = reworded_after_confirmation(project)
    project.set_verdict(claim_id, Verdict.CONFIRMED, who="Ana")
    assert project.claim(claim_id).standing is Standing.CONFIRMED
    assert collect(project).counts()[Standing.CONFIRMED] == 1
    reviewed = [r["claimReviewed"] for r in json.loads(render_report(project, "claimreview"))]
    assert project.claim(claim_id).text in reviewed


def test_confirming_the_new_wording_where_it_is_also_ends_the_recheck(project: Project) -> None:
    _, claim_id = reworded_after_confirmation(project)
    confirm_anchor(project, claim_id, who="Ana")
    assert project.claim(claim_id).standing is Standing.CONFIRMED


def test_an_unchecked_claim_whose_wording_changed_is_still_unchecked(project: Project) -> None:
    article_id = add_article(project)
    claim_id = claim_with(project, article_id, DOCTORS)
    revise(project, article_id, TEXT.replace("sept médecins", "huit médecins"))
    assert project.claim(claim_id).standing is Standing.UNCHECKED


def test_a_manual_claim_inside_another_is_drawn_with_its_words(project: Project) -> None:
    article_id = add_article(project)
    outer = project.claim(claim_with(project, article_id, DOCTORS))
    inner_start = TEXT.index("sept médecins")
    inner = project.add_claim(article_id, inner_start, inner_start + len("sept médecins")).claim
    html = render_report(project, "html")
    tag = f"[{inner.number}&#8239;\u25cb]</a>"
    assert f"{tag}sept médecins</span>" in html  # not an empty badge
    assert f"[{outer.number}&#8239;\u25cb]</a>Il manque </span>" in html
    assert html.count(f'id="text-claim-{article_id}-{inner.number}"') == 1


def test_a_dismissed_claim_is_listed_apart_by_its_number(project: Project) -> None:
    article_id = add_article(project)
    dismissed = project.claim(claim_with(project, article_id, DOCTORS))
    project.dismiss_claim(dismissed.id, who="Ana")
    html = render_report(project, "html")
    assert re.search(rf"Dismissed claims[^<]*: Claim {dismissed.number}\.", html)
    assert f"Dismissed claims (set aside by a checker, not checked): Claim {dismissed.number}." in (
        render_report(project, "md")
    )


def test_untouched_claims_say_so_in_one_line(project: Project) -> None:
    article_id = add_article(project)
    claims = project.claims(article_id)
    for language in ("en", "fr"):
        markdown = render_report(project, "md", language=language)
        html = render_report(project, "html", language=language)
        for text in (markdown, html):
            assert "No rationale" not in text and "No sources" not in text
            assert "No changes" not in text
    markdown = render_report(project, "md")
    assert markdown.count("Not recorded yet: rationale, sources, history.") == len(claims)


def test_an_edit_undone_leaves_no_trace_in_the_report_history(project: Project) -> None:
    article_id = add_article(project)
    claim_id = claim_with(project, article_id, DOCTORS)
    project.set_verdict(claim_id, Verdict.DENIED, who="Ana")
    project.set_verdict(claim_id, Verdict.UNCHECKED, who="Ana")  # undone
    project.set_verdict(claim_id, Verdict.CONFIRMED, who="Ana")
    markdown = render_report(project, "md")
    assert "Unchecked → Denied" not in markdown and "Denied → Unchecked" not in markdown
    assert "verdict: Unchecked → Confirmed" in markdown
    assert "2 change(s) undone right after, not shown" in markdown
    assert len(project.history(claim_id)) == 3  # the project keeps every line
    dump = json.loads(render_report(project, "json"))
    assert len([h for h in dump["tables"]["history"] if h["claim_id"] == claim_id]) == 3


def test_markdown_keeps_plain_text_plain_and_markup_escaped(project: Project) -> None:
    text = (
        "seed-article\n"
        "Selon le journal et snake_case, la version 2 est sortie\n"
        "Des *étoiles*, un <b>gras</b>, un [lien](javascript:alert(1)) et _souligné_."
    )
    draft = ArticleDraft("seed-article", text, source_path="seed-article.txt")
    [article_id] = project.add_articles([(draft, fake_analysis(text))])
    first = project.claims(article_id)[0]
    project.set_rationale(first.id, "Lu sur https://www.wsj.com, version 0.1.0 du rapport.")
    markdown = render_report(project, "md")
    for plain in ("seed-article", "https://www.wsj.com", "snake_case", "0.1.0 du"):
        assert plain in markdown
    assert f"Workbench {workbench.__version__}" in markdown  # not 0\\.1\\.0
    for escaped in ("\\*étoiles\\*", "&lt;b&gt;gras&lt;/b&gt;", "\\[lien\\]", "\\_souligné\\_"):
        assert escaped in markdown
