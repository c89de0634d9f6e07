"""Re-importing a revised draft in the window: the dialog, the flags, the orphans, the comparison."""

from __future__ import annotations

import pytest
from helpers.driving import press, refocus
from helpers.revision_window import (
    ADDED,
    ANALYSIS_TIMEOUT_MS,
    DELETED,
    KEPT,
    NEW_TEXT,
    OLD_TEXT,
    OTHER_TEXT,
    REPLACEMENT,
    REWORDED_NEW,
    TITLE,
    claim_in_list,
    import_through_dialog,
    record,
    revise_in_core,
    revised_in_window,
    select_replacement_for_the_orphan,
    shown_text,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from workbench.core.model import Verdict
from workbench.core.project import Project
from workbench.core.revisions import AnchorStatus, anchor_states
from workbench.gui.revisions.compare import RevisionCompareDialog

Key = Qt.Key
Mod = Qt.KeyboardModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_a_revised_draft_imported_through_the_window(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, revised_file
) -> None:
    window = make_window(Project.open(revision_project))
    article_id = window.navigator.current_article()
    assert window.project.article(article_id).title == TITLE
    assert window.revision_label.text().startswith("Revision 1 of 1")
    assert not window.commands.compare_revisions.isEnabled()
    window.select_claim(claim_in_list(window, TITLE).id)
    press(qtbot, Key.Key_C)
    assert window.undo_action.isEnabled()

    dialog = import_through_dialog(qtbot, window, revised_file)
    rows = dialog.candidate_rows()
    assert rows[0][0] == article_id and rows[0][1].endswith("(open now)")
    assert rows[0][2].endswith("%") and int(rows[0][2].rstrip(" %")) >= 80
    assert dialog.chosen_article() == article_id
    assert all(row[1] != "Un tout autre sujet" for row in rows)  # too different to propose
    preview = dialog.preview.text()
    assert "1 claim(s) reworded" in preview and "1 claim(s) not found" in preview
    assert dialog.import_button.text() == "&Import as revision 2"
    result = record(qtbot, window, dialog)
    assert result.revision == 2 and len(result.orphans) == 1 and len(result.changed) == 1
    # an old span change undone on the new text would land on other words
    assert not window.undo_action.isEnabled()
    assert window.status.message().endswith("Earlier edits can no longer be undone.")
    assert claim_in_list(window, TITLE).verdict == Verdict.CONFIRMED

    # verdicts stayed on the claims found again
    assert claim_in_list(window, KEPT).verdict == Verdict.CONFIRMED
    assert not shown_text(window, claim_in_list(window, KEPT).id).startswith("[")
    assert window.article_view.toPlainText() == NEW_TEXT
    # the reworded claim keeps its verdict, flagged, with both wordings in the details
    changed = claim_in_list(window, REWORDED_NEW)
    assert changed.verdict == Verdict.DENIED
    assert shown_text(window, changed.id).startswith("[changed since verdict] ")
    window.select_claim(changed.id)
    note = window.revision_note
    assert note.isVisible()
    assert note.heading.text().startswith("⚠ Changed since verdict")
    assert "180" in note.before.text() and "<s" in note.before.text()
    assert "185" in note.after.text() and "<u" in note.after.text()
    # the lost claim is listed, with its verdict, and kept out of the text
    assert window.orphans_dock.isVisible()
    (orphan,) = window.orphans_panel.orphans()
    assert orphan.text == DELETED and orphan.verdict == Verdict.UNVERIFIED
    assert DELETED in window.orphans_panel.list.item(0).text()
    assert shown_text(window, orphan.id).startswith("[not found in this revision] ")
    assert window.article_view.shown_claim(orphan.id) is None
    # the new sentence is a new claim, unchecked
    assert claim_in_list(window, ADDED).verdict == Verdict.UNCHECKED
    assert claim_in_list(window, REPLACEMENT).verdict == Verdict.UNCHECKED
    # which revision is open, and the revision in a claim's history
    assert window.revision_label.text().startswith("Revision 2 of 2")
    window.select_claim(claim_in_list(window, KEPT).id)
    assert not note.isVisible()
    history = [
        window.details.history.item(row).text() for row in range(window.details.history.count())
    ]
    assert any(": revision 1 → 2" in line for line in history)

    # the comparison with the previous revision
    refocus(qtbot, window)
    press(qtbot, Key.Key_D, Mod.ControlModifier | Mod.ShiftModifier)
    compare = window.dialog
    assert isinstance(compare, RevisionCompareDialog)
    qtbot.waitExposed(compare)
    assert compare.revisions_shown() == (1, 2)
    changes = {(change.kind, change.text) for change in compare.changes()}
    assert any(kind == "inserted" and ADDED[:-1] in text for kind, text in changes)
    assert ("deleted", "180") in changes and ("inserted", "185") in changes
    assert any(kind == "deleted" and DELETED[:-1] in text for kind, text in changes)
    for change in compare.changes():
        cursor = QTextCursor(compare.view.document())
        cursor.setPosition(change.start + 1)
        text_format = cursor.charFormat()
        if change.kind == "deleted":  # not by colour alone
            assert text_format.fontStrikeOut() and not text_format.fontUnderline()
        else:
            assert text_format.fontUnderline() and not text_format.fontStrikeOut()
    assert compare.counts.text().startswith("Revision 1 → 2:")
    assert compare.go_to_change(1)
    assert compare.view.textCursor().selectedText() == compare.changes()[0].text
    compare.close()


def test_an_orphan_placed_on_a_selection_keeps_its_verdict(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, revised_file
) -> None:
    window = revised_in_window(qtbot, make_window, revision_project, revised_file)
    orphan = select_replacement_for_the_orphan(qtbot, window, len(REPLACEMENT) - 1)
    start = NEW_TEXT.index(REPLACEMENT)
    assert window.current_claim().id == orphan.id
    assert window.article_view.selected_span() == (start, start + len(REPLACEMENT) - 1)
    assert window.revision_note.place.isVisible()
    press(qtbot, Key.Key_P, Mod.AltModifier)  # the note's "Place on the selected text"
    # A mnemonic animates the button's click, which lands a moment later.
    qtbot.waitUntil(lambda: window.orphans_panel.orphans() == [])

    placed = window.project.claim(orphan.id)
    assert placed.text == REPLACEMENT[:-1] and placed.verdict == Verdict.UNVERIFIED
    assert window.orphans_panel.orphans() == []
    state = anchor_states(window.project, placed.article_id)[orphan.id]
    assert state.status == AnchorStatus.CHANGED and state.text_at_verdict == DELETED
    assert shown_text(window, orphan.id).startswith("[changed since verdict] ")
    assert window.article_view.shown_claim(orphan.id) is not None
    # the checker accepts the new wording: the flag goes, the verdict stays
    assert window.current_claim().id == orphan.id
    qtbot.mouseClick(window.revision_note.confirm, Qt.MouseButton.LeftButton)
    assert not window.revision_note.isVisible()
    assert not shown_text(window, orphan.id).startswith("[")
    assert window.project.claim(orphan.id).verdict == Verdict.UNVERIFIED


def test_the_span_key_on_an_orphan_places_it(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, revised_file
) -> None:
    window = revised_in_window(qtbot, make_window, revision_project, revised_file)
    orphan = select_replacement_for_the_orphan(qtbot, window, len(REPLACEMENT))
    assert window.current_claim().id == orphan.id
    press(qtbot, Key.Key_S)
    state = anchor_states(window.project, orphan.article_id)[orphan.id]
    assert state.status == AnchorStatus.CHANGED
    assert window.project.claim(orphan.id).text == REPLACEMENT
    assert window.orphans_panel.orphans() == []
    assert window.article_view.shown_claim(orphan.id) is not None


def test_a_claim_with_two_places_is_confirmed_or_moved_by_the_checker(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, tmp_path
) -> None:
    doubled = tmp_path / "doubled.txt"
    doubled.write_text(OLD_TEXT.replace(KEPT, f"{KEPT} {KEPT}") + "\n", encoding="utf-8")
    window = make_window(Project.open(revision_project))
    dialog = import_through_dialog(qtbot, window, doubled)
    assert "1 claim(s) placed where several passages fit" in dialog.preview.text()
    record(qtbot, window, dialog)
    kept = window.project.claims(window.navigator.current_article())
    (unsure,) = [claim for claim in kept if claim.verdict == Verdict.CONFIRMED]
    assert shown_text(window, unsure.id).startswith("[place to confirm] ")
    window.select_claim(unsure.id)
    assert window.revision_note.heading.text().startswith("⚠ Placed on one of 2 passages")
    assert window.revision_note.place.isVisible() and window.revision_note.confirm.isVisible()
    # the checker puts it on the other copy: the same wording, so nothing is left to confirm
    text = window.article_view.toPlainText()
    (other,) = [start for start in (text.index(KEPT), text.rindex(KEPT)) if start != unsure.start]
    (button,) = window.revision_note.alternatives
    assert button.text().startswith("Move it to place 2, after “…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    placed = window.project.claim(unsure.id)
    assert (placed.start, placed.end) == (other, other + len(KEPT))
    assert placed.verdict == Verdict.CONFIRMED
    assert anchor_states(window.project, placed.article_id)[unsure.id].status == AnchorStatus.EXACT
    assert not shown_text(window, unsure.id).startswith("[")
    assert not window.revision_note.isVisible()


def test_an_orphan_dismissed_from_the_panel_then_brought_back(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, revised_file
) -> None:
    window = revised_in_window(qtbot, make_window, revision_project, revised_file)
    (orphan,) = window.orphans_panel.orphans()
    window.orphans_panel.list.setCurrentRow(0)
    assert window.orphans_panel.dismiss.text() == "Dismiss"
    qtbot.mouseClick(window.orphans_panel.dismiss, Qt.MouseButton.LeftButton)
    assert window.project.claim(orphan.id).is_dismissed
    assert window.orphans_panel.list.item(0).text().endswith("(dismissed)")  # still listed
    assert window.orphans_panel.dismiss.text() == "Bring back"
    assert window.article_view.shown_claim(orphan.id) is None
    refocus(qtbot, window)
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    assert not window.project.claim(orphan.id).is_dismissed
    assert window.article_view.shown_claim(orphan.id) is None
    assert not window.orphans_panel.list.item(0).text().endswith("(dismissed)")


def test_the_dialog_proposes_the_similar_article_and_refuses_the_same_text(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, revised_file, tmp_path
) -> None:
    window = make_window(Project.open(revision_project))
    budget, football = window.navigator.model.article_ids()
    window.navigator.select_article(football)  # the open article is not the one revised
    dialog = import_through_dialog(qtbot, window, revised_file)
    rows = dialog.candidate_rows()
    assert [row[0] for row in rows] == [football, budget]
    assert rows[0][2] == "below 50 %"
    assert dialog.chosen_article() == budget  # the one the text plainly belongs to
    dialog.choose_article(football)
    assert "looks little like" in dialog.preview.text()
    dialog.show_all.setChecked(True)
    assert {row[0] for row in dialog.candidate_rows()} == {budget, football}
    dialog.reject()

    same = tmp_path / "same.txt"
    same.write_text(OLD_TEXT + "\n", encoding="utf-8")
    window.navigator.select_article(budget)
    dialog = import_through_dialog(qtbot, window, same)
    assert dialog.chosen_article() == budget
    assert "same as revision 1" in dialog.problem.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert window.project.article(budget).revision == 1


def test_an_unreadable_file_changes_nothing(qtbot, make_window, revision_project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(revision_project))
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    with qtbot.waitSignal(window.revision_import.failed, timeout=ANALYSIS_TIMEOUT_MS):
        window.import_revision(empty)
    box = window.dialog
    assert isinstance(box, QMessageBox)
    assert "empty.txt" in box.detailedText()
    box.close()
    assert all(article.revision == 1 for article in window.project.articles())


def test_read_only_projects_offer_no_revision_import(qtbot, make_window, revision_project) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(revision_project, read_only=True))
    assert not window.commands.import_revision.isEnabled()
    assert window.commands.import_revision.shortcut().toString() == "Ctrl+Shift+I"


def test_the_revision_marks_in_french(
    qtbot, make_window, revision_project, revised_file, qapp
) -> None:  # type: ignore[no-untyped-def]
    from workbench.gui.app.i18n import Translations

    revise_in_core(revision_project, revised_file)
    translations = Translations(qapp)
    try:
        window = make_window(Project.open(revision_project), translations=translations)
        window.commands.language_fr.trigger()
        assert window.revision_label.text().startswith("Révision 2 sur 2")
        changed = claim_in_list(window, REWORDED_NEW)
        assert shown_text(window, changed.id).startswith("[modifiée depuis le verdict] ")
        assert window.orphans_dock.windowTitle() == "Affirmations introuvables dans cette révision"
        assert (
            window.commands.import_revision.text() == "Importer une nouvelle &version de l’article…"
        )
    finally:
        translations.apply("en")


def test_marks_repaint_only_the_text_column_and_keep_the_model_sound(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, revision_project
) -> None:
    from workbench.gui.review.claims_model import TEXT, ClaimsModel

    with Project.open(revision_project) as project:
        claims = project.claims(project.articles()[0].id)
    model = ClaimsModel()
    model.set_claims(claims)
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_marks({claims[2].id: "changed since verdict"})
    first, last = changed.args[:2]
    assert (first.row(), first.column(), last.row(), last.column()) == (
        0,
        TEXT,
        len(claims) - 1,
        TEXT,
    )
    qtmodeltester.check(model)
    assert str(model.index(2, TEXT).data()).startswith("[changed since verdict] ")
    assert not str(model.index(1, TEXT).data()).startswith("[")
    assert str(model.index(2, TEXT).data(Qt.ItemDataRole.ToolTipRole)).endswith(
        "changed since verdict"
    )
    model.set_marks({})
    assert not str(model.index(2, TEXT).data()).startswith("[")


def test_reading_a_new_version_can_be_cancelled_or_left_by_closing(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, revised_file
) -> None:
    from helpers.fakes import slow_runner_factory

    window = make_window(Project.open(revision_project), runner_factory=slow_runner_factory())
    window.import_revision(revised_file)
    assert window.revision_import.is_running()
    assert not window.commands.import_revision.isEnabled()
    assert window.analysis_bar.isVisible()
    with qtbot.waitSignal(window.revision_import.cancelled):
        window.commands.cancel_analysis.trigger()
    assert not window.revision_import.is_running()
    assert window.commands.import_revision.isEnabled()
    assert "cancelled" in window.status.message()
    assert all(article.revision == 1 for article in window.project.articles())
    window.import_revision(revised_file)
    assert window.revision_import.is_running()
    window.close()  # the worker is stopped with the window (checked after the test)
    assert not window.revision_import.is_running()


def test_a_file_of_several_articles_lets_the_checker_pick_one(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, tmp_path
) -> None:
    corpus = tmp_path / "export.txt"
    entries = [
        ("1/2", "Un tout autre sujet", OTHER_TEXT.split("\n", 1)[1]),
        ("2/2", TITLE, NEW_TEXT.split("\n", 1)[1]),
    ]
    corpus.write_text(
        "".join(
            f"{index}\nDate : 25-10-2024 20:32:03\n{title} ;\n{body}\n|\n"
            for index, title, body in entries
        ),
        encoding="utf-8",
    )
    window = make_window(Project.open(revision_project))
    budget, football = window.navigator.model.article_ids()
    dialog = import_through_dialog(qtbot, window, corpus)
    assert dialog.drafts.isEnabled() and dialog.drafts.count() == 2
    assert dialog.draft()[0].title == "Un tout autre sujet"
    assert dialog.chosen_article() == football
    dialog.drafts.setCurrentIndex(1)
    assert dialog.chosen_article() == budget
    assert "1 claim(s) reworded" in dialog.preview.text()
    record(qtbot, window, dialog)
    assert window.project.article(budget).revision == 2
    assert window.project.article(football).revision == 1


def test_whole_sentences_are_marked_from_their_first_word_to_their_full_stop() -> None:
    from workbench.core.revisions import diff_words
    from workbench.gui.revisions.compare import readable_ops

    old = "Il a parlé «du futur». Le ministère s’appuie sur lui.\nFin."
    new = "Il a parlé «du futur». Le Kremlin a démenti vendredi.\nFin."
    added = (
        "Il a parlé «du futur». Le Kremlin a démenti vendredi. Le ministère s’appuie sur lui.\nFin."
    )
    for before, after in ((old, added), (added, old)):
        ops = readable_ops(diff_words(before, after), before, after)
        tag = "insert" if len(after) > len(before) else "delete"
        assert [op.tag for op in ops] == ["equal", tag, "equal"]
        changed = ops[1]
        text = (
            after[changed.new_start : changed.new_end]
            or before[changed.old_start : changed.old_end]
        )
        assert text.strip() == "Le Kremlin a démenti vendredi."
        # the opcodes still cover both texts, in order, and rebuild the new one
        rebuilt = "".join(after[op.new_start : op.new_end] for op in ops if op.tag != "delete")
        assert rebuilt == after
        assert ops[0].old_start == ops[0].new_start == 0
        assert ops[-1].old_end == len(before) and ops[-1].new_end == len(after)
    replaced = readable_ops(diff_words(old, new), old, new)
    assert replaced == diff_words(old, new)  # a replacement is left as it is
