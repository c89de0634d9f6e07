"""A checker with a screen reader: every control named, the claim under the caret in the article
announced with its number, verdict and type, and Tab going through the window in reading order."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.desk import claim_of, give, make_project
from workbench.core.desk.merging import plan_merge
from workbench.core.model import Verdict
from workbench.core.project import Project
from workbench.gui.dialogs.merge import MergeDialog
from workbench.gui.review.verdicts import type_label

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _focusable(root: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in root.findChildren(QWidget)
        if widget.isVisibleTo(root)
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(widget, QLabel)
    ]


def _unnamed(root: QWidget) -> list[str]:
    unnamed = []
    for widget in _focusable(root):
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None and interface.isValid(), widget.objectName()
        if not interface.text(QAccessible.Text.Name).strip():
            parent = widget.parentWidget()
            unnamed.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{parent.objectName() if parent else ''!r}"
            )
    return unnamed


def test_every_focusable_widget_of_the_window_has_a_name(
    qtbot, make_window, corpus_project
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    claim = window.current_claim()
    assert claim is not None
    assert window.session.add_source(claim, "https://example.org/a", "A", "x", "2024-10-01")
    window.orphans_dock.show()
    window.document.dock.show()
    widgets = _focusable(window)
    assert len(widgets) >= 20
    assert _unnamed(window) == []


def test_every_focusable_widget_of_the_settings_and_export_dialogs_has_a_name(
    qtbot, make_window, corpus_project
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    for action in (window.commands.settings, window.commands.export_report):
        action.trigger()
        dialog = window.dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        assert len(_focusable(dialog)) >= 3
        assert _unnamed(dialog) == [], dialog.objectName()
        dialog.close()


def test_every_focusable_widget_of_the_merge_dialog_has_a_name(
    qtbot: QtBot, tmp_path: Path
) -> None:
    origin = make_project(tmp_path / "desk.wbproj")
    part = give(origin, ["Article 1", "Article 2"], tmp_path / "alice.wbproj", "Alice")
    with Project.open(part) as mine:
        mine.set_verdict(claim_of(mine, "Article 1", 2).id, Verdict.DENIED, who="Alice")
    with Project.open(origin) as desk:
        desk.set_verdict(claim_of(desk, "Article 1", 2).id, Verdict.CONFIRMED, who="Bob")
        dialog = MergeDialog(plan_merge(desk, part), "Alice")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert len(_focusable(dialog)) >= 3
        assert _unnamed(dialog) == []


def _description(window) -> str:  # type: ignore[no-untyped-def]
    interface = QAccessible.queryAccessibleInterface(window.article_view)
    return str(interface.text(QAccessible.Text.Description))


def _caret_to(window, offset: int) -> None:  # type: ignore[no-untyped-def]
    view = window.article_view
    cursor = view.textCursor()
    cursor.setPosition(view.offsets().to_qt(offset))
    view.setTextCursor(cursor)


def test_the_claim_under_the_caret_is_announced_with_number_verdict_and_type(
    qtbot, make_window, corpus_project
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    claims = sorted(window.claims_panel.model.claims(), key=lambda claim: claim.start)
    second = claims[1]
    window.article_view.setFocus()
    _caret_to(window, second.start + 1)
    said = _description(window)
    assert said.startswith(f"Claim {second.number}, Unchecked, ")
    assert type_label(second.types[0].value) in said
    assert QAccessible.queryAccessibleInterface(window.article_view).text(QAccessible.Text.Name)
    window.mark(Verdict.DENIED)
    # redrawn (and said again) before the next paint
    qtbot.waitUntil(lambda: _description(window).startswith(f"Claim {second.number}, Denied, "))
    # outside every claim: the description says so rather than keep the last claim
    text = window.article_view.toPlainText()
    outside = next(
        (
            offset
            for offset in range(len(text))
            if not any(claim.start <= offset < claim.end for claim in claims)
        ),
        None,
    )
    if outside is not None:
        _caret_to(window, outside)
        assert not _description(window).startswith("Claim ")


def test_tab_goes_through_the_window_in_reading_order(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    panel, details = window.claims_panel, window.details
    wanted = [
        window.article_view,
        panel.search,
        panel.table,
        details.rationale,  # the verdict buttons take no focus: their keys work from anywhere
    ]
    order = []
    widget: QWidget = window.navigator
    for _ in range(600):
        widget = widget.nextInFocusChain()
        if widget in wanted and widget not in order:
            order.append(widget)
        if widget is window.navigator:
            break
    assert order == wanted
    # the article view hands the focus on with Tab, as the other fields do
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.search


def test_the_article_view_speaks_french_in_french(qtbot, make_window, corpus_project, qapp) -> None:  # type: ignore[no-untyped-def]
    from workbench.gui.app.i18n import Translations

    translations = Translations(qapp)
    try:
        window = make_window(Project.open(corpus_project), translations=translations)
        window.commands.language_fr.trigger()
        claim = window.claims_panel.model.claims()[0]
        window.article_view.setFocus()
        _caret_to(window, claim.start)
        assert _description(window).startswith(f"Affirmation {claim.number}, ")
        window.article_view.moveCursor(QTextCursor.MoveOperation.End)
    finally:
        translations.apply("en")
