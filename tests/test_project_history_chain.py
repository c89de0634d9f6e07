"""The history as a hash chain: a rewritten, removed, inserted or moved entry is named."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest

from tests.benchmarks.bench_project_data import synthetic_article
from tests.helpers.desk import claim_of, give, make_project
from workbench.cli import main
from workbench.core.desk.merging import merge
from workbench.core.model import Verdict
from workbench.core.project import Project, chain
from workbench.core.reports.export import render_report
from workbench.core.reports.project_json import JsonImportError, import_json

pytestmark = pytest.mark.tampered  # these tests break chains on purpose


@pytest.fixture
def checked(tmp_path: Path) -> Path:
    """A closed project with five history entries: an import, then four edits by Ana."""
    path = tmp_path / "chain.wbproj"
    with Project.create(path) as project:
        project.add_articles([synthetic_article(random.Random(2), 1, 4)], who="import")
        first, second = project.claims()[:2]
        project.set_verdict(first.id, Verdict.CONFIRMED, who="Ana")
        project.set_rationale(first.id, "Insee, table 3", who="Ana")
        project.set_verdict(second.id, Verdict.DENIED, who="Ana")
        project.add_source(second.id, url="https://www.insee.fr/", who="Ana")
    return path


def tamper(path: Path, *statements: str) -> None:
    """What a script with the file in hand can do: drop the safeguards and change the rows."""
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TRIGGER history_refuses_update")
        connection.execute("DROP TRIGGER history_refuses_delete")
        for statement in statements:
            connection.execute(statement)
        for statement in _guards():
            connection.execute(statement)
    connection.close()


def _guards() -> list[str]:
    return [
        f"CREATE TRIGGER history_refuses_{action.lower()} BEFORE {action} ON history "
        "BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END"
        for action in ("UPDATE", "DELETE")
    ]


def check_of(path: Path) -> chain.ChainCheck:
    with Project.open(path, read_only=True) as project:
        return project.verify_history()


def entry_count(path: Path) -> int:
    with Project.open(path, read_only=True) as project:
        return len(project.history())


def test_an_untouched_history_verifies_and_verify_prints_its_head(
    checked: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    check = check_of(checked)
    assert check.is_verified and check.entries == entry_count(checked) >= 5
    assert main(["verify", str(checked)]) == 0
    assert f"chain head {check.head}" in capsys.readouterr().out


def test_a_rewritten_entry_is_named(checked: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tamper(checked, "UPDATE history SET new = 'unverified' WHERE id = 3")
    assert check_of(checked).first_bad_id == 3
    assert main(["verify", str(checked)]) == 1
    assert "entry 3 was changed after it was written" in capsys.readouterr().err


def test_a_rewritten_hash_too_is_named_at_the_next_entry(checked: Path) -> None:
    with Project.open(checked, read_only=True) as project:
        row = project.file.db.execute("SELECT * FROM history WHERE id = 3").fetchone()
    names = [c[1] for c in sqlite3.connect(checked).execute("PRAGMA table_info(history)")]
    values = dict(zip(names, row, strict=True))
    values["new"] = "unverified"
    forged = chain.entry_hash(values["prev_hash"], [values[c] for c in chain.HASHED_COLUMNS])
    tamper(checked, f"UPDATE history SET new = 'unverified', entry_hash = '{forged}' WHERE id = 3")
    check = check_of(checked)
    assert check.first_bad_id == 4 and "does not follow entry 3" in str(check.problem)


def test_a_deleted_entry_is_named(checked: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tamper(checked, "DELETE FROM history WHERE id = 2")
    assert main(["verify", str(checked)]) == 1
    assert "entry 3 does not follow entry 1" in capsys.readouterr().err


def test_entries_deleted_from_the_end_are_found(checked: Path) -> None:
    last = entry_count(checked)
    tamper(checked, f"DELETE FROM history WHERE id >= {last - 1}")
    check = check_of(checked)
    assert not check.is_verified
    assert f"it held entry {last} when the project was last opened" in str(check.problem)


def test_an_inserted_entry_is_named(checked: Path) -> None:
    tamper(
        checked,
        "INSERT INTO history (id, at, who, field, old, new, prev_hash, entry_hash) "
        "SELECT 1000, at, 'Eve', field, old, 'confirmed', prev_hash, entry_hash "
        "FROM history WHERE id = 2",
        "UPDATE history SET id = -1 WHERE id = 1000",
    )
    check = check_of(checked)
    assert check.first_bad_id == -1 and "does not follow the start" in str(check.problem)


def test_a_reordered_entry_is_named(checked: Path) -> None:
    tamper(
        checked,
        "UPDATE history SET id = -2 WHERE id = 2",
        "UPDATE history SET id = 2 WHERE id = 3",
        "UPDATE history SET id = 3 WHERE id = -2",
    )
    assert check_of(checked).first_bad_id == 2


def test_the_history_refuses_update_delete_and_replace(checked: Path) -> None:
    with sqlite3.connect(checked) as connection:
        for statement in (
            "UPDATE history SET who = 'Eve'",
            "DELETE FROM history WHERE id = 1",
            "REPLACE INTO history (id, at, who, field) VALUES (1, '2020', 'Eve', 'verdict')",
            "INSERT OR REPLACE INTO history (id, at, who, field) VALUES (2, '2020', 'Eve', 'x')",
        ):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                connection.execute(statement)
    connection.close()
    assert check_of(checked).is_verified


def test_a_project_whose_safeguards_were_dropped_warns_at_open(checked: Path) -> None:
    with sqlite3.connect(checked) as connection:
        connection.execute("DROP TRIGGER history_refuses_replace")
    connection.close()
    with Project.open(checked) as project:
        assert project.warnings and "history_refuses_replace" in project.warnings[0]


def test_a_project_whose_chain_does_not_match_warns_at_open(checked: Path) -> None:
    tamper(checked, "UPDATE history SET who = 'Eve' WHERE id = 4")
    with Project.open(checked) as project:
        assert project.warnings == [
            (
                "the history of this project could not be verified: entry 4 was changed after it "
                "was written"
            )
        ]
    with Project.open(checked, read_only=True) as project:
        assert project.warnings


def test_entries_written_before_the_chain_are_chained_oldest_first(checked: Path) -> None:
    tamper(checked, "UPDATE history SET prev_hash = NULL, entry_hash = NULL")
    assert "has no hash" in str(check_of(checked).problem)
    with sqlite3.connect(checked) as connection:
        from sqlite_utils import Database

        chain.chain_existing(Database(connection))
    connection.close()
    assert check_of(checked).is_verified


def test_an_earlier_head_is_found_in_the_history_and_a_forged_one_is_not(
    checked: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = check_of(checked).head
    with Project.open(checked) as project:
        project.set_verdict(project.claims()[3].id, Verdict.UNVERIFIED, who="Ana")
    assert main(["verify", str(checked), "--head", head]) == 0
    assert main(["verify", str(checked), "--head", "ab" * 32]) == 1
    assert "is not in the history" in capsys.readouterr().err


def test_reports_state_the_history_was_verified_with_the_chain_head(checked: Path) -> None:
    head = check_of(checked).head
    with Project.open(checked, read_only=True) as project:
        markdown = render_report(project, "md")
        html = render_report(project, "html")
        pdf_html = render_report(project, "pdf")
        dump = json.loads(render_report(project, "json"))
    assert "verified" in markdown and head in markdown
    assert "verified" in html and head in html and head in pdf_html
    assert dump["history_check"] == {
        "verified": True,
        "entries": entry_count(checked),
        "chain_head": head,
        "problem": None,
    }


def test_a_report_of_a_rewritten_history_says_it_was_not_verified(checked: Path) -> None:
    tamper(checked, "UPDATE history SET who = 'Eve' WHERE id = 2")
    with Project.open(checked, read_only=True) as project:
        markdown = render_report(project, "md")
        assert "NOT verified: entry 2 was changed" in markdown.replace("\\", "")
        assert "NON vérifié" in render_report(project, "html", language="fr")


def test_a_json_export_keeps_its_chain_and_a_changed_one_is_refused(
    checked: Path, tmp_path: Path
) -> None:
    with Project.open(checked, read_only=True) as project:
        dump = json.loads(render_report(project, "json"))
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps(dump), encoding="utf-8")
    again = import_json(exported, tmp_path / "again.wbproj")
    assert check_of(again).head == check_of(checked).head
    dump["tables"]["history"][1]["who"] = "Eve"
    exported.write_text(json.dumps(dump), encoding="utf-8")
    with pytest.raises(JsonImportError, match="entry 2 was changed"):
        import_json(exported, tmp_path / "forged.wbproj")
    assert not (tmp_path / "forged.wbproj").exists()


def test_a_merge_appends_to_the_desks_chain(tmp_path: Path) -> None:
    origin = make_project(tmp_path / "desk.wbproj")
    part = give(origin, ["Article 1"], tmp_path / "alice.wbproj", "Alice")
    with Project.open(part) as mine:
        mine.set_verdict(claim_of(mine, "Article 1", 1).id, Verdict.DENIED, who="Alice")
    before = check_of(origin)
    with sqlite3.connect(origin) as connection:
        hashes_before = connection.execute("SELECT entry_hash FROM history ORDER BY id").fetchall()
    connection.close()
    with Project.open(origin) as desk:
        merge(desk, part, who="chief")
    after = check_of(origin)
    assert after.is_verified and after.entries > before.entries
    with sqlite3.connect(origin) as connection:
        hashes_after = connection.execute("SELECT entry_hash FROM history ORDER BY id").fetchall()
    connection.close()
    assert hashes_after[: len(hashes_before)] == hashes_before
    assert check_of(part).is_verified
