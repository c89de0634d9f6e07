"""`workbench matches` and `workbench names` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.corpus_projects import make_project

from workbench.cli import main
from workbench.core.model import Verdict
from workbench.core.project import Project

FIRST = "Le port de Brest a traité 3,2 millions de tonnes de marchandises en 2024."
REWORDED = "Selon la chambre de commerce, le port de Brest a traité 3,2 millions de tonnes de marchandises en 2024."
UNIONS = "Les syndicats dénoncent une hausse de 12 % des cadences sur les quais."


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "brest.wbproj"
    make_project(
        path,
        [
            ("Trafic record", f"{FIRST} {UNIONS}"),
            ("Dockers inquiets", f"{REWORDED} {UNIONS} La direction n'a pas répondu."),
        ],
        names=["Xi Jinpin"],
    ).close()
    return path


def claim_id(path: Path, text: str, article: int) -> int:
    with Project.open(path, read_only=True) as project:
        article_id = project.articles()[article].id
        return next(c.id for c in project.claims(article_id) if c.text == text)


def test_matches_lists_groups_as_json(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["matches", str(project_path), "--format", "json", "--no-translations"]) == 0
    out = json.loads(capsys.readouterr().out)
    groups = [[member["text"] for member in group["members"]] for group in out["groups"]]
    assert groups == [[FIRST, REWORDED], [UNIONS, UNIONS]]
    assert out["groups"][1]["kinds"] == ["verbatim"] and out["applied"] == []


def test_matches_applies_a_verdict_to_the_group_and_flags_nothing_after(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = claim_id(project_path, UNIONS, 0)
    copy = claim_id(project_path, UNIONS, 1)
    with Project.open(project_path) as project:
        project.set_verdict(source, Verdict.CONFIRMED, who="Ana")
    assert (
        main(
            [
                "matches",
                str(project_path),
                "--no-translations",
                "--apply",
                str(source),
                "--who",
                "Ben",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "confirmed: given to 1 claims" in out
    with Project.open(project_path, read_only=True) as project:
        assert project.claim(copy).verdict is Verdict.CONFIRMED
        assert [entry.field for entry in project.history(copy)] == ["verdict", "reused_from"]


def test_matches_refuses_to_reuse_a_missing_verdict_and_changes_nothing(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = claim_id(project_path, UNIONS, 0)
    before = project_path.read_bytes()
    assert main(["matches", str(project_path), "--no-translations", "--apply", str(source)]) == 1
    assert "has no verdict to reuse" in capsys.readouterr().err
    with Project.open(project_path, read_only=True) as project:
        assert all(claim.verdict is Verdict.UNCHECKED for claim in project.claims())
    assert project_path.read_bytes() == before


def test_matches_takes_over_an_earlier_verdict_only_when_asked(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "library"
    library.mkdir()
    with make_project(library / "janvier.wbproj", [("Quais", UNIONS)]) as old:
        old.set_verdict(old.claims()[0].id, Verdict.DENIED, who="Ana")
    assert (
        main(
            [
                "matches",
                str(project_path),
                "--no-translations",
                "--library",
                str(library),
                "--format",
                "json",
            ]
        )
        == 0
    )
    suggestions = json.loads(capsys.readouterr().out)["suggestions"]
    assert len(suggestions) == 2 and suggestions[0]["past"]["verdict"] == "denied"
    target = suggestions[0]["claim_id"]
    with Project.open(project_path, read_only=True) as project:
        assert project.claim(target).verdict is Verdict.UNCHECKED
    assert (
        main(
            [
                "matches",
                str(project_path),
                "--no-translations",
                "--library",
                str(library),
                "--take-over",
                str(target),
            ]
        )
        == 0
    )
    assert "took over denied" in capsys.readouterr().out
    with Project.open(project_path, read_only=True) as project:
        assert project.claim(target).verdict is Verdict.DENIED


def test_matches_names_a_missing_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["matches", str(tmp_path / "none.wbproj")]) == 1
    assert "none.wbproj" in capsys.readouterr().err


def test_names_flags_a_project_s_atoms_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "xi.wbproj"
    make_project(
        path, [("Faveur", "Une faveur a été faite à Xi Jinpin en 2023.")], names=["Xi Jinpin"]
    ).close()
    assert main(["names", str(path), "--format", "json", "--no-words"]) == 0
    [flag] = json.loads(capsys.readouterr().out)["flags"]
    assert (flag["text"], flag["suggestion"], flag["witness"], flag["start"]) == (
        "Xi Jinpin",
        "Xi Jinping",
        "dictionary",
        25,
    )


@pytest.mark.shared
def test_names_on_the_seed_file_proposes_xi_jinping(
    seed_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["names", str(seed_article), "--format", "json"]) == 0
    flags = json.loads(capsys.readouterr().out)["flags"]
    assert [(flag["level"], flag["text"], flag["suggestion"]) for flag in flags] == [
        ("name", "Xi Jinpin", "Xi Jinping"),
        ("word", "faîte", "faite"),
    ]
