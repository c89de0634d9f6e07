"""What one verdict key press costs the project file, counted by SQLite itself."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from helpers.driving import press
from PySide6.QtCore import Qt

from workbench.core.model import Verdict
from workbench.core.project import Project

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

# Every statement SQLite runs for one key, BEGIN and COMMIT included (issue 15: 13 before).
VERDICT_KEY_BUDGET = 5
_TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


@contextmanager
def traced(project: Project) -> Iterator[list[str]]:
    """Every SQL statement run on the project's connection meanwhile, as SQLite ran it."""
    statements: list[str] = []

    def sent(statement: str) -> None:
        # SQLite reports each run of a trigger (the history's guard against REPLACE) as a repeat
        # of the statement that fired it: one statement sent, counted once.
        if not statements or statements[-1] != statement:
            statements.append(statement)

    connection = project._db.conn  # the test reads the store's connection; the window never does
    connection.set_trace_callback(sent)
    try:
        yield statements
    finally:
        connection.set_trace_callback(None)


def _data(statements: list[str]) -> list[str]:
    return [s for s in statements if not s.lstrip().upper().startswith(_TRANSACTION_CONTROL)]


def test_a_verdict_key_runs_at_most_five_statements(
    qtbot, make_window, corpus_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    window.claims_panel.table.setFocus()
    claim = window.current_claim()
    assert claim is not None and claim.verdict == Verdict.UNCHECKED
    checked_before = window.navigator.model.totals()[0]
    with traced(window.project) as statements:
        press(qtbot, Qt.Key.Key_C)
    assert len(statements) <= VERDICT_KEY_BUDGET, statements  # BEGIN and COMMIT counted too
    assert [s for s in statements if s not in _data(statements)] == ["BEGIN", "COMMIT"]
    # and still every view shows the change
    assert window.project.claim(claim.id).verdict == Verdict.CONFIRMED
    assert window.current_claim().verdict == Verdict.CONFIRMED
    assert window.details.buttons[Verdict.CONFIRMED].isChecked()
    assert window.navigator.model.totals()[0] == checked_before + 1
    assert window.details.history.count() == len(window.project.history(claim.id))


def test_the_window_reads_nothing_after_a_verdict(qtbot, make_window, corpus_project: Path) -> None:  # type: ignore[no-untyped-def]
    """The key costs what the core's own verdict costs: the views refresh from its change set."""
    window = make_window(Project.open(corpus_project))
    window.claims_panel.table.setFocus()
    claim = window.current_claim()
    assert claim is not None
    with traced(window.project) as alone:
        window.project.set_verdict(claim.id, Verdict.DENIED, "Camille")
    window.select_claim(claim.id)  # the window shows the claim as stored
    window.claims_panel.table.setFocus()
    with traced(window.project) as pressed:
        press(qtbot, Qt.Key.Key_C)
    assert len(pressed) <= len(alone), pressed


def test_a_verdict_that_clears_a_reworded_flag_reads_nothing_more(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, revised_file
) -> None:
    """The flag's new state comes with the change set: the article's anchors are not read again."""
    from helpers.revision_window import REWORDED_NEW, claim_in_list, revise_in_core

    from workbench.core.model import AnchorStatus

    revise_in_core(revision_project, revised_file)
    window = make_window(Project.open(revision_project))
    changed = claim_in_list(window, REWORDED_NEW)
    assert changed.anchor_status == AnchorStatus.CHANGED
    window.select_claim(changed.id)
    window.claims_panel.table.setFocus()
    with traced(window.project) as statements:
        press(qtbot, Qt.Key.Key_D)  # the same verdict, given on the new wording
    assert len(statements) <= VERDICT_KEY_BUDGET, statements
    assert not any("anchor_status, text_at_verdict" in s for s in statements), statements
    assert window.project.anchor_states(changed.article_id)[changed.id].status == AnchorStatus.EXACT
    assert (
        window.claims_panel.model.claim_at(
            window.claims_panel.model.row_of(changed.id)
        ).anchor_status
        == AnchorStatus.EXACT
    )
    assert window.revision_note.isHidden()  # nothing left to review on it
