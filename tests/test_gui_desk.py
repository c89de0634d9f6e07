"""The desk from the window: File ▸ Give articles to a checker…, File ▸ Merge a checker's work…"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.driving import refocus, type_in_file_dialog
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from tests.helpers.desk import claim_of, give, make_project
from workbench.core.model import Verdict
from workbench.core.project import Project
from workbench.core.reports.content import collect
from workbench.gui.dialogs.give_part import GivePartDialog
from workbench.gui.dialogs.merge import MergeDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _part_with_a_conflict(tmp_path: Path) -> tuple[Path, Path]:
    origin = make_project(tmp_path / "desk.wbproj")
    part = give(origin, ["Article 1", "Article 2"], tmp_path / "alice.wbproj", "Alice")
    with Project.open(part) as mine:
        mine.set_verdict(claim_of(mine, "Article 1", 2).id, Verdict.DENIED, who="Alice")
        mine.set_rationale(claim_of(mine, "Article 2", 1).id, "Vu au JO.", who="Alice")
    with Project.open(origin) as desk:
        desk.set_verdict(claim_of(desk, "Article 1", 2).id, Verdict.CONFIRMED, who="Bob")
    return origin, part


def _menu_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [action.text() for action in window.file_menu.actions()]


def test_the_file_menu_offers_giving_and_merging(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    origin = make_project(tmp_path / "desk.wbproj")
    window = make_window(Project.open(origin))
    texts = _menu_texts(window)
    assert "&Give articles to a checker…" in texts and "&Merge a checker's work…" in texts
    assert window.commands.merge_work.isEnabled() and window.commands.give_part.isEnabled()
    window.set_project(None)
    assert not window.commands.merge_work.isEnabled()
    window.set_project(Project.open(origin, read_only=True))
    assert not window.commands.merge_work.isEnabled()  # a merge writes the project


def test_merging_from_the_menu_previews_waits_for_a_decision_then_refreshes(
    qtbot, make_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    origin, part = _part_with_a_conflict(tmp_path)
    window = make_window(Project.open(origin))
    window.commands.merge_work.trigger()
    type_in_file_dialog(qtbot, window, str(part))
    qtbot.waitUntil(lambda: isinstance(window.dialog, MergeDialog))
    dialog = window.dialog
    qtbot.waitExposed(dialog)
    assert "alice.wbproj" in dialog.heading.text() and "(Alice)" in dialog.heading.text()
    assert [dialog.changes.item(0).text()] == ["Article 2, claim 1: rationale"]
    (box,) = dialog.conflict_boxes
    assert box.take_part.text() == "Take Alice's"
    assert not dialog.merge_button.isEnabled()
    assert box.take_part.isVisible(), "the decision is in view"
    # On the round button itself: a radio button only takes clicks on its mark and its text.
    on_the_mark = QPoint(6, box.take_part.height() // 2)
    qtbot.mouseClick(box.take_part, Qt.MouseButton.LeftButton, pos=on_the_mark)
    assert dialog.merge_button.isEnabled()
    with qtbot.waitSignal(window.desk.merged, timeout=20000) as merged:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert "1 conflict(s)" in merged.args[0]
    # The window shows the project again, with the merged work.
    assert window.project is not None and window.project.path == origin
    claim = claim_of(window.project, "Article 1", 2)
    assert claim.verdict is Verdict.DENIED
    assert claim_of(window.project, "Article 2", 1).rationale == "Vu au JO."
    assert window.status.message().startswith("Merged alice.wbproj: ")
    window.show_article(claim.article_id)
    window.select_claim(claim.id)
    assert window.current_claim() is not None and window.current_claim().verdict is Verdict.DENIED
    # The history records the merge and the decision, with who made it.
    fields = [(e.field, e.who) for e in window.project.history()]
    assert ("merge", "Camille") in fields and ("merge.conflict", "Camille") in fields
    decision = next(e for e in window.project.history(claim.id) if e.field == "merge.conflict")
    assert decision.new is not None and decision.new.startswith("kept the part's")
    assert window.commands.merge_work.isEnabled()


def test_cancelling_the_preview_changes_nothing(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    origin, part = _part_with_a_conflict(tmp_path)
    window = make_window(Project.open(origin))
    before = len(window.project.history())
    window.desk.preview_merge(part)
    qtbot.waitUntil(lambda: isinstance(window.dialog, MergeDialog))
    window.dialog.reject()
    assert len(window.project.history()) == before
    assert claim_of(window.project, "Article 1", 2).verdict is Verdict.CONFIRMED


def test_a_file_that_is_not_a_project_is_named_with_its_problem(
    qtbot, make_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    origin = make_project(tmp_path / "desk.wbproj")
    window = make_window(Project.open(origin))
    bogus = tmp_path / "notes.wbproj"
    bogus.write_text("pas un projet", encoding="utf-8")
    with qtbot.waitSignal(window.desk.failed, timeout=10000) as failed:
        window.desk.preview_merge(bogus)
    assert "notes.wbproj" in failed.args[0]
    assert isinstance(window.dialog, QMessageBox)
    assert window.project is not None  # the window never let go of its project


def test_a_conflict_appearing_after_the_preview_stops_the_merge(
    qtbot, make_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    origin = make_project(tmp_path / "desk.wbproj")
    part = give(origin, ["Article 1"], tmp_path / "alice.wbproj", "Alice")
    with Project.open(part) as mine:
        mine.set_verdict(claim_of(mine, "Article 1", 1).id, Verdict.DENIED, who="Alice")
    window = make_window(Project.open(origin))
    window.desk.preview_merge(part)
    qtbot.waitUntil(lambda: isinstance(window.dialog, MergeDialog))
    dialog = window.dialog
    assert not dialog.conflict_boxes and dialog.merge_button.isEnabled()
    # Meanwhile, in the window, the same claim gets another verdict.
    claim = claim_of(window.project, "Article 1", 1)
    window.show_article(claim.article_id)
    window.select_claim(claim.id)
    window.mark(Verdict.CONFIRMED)
    with qtbot.waitSignal(window.desk.failed, timeout=20000) as failed:
        dialog.merge_button.click()
    assert "nothing was merged" in failed.args[0]
    assert claim_of(window.project, "Article 1", 1).verdict is Verdict.CONFIRMED


def test_giving_a_part_from_the_menu(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    origin = make_project(tmp_path / "desk.wbproj")
    window = make_window(Project.open(origin))
    window.commands.give_part.trigger()
    dialog = window.dialog
    assert isinstance(dialog, GivePartDialog)
    assert not dialog.give.isEnabled()
    dialog.articles.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.articles.item(2).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.checker_name, "Chlo")
    dialog.checker_name.insert("é")  # QTest types Latin letters only
    assert dialog.give.isEnabled() and dialog.count.text().startswith("3 of 3")
    dialog.articles.item(0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.give, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.desk.part_given, timeout=20000):
        type_in_file_dialog(qtbot, window, str(tmp_path / "chloe"))
    written = tmp_path / "chloe.wbproj"
    with Project.open(written, read_only=True) as part:
        assert [a.title for a in part.articles()] == ["Article 2", "Article 3"]
        details = json.loads(part.state("part_details") or "{}")
        assert details["given_to"] == "Chloé" and details["given_by"] == "Camille"
    assert window.project is not None
    notes = [e.new for e in window.project.history() if e.field == "part"]
    assert notes == ["2 article(s) given to Chloé as chloe.wbproj"]


def test_a_part_never_replaces_an_existing_file(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    origin = make_project(tmp_path / "desk.wbproj")
    there = tmp_path / "taken.wbproj"
    there.write_text("someone's file", encoding="utf-8")
    window = make_window(Project.open(origin))
    with qtbot.waitSignal(window.desk.failed) as failed:
        window.desk.give([1], there, "Chloé")
    assert "already exists" in failed.args[0]
    assert there.read_text(encoding="utf-8") == "someone's file"


def test_the_report_names_every_checker_after_merging_two_parts(
    qtbot, make_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    origin = make_project(tmp_path / "desk.wbproj")
    alice = give(origin, ["Article 1"], tmp_path / "alice.wbproj", "Alice")
    bob = give(origin, ["Article 2", "Article 3"], tmp_path / "bob.wbproj", "Bob")
    with Project.open(alice) as part:
        part.set_verdict(claim_of(part, "Article 1", 1).id, Verdict.DENIED, who="Alice")
    with Project.open(bob) as part:
        part.set_rationale(claim_of(part, "Article 3", 2).id, "Source : Insee.", who="Bob")
        part.set_dismissed(claim_of(part, "Article 2", 3).id, True, who="Bob")
    window = make_window(Project.open(origin))
    for part_path in (alice, bob):
        window.desk.preview_merge(part_path)
        qtbot.waitUntil(
            lambda p=part_path: (
                isinstance(window.dialog, MergeDialog) and window.dialog.plan.part_path == p
            )
        )
        with qtbot.waitSignal(window.desk.merged, timeout=20000):
            window.dialog.merge_button.click()
        refocus(qtbot, window)
    content = collect(window.project, reviewer="Camille")
    assert set(content.reviewers) >= {"Camille", "Alice", "Bob"}
    # Without a signature either: the names come from the merged history.
    assert set(collect(window.project).reviewers) >= {"Alice", "Bob"}
