"""The window after a revision and a checker's edits: "to re-check", and numbers that stay."""

from __future__ import annotations

import pytest
from helpers.driving import press, refocus, select_in_text
from helpers.revision_window import KEPT, REWORDED_NEW, claim_in_list, revise_in_core
from PySide6.QtCore import Qt

from workbench.core.model import Verdict
from workbench.core.project import Project
from workbench.gui.review.claims_model import NUMBER, VERDICT

Key = Qt.Key
Mod = Qt.KeyboardModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def cell(window, claim_id: int, column: int) -> str:  # type: ignore[no-untyped-def]
    """The cell's mark, then the word a screen reader and the tooltip give with it."""
    from PySide6.QtCore import Qt

    model = window.claims_panel.model
    index = model.index(model.row_of(claim_id), column)
    if column != VERDICT:
        return str(index.data())
    said = str(index.data(Qt.ItemDataRole.AccessibleTextRole))
    assert said.split(", ")[1] in str(index.data(Qt.ItemDataRole.ToolTipRole))
    return f"{index.data()} {said.split(', ')[1]}"


def test_a_verdict_on_reworded_claim_shows_to_recheck_until_given_again(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, revised_file
) -> None:
    revise_in_core(revision_project, revised_file)
    window = make_window(Project.open(revision_project))
    changed = claim_in_list(window, REWORDED_NEW)
    assert changed.verdict == Verdict.DENIED
    assert cell(window, changed.id, VERDICT) == "\u21bb To re-check"
    assert cell(window, claim_in_list(window, KEPT).id, VERDICT) == "\u2713 Confirmed"
    window.select_claim(changed.id)
    heading = window.details.heading.text()
    assert "to re-check: Denied was given on the earlier wording" in heading
    # the navigator and the status bar do not count it as checked
    article_id = window.navigator.current_article()
    project = window.project
    claims = [c for c in project.claims(article_id) if not c.is_dismissed]
    checked = sum(c.verdict != Verdict.UNCHECKED for c in claims) - 1
    assert project.article(article_id).checked_count == checked
    assert window.progress_label.text().startswith(f"Article: {checked} of {len(claims)} checked")

    press(qtbot, Key.Key_D)  # the checker reads the new wording and denies it again
    assert cell(window, changed.id, VERDICT) == "\u2717 Denied"
    assert "re-check" not in window.details.heading.text()
    assert project.article(article_id).checked_count == checked + 1


def test_a_manual_claim_before_the_others_renumbers_nothing_in_the_window(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project
) -> None:
    window = make_window(Project.open(revision_project))
    before = {c.id: cell(window, c.id, NUMBER) for c in window.claims_panel.model.claims()}
    text = window.article_view.toPlainText()
    select_in_text(qtbot, window, 0, text.index(" "))  # the first word: before every claim
    press(qtbot, Key.Key_A)
    added = window.current_claim()
    assert added.origin == "manual" and added.number == len(before) + 1
    assert window.undo_action.text() == f"&Undo Add claim {added.number}"
    after = {c.id: cell(window, c.id, NUMBER) for c in window.claims_panel.model.claims()}
    assert {claim_id: after[claim_id] for claim_id in before} == before
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    press(qtbot, Key.Key_Z, Mod.ControlModifier | Mod.ShiftModifier)  # redo: the same number
    assert cell(window, added.id, NUMBER) == str(added.number)
    assert window.undo_action.text() == f"&Undo Add claim {added.number}"


def test_claimreview_is_exported_from_the_window_after_settings(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, tmp_path
) -> None:
    import json

    window = make_window(Project.open(revision_project))
    window.commands.settings.trigger()
    dialog = window.dialog
    qtbot.waitExposed(dialog)
    dialog.publisher.name.setText("Le Quotidien – Vérification")  # typed: not in a key map
    qtbot.keyClicks(dialog.publisher.url, "javascript:alert(1)")
    qtbot.keyClick(dialog.checker_name, Key.Key_Return)
    assert dialog.isVisible() and dialog.publisher.problem.isVisible()  # refused, stays open
    dialog.publisher.url.clear()
    qtbot.keyClicks(dialog.publisher.url, "https://quotidien.example/verif")
    qtbot.keyClick(dialog.checker_name, Key.Key_Return)
    assert not dialog.isVisible()
    assert window.project.state("publisher_url") == "https://quotidien.example/verif"

    refocus(qtbot, window)
    press(qtbot, Key.Key_E, Mod.ControlModifier)
    export = window.dialog
    qtbot.waitExposed(export)
    export.report_format.setCurrentIndex(export.report_format.findData("claimreview"))
    output = tmp_path / "reviews.jsonld"
    export.output.setText(str(output))
    with qtbot.waitSignal(window.report_written):
        qtbot.keyClick(export.output, Key.Key_Return)
    reviews = json.loads(output.read_text(encoding="utf-8"))
    assert reviews and {review["inLanguage"] for review in reviews} == {"fr"}
    assert {review["author"]["name"] for review in reviews} == {"Le Quotidien – Vérification"}
