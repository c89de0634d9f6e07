"""Verdict memory across projects: earlier verdicts suggested, taken over only when asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.corpus_projects import make_project

from workbench.core.corpus.library import (
    TAKEN_FROM,
    VerdictLibrary,
    project_suggestions,
    take_over,
)
from workbench.core.model import Verdict
from workbench.core.project import Project, ProjectError

CLAIM = "Elon Musk entretiendrait des contacts réguliers avec Vladimir Poutine depuis fin 2022."
REWORDED = "Elon Musk aurait des contacts réguliers avec Vladimir Poutine depuis la fin de 2022."


@pytest.fixture
def library_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "earlier"
    folder.mkdir()
    with make_project(folder / "octobre.wbproj", [("Musk et Poutine", CLAIM)]) as old:
        claim = old.claims()[0]
        old.set_verdict(claim.id, Verdict.DENIED, who="Ana")
        old.set_rationale(claim.id, "Aucune source indépendante.", who="Ana")
        old.add_source(claim.id, url="https://example.org/wsj", title="WSJ", who="Ana")
    (folder / "broken.wbproj").write_bytes(b"not a project at all")
    return folder


def new_project(tmp_path: Path) -> Project:
    return make_project(tmp_path / "novembre.wbproj", [("Reprise", f"{REWORDED} Il fait beau.")])


def test_a_matching_claim_gets_the_earlier_verdict_as_a_suggestion_only(
    tmp_path: Path, library_folder: Path
) -> None:
    library = VerdictLibrary.from_folder(library_folder)
    assert [problem.path.name for problem in library.problems] == ["broken.wbproj"]
    with new_project(tmp_path) as project:
        suggestions = project_suggestions(project, library)
        assert len(suggestions) == 1
        past = suggestions[0].past
        assert (past.verdict, past.project_name, past.source_urls) == (
            Verdict.DENIED,
            "octobre",
            ("https://example.org/wsj",),
        )
        description = past.describe()
        assert description.startswith("denied on ") and " in project octobre by Ana" in description
        assert description.endswith("rationale: Aucune source indépendante.")
        # Nothing taken over silently.
        assert project.claim(suggestions[0].claim_id).verdict is Verdict.UNCHECKED
        assert project.history(suggestions[0].claim_id) == []


def test_taking_over_a_suggestion_records_where_the_verdict_came_from(
    tmp_path: Path, library_folder: Path
) -> None:
    library = VerdictLibrary.from_folder(library_folder)
    with new_project(tmp_path) as project:
        suggestion = project_suggestions(project, library)[0]
        changes = take_over(project, suggestion, who="Ben")
        claim = project.claim(suggestion.claim_id)
        assert (claim.verdict, claim.rationale) == (Verdict.DENIED, "Aucune source indépendante.")
        fields = [(entry.field, entry.who) for entry in project.history(claim.id)]
        assert fields == [("verdict", "Ben"), (TAKEN_FROM, "Ben"), ("rationale", "Ben")]
        assert "in project octobre" in (project.history(claim.id)[1].new or "")
        assert [change.field for change in changes] == ["verdict", "rationale"]
        # Once decided, the claim is offered nothing more.
        assert project_suggestions(project, library) == []


def test_the_open_project_is_not_its_own_library(tmp_path: Path, library_folder: Path) -> None:
    with make_project(library_folder / "current.wbproj", [("Musk", CLAIM)]) as project:
        project.set_verdict(project.claims()[0].id, Verdict.CONFIRMED)
        library = VerdictLibrary.from_folder(library_folder, exclude=project.path)
        assert {past.project_name for past in library.verdicts} == {"octobre"}


def test_a_missing_library_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="does not exist"):
        VerdictLibrary.from_folder(tmp_path / "nowhere")


def test_the_library_never_writes_to_earlier_projects(tmp_path: Path, library_folder: Path) -> None:
    before = (library_folder / "octobre.wbproj").read_bytes()
    VerdictLibrary.from_folder(library_folder)
    assert (library_folder / "octobre.wbproj").read_bytes() == before
