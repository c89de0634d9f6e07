"""The Markdown and CSV reports: their contents, and user text that can neither format nor compute."""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path

import pytest
from helpers.reports import HOSTILE_RATIONALE, HOSTILE_SOURCES
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from workbench.core.project import Project
from workbench.core.reports import render_report
from workbench.core.reports.csv_export import COLUMNS, neutralise
from workbench.core.reports.markdown import escape_markdown

# CommonMark with raw HTML allowed, plus GitHub tables, strikethrough and bare-URL links:
# the most permissive common renderer, so markup that survives escaping would show up here.
RENDERER = MarkdownIt("commonmark", {"html": True, "linkify": False}).enable(
    ["table", "strikethrough"]
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def rendered_text(markdown: str) -> str:
    """What a reader sees of `markdown`: the rendered HTML's text."""
    rendered = RENDERER.render(markdown)
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


# -- Markdown ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "**bold** _it_ `code` ~~gone~~",
        "# heading",
        "1. not a list",
        "- not a list either",
        "| a | b |\n| - | - |",
        "a line\n===",
        "&lt; already an entity",
        "    four spaces of code",
        "<https://example.org>",
        "![image](https://example.org/x.png)",
        "\\*backslash\\*",
    ],
)
def test_escaped_markdown_renders_as_the_same_plain_text(text: str) -> None:
    rendered = RENDERER.render(escape_markdown(text))
    for markup in (
        "<script",
        "<img",
        "<a ",
        "<strong",
        "<em",
        "<code",
        "<h1",
        "<ol",
        "<ul",
        "<table",
        "<del",
        "<pre",
        "<h2",
    ):
        assert markup not in rendered, (text, rendered)
    expected = " ".join(line.strip() for line in text.split("\n"))
    assert " ".join(rendered_text(escape_markdown(text)).split()) == " ".join(expected.split())


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))
        | st.sampled_from(list("*_`[]()<>!#&|~=+-.:@\\\"'\n")),
        max_size=60,
    )
)
def test_any_text_survives_escaping_and_rendering(text: str) -> None:
    """Property: whatever the user wrote, the reader sees exactly that, with no markup."""
    rendered = RENDERER.render(escape_markdown(text))
    assert re.findall(r"<(\w+)", rendered) in ([], ["p"], ["p", "br"]) or set(
        re.findall(r"<(\w+)", rendered)
    ) <= {"p", "br"}
    seen = rendered_text(escape_markdown(text))
    assert " ".join(seen.split()) == " ".join(
        " ".join(line.strip() for line in text.split("\n")).split()
    )


def test_markdown_report_contents(sample: Project) -> None:
    markdown = render_report(sample, "md")
    seen = rendered_text(markdown)
    article = sample.articles()[0]
    assert article.sha256 in markdown
    assert "Le tramway coûtera 120 millions d'euros" in seen
    assert "[1 ✓] Claim 1: Confirmed" in seen
    assert "[Délibération n° 2026-114](https://ville.example/deliberations/2026-11-12)" in markdown
    assert "verdict: Unchecked → Denied" in seen
    assert "| ✓ Confirmed | 2 |" in markdown


def test_markdown_report_of_hostile_project_has_no_markup_from_users(hostile: Project) -> None:
    markdown = render_report(hostile, "md")
    rendered = RENDERER.render(markdown)
    assert "<script" not in rendered and "<img" not in rendered and "<svg" not in rendered
    links = re.findall(r'<a href="([^"]*)"', rendered)
    assert links == []  # every hostile URL stays text
    seen = " ".join(rendered_text(markdown).split())
    assert " ".join(HOSTILE_RATIONALE.split()) in seen
    for url, title, _ in HOSTILE_SOURCES:
        assert " ".join(title.split()) in seen and " ".join(url.split()) in seen


# -- CSV ---------------------------------------------------------------------------------------


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_has_one_row_per_claim_in_scope(sample: Project) -> None:
    table = rows(render_report(sample, "csv"))
    claims = sample.claims()
    assert len(table) == len(claims)
    assert list(table[0]) == list(COLUMNS)
    first = table[0]
    assert first["verdict"] == "confirmed" and first["verdict_label"] == "Confirmed"
    assert (
        first["source_urls"]
        == "https://ville.example/deliberations/2026-11-12 | https://presse.example/tram"
    )
    assert first["article_sha256"] == sample.articles()[0].sha256
    delay = next(row for row in table if row["verdict"] == "denied")
    assert delay["rationale"] == "Le calendrier initial prévoyait 2027;\naucun retard."


def test_csv_cells_cannot_start_a_formula(hostile: Project) -> None:
    table = rows(render_report(hostile, "csv"))
    cells = [value for row in table for value in row.values()]
    assert len(cells) == len(table) * len(COLUMNS)
    for value in cells:
        assert not value.startswith(FORMULA_STARTS), value
    # The payloads are still readable, behind the neutralising quote.
    assert table[2]["claim_text"].startswith("'+cmd|' /C calc'!A0")
    for row in table:
        assert row["rationale"].startswith("'=HYPERLINK(")
        assert row["sources"].startswith("'=HYPERLINK(")
        assert row["source_urls"].startswith("'-2+3 | ")
        assert row["reviewers"].startswith("'@SUM(1+1)*cmd")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd", "'+cmd"),
        ("-2+3", "'-2+3"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("＝1+1", "'＝1+1"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralise_follows_the_owasp_rule(value: str, expected: str) -> None:
    assert neutralise(value) == expected


def test_csv_file_starts_with_a_byte_order_mark_for_spreadsheets(
    sample: Project, tmp_path: Path
) -> None:
    from workbench.core.reports import export_report

    output = export_report(sample, "csv", tmp_path / "report.csv")
    data = output.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert rows(data.decode("utf-8-sig"))[0]["claim_number"] == "1"
