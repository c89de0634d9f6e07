"""`workbench report` on the command line: every format, the scopes, and clear failures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT
from helpers.reports import build_sample_project

from workbench.cli import main


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.wbproj"
    build_sample_project(path).close()
    return path


@pytest.mark.parametrize(
    ("report_format", "check"),
    [
        ("html", lambda text: "<!DOCTYPE html>" in text and "Rapport de vérification" in text),
        ("md", lambda text: text.startswith("# Rapport de vérification")),
        ("csv", lambda text: text.startswith("\ufeffarticle_id,")),
        ("json", lambda text: json.loads(text)["format"] == "workbench-project"),
    ],
)
def test_each_text_format_is_written(
    project_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    report_format: str,
    check: object,
) -> None:
    output = tmp_path / f"out.{report_format}"
    code = main(
        [
            "report",
            str(project_file),
            "--format",
            report_format,
            "--output",
            str(output),
            "--language",
            "fr",
        ]
    )
    assert code == 0
    assert capsys.readouterr().out == f"wrote {output}\n"
    assert check(output.read_text(encoding="utf-8"))  # type: ignore[operator]


def test_claimreview_with_publisher_options(project_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "reviews.jsonld"
    code = main(
        [
            "report",
            str(project_file),
            "--format",
            "claimreview",
            "--output",
            str(output),
            "--publisher-name",
            "Vérif",
            "--publisher-url",
            "https://verif.example/r",
        ]
    )
    assert code == 0
    reviews = json.loads(output.read_text(encoding="utf-8"))
    assert len(reviews) == 4 and reviews[0]["author"]["name"] == "Vérif"


def test_claimreview_without_publisher_explains_what_to_set(
    project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "reviews.jsonld"
    code = main(["report", str(project_file), "--format", "claimreview", "--output", str(output)])
    assert code == 1
    error = capsys.readouterr().err
    assert str(project_file) in error and "publisher_url" in error
    assert not output.exists()


def test_scope_options(project_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "one.csv"
    assert (
        main(
            [
                "report",
                str(project_file),
                "--format",
                "csv",
                "--output",
                str(output),
                "--article",
                "2",
            ]
        )
        == 0
    )
    assert output.read_bytes().count(b"\r\n") == 1 + 2  # header and the article's two claims
    assert (
        main(
            [
                "report",
                str(project_file),
                "--format",
                "csv",
                "--output",
                str(output),
                "--claim",
                "1",
                "--claim",
                "3",
            ]
        )
        == 0
    )
    assert output.read_bytes().count(b"\r\n") == 1 + 2


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--article", "99"], "no article 99"),
        (["--output", "/nonexistent-folder/r.html"], "/nonexistent-folder/r.html"),
    ],
)
def test_failures_are_named(
    project_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    base = ["report", str(project_file), "--format", "html", "--output", str(tmp_path / "r.html")]
    code = main(base + arguments)
    assert code == 1
    assert message in capsys.readouterr().err


def test_a_file_that_is_not_a_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "notes.wbproj"
    bogus.write_text("hello", encoding="utf-8")
    assert main(["report", str(bogus), "--format", "html", "--output", str(tmp_path / "r")]) == 1
    assert str(bogus) in capsys.readouterr().err
    assert bogus.read_text(encoding="utf-8") == "hello"


def test_report_does_not_change_the_project(project_file: Path, tmp_path: Path) -> None:
    before = project_file.read_bytes()
    assert (
        main(
            [
                "report",
                str(project_file),
                "--format",
                "json",
                "--output",
                str(tmp_path / "dump.json"),
            ]
        )
        == 0
    )
    assert project_file.read_bytes() == before


@pytest.mark.slow
def test_pdf_from_the_command_line_without_a_display(project_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "report.pdf"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "workbench",
            "report",
            str(project_file),
            "--format",
            "pdf",
            "--output",
            str(output),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert output.read_bytes().startswith(b"%PDF-")
