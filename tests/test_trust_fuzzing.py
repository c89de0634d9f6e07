"""Fuzzing the report formats, the JSON re-import and the address check with hypothesis, on a
fixed budget: any stored data gives a report or the project's own error, never a traceback, and
every report stays inert. (The importers are fuzzed in tests/test_import_properties.py.)"""

from __future__ import annotations

import contextlib
import json
import random
import sqlite3
import tempfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.benchmarks.bench_project_data import synthetic_article
from workbench.core.project import Project, ProjectError, check_url
from workbench.core.project.errors import RefusedURL
from workbench.core.reports.common import pdf_href, safe_href
from workbench.core.reports.export import render_report
from workbench.core.reports.project_json import JsonImportError, import_json

# A few seconds per test in CI.
BUDGET = settings(max_examples=12, deadline=None)
pytestmark = pytest.mark.tampered  # stored data is rewritten below the program, history too

HOSTILE_PIECES = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    '"><iframe src="javascript:alert(1)">',
    "javascript:alert(1)",
    "[x](javascript:alert(1))",
    ")/S/JavaScript/JS(app.alert(1)",
    "\u202e",
    "\x00",
    "=cmd|' /C calc'!A0",
    "`",
    "&lt;script&gt;",
]
TEXT = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(HOSTILE_PIECES), min_size=1, max_size=4).map("".join),
)
# Columns a crafted file or an edited export can fill with anything.
TARGETS = [
    ("articles", "title"),
    ("articles", "sha256"),
    ("articles", "revision"),
    ("articles", "language"),
    ("articles", "metadata"),
    ("claims", "text"),
    ("claims", "rationale"),
    ("claims", "source"),
    ("sources", "url"),
    ("sources", "title"),
    ("sources", "excerpt"),
    ("sources", "accessed"),
    ("history", "at"),
    ("history", "who"),
    ("history", "field"),
    ("history", "old"),
    ("history", "new"),
]


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


@pytest.fixture(scope="module")
def template(folder: Path) -> Path:
    path = folder / "template.wbproj"
    with Project.create(path) as project:
        project.add_articles([synthetic_article(random.Random(4), 1, 3)], who="import")
        claim = project.claims()[0]
        project.set_verdict(claim.id, "denied", who="Ana")  # type: ignore[arg-type]
        project.add_source(claim.id, url="https://example.org/", title="t", who="Ana")
    return path


def crafted_copy(template: Path, folder: Path, values: dict[tuple[str, str], str]) -> Path:
    path = folder / "crafted.wbproj"
    path.unlink(missing_ok=True)
    path.write_bytes(template.read_bytes())
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TRIGGER history_refuses_update")
        for (table, column), value in values.items():
            if column == "metadata":
                value = json.dumps({"date": value, "url": value})
            connection.execute(f'UPDATE {table} SET "{column}" = ?', [value])
    connection.close()
    return path


class _Live(HTMLParser):
    """Everything in an HTML report that could run or load: scripts, handlers, odd links."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "iframe", "object", "embed", "svg", "img", "form", "base"):
            self.found.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag} {name}")
            linked = name in ("href", "src", "action") and value and not value.startswith("#")
            if linked and safe_href(str(value)) is None:
                self.found.append(f"{tag} {name}={value!r}")


def live_in_html(html: str) -> list[str]:
    parser = _Live()
    parser.feed(html)
    return parser.found


@BUDGET
@given(values=st.dictionaries(st.sampled_from(TARGETS), TEXT, min_size=1, max_size=6))
def test_any_stored_data_gives_inert_reports_in_every_format(
    template: Path, folder: Path, values: dict[tuple[str, str], str]
) -> None:
    path = crafted_copy(template, folder, values)
    with Project.open(path, read_only=True) as project:
        reports = {
            name: render_report(project, name) for name in ("html", "pdf", "md", "csv", "json")
        }
        # ValueError: the project's own refusals (MissingPublisher and the like).
        with contextlib.suppress(ValueError):
            reports["claimreview"] = render_report(
                project, "claimreview", publisher_name="Desk", publisher_url="https://desk.example/"
            )
    assert live_in_html(reports["html"]) == []
    assert live_in_html(reports["pdf"]) == []
    assert "<" not in reports["md"].replace("&lt;", "")
    assert "\x00" not in reports["csv"]
    for href in _hrefs(reports["pdf"]):
        assert not set(href) & set("()\\") and href.isascii(), href
    json.loads(reports["json"])


def _hrefs(html: str) -> list[str]:
    found: list[str] = []

    class Links(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.extend(value for name, value in attrs if name == "href" and value)

    Links().feed(html)
    return [href for href in found if not href.startswith("#")]


@BUDGET
@given(
    table=st.sampled_from(["articles", "claims", "sources", "history", "state"]),
    column=st.sampled_from(
        ["id", "url", "title", "text", "claim_id", "verdict", "who", "entry_hash", "zzz"]
    ),
    value=st.one_of(st.none(), st.integers(), TEXT, st.lists(st.integers(), max_size=2)),
)
def test_any_edited_json_export_imports_or_is_refused_by_name(
    template: Path, folder: Path, table: str, column: str, value: object
) -> None:
    with Project.open(template, read_only=True) as project:
        dump = json.loads(render_report(project, "json"))
    rows = dump["tables"].get(table) or [{}]
    rows[0][column] = value
    dump["tables"][table] = rows
    source = folder / "edited.json"
    source.write_text(json.dumps(dump), encoding="utf-8")
    target = folder / "edited.wbproj"
    target.unlink(missing_ok=True)
    try:
        import_json(source, target)
    except (JsonImportError, ProjectError):
        assert not target.exists()
        return
    with Project.open(target, read_only=True) as imported:
        assert imported.verify_history().is_verified
        for claim in imported.claims():
            for stored in imported.sources(claim.id):
                check_url(stored.url)  # every address in it passes the check


@settings(max_examples=200, deadline=None)
@given(url=st.one_of(st.text(max_size=60), st.text(max_size=40).map("https://x.org/".__add__)))
def test_any_address_is_refused_or_safe_for_every_report(url: str) -> None:
    try:
        stored = check_url(url)
    except RefusedURL:
        return
    href = pdf_href(stored)
    if href is not None:
        assert href.isascii() and not set(href) & set("()\\<>\"' ")
