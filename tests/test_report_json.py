"""The JSON export holds everything in a project, and imports back into an equal project."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers.reports import build_hostile_project, build_sample_project

from workbench.core.project import Project, ProjectError
from workbench.core.reports import JsonImportError, export_report, import_json, render_report

TABLES = ("articles", "claims", "sources", "history", "state")


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Project]:
    project = build_sample_project(tmp_path / "sample.wbproj")
    dismiss_one_claim(project)
    project.set_state("reading_position", json.dumps({"article": 1, "claim": 3}))
    project.set_state("publisher_name", "Vérif")
    yield project
    project.close()


def dismiss_one_claim(project: Project) -> None:
    """Dismissed claims are data too; the store has no public way to dismiss yet."""
    connection = sqlite3.connect(project.path)
    with connection:
        connection.execute(
            "UPDATE claims SET is_dismissed = 1 WHERE id = (SELECT MAX(id) FROM claims)"
        )
    connection.close()


def table_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    connection = sqlite3.connect(path)
    try:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in TABLES
        }
    finally:
        connection.close()


def assert_equal_projects(first: Project, second: Project) -> None:
    assert first.articles() == second.articles()
    assert first.claims() == second.claims()
    for claim in first.claims():
        assert first.sources(claim.id) == second.sources(claim.id)
        assert first.history(claim.id) == second.history(claim.id)
    assert first.history() == second.history()
    for key in ("reading_position", "publisher_name", "publisher_url"):
        assert first.state(key) == second.state(key)


def test_a_hostile_export_is_refused_by_name_and_creates_nothing(tmp_path: Path) -> None:
    # Its sources hold javascript: and data: addresses that the store refuses; a re-import
    # must not let them in through the back door.
    original = build_hostile_project(tmp_path / "original.wbproj")
    with original:
        exported = export_report(original, "json", tmp_path / "export.json")
    with pytest.raises(JsonImportError, match="'sources' has a refused address"):
        import_json(exported, tmp_path / "copy.wbproj")
    assert not list(tmp_path.glob("copy.wbproj*"))


@pytest.mark.parametrize("builder", [build_sample_project], ids=["sample"])
def test_round_trip_gives_an_equal_project(tmp_path: Path, builder: Any) -> None:
    original = builder(tmp_path / "original.wbproj")
    dismiss_one_claim(original)
    with original:
        exported = export_report(original, "json", tmp_path / "export.json")
    copy_path = import_json(exported, tmp_path / "copy.wbproj")
    with Project.open(original.path, read_only=True) as first, Project.open(copy_path) as second:
        assert_equal_projects(first, second)
        assert sum(claim.is_dismissed for claim in second.claims()) == 1
    # Every column of every row, anchors' context included, not just what the records show.
    assert table_rows(original.path) == table_rows(copy_path)


def test_export_is_documented_plain_json(sample: Project) -> None:
    dump = json.loads(render_report(sample, "json"))
    assert dump["format"] == "workbench-project" and dump["format_version"] == 1
    assert (
        dump["schema_migrations"] == ["m001_initial"] or "m001_initial" in dump["schema_migrations"]
    )
    tables = dump["tables"]
    assert set(TABLES) <= set(tables)
    claim = tables["claims"][0]
    assert isinstance(claim["types"], list) and isinstance(claim["atoms"], list)
    assert claim["prefix"] is not None and "suffix" in claim
    assert isinstance(tables["articles"][0]["metadata"], dict)
    assert {row["key"] for row in tables["state"]} == {
        "reading_position",
        "publisher_name",
        "project_uid",
    }
    readme = Path(__file__).resolve().parents[1] / "resources" / "reports" / "README.md"
    documented = readme.read_text(encoding="utf-8")
    for table, table_rows_ in tables.items():
        assert f"`{table}`" in documented, f"table {table} is not documented"
        for column in {name for row in table_rows_ for name in row}:
            assert f"`{column}`" in documented, f"{table}.{column} is not documented"


def test_export_of_one_article_keeps_only_its_rows(sample: Project) -> None:
    second = sample.articles()[1]
    dump = json.loads(render_report(sample, "json", article_id=second.id))
    tables = dump["tables"]
    assert [row["id"] for row in tables["articles"]] == [second.id]
    assert {row["article_id"] for row in tables["claims"]} == {second.id}
    claim_ids = {row["id"] for row in tables["claims"]}
    assert all(row["claim_id"] in claim_ids for row in tables["sources"])
    assert all(row["article_id"] == second.id for row in tables["history"])
    assert "state" not in tables
    assert dump["scope"] == {"kind": "article", "article_id": second.id, "claim_ids": None}


def test_import_refuses_an_existing_project(sample: Project, tmp_path: Path) -> None:
    exported = export_report(sample, "json", tmp_path / "export.json")
    before = sample.path.read_bytes()
    with pytest.raises(ProjectError, match="already exists"):
        import_json(exported, sample.path)
    assert sample.path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "is not valid JSON (line 1"),
        ('{"format": "something-else"}', "is not a Workbench project export"),
        ('{"format": "workbench-project", "format_version": 7, "tables": {}}', "format version 7"),
        (
            (
                '{"format": "workbench-project", "format_version": 1, "schema_migrations": ["m999_future"],'
                ' "tables": {}}'
            ),
            "newer Workbench",
        ),
        (
            '{"format": "workbench-project", "format_version": 1, "tables": {"spells": []}}',
            "table 'spells'",
        ),
        (
            (
                '{"format": "workbench-project", "format_version": 1, "tables": {"articles": '
                '[{"id": 1, "title": "t", "text": "x", "sha256": "s", "colour": "red"}]}}'
            ),
            "unknown fields: colour",
        ),
        (
            (
                '{"format": "workbench-project", "format_version": 1, "tables": {"claims": '
                '[{"id": 1, "article_id": 42, "number": 1, "start": 0, "end": 1, "text": "x"}]}}'
            ),
            "points to a missing row of articles",
        ),
        (
            (
                '{"format": "workbench-project", "format_version": 1, "tables": {"articles": '
                '[{"id": 1, "title": null, "text": "x", "sha256": "s"}]}}'
            ),
            "was refused",
        ),
    ],
)
def test_bad_json_is_refused_naming_the_file_and_leaves_nothing(
    tmp_path: Path, content: str, problem: str
) -> None:
    source = tmp_path / "bad.json"
    source.write_text(content, encoding="utf-8")
    target = tmp_path / "new.wbproj"
    with pytest.raises(JsonImportError) as caught:
        import_json(source, target)
    assert str(source) in str(caught.value) and problem in str(caught.value)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bad.json"]
