"""The checker's answers to a revision, undone and redone in the window (Ctrl+Z, Ctrl+Shift+Z)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.driving import press, refocus
from helpers.fakes import RegexAnalyzer
from helpers.revision_window import (
    DELETED,
    KEPT,
    NEW_TEXT,
    OLD_TEXT,
    REPLACEMENT,
    REWORDED_NEW,
    REWORDED_OLD,
    claim_in_list,
    revise_in_core,
    select_replacement_for_the_orphan,
    shown_text,
)
from PySide6.QtCore import Qt

from workbench.core.importers import read_articles
from workbench.core.model import Verdict
from workbench.core.project import Project
from workbench.core.revisions import AnchorStatus, anchor_states

Key = Qt.Key
Mod = Qt.KeyboardModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _revised_window(make_window, path: Path, revised: Path):  # type: ignore[no-untyped-def]
    """A window on the project once `revised` is recorded through the core."""
    revise_in_core(path, revised)
    return make_window(Project.open(path))


def _status(window, claim_id: int) -> AnchorStatus:  # type: ignore[no-untyped-def]
    claim = window.project.claim(claim_id)
    return anchor_states(window.project, claim.article_id)[claim_id].status


def _in_claims(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The keys go to the claims list (a text field would take Ctrl+Z for its own text)."""
    refocus(qtbot, window)
    window.claims_panel.table.setFocus()
    qtbot.waitUntil(window.claims_panel.table.hasFocus)


def _undo(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _in_claims(qtbot, window)
    press(qtbot, Key.Key_Z, Mod.ControlModifier)


def _redo(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _in_claims(qtbot, window)
    press(qtbot, Key.Key_Z, Mod.ControlModifier | Mod.ShiftModifier)


def test_an_orphan_placed_from_the_note_is_undone_and_redone(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, revised_file
) -> None:
    window = _revised_window(make_window, revision_project, revised_file)
    orphan = select_replacement_for_the_orphan(qtbot, window, len(REPLACEMENT))
    qtbot.mouseClick(window.revision_note.place, Qt.MouseButton.LeftButton)
    assert window.orphans_panel.orphans() == []
    assert window.project.claim(orphan.id).text == REPLACEMENT
    assert window.undo_action.text() == f"&Undo Place claim {orphan.number}"

    _undo(qtbot, window)
    assert _status(window, orphan.id) == AnchorStatus.ORPHAN
    assert [claim.id for claim in window.orphans_panel.orphans()] == [orphan.id]
    assert window.article_view.shown_claim(orphan.id) is None  # out of the text again
    assert shown_text(window, orphan.id).startswith("[not found in this revision] ")
    back = window.project.claim(orphan.id)
    assert (back.text, back.number, back.verdict) == (DELETED, orphan.number, Verdict.UNVERIFIED)

    _redo(qtbot, window)
    assert window.orphans_panel.orphans() == []
    assert window.project.claim(orphan.id).text == REPLACEMENT
    assert _status(window, orphan.id) == AnchorStatus.CHANGED
    assert window.article_view.shown_claim(orphan.id) is not None


def test_the_span_key_on_an_orphan_is_undone_to_an_orphan(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, revised_file
) -> None:
    window = _revised_window(make_window, revision_project, revised_file)
    orphan = select_replacement_for_the_orphan(qtbot, window, len(REPLACEMENT))
    press(qtbot, Key.Key_S)
    assert _status(window, orphan.id) == AnchorStatus.CHANGED
    assert window.orphans_panel.orphans() == []
    assert window.undo_action.text() == f"&Undo Change the span of claim {orphan.number}"
    _undo(qtbot, window)
    assert _status(window, orphan.id) == AnchorStatus.ORPHAN
    assert window.project.claim(orphan.id).text == DELETED
    assert [claim.id for claim in window.orphans_panel.orphans()] == [orphan.id]
    assert window.article_view.shown_claim(orphan.id) is None


def test_confirming_a_reworded_claim_is_undone_from_the_edit_menu(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, revised_file
) -> None:
    window = _revised_window(make_window, revision_project, revised_file)
    changed = claim_in_list(window, REWORDED_NEW)
    window.select_claim(changed.id)
    qtbot.mouseClick(window.revision_note.confirm, Qt.MouseButton.LeftButton)
    assert not shown_text(window, changed.id).startswith("[")
    assert not window.revision_note.isVisible()
    assert window.undo_action in window.edit_menu.actions()
    window.undo_action.trigger()
    assert shown_text(window, changed.id).startswith("[changed since verdict] ")
    state = anchor_states(window.project, changed.article_id)[changed.id]
    assert state.text_at_verdict == REWORDED_OLD
    assert window.current_claim().id == changed.id
    assert window.revision_note.isVisible()
    window.redo_action.trigger()
    assert _status(window, changed.id) == AnchorStatus.EXACT


def test_a_verdict_on_a_reworded_claim_confirms_it_until_undone(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, revised_file
) -> None:
    window = _revised_window(make_window, revision_project, revised_file)
    changed = claim_in_list(window, REWORDED_NEW)
    assert changed.verdict == Verdict.DENIED
    window.select_claim(changed.id)
    _in_claims(qtbot, window)
    press(qtbot, Key.Key_D)  # the same verdict, given on the new wording
    assert _status(window, changed.id) == AnchorStatus.EXACT
    assert not shown_text(window, changed.id).startswith("[")
    _undo(qtbot, window)
    assert _status(window, changed.id) == AnchorStatus.CHANGED
    assert shown_text(window, changed.id).startswith("[changed since verdict] ")
    assert window.project.claim(changed.id).verdict == Verdict.DENIED
    # another verdict clears it too, and its undo brings back both
    _in_claims(qtbot, window)
    press(qtbot, Key.Key_C)
    assert window.project.claim(changed.id).verdict == Verdict.CONFIRMED
    assert _status(window, changed.id) == AnchorStatus.EXACT
    _undo(qtbot, window)
    assert window.project.claim(changed.id).verdict == Verdict.DENIED
    assert _status(window, changed.id) == AnchorStatus.CHANGED
    # a verdict key on a claim with nothing to clear adds no undo step
    kept = claim_in_list(window, KEPT)
    window.select_claim(kept.id)
    count = window.session.undo_stack.count()
    _in_claims(qtbot, window)
    press(qtbot, Key.Key_C)
    assert window.session.undo_stack.count() == count


def test_an_ambiguous_claim_moved_to_its_other_place_is_undone(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, tmp_path
) -> None:
    doubled = tmp_path / "doubled.txt"
    doubled.write_text(OLD_TEXT.replace(KEPT, f"{KEPT} {KEPT}") + "\n", encoding="utf-8")
    window = _revised_window(make_window, revision_project, doubled)
    article_id = window.navigator.current_article()
    (unsure,) = [
        claim for claim in window.project.claims(article_id) if claim.verdict == Verdict.CONFIRMED
    ]
    alternatives = anchor_states(window.project, article_id)[unsure.id].alternatives
    window.select_claim(unsure.id)
    (button,) = window.revision_note.alternatives
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _status(window, unsure.id) == AnchorStatus.EXACT
    _undo(qtbot, window)
    assert _status(window, unsure.id) == AnchorStatus.AMBIGUOUS
    back = window.project.claim(unsure.id)
    assert (back.start, back.end) == (unsure.start, unsure.end)
    assert anchor_states(window.project, article_id)[unsure.id].alternatives == alternatives
    assert shown_text(window, unsure.id).startswith("[place to confirm] ")
    _redo(qtbot, window)
    assert (window.project.claim(unsure.id).start, _status(window, unsure.id)) == (
        alternatives[0][0],
        AnchorStatus.EXACT,
    )


def test_an_orphan_dismissed_is_brought_back_and_dismissed_again(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, revised_file
) -> None:
    window = _revised_window(make_window, revision_project, revised_file)
    (orphan,) = window.orphans_panel.orphans()
    window.orphans_panel.list.setCurrentRow(0)
    qtbot.mouseClick(window.orphans_panel.dismiss, Qt.MouseButton.LeftButton)
    assert window.project.claim(orphan.id).is_dismissed
    _undo(qtbot, window)
    assert not window.project.claim(orphan.id).is_dismissed
    _redo(qtbot, window)
    assert window.project.claim(orphan.id).is_dismissed
    assert window.orphans_panel.list.item(0).text().endswith("(dismissed)")
    assert window.article_view.shown_claim(orphan.id) is None


def test_the_picker_numbers_the_articles_as_read_revision_does(  # type: ignore[no-untyped-def]
    qtbot, revision_project, tmp_path
) -> None:
    from helpers.revision_window import OTHER_TEXT
    from helpers.revisions import TITLE

    from workbench.core.revisions import read_revision
    from workbench.gui.revisions.dialog import RevisionDialog

    corpus = tmp_path / "export.txt"
    entries = [
        ("37/1366", "Un tout autre sujet", OTHER_TEXT.split("\n", 1)[1]),
        ("38/1366", TITLE, NEW_TEXT.split("\n", 1)[1]),
    ]
    corpus.write_text(
        "".join(
            f"{index}\nDate : 25-10-2024 20:32:03\n{title} ;\n{body}\n|\n"
            for index, title, body in entries
        ),
        encoding="utf-8",
    )
    analysed = [(draft, RegexAnalyzer().analyze(draft.text)) for draft in read_articles(corpus)]
    with Project.open(revision_project) as project:
        dialog = RevisionDialog(project, analysed, None, str(corpus))
        qtbot.addWidget(dialog)
        items = [dialog.drafts.itemText(row) for row in range(dialog.drafts.count())]
        assert items == ["37. Un tout autre sujet", f"38. {TITLE}"]
        dialog.drafts.setCurrentIndex(1)
        assert dialog.draft()[0] == read_revision(corpus, 38)
        assert "1 claim(s) reworded" in dialog.preview.text()
        dialog.close()
