"""Each workflow of the window, by keyboard where a key exists."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.driving import press, refocus, type_in_file_dialog
from helpers.fakes import corpus_text, slow_runner_factory
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench.core.model import Verdict
from workbench.core.project import Project
from workbench.gui.dialogs.common import installed_pipelines
from workbench.gui.review.navigator import PROGRESS

Key = Qt.Key
Mod = Qt.KeyboardModifier
# The offscreen platform cannot raise, size or grab windows; a real desktop can.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _open(make_window, path: Path):  # type: ignore[no-untyped-def]
    window = make_window(Project.open(path))
    press_target = window.claims_panel.table
    press_target.setFocus()
    return window


def test_undo_and_redo_every_verdict_and_rationale(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, corpus_project)
    claim = window.current_claim()
    assert claim is not None and claim.verdict == Verdict.UNCHECKED
    press(qtbot, Key.Key_D)
    assert window.current_claim().verdict == Verdict.DENIED
    assert window.undo_action.text() == f"&Undo Set claim {claim.number} to Denied"
    assert window.details.history.item(0).text().endswith("Camille: verdict Unchecked → Denied")
    press(qtbot, Key.Key_R)
    qtbot.keyClicks(window.details.rationale, "Wrong figure")
    press(qtbot, Key.Key_Escape)
    assert window.project.claim(claim.id).rationale == "Wrong figure"
    assert window.undo_action.text() == f"&Undo Edit the rationale of claim {claim.number}"

    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    assert window.project.claim(claim.id).rationale == ""
    assert window.details.rationale.toPlainText() == ""
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    assert window.project.claim(claim.id).verdict == Verdict.UNCHECKED
    assert window.claims_panel.current_claim().verdict == Verdict.UNCHECKED
    assert not window.undo_action.isEnabled()
    assert window.redo_action.text() == f"&Redo Set claim {claim.number} to Denied"
    press(qtbot, Key.Key_Z, Mod.ControlModifier | Mod.ShiftModifier)
    assert window.project.claim(claim.id).verdict == Verdict.DENIED
    press(qtbot, Key.Key_Z, Mod.ControlModifier | Mod.ShiftModifier)
    assert window.project.claim(claim.id).rationale == "Wrong figure"
    whos = {entry.who for entry in window.project.history(claim.id)}
    assert whos == {"Camille"}


def test_undo_of_an_edit_on_another_article_goes_back_there(
    qtbot, make_window, corpus_project
) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, corpus_project)
    first_article = window.navigator.current_article()
    claim = window.current_claim()
    press(qtbot, Key.Key_C)
    press(qtbot, Key.Key_PageDown, Mod.ControlModifier)
    assert window.navigator.current_article() != first_article
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    assert window.navigator.current_article() == first_article
    assert window.current_claim().id == claim.id
    assert window.current_claim().verdict == Verdict.UNCHECKED


def test_mark_and_go_to_the_next_unchecked(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, corpus_project)
    claims = window.claims_panel.model.claims()
    window.select_claim(claims[1].id)
    press(qtbot, Key.Key_C)  # claim 2 confirmed, stays
    window.select_claim(claims[0].id)
    press(qtbot, Key.Key_U, Mod.ShiftModifier)  # claim 1 unverified, then skip claim 2
    assert window.project.claim(claims[0].id).verdict == Verdict.UNVERIFIED
    assert window.current_claim().id == claims[2].id
    press(qtbot, Key.Key_Space)  # next unchecked, wrapping around
    assert window.current_claim().verdict == Verdict.UNCHECKED


def test_next_and_previous_claim_and_article(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, corpus_project)
    claims = window.claims_panel.model.claims()
    assert window.current_claim().id == claims[0].id
    press(qtbot, Key.Key_N)
    assert window.current_claim().id == claims[1].id
    assert window.article_view.current_claim() == claims[1].id
    press(qtbot, Key.Key_P)
    assert window.current_claim().id == claims[0].id
    articles = window.navigator.model.article_ids()
    with qtbot.waitSignal(window.article_shown) as shown:
        press(qtbot, Key.Key_PageDown, Mod.ControlModifier)
    assert shown.args == [articles[1]]
    assert window.article_view.toPlainText() == window.project.article(articles[1]).text
    with qtbot.waitSignal(window.article_shown) as shown:
        press(qtbot, Key.Key_PageUp, Mod.ControlModifier)
    assert shown.args == [articles[0]]


def test_progress_per_article_follows_the_verdicts(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, corpus_project)
    total = len(window.claims_panel.model.claims())
    press(qtbot, Key.Key_C, Mod.ShiftModifier)
    press(qtbot, Key.Key_D, Mod.ShiftModifier)
    row = window.navigator.model.row_of(window.navigator.current_article())
    assert window.navigator.model.index(row, PROGRESS).data().split()[0] == f"2/{total}"
    assert "Article: 2 of" in window.progress_label.text()


def test_search_and_filters_keep_the_text_in_sync(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, corpus_project)
    press(qtbot, Key.Key_F, Mod.ControlModifier)
    assert QApplication.focusWidget() is window.claims_panel.search
    qtbot.keyClicks(window.claims_panel.search, "journal")
    panel = window.claims_panel
    assert panel.proxy.rowCount() == 1
    press(qtbot, Key.Key_Escape)  # back to the list, the filter kept
    assert QApplication.focusWidget() is panel.table
    press(qtbot, Key.Key_Down)  # to the only row left
    found = panel.current_claim()
    assert found is not None and "journal" in found.text
    assert window.article_view.current_claim() == found.id
    assert window.current_claim().id == found.id
    panel.search.clear()
    panel.set_verdict_filter(Verdict.CONFIRMED)
    assert panel.proxy.rowCount() == 0
    assert window.current_claim().id == found.id  # hidden from the list, still the current claim


def test_clicking_in_the_text_selects_the_claim(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, corpus_project)
    claims = window.claims_panel.model.claims()
    rect = window.article_view.claim_rect(claims[2].id)
    qtbot.mouseClick(
        window.article_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(4, 0)
    )
    assert window.current_claim().id == claims[2].id
    assert window.claims_panel.current_claim().id == claims[2].id


def test_shortcuts_sheet_lists_the_keys(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, corpus_project)
    press(qtbot, Key.Key_F1)
    sheet = window.dialog
    qtbot.waitExposed(sheet)
    rows = {
        sheet.table.item(row, 1).text(): sheet.table.item(row, 0).text()
        for row in range(sheet.table.rowCount())
    }
    assert rows["Mark Confirmed"] == "C"
    assert rows["Mark Denied and go to the next"] == "Shift+D"
    assert rows["Next claim"] == "N"
    assert "Ctrl+Z" in rows["Undo"]
    tooltip = window.details.buttons[Verdict.CONFIRMED].toolTip()
    assert "(C)" in tooltip and "Shift+C" in tooltip
    assert "[C]" in window.details.buttons[Verdict.CONFIRMED].text()
    sheet.close()


def test_settings_dialog_edits_name_and_threshold(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, corpus_project)
    window.commands.settings.trigger()
    dialog = window.dialog
    qtbot.waitExposed(dialog)
    dialog.checker_name.clear()
    qtbot.keyClicks(dialog.checker_name, "Dominique")
    dialog.threshold.setValue(0.5)
    choices = [dialog.pipeline.itemData(i) for i in range(dialog.pipeline.count())]
    assert choices == ["", *installed_pipelines()]
    dialog.pipeline.setCurrentIndex(dialog.pipeline.count() - 1)
    qtbot.keyClick(dialog.checker_name, Key.Key_Return)
    assert window.settings.pipeline == choices[-1]
    assert window.settings.checker_name == "Dominique"
    assert window.settings.threshold == 0.5
    assert window.claims_panel.threshold.value() == 0.5
    refocus(qtbot, window)
    window.claims_panel.table.setFocus()
    window.claims_panel.threshold.setValue(0.0)
    window.claims_panel.step(1)
    press(qtbot, Key.Key_C)
    assert window.project.history(window.current_claim().id)[-1].who == "Dominique"


def test_checker_name_is_asked_once(qtbot, make_window, gui_settings, corpus_project) -> None:  # type: ignore[no-untyped-def]
    gui_settings.checker_name = ""
    window = make_window(Project.open(corpus_project))
    window.ask_checker_name()
    dialog = window.dialog
    qtbot.waitExposed(dialog)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Alix")
    qtbot.keyClick(dialog.name, Key.Key_Return)
    assert gui_settings.checker_name == "Alix"
    window.dialog = None
    window.ask_checker_name()
    assert window.dialog is None  # not asked again


def _drop(window, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    position = QPointF(window.rect().center())
    try:  # Qt 6.12 takes the position as a QPointF, and deprecates the QPoint
        enter = QDragEnterEvent(
            position, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Mod.NoModifier
        )
    except TypeError:
        enter = QDragEnterEvent(
            position.toPoint(),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Mod.NoModifier,
        )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        position, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Mod.NoModifier
    )
    QApplication.sendEvent(window, drop)


def test_dropping_several_files_imports_them_all(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.create(tmp_path / "drop.wbproj"))
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text(corpus_text(2), encoding="utf-8")
    second.write_text(corpus_text(1, start=7), encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=30000) as finished:
        _drop(window, [first, second])
    assert finished.args == [3]
    assert window.navigator.model.rowCount() == 3
    # the same files again: nothing new
    with qtbot.waitSignal(window.import_finished, timeout=30000) as finished:
        _drop(window, [first])
    assert finished.args == [0]
    assert "2 already in the project" in window.status.message()


def test_importing_several_files_from_the_dialog(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.create(tmp_path / "many.wbproj"))
    for name, start in (("a.txt", 1), ("b.txt", 5)):
        (tmp_path / name).write_text(corpus_text(1, start=start), encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=30000) as finished:
        press(qtbot, Key.Key_I, Mod.ControlModifier)
        window.dialog.setDirectory(str(tmp_path))
        type_in_file_dialog(qtbot, window, '"a.txt" "b.txt"')
    assert finished.args == [2]


def test_an_unreadable_file_is_named_in_a_dialog(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.create(tmp_path / "bad.wbproj"))
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(corpus_text(1), encoding="utf-8")
    bad.write_bytes(b"")
    with qtbot.waitSignal(window.import_finished, timeout=30000) as finished:
        window.import_paths([good, bad])
    assert finished.args == [1]
    box = window.dialog
    assert isinstance(box, QMessageBox)
    assert str(bad) in box.text()
    box.close()


def test_cancel_stops_the_worker_and_adds_nothing(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(
        Project.create(tmp_path / "cancel.wbproj"), runner_factory=slow_runner_factory()
    )
    article = tmp_path / "long.txt"
    article.write_text(corpus_text(2), encoding="utf-8")
    with qtbot.waitSignal(window.importer.progressed, timeout=30000):
        window.import_paths([article])
    assert window.cancel_button.isVisible() and window.analysis_bar.isVisible()
    # the window answers while the worker is busy
    press(qtbot, Key.Key_F, Mod.ControlModifier)
    assert QApplication.focusWidget() is window.claims_panel.search
    with qtbot.waitSignal(window.import_finished, timeout=10000) as finished:
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args == [0]
    assert window.project.articles() == []
    assert not window.cancel_button.isVisible()


def test_a_file_that_is_not_a_project_gets_a_clear_dialog(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    fake = tmp_path / "notes.wbproj"
    fake.write_text("not a database", encoding="utf-8")
    window.open_path(fake)
    box = window.dialog
    assert isinstance(box, QMessageBox)
    assert str(fake) in box.text() and "not a Workbench project" in box.text()
    assert window.project is None
    box.close()


def test_a_project_open_elsewhere_gets_a_clear_dialog(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "busy.wbproj"
    with Project.create(path):
        window = make_window()
        window.open_path(path)
        box = window.dialog
        assert isinstance(box, QMessageBox)
        assert "already open" in box.text()
        box.close()


def test_new_project_by_keyboard(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    press(qtbot, Key.Key_N, Mod.ControlModifier)
    type_in_file_dialog(qtbot, window, str(tmp_path / "fresh"))
    assert window.project is not None
    assert window.project.path == tmp_path / "fresh.wbproj"
    assert window.windowTitle().startswith("fresh")


def test_recent_projects_and_the_last_one_reopens(
    qtbot, make_window, gui_settings, corpus_project, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from workbench.gui.app.startup import open_initial

    other = tmp_path / "other.wbproj"
    Project.create(other).close()
    window = make_window(Project.open(corpus_project))
    window.open_path(other)
    assert gui_settings.recent_projects[:2] == [str(other), str(corpus_project)]
    titles = [action.text() for action in window.recent_menu.actions()]
    assert titles[:2] == [str(other), str(corpus_project)]
    window.recent_menu.actions()[1].trigger()
    assert window.project.path == corpus_project
    window.close()
    again = make_window()
    open_initial(again, None)
    assert again.project is not None and again.project.path == corpus_project


def test_geometry_and_splitters_are_restored(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    window.resize(760, 560)
    window.splitter.setSizes([150, 350, 250])
    qtbot.waitUntil(lambda: window.width() == 760)
    sizes, size = window.splitter.sizes(), window.size()
    window.close()
    again = make_window()
    assert again.size() == size
    assert again.splitter.sizes() == sizes


def test_a_large_import_is_written_in_chunks_in_order(
    qtbot, make_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import workbench.core.project.importing
    import workbench.gui.importing.job

    monkeypatch.setattr(workbench.gui.importing.job, "CLAIMS_PER_PART", 4)
    window = make_window(Project.create(tmp_path / "chunks.wbproj"))
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(corpus_text(5), encoding="utf-8")
    calls: list[int] = []
    write = workbench.core.project.importing.write_articles
    monkeypatch.setattr(  # the job loads the use case when it writes, not at start-up
        workbench.core.project.importing,
        "write_articles",
        lambda file, items: calls.append(len(items)) or write(file, items),
    )
    with qtbot.waitSignal(window.import_finished, timeout=30000) as finished:
        window.import_paths([corpus])
    assert finished.args == [5]
    assert len(calls) == 5  # each article holds 4 claims: one article per chunk
    titles = [article.title for article in window.project.articles()]
    assert titles == [f"Article numéro {n}" for n in range(1, 6)]


def test_a_rationale_is_saved_on_leaving_the_field_and_on_closing(
    qtbot, make_window, corpus_project
) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, corpus_project)
    first = window.current_claim()
    press(qtbot, Key.Key_R)
    qtbot.keyClicks(window.details.rationale, "Seen in the minutes")
    assert window.project.claim(first.id).rationale == ""  # still within the typing delay
    press(qtbot, Key.Key_L, Mod.ControlModifier)  # the focus leaves the field: saved at once
    assert window.project.claim(first.id).rationale == "Seen in the minutes"
    press(qtbot, Key.Key_N)
    second = window.current_claim()
    press(qtbot, Key.Key_R)
    qtbot.keyClicks(window.details.rationale, "Typed just before closing")
    window.close()
    with Project.open(corpus_project, read_only=True) as project:
        assert project.claim(second.id).rationale == "Typed just before closing"


def test_typing_pauses_save_the_rationale(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, corpus_project)
    claim = window.current_claim()
    press(qtbot, Key.Key_R)
    with qtbot.waitSignal(window.details.rationale_edited, timeout=5000):
        qtbot.keyClicks(window.details.rationale, "Draft")
    assert window.project.claim(claim.id).rationale == "Draft"
    assert QApplication.focusWidget() is window.details.rationale  # still typing


def test_dropping_a_project_opens_it(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    _drop(window, [corpus_project])
    assert window.project is not None and window.project.path == corpus_project
