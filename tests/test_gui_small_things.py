"""The small things that cost a checker's trust: the status bar's fields, keys for the revision's
answers, the orphans panel closing when done, the name prompt, no display, the commands' help."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.driving import press, refocus, select_in_text
from helpers.revision_window import (
    DELETED,
    NEW_TEXT,
    REPLACEMENT,
    REWORDED_NEW,
    claim_in_list,
    revise_in_core,
)
from PySide6.QtCore import Qt

from workbench.core.model import Verdict
from workbench.core.project import Project
from workbench.core.revisions import AnchorStatus, anchor_states

Key = Qt.Key
Mod = Qt.KeyboardModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
PROJECT_ROOT = Path(__file__).resolve().parent.parent


# -- the status bar ---------------------------------------------------------------------------------


def test_a_long_message_leaves_the_status_bars_fields_in_view(
    qtbot, make_window, corpus_project
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    window.resize(1366, 768)
    status = window.status
    fields = [status.revision_label, status.language_label, status.model_label]
    fields.append(status.progress_label)
    before = {label.objectName() or str(id(label)): label.text() for label in fields}
    assert all(before.values())
    message = "Revision 2 recorded: 14 claim(s) kept, 3 changed, 1 to confirm, 2 not found, " * 3
    status.tell(message)
    qtbot.wait(10)
    assert status.message() == message
    shown = status.message_label
    assert shown.isVisible() and shown.toolTip() == message  # the whole of it, on hover
    left_edge = min(label.geometry().left() for label in fields if label.isVisible())
    assert shown.geometry().right() < left_edge
    for label in fields:
        assert label.isVisible()
        assert label.text() == before[label.objectName() or str(id(label))]
    # Qt's own message would hide the normal widgets and paint over the bar
    assert window.statusBar().currentMessage() == ""


def test_a_message_goes_after_its_time_and_a_lasting_one_stays(
    qtbot, make_window, corpus_project
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    window.status.tell("Saved", timeout_ms=50)
    assert window.status.message() == "Saved"
    qtbot.waitUntil(lambda: window.status.message() == "", timeout=2000)
    window.status.show_lasting("Reading…")
    qtbot.wait(100)
    assert window.status.message() == "Reading…"
    window.status.clear_message()
    assert window.status.message() == ""


# -- keys for the revision's answers --------------------------------------------------------------


def _sheet_rows(window) -> dict[str, str]:  # type: ignore[no-untyped-def]
    window.commands.shortcuts.trigger()
    table = window.dialog.table
    rows = {table.item(row, 1).text(): table.item(row, 0).text() for row in range(table.rowCount())}
    window.dialog.close()
    return rows


def test_keep_the_verdict_has_a_key_listed_in_the_shortcuts_sheet(
    qtbot, make_window, revision_project, revised_file
) -> None:  # type: ignore[no-untyped-def]
    revise_in_core(revision_project, revised_file)
    window = make_window(Project.open(revision_project))
    rows = _sheet_rows(window)
    assert rows.get("Keep the verdict / confirm the place") == "K"
    assert rows.get("Place the lost claim on the selected text") == "Ctrl+Shift+P"
    assert rows.get("Dismiss or restore claim") == "Del"
    changed = claim_in_list(window, REWORDED_NEW)
    window.select_claim(changed.id)
    assert "(K)" in window.revision_note.confirm.toolTip()
    refocus(qtbot, window)
    window.claims_panel.table.setFocus()
    press(qtbot, Key.Key_K)
    state = anchor_states(window.project, changed.article_id)[changed.id]
    assert not state.needs_review
    assert claim_in_list(window, REWORDED_NEW).verdict == Verdict.DENIED
    assert window.undo_action.isEnabled()  # one undoable step


def test_k_on_a_claim_the_revision_left_alone_says_so(
    qtbot, make_window, revision_project, revised_file
) -> None:  # type: ignore[no-untyped-def]
    revise_in_core(revision_project, revised_file)
    window = make_window(Project.open(revision_project))
    window.select_claim(window.claims_panel.model.claims()[0].id)
    window.commands.keep_verdict.trigger()
    assert "nothing to keep or confirm" in window.status.message()
    assert not window.undo_action.isEnabled()


def test_the_lost_claim_is_placed_by_key_and_the_panel_closes_when_none_is_left(
    qtbot, make_window, revision_project, revised_file
) -> None:  # type: ignore[no-untyped-def]
    revise_in_core(revision_project, revised_file)
    window = make_window(Project.open(revision_project))
    assert window.orphans_dock.isVisible()
    (orphan,) = window.orphans_panel.orphans()
    assert orphan.text == DELETED
    assert "(Ctrl+Shift+P)" in window.orphans_panel.place.toolTip()
    assert "(Del)" in window.orphans_panel.dismiss.toolTip()
    refocus(qtbot, window)
    select_in_text(qtbot, window, NEW_TEXT.index(REPLACEMENT), len(REPLACEMENT))
    window.orphans_panel.list.setCurrentRow(0)
    assert window.current_claim().id == orphan.id
    window.article_view.setFocus()
    press(qtbot, Key.Key_P, Mod.ControlModifier | Mod.ShiftModifier)
    state = anchor_states(window.project, orphan.article_id)[orphan.id]
    assert state.status != AnchorStatus.ORPHAN
    assert window.orphans_panel.orphans() == []
    assert not window.orphans_dock.isVisible()  # every claim was found: nothing left to do there
    window.session.undo_stack.undo()
    assert window.orphans_dock.isVisible()  # lost again: back in view


def test_dismissing_the_last_lost_claim_closes_the_panel(
    qtbot, make_window, revision_project, revised_file
) -> None:  # type: ignore[no-untyped-def]
    revise_in_core(revision_project, revised_file)
    window = make_window(Project.open(revision_project))
    window.orphans_panel.list.setCurrentRow(0)
    window.orphans_panel.dismiss.click()
    assert not window.orphans_dock.isVisible()
    assert window.orphans_panel.summary.text().startswith("1 claim(s)")  # still listed, to restore


def test_an_article_without_lost_claims_hides_the_panel(
    qtbot, make_window, revision_project, revised_file
) -> None:  # type: ignore[no-untyped-def]
    revise_in_core(revision_project, revised_file)
    window = make_window(Project.open(revision_project))
    assert window.orphans_dock.isVisible()
    window.commands.next_article.trigger()
    assert window.orphans_panel.orphans() == []
    assert not window.orphans_dock.isVisible()


# -- the name prompt --------------------------------------------------------------------------------


def test_who_is_checking_is_asked_before_the_analysis_starts(
    qtbot, make_window, gui_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from workbench.gui.app.startup import greet_then_open
    from workbench.gui.dialogs.common import CheckerNameDialog

    gui_settings.checker_name = ""
    article = tmp_path / "article.txt"
    article.write_text("Un titre\nLe maire a annoncé 3 millions d'euros.\n", encoding="utf-8")
    window = make_window()
    greet_then_open(window, str(article))
    dialog = window.dialog
    assert isinstance(dialog, CheckerNameDialog)
    assert not window.importing.is_running() and window.project is None
    dialog.name.setText("Camille")
    with qtbot.waitSignal(window.import_finished, timeout=60_000):
        dialog.accept()
    assert gui_settings.checker_name == "Camille"
    assert window.project is not None
    assert window.project.history()[-1].who in ("Camille", "")


def test_with_a_name_known_the_file_opens_at_once(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    from workbench.gui.app.startup import greet_then_open

    window = make_window()
    greet_then_open(window, str(corpus_project))
    assert window.project is not None and window.dialog is None


# -- no display -----------------------------------------------------------------------------------


def test_no_display_is_said_plainly() -> None:
    from workbench.gui.app.startup import display_problem

    problem = display_problem({}, "linux")
    assert problem is not None
    assert "needs a display" in problem and "DISPLAY" in problem and "xcb" not in problem
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "xcb"}, "linux") is not None
    assert display_problem({}, "win32") is None


def test_the_window_without_a_display_exits_with_that_message(tmp_path: Path) -> None:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    environment.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    environment["PYTHONPATH"] = str(PROJECT_ROOT)
    done = subprocess.run(
        [sys.executable, "-m", "workbench"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "Workbench needs a display" in done.stderr
    assert "xcb-cursor0" not in done.stderr and "Traceback" not in done.stderr


# -- the commands' options --------------------------------------------------------------------------


def _help(command: str) -> str:
    from workbench.cli import build_parser

    parser = build_parser()
    actions = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    return str(actions[command].format_help())


@pytest.mark.parametrize("command", ["analyze", "import", "score", "eval"])
def test_every_option_of_the_analysing_commands_has_help(command: str) -> None:
    from workbench.cli import build_parser

    parser = build_parser()
    sub = parser._subparsers._group_actions[0].choices[command]  # type: ignore[union-attr]
    assert sub.description, command
    for action in sub._actions:
        if action.help == "==SUPPRESS==" or action.dest == "help":
            continue
        assert action.help, (command, action.dest)


@pytest.mark.parametrize("command", ["score", "eval"])
def test_model_and_language_are_named_alike_and_the_old_names_still_work(command: str) -> None:
    from workbench.cli import build_parser

    text = _help(command)
    assert "--model" in text and "--language" in text
    assert "--french-model" not in text and "--lang " not in text and "--lang\n" not in text
    old = build_parser().parse_args([command, "x", "--french-model", "fr_core_news_sm"])
    new = build_parser().parse_args([command, "x", "--model", "fr_core_news_sm"])
    assert old.model == new.model == "fr_core_news_sm"
    old = build_parser().parse_args([command, "x", "--lang", "fr"])
    new = build_parser().parse_args([command, "x", "--language", "fr"])
    assert old.language == new.language == "fr"


def test_analyze_and_import_take_model_by_the_same_name() -> None:
    assert "--model" in _help("analyze") and "--model" in _help("import")


def test_the_analysis_count_is_never_squeezed_by_the_status_fields(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.resize(1280, 701)
    window.status.show_busy(True)
    window.status.show_progress(720, 13660)
    bar = window.status.analysis_bar
    text = bar.text()
    assert text == "720 of 13660 analysed"
    assert bar.minimumWidth() >= bar.fontMetrics().horizontalAdvance("13660 of 13660 analysed")
