"""Crafted data stays inert in every report, hostile addresses are refused, hostile inputs get
a clear refusal, and drafts stay private to their owner."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from tests.benchmarks.bench_project_data import synthetic_article
from workbench.core.detection.detector import MAX_PIECE_CHARS, analysis_pieces
from workbench.core.importers.dispatch import read_articles
from workbench.core.importers.errors import ImportFailure
from workbench.core.project import Project, check_url
from workbench.core.project.errors import RefusedURL
from workbench.core.reports.common import pdf_href
from workbench.core.reports.export import render_report
from workbench.core.reports.project_json import JsonImportError, import_json

HOSTILE = (
    '<script>alert(1)</script><img src=x onerror=alert(1)><svg onload=alert(1)><iframe src="x">'
)
PDF_ATTACK = "https://x.org/)/S/JavaScript/JS(app.alert(1)"


@pytest.fixture
def crafted(tmp_path: Path) -> Path:
    """A project whose stored data was crafted (by a script, or an edited JSON re-import)."""
    import random

    path = tmp_path / "crafted.wbproj"
    with Project.create(path) as project:
        project.add_articles([synthetic_article(random.Random(1), 1, 3)], who="import")
        claim = project.claims()[0]
        project.set_verdict(claim.id, "confirmed", who="Ana")  # type: ignore[arg-type]
    hostile = HOSTILE.replace("'", "''")
    with sqlite3.connect(path) as connection:
        connection.execute(
            f"UPDATE articles SET sha256 = '{hostile}', revision = '{hostile}', "
            f"metadata = json_object('date', '{hostile}')"
        )
        connection.execute(
            "INSERT INTO sources (claim_id, url, title, excerpt, accessed) "
            f"SELECT id, '{PDF_ATTACK}', 't', 'e', '{hostile}' FROM claims LIMIT 1"
        )
    connection.close()
    return path


def live(text: str) -> list[str]:
    lowered = text.lower()
    return [tag for tag in ("<script", "<img", "<svg", "<iframe") if tag in lowered]


def test_markdown_escapes_dates_fingerprints_revisions_and_accessed_dates(crafted: Path) -> None:
    with Project.open(crafted, read_only=True) as project:
        assert live(render_report(project, "md")) == []


@pytest.mark.tampered
def test_markdown_escapes_history_times_and_fields(crafted: Path) -> None:
    hostile = HOSTILE.replace("'", "''")
    with sqlite3.connect(crafted) as connection:
        connection.execute("DROP TRIGGER history_refuses_update")
        connection.execute(f"UPDATE history SET at = '{hostile}', field = '{hostile}'")
    connection.close()
    with Project.open(crafted, read_only=True) as project:
        assert live(render_report(project, "md")) == []


def test_html_and_pdf_reports_stay_inert_and_the_pdf_link_cannot_end_its_string(
    crafted: Path,
) -> None:
    with Project.open(crafted, read_only=True) as project:
        html = render_report(project, "html")
        pdf_html = render_report(project, "pdf")
    assert live(html) == [] and live(pdf_html) == []
    assert f'href="{PDF_ATTACK}"' not in pdf_html
    assert pdf_href(PDF_ATTACK) == "https://x.org/%29/S/JavaScript/JS%28app.alert%281%29"


@pytest.mark.parametrize(
    "url",
    [
        PDF_ATTACK,
        "https://example.org/\u202egnp.exe",
        "https://example.org/\u2066x",
        "https://exa\u200fmple.org/",
    ],
)
def test_addresses_that_break_a_pdf_or_disguise_themselves_are_refused(url: str) -> None:
    with pytest.raises(RefusedURL) as refused:
        check_url(url)
    assert "parentheses" in refused.value.problem or "text-direction" in refused.value.problem


def test_addresses_with_paired_parentheses_stay_accepted() -> None:
    url = "https://fr.wikipedia.org/wiki/Paris_(France)"
    assert check_url(url) == url


def test_import_json_refuses_an_address_the_url_check_refuses(tmp_path: Path) -> None:
    import random

    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        project.add_articles([synthetic_article(random.Random(1), 1, 2)], who="import")
    with Project.open(path, read_only=True) as project:
        dump = json.loads(render_report(project, "json"))
    claim_id = dump["tables"]["claims"][0]["id"]
    dump["tables"]["sources"] = [{"id": 1, "claim_id": claim_id, "url": "javascript:alert(1)"}]
    source = tmp_path / "dump.json"
    source.write_text(json.dumps(dump), encoding="utf-8")
    with pytest.raises(JsonImportError, match="row 1 of 'sources' has a refused address"):
        import_json(source, tmp_path / "new.wbproj")
    assert not (tmp_path / "new.wbproj").exists()


def test_csv_carries_no_raw_nul(tmp_path: Path) -> None:
    import random

    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        project.add_articles([synthetic_article(random.Random(1), 1, 2)], who="import")
        project.set_rationale(project.claims()[0].id, "avant\x00après", who="Ana")
        csv_text = render_report(project, "csv")
    assert "\x00" not in csv_text and "avant\ufffdaprès" in csv_text


def test_a_paragraph_over_a_million_characters_is_cut_within_itself_offsets_exact() -> None:
    sentence = "Le ministre a dit que le budget augmente de 5 %. "
    long_paragraph = sentence * (1_000_001 // len(sentence) + 1)
    text = f"Titre\n\n{long_paragraph}\nFin de l'article."
    pieces = analysis_pieces(text)
    assert len(long_paragraph) > 1_000_000
    assert all(0 < len(piece) <= MAX_PIECE_CHARS for _, piece, _ in pieces)
    for offset, piece, _ in pieces:
        assert text[offset : offset + len(piece)] == piece and "\n" not in piece
    long_pieces = [p for p in pieces if p[2] == 1]
    assert "".join(piece for _, piece, _ in long_pieces) == long_paragraph
    assert all(piece.endswith(". ") for _, piece, _ in long_pieces[:-1])  # cut after sentences
    assert [number for _, _, number in pieces] == [0] + [1] * len(long_pieces) + [2]


def test_a_paragraph_with_no_space_is_still_cut_at_the_limit() -> None:
    pieces = analysis_pieces("x" * (MAX_PIECE_CHARS * 2 + 5))
    assert [len(piece) for _, piece, _ in pieces] == [MAX_PIECE_CHARS, MAX_PIECE_CHARS, 5]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ImportFailure, match="not a regular file"):
        read_articles(fifo)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o000, 0o277])
def test_projects_their_side_files_and_backups_are_private_whatever_the_umask(
    tmp_path: Path, umask: int
) -> None:
    old = os.umask(umask)
    try:
        path = tmp_path / "drafts.wbproj"
        Project.create(path).close()
        with Project.open(path) as project:
            project.set_state("x", "y")
            backup = project.last_backup or project.backup_now()
            sides = [Path(f"{path}{side}") for side in ("", "-wal", "-shm")]
            assert [_mode(side) for side in sides if side.exists()] == [0o600] * 3
            assert backup is not None and _mode(backup) == 0o600
            assert _mode(backup.parent) == 0o700
    finally:
        os.umask(old)


def test_an_existing_world_readable_project_becomes_private_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.wbproj"
    Project.create(path).close()
    os.chmod(path, 0o644)
    Project.open(path, keep_backups=0).close()
    assert _mode(path) == 0o600


def test_reports_keep_the_usual_permissions(tmp_path: Path) -> None:
    from workbench.core.reports.export import export_report

    old = os.umask(0o022)
    try:
        path = tmp_path / "p.wbproj"
        import random

        with Project.create(path) as project:
            project.add_articles([synthetic_article(random.Random(1), 1, 2)], who="import")
            output = export_report(project, "md", tmp_path / "report.md")
        assert _mode(Path(output)) == 0o644
    finally:
        os.umask(old)


def test_a_failed_import_leaves_no_empty_project_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from workbench.cli import main

    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not a docx")
    project = tmp_path / "new.wbproj"
    assert main(["import", "--project", str(project), str(bad)]) == 1
    assert not project.exists() and not Path(f"{project}-wal").exists()
    assert "was not kept: nothing was imported" in capsys.readouterr().err
