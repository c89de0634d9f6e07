"""Claims added by hand, span changes, dismissals and sources: each by keyboard, each undoable."""

from __future__ import annotations

import pytest
from helpers.driving import press, refocus, select_in_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from workbench.core.model import Atom, AtomKind
from workbench.core.project import Project

Key = Qt.Key
Mod = Qt.KeyboardModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_add_a_claim_from_a_selection_then_undo_and_redo(
    qtbot, make_window, corpus_project
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    text = window.article_view.toPlainText()
    passage = "3 millions d'euros"
    start = text.index(passage)
    before = len(window.claims_panel.model.claims())
    select_in_text(qtbot, window, start, len(passage))
    assert window.article_view.selected_span() == (start, start + len(passage))
    press(qtbot, Key.Key_A)
    claims = window.claims_panel.model.claims()
    assert len(claims) == before + 1
    added = window.current_claim()
    assert added.text == passage and added.origin == "manual"
    assert window.undo_action.text().startswith("&Undo Add claim")
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    assert len(window.claims_panel.model.claims()) == before
    press(qtbot, Key.Key_Z, Mod.ControlModifier | Mod.ShiftModifier)
    assert [c.id for c in window.claims_panel.model.claims()].count(added.id) == 1


def test_change_the_span_of_a_claim(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    window.claims_panel.table.setFocus()
    claim = window.claims_panel.model.claims()[1]
    window.select_claim(claim.id)
    select_in_text(qtbot, window, claim.start, 8)
    press(qtbot, Key.Key_S)
    changed = window.project.claim(claim.id)
    assert (changed.start, changed.end) == (claim.start, claim.start + 8)
    assert window.current_claim().id == claim.id
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    assert window.project.claim(claim.id).end == claim.end


def test_undoing_a_span_change_brings_back_the_atoms_it_dropped(
    qtbot, make_window, corpus_project
) -> None:  # type: ignore[no-untyped-def]
    with Project.open(corpus_project) as project:
        claim = project.claims()[1]
        number = claim.text.index("3")
        kept = Atom(claim.start, claim.start + 2, AtomKind.OTHER, claim.text[:2])
        dropped = Atom(claim.start + number, claim.start + number + 1, AtomKind.NUMBER, "3")
        project.set_claim_span(claim.id, claim.start, claim.end, atoms=[kept, dropped])
    window = make_window(Project.open(corpus_project))
    window.claims_panel.table.setFocus()
    window.select_claim(claim.id)
    select_in_text(qtbot, window, claim.start, 8)  # the new passage leaves the number out
    press(qtbot, Key.Key_S)
    assert window.project.claim(claim.id).atoms == (kept,)
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    restored = window.project.claim(claim.id)
    assert (restored.start, restored.end, restored.atoms) == (
        claim.start,
        claim.end,
        (kept, dropped),
    )
    press(qtbot, Key.Key_Z, Mod.ControlModifier | Mod.ShiftModifier)
    assert window.project.claim(claim.id).atoms == (kept,)


def test_dismiss_a_detected_claim_and_bring_it_back(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    window.claims_panel.table.setFocus()
    claim = window.current_claim()
    press(qtbot, Key.Key_Delete)
    assert window.project.claim(claim.id).is_dismissed
    assert window.claims_panel.current_claim().is_dismissed
    window.claims_panel.show_dismissed.setChecked(False)
    assert claim.id not in [c.id for c in window.claims_panel.shown_claims()]
    window.claims_panel.show_dismissed.setChecked(True)
    window.select_claim(claim.id)
    press(qtbot, Key.Key_Delete)
    assert not window.project.claim(claim.id).is_dismissed
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    assert window.project.claim(claim.id).is_dismissed


def test_sources_added_edited_removed_and_undone(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    claim = window.current_claim()
    press(qtbot, Key.Key_K, Mod.ControlModifier | Mod.ShiftModifier)
    dialog = window.dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.url, "javascript:alert(1)")
    qtbot.keyClick(dialog.url, Key.Key_Return)
    assert dialog.isVisible() and dialog.problem.text()  # refused, said why, dialog still open
    dialog.url.clear()
    qtbot.keyClicks(dialog.url, "https://www.wsj.com/article")
    qtbot.keyClicks(dialog.title, "The Wall Street Journal")
    qtbot.keyClick(dialog.title, Key.Key_Return)
    assert not dialog.isVisible()
    sources = window.project.sources(claim.id)
    assert [s.url for s in sources] == ["https://www.wsj.com/article"]
    assert window.details.sources.count() == 1
    refocus(qtbot, window)

    window.details.sources.setCurrentRow(0)
    window.details.edit_source.click()
    dialog = window.dialog
    qtbot.waitExposed(dialog)
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "WSJ")
    qtbot.keyClick(dialog.title, Key.Key_Return)
    assert window.project.sources(claim.id)[0].title == "WSJ"
    refocus(qtbot, window)

    window.details.sources.setCurrentRow(0)
    window.details.remove_source.click()
    assert window.project.sources(claim.id) == []
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    assert window.project.sources(claim.id)[0].title == "WSJ"
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    assert window.project.sources(claim.id)[0].title == "The Wall Street Journal"
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    assert window.project.sources(claim.id) == []
    assert window.details.sources.count() == 0


def test_a_locked_project_opens_read_only_on_request(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    with Project.open(corpus_project):
        window = make_window()
        window.open_path(corpus_project)
        box = window.dialog
        assert isinstance(box, QMessageBox) and "already open" in box.text()
        read_only = next(b for b in box.buttons() if "read-only" in b.text())
        read_only.click()
        assert window.project is not None and window.project.read_only
        assert "(read-only)" in window.windowTitle()
        assert not window.commands.verdict_next[next(iter(window.commands.verdict))].isEnabled()
        assert window.details.rationale.isReadOnly()
        assert len(window.claims_panel.model.claims()) > 0
        window.close()


def test_save_a_copy(qtbot, make_window, corpus_project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    window.save_copy(tmp_path / "copy")
    with Project.open(tmp_path / "copy.wbproj", read_only=True) as copy:
        assert len(copy.articles()) == 3
    assert window.project.path == corpus_project


@pytest.mark.parametrize("report_format", ["html", "pdf"])
def test_export_a_report_of_the_current_article(
    qtbot, make_window, corpus_project, tmp_path, report_format
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    press(qtbot, Key.Key_C)
    press(qtbot, Key.Key_E, Mod.ControlModifier)
    dialog = window.dialog
    qtbot.waitExposed(dialog)
    dialog.report_format.setCurrentIndex(dialog.report_format.findData(report_format))
    output = tmp_path / f"report.{report_format}"
    dialog.output.setText(str(output))
    with qtbot.waitSignal(window.report_written) as written:
        qtbot.keyClick(dialog.output, Key.Key_Return)
    assert written.args == [str(output)]
    content = output.read_bytes()
    if report_format == "html":
        assert "Article numéro 1".encode() in content
        assert "Article numéro 2".encode() not in content  # only the current article
    else:
        assert content.startswith(b"%PDF")


def test_export_to_a_folder_that_does_not_exist_says_so(
    qtbot, make_window, corpus_project, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    window.commands.export_report.trigger()
    dialog = window.dialog
    dialog.output.setText(str(tmp_path / "missing" / "report.html"))
    qtbot.keyClick(dialog.output, Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.dialog, QMessageBox))  # written in a worker thread
    box = window.dialog
    assert "missing" in box.text()
    box.close()
