"""The walking skeleton, driven by keyboard only: open the seed, give verdicts, come back to it."""

from __future__ import annotations

import functools

import pytest
from helpers.driving import press, refocus, type_in_file_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workbench.core.model import Verdict
from workbench.core.project import Project
from workbench.gui.background.analysis import AnalysisRunner
from workbench.gui.background.worker import detector_factory


# The offscreen platform cannot raise or size dialogs; a real desktop can.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_keyboard_review_survives_reopening(qtbot, make_window, seed_article, tmp_path) -> None:  # type: ignore[no-untyped-def]
    project_path = tmp_path / "review.wbproj"
    real_detector = functools.partial(detector_factory, "")
    window = make_window(
        Project.create(project_path),
        runner_factory=lambda parent: AnalysisRunner(real_detector, parent),
    )

    # Import the seed: Ctrl+I, type its path, Enter; the real detector runs in the worker process.
    with qtbot.waitSignal(window.import_finished, timeout=120000) as finished:
        press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        type_in_file_dialog(qtbot, window, str(seed_article))
    assert finished.args == [1]
    refocus(qtbot, window)
    claims = window.claims_panel.model.claims()
    assert len(claims) > 5
    assert window.model_label.text().startswith("Model: fr_core_news")
    assert window.current_claim() == claims[0]

    plan = [
        (Qt.Key.Key_C, Verdict.CONFIRMED, "Confirmed by the WSJ article."),
        (Qt.Key.Key_D, Verdict.DENIED, "Kremlin says otherwise"),
        (Qt.Key.Key_U, Verdict.UNVERIFIED, "No second source"),
        (Qt.Key.Key_Backspace, Verdict.UNCHECKED, "Back to unchecked"),
    ]
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # focus the claims list
    for position, (key, verdict, rationale) in enumerate(plan):
        if position == 3:
            press(qtbot, Qt.Key.Key_C)  # a verdict first, so Backspace has one to take back
        press(qtbot, key)
        assert window.current_claim().verdict == verdict
        press(qtbot, Qt.Key.Key_R)  # write the rationale
        assert QApplication.focusWidget() is window.details.rationale
        qtbot.keyClicks(window.details.rationale, rationale)
        press(qtbot, Qt.Key.Key_Escape)  # saved, and back to the list
        assert QApplication.focusWidget() is window.claims_panel.table
        if position < 3:
            press(qtbot, Qt.Key.Key_N)
    last = window.current_claim()
    assert last.id == claims[3].id
    window.close()

    with Project.open(project_path) as project:
        saved = project.claims()[:4]
    assert [(c.verdict, c.rationale) for c in saved] == [(v, r) for _, v, r in plan]

    again = make_window(Project.open(project_path))
    reopened = {c.id: c for c in again.claims_panel.model.claims()}
    for claim in saved:
        assert (reopened[claim.id].verdict, reopened[claim.id].rationale) == (
            claim.verdict,
            claim.rationale,
        )
    assert again.current_claim().id == last.id
    assert again.details.rationale.toPlainText() == "Back to unchecked"
    assert again.claims_panel.current_claim().id == last.id
    assert again.article_view.current_claim() == last.id
