"""The real program started as a subprocess, as a checker or a script would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT

SAMPLE = PROJECT_ROOT / "resources" / "samples" / "exemple-article.txt"


def workbench(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ, HOME=str(home), PYTHONPATH=str(PROJECT_ROOT), QT_QPA_PLATFORM="offscreen"
    )
    env["XDG_CONFIG_HOME"] = str(home / ".config")
    env["XDG_DATA_HOME"] = str(home / ".local" / "share")
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=300,
    )


def test_version(tmp_path: Path) -> None:
    result = workbench("--version", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("workbench ")


@pytest.mark.slow
def test_analyze_seed_article_as_json(seed_article: Path, tmp_path: Path) -> None:
    result = workbench("analyze", str(seed_article), "--format", "json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    [article] = report["articles"]
    assert article["language"] == "fr"
    assert article["title"] == "Elon Musk serait en contact régulier avec Vladimir Poutine"
    expected = {"index": 1061, "total": 1366, "date": "2024-10-25T20:32:03"}
    assert {key: article["metadata"][key] for key in expected} == expected
    claims = article["claims"]
    assert len(claims) >= 15
    text = article["text"]
    for claim in claims:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert "\n" not in claim["text"]
        assert 0.0 <= claim["score"] <= 1.0
        for atom in claim["atoms"]:
            assert text[atom["start"] : atom["end"]] == atom["text"]


@pytest.mark.slow
def test_import_then_report_from_the_command_line(tmp_path: Path) -> None:
    project = tmp_path / "sample.wbproj"
    imported = workbench("import", str(SAMPLE), "--project", str(project), home=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert "imported 2 article(s)" in imported.stdout
    output = tmp_path / "report.html"
    report = workbench(
        "report", str(project), "--format", "html", "--output", str(output), home=tmp_path
    )
    assert report.returncode == 0, report.stderr
    html = output.read_text(encoding="utf-8")
    assert "Valmont" in html and "<script" not in html.lower()


def test_a_file_that_cannot_be_read_is_named_in_the_message(tmp_path: Path) -> None:
    missing = tmp_path / "absent.txt"
    result = workbench("analyze", str(missing), home=tmp_path)
    assert result.returncode == 1
    assert str(missing) in result.stderr and "no such file" in result.stderr
