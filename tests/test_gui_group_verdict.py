"""The window's session gives a group of claims one verdict in one undoable step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.corpus_projects import make_project

from workbench.core.corpus.group_verdicts import REUSED_FROM
from workbench.core.corpus.groups import project_groups
from workbench.core.model import Verdict
from workbench.core.project import Project
from workbench.gui.editing.session import Session

WIRE = "Les syndicats dénoncent une hausse de 12 % des cadences sur les quais."


@pytest.fixture
def session(tmp_path: Path, qtbot) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    project = make_project(
        tmp_path / "group.wbproj",
        [("Dépêche", WIRE), ("Reprise", f"Le port se tait. {WIRE}"), ("Encore", WIRE)],
    )
    session = Session(project, who=lambda: "Ana")
    yield session
    session.close()


def group_ids(project: Project) -> tuple[int, int, int]:
    [group] = project_groups(project).groups
    first, second, third = group.claim_ids
    return first, second, third


def test_a_group_verdict_is_one_undo_step_and_each_claim_is_refreshed(
    session: Session,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    project = session.project
    source, second, third = group_ids(project)
    project.set_verdict(source, Verdict.DENIED, who="Ana")
    refreshed: list[int] = []
    session.claim_changed.connect(lambda claim: refreshed.append(claim.id))
    with qtbot.waitSignal(session.claim_changed):
        assert session.apply_group_verdict(project.claim(source), [second, third])
    assert sorted(refreshed) == [second, third]
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Give 2 claims the verdict of claim 1"
    assert {project.claim(claim_id).verdict for claim_id in (second, third)} == {Verdict.DENIED}

    with qtbot.waitSignal(session.claim_changed):
        session.undo_stack.undo()
    assert {project.claim(claim_id).verdict for claim_id in (second, third)} == {Verdict.UNCHECKED}
    assert project.claim(source).verdict is Verdict.DENIED  # given by hand, before the group step

    session.undo_stack.redo()
    assert {project.claim(claim_id).verdict for claim_id in (second, third)} == {Verdict.DENIED}


def test_the_history_of_each_claim_says_where_its_verdict_came_from_and_when_it_was_undone(
    session: Session,
) -> None:
    project = session.project
    source, second, third = group_ids(project)
    project.set_verdict(source, Verdict.CONFIRMED, who="Ana")
    session.apply_group_verdict(project.claim(source), [second])
    session.undo_stack.undo()
    entries = [(entry.field, entry.old, entry.new, entry.who) for entry in project.history(second)]
    note = f"claim 1 (article {project.claim(source).article_id}: Dépêche)"
    assert entries == [
        ("verdict", "unchecked", "confirmed", "Ana"),
        (REUSED_FROM, None, note, "Ana"),
        ("verdict", "confirmed", "unchecked", "Ana"),
        (REUSED_FROM, note, None, "Ana"),
    ]
    assert project.history(third) == []  # not chosen


def test_a_refused_group_verdict_says_why_and_leaves_the_undo_stack_empty(
    session: Session,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    project = session.project
    source, second, _ = group_ids(project)
    with qtbot.waitSignal(session.edit_refused) as refused:
        assert not session.apply_group_verdict(project.claim(source), [second])
    assert "no verdict to reuse" in refused.args[0]
    assert session.undo_stack.count() == 0
