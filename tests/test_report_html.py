"""The HTML report: its contents, its scopes and languages, and hostile content kept inert."""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers.reports import (
    ARTICLE_FR,
    CHECKER,
    HOSTILE_RATIONALE,
    HOSTILE_SOURCES,
    HOSTILE_TEXT,
    MARKER,
)
from helpers.tools import required_tool

from workbench import __version__
from workbench.core.project import Project
from workbench.core.reports import EmptyScope, UnknownLanguage, render_report
from workbench.core.reports.html import CONTENT_SECURITY_POLICY


class Page(HTMLParser):
    """Every element with its attributes, and the visible text, of an HTML document."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text_parts: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text_parts.append(data)

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def ids(self) -> set[str]:
        return {attrs["id"] for _, attrs in self.elements if attrs.get("id")}

    def by_class(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for _, attrs in self.elements if name in (attrs.get("class") or "").split()]


def test_report_states_what_was_reviewed_by_whom_when_and_with_which_version(
    sample: Project,
) -> None:
    html = render_report(sample, "html")
    page = Page(html)
    article = sample.articles()[0]
    assert article.title in page.text
    assert "2026-11-23 08:15" in page.text  # the article's own date
    assert article.sha256 in page.text
    assert f"Workbench {__version__}" in page.text
    assert CHECKER in page.text and "Alex Durand" in page.text
    assert "corpus.txt" in page.text and "/home/checker" not in html  # never the checker's folders
    assert "Revision" in page.text


def test_every_claim_is_highlighted_once_with_its_number_and_a_verdict_symbol(
    sample: Project,
) -> None:
    page = Page(render_report(sample, "html"))
    highlights = page.by_class("hl")
    claims = [claim for claim in sample.claims() if not claim.is_dismissed]
    legend_entries = 5  # the four verdicts and "to re-check"
    assert len(highlights) == len(claims) + legend_entries
    tags = re.findall(r"\[(\d+)\u202f(.)\]", page.text)
    first_article = [claim for claim in claims if claim.article_id == claims[0].article_id]
    expected = {"confirmed": "\u2713", "denied": "\u2717", "unverified": "?", "unchecked": "\u25cb"}
    for claim in first_article:
        # once in the text, once as the heading of its section
        assert tags.count((str(claim.number), expected[claim.verdict])) >= 2
    for claim in claims:
        assert f"claim-{claim.article_id}-{claim.number}" in page.ids()
        assert f"text-claim-{claim.article_id}-{claim.number}" in page.ids()


def test_highlights_keep_the_article_text_whole(sample: Project) -> None:
    html = render_report(sample, "html")
    text_block = html.split('<div class="article-text">', 1)[1].split("</div>", 1)[0]
    visible = re.sub(r'<a class="tag"[^>]*>.*?</a>', "", text_block)
    assert Page(visible).text == ARTICLE_FR


def test_summary_counts_each_verdict(sample: Project) -> None:
    page = Page(render_report(sample, "html"))
    rows = re.findall(r"(Confirmed|Denied|Unverified|Unchecked)\s+(\d+)\s+(\d+)\s*%", page.text)
    assert rows == [
        ("Confirmed", "2", "29"),
        ("Denied", "1", "14"),
        ("Unverified", "1", "14"),
        ("Unchecked", "3", "43"),
    ]
    fills = page.by_class("bar-fill")
    assert [fill["width"] for fill in fills] == ["29%", "14%", "14%", "43%"]


def test_claims_carry_rationale_sources_and_history(sample: Project) -> None:
    page = Page(render_report(sample, "html"))
    assert "Délibération du conseil municipal du 12 novembre: 120 M€ HT." in page.text
    links = [
        attrs["href"]
        for tag, attrs in page.elements
        if tag == "a" and (attrs.get("href") or "").startswith("http")
    ]
    assert links == [
        "https://ville.example/deliberations/2026-11-12",
        "https://presse.example/tram",
        "https://ville.example/calendrier.pdf",
        "https://stats.example/q3",
    ]
    assert page.text.count("Unchecked") >= 4  # in the chart, legend and verdict histories


def test_report_in_french_uses_the_french_catalogue(sample: Project) -> None:
    page = Page(render_report(sample, "html", language="fr"))
    for words in (
        "Rapport de vérification",
        "Ce qui a été vérifié",
        "Justification",
        "Infirmé",
        "Empreinte du texte",
    ):
        assert words in page.text
    assert "Rationale" not in page.text
    assert '<html lang="fr">' in render_report(sample, "html", language="fr")


def test_unknown_language_is_refused(sample: Project) -> None:
    with pytest.raises(UnknownLanguage, match="'de'"):
        render_report(sample, "html", language="de")


def test_scope_one_article(sample: Project) -> None:
    second = sample.articles()[1]
    page = Page(render_report(sample, "html", article_id=second.id))
    assert second.title in page.text
    assert "Le tramway" not in page.text
    assert "one article" in page.text


def test_scope_claims_of_the_current_filter(sample: Project) -> None:
    chosen = [claim for claim in sample.claims() if claim.verdict == "confirmed"]
    page = Page(render_report(sample, "html", claim_ids={claim.id for claim in chosen}))
    sections = {attrs["id"] for attrs in page.by_class("claim")}
    assert sections == {f"claim-{claim.article_id}-{claim.number}" for claim in chosen}
    assert "Claims in this report: 2" in " ".join(page.text.split())


def test_scope_of_a_missing_article_is_a_clear_error(sample: Project) -> None:
    with pytest.raises(EmptyScope, match="no article 99"):
        render_report(sample, "html", article_id=99)


# -- hostile content ---------------------------------------------------------------------------


def test_hostile_content_becomes_text_not_markup(hostile: Project) -> None:
    html = render_report(hostile, "html")
    page = Page(html)
    tags = {tag for tag, _ in page.elements}
    assert not tags & {"script", "img", "svg", "iframe", "object", "embed", "b"}
    for tag, attrs in page.elements:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        for name in ("href", "src", "action"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value or value.startswith(("#", "https://", "http://")), (tag, attrs)
    # Everything the attacker wrote is still there, as text.
    assert HOSTILE_TEXT.split("\n")[1] in page.text
    assert HOSTILE_RATIONALE in page.text
    for url, title, _excerpt in HOSTILE_SOURCES:
        assert url.strip() in page.text and title.strip() in page.text
    policies = [
        attrs.get("content")
        for tag, attrs in page.elements
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"
    ]
    assert policies == [CONTENT_SECURITY_POLICY]


def test_a_url_with_a_quote_cannot_break_out_of_its_attribute(hostile: Project) -> None:
    page = Page(render_report(hostile, "html"))
    hrefs = [attrs.get("href") or "" for tag, attrs in page.elements if tag == "a"]
    assert all(href.startswith("#") for href in hrefs)  # none of the hostile URLs became a link


def chromium() -> str:
    """A browser to open the report in."""
    return required_tool("chromium", "chromium-browser", install="apt-get install chromium")


def headless(browser: str, *options: str, url: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                *options,
                url,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env=dict(os.environ, HOME=profile),
        )


@pytest.mark.slow
@pytest.mark.parametrize("keep_csp", [True, False], ids=["as-written", "without-csp"])
def test_hostile_report_runs_no_script_in_chromium(
    hostile: Project, tmp_path: Path, keep_csp: bool
) -> None:
    """The payloads would write MARKER into the DOM; it must not appear in what Chromium built.

    Also run with the Content-Security-Policy removed: escaping alone must keep the page inert.
    """
    browser = chromium()
    html = render_report(hostile, "html")
    if not keep_csp:
        html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
        assert "Content-Security-Policy" not in html
    report = tmp_path / "hostile.html"
    report.write_text(html, encoding="utf-8")
    result = headless(browser, "--dump-dom", "--virtual-time-budget=3000", url=report.as_uri())
    assert "</html>" in result.stdout, result.stderr[-2000:]
    assert "Verification report" in result.stdout  # the page itself did load
    assert MARKER not in result.stdout
    assert "data-x" not in result.stdout.split("<body", 1)[1].split(">", 1)[0]


@pytest.mark.slow
def test_sample_report_screenshot_is_drawn(sample: Project, tmp_path: Path) -> None:
    """Chromium can render the report; the screenshot was looked at by hand (see the report)."""
    browser = chromium()
    report = tmp_path / "sample.html"
    report.write_text(render_report(sample, "html"), encoding="utf-8")
    shot = tmp_path / "sample.png"
    headless(browser, f"--screenshot={shot}", "--window-size=1200,1600", url=report.as_uri())
    assert shot.is_file() and shot.stat().st_size > 20_000  # a blank page compresses to ~5 kB


@pytest.mark.slow
def test_the_chromium_probe_does_see_a_script_that_runs(tmp_path: Path) -> None:
    """Control for the test above: the same payload, unescaped, does change the DOM."""
    browser = chromium()
    from helpers.reports import SCRIPT

    page = tmp_path / "unsafe.html"
    page.write_text(
        f"<!DOCTYPE html><html><body><p>x</p><script>{SCRIPT}</script></body></html>",
        encoding="utf-8",
    )
    result = headless(browser, "--dump-dom", "--virtual-time-budget=3000", url=page.as_uri())
    assert MARKER in result.stdout


def test_overlapping_claims_are_each_tagged_and_the_text_stays_whole(tmp_path: Path) -> None:
    from helpers.reports import claim_at

    from workbench.core.model import Analysis, ArticleDraft
    from workbench.core.reports import collect
    from workbench.core.reports.common import segments

    text = "Title\nThe mayor said the tram costs 120 million euros in total."
    claims = (
        claim_at(text, "The mayor said the tram costs 120 million euros"),
        claim_at(text, "the tram costs 120 million"),  # inside the first one
        claim_at(text, "120 million euros in total."),  # overlaps the end of the first one
    )
    with Project.create(tmp_path / "overlap.wbproj") as project:
        project.add_articles([(ArticleDraft("Title", text), Analysis("en", "blank:en", claims))])
        [article] = collect(project).articles
    runs = segments(article)
    assert "".join(run.text for run in runs) == text
    # Each claim drawn where it is innermost, tagged once on its first run: never an empty badge.
    assert [run.claim.claim.number for run in runs if run.claim] == [1, 2, 3]
    assert all(run.is_claim_start for run in runs if run.claim)
    assert [run.text for run in runs if run.claim] == [
        "The mayor said ",
        "the tram costs 120 million",
        " euros in total.",
    ]


def test_claims_moved_by_a_revised_draft_are_flagged(sample: Project) -> None:
    from workbench.core.model import Analysis, ArticleDraft
    from workbench.core.revisions import import_revision

    article = sample.articles()[0]
    revised = ARTICLE_FR.replace(
        "coûtera 120 millions d'euros.", "coûtera 135 millions d'euros."
    ).replace(
        "L'opposition affirme que le chantier aurait déjà pris deux ans de retard.",
        "Le chantier est suivi de près.",
    )
    import_revision(
        sample,
        article.id,
        ArticleDraft(article.title, revised),
        Analysis("fr", "fr_core_news_sm", ()),
        who=CHECKER,
    )
    html = render_report(sample, "html", article_id=article.id)
    page = Page(html)
    assert "<tr><th>Revision</th><td>2</td></tr>" in html
    assert html.count('class="anchor-note"') == 2
    assert "the verdict was given on:" in page.text
    assert "120 millions d'euros." in page.text  # the wording the verdict was given on
    assert "Not found in the current revision" in page.text
    orphan = next(c for c in sample.claims(article.id) if c.text.startswith("L'opposition"))
    assert f"text-claim-{orphan.article_id}-{orphan.number}" not in page.ids()  # not highlighted
    assert f"claim-{orphan.article_id}-{orphan.number}" in page.ids()  # but listed
    text_block = html.split('<div class="article-text">', 1)[1].split("</div>", 1)[0]
    visible = re.sub(r'<a class="tag"[^>]*>.*?</a>', "", text_block)
    assert Page(visible).text == revised
    markdown = render_report(sample, "md", article_id=article.id)
    assert markdown.count("needs review:") == 2
    csv_text = render_report(sample, "csv", article_id=article.id)
    assert ",changed\r\n" in csv_text and ",orphan\r\n" in csv_text
