"""File ▸ Save as and File ▸ Restore a backup, driven as a checker would; a failed backup is said."""

from __future__ import annotations

import pytest
from helpers.driving import press, refocus, type_in_file_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from workbench.core.model import Verdict
from workbench.core.project import Project, list_backups
from workbench.gui.dialogs.backups import BackupsDialog, backup_time

Key = Qt.Key
Mod = Qt.KeyboardModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _first_claim_verdict(path) -> Verdict:  # type: ignore[no-untyped-def]
    with Project.open(path, read_only=True) as project:
        return project.claims()[0].verdict


def _button(box: QMessageBox, text: str):  # type: ignore[no-untyped-def]
    return next(b for b in box.buttons() if text in b.text())


def test_restore_a_backup_after_a_confirmation(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))  # opening took the first backup
    [taken] = list_backups(corpus_project)
    first = window.claims_panel.model.claims()[0]
    window.select_claim(first.id)
    window.claims_panel.table.setFocus()
    press(qtbot, Key.Key_C)
    assert window.project.claim(first.id).verdict == Verdict.CONFIRMED

    window.commands.restore_backup.trigger()
    dialog = window.dialog
    assert isinstance(dialog, BackupsDialog)
    qtbot.waitExposed(dialog)
    assert dialog.backups.count() == 1
    shown = dialog.backups.item(0).text()
    assert backup_time(taken) in shown and any(ch.isdigit() for ch in shown.split("—")[1])
    dialog.restore.click()
    box = window.dialog
    assert isinstance(box, QMessageBox)
    assert backup_time(taken) in box.text() and "backed up first" in box.text()
    _button(box, "Restore").click()

    assert window.project is not None and window.project.path == corpus_project
    assert window.project.claim(first.id).verdict == Verdict.UNCHECKED
    assert window.claims_panel.model.claims()[0].verdict == Verdict.UNCHECKED
    assert not window.undo_action.isEnabled()  # the edits undone by the restore are gone
    assert "Restored the backup" in window.status.message()
    safety, restored = list_backups(corpus_project)  # the state before the restore, kept
    assert restored.path == taken.path
    assert _first_claim_verdict(safety.path) == Verdict.CONFIRMED
    # the restore itself can be undone by restoring the safety copy
    window.restore_from_backup(safety)
    assert window.project.claim(first.id).verdict == Verdict.CONFIRMED


def test_cancelling_the_confirmation_changes_nothing(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    window.claims_panel.table.setFocus()
    press(qtbot, Key.Key_D)
    window.commands.restore_backup.trigger()
    window.dialog.restore.click()
    box = window.dialog
    qtbot.keyClick(box, Key.Key_Return)  # the default answer is Cancel
    assert not box.isVisible()
    assert window.project.claims()[0].verdict == Verdict.DENIED
    assert window.undo_action.isEnabled()
    assert len(list_backups(corpus_project)) == 1


def test_backups_are_listed_newest_first(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    for verdict in (Verdict.CONFIRMED, Verdict.DENIED, Verdict.UNVERIFIED):
        with Project.open(corpus_project) as project:  # each opening after a change backs up
            project.set_verdict(project.claims()[0].id, verdict)
    window = make_window(Project.open(corpus_project))
    backups = list_backups(corpus_project)
    assert len(backups) == 4
    window.commands.restore_backup.trigger()
    dialog = window.dialog
    shown = [dialog.backups.item(row).text() for row in range(dialog.backups.count())]
    assert [text.split(" — ")[0] for text in shown] == [backup_time(b) for b in backups]
    assert backups == sorted(backups, key=lambda b: b.taken_at, reverse=True)
    assert dialog.chosen() == backups[0]
    dialog.backups.setCurrentRow(1)  # the one taken before the last change
    dialog.restore.click()
    _button(window.dialog, "Restore").click()
    assert window.project.claims()[0].verdict == Verdict.DENIED


def test_a_project_without_backups_says_so(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project, keep_backups=0))
    window.commands.restore_backup.trigger()
    box = window.dialog
    assert isinstance(box, QMessageBox) and "no backups yet" in box.text()


def test_restoring_is_not_offered_read_only(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project, read_only=True))
    assert not window.commands.restore_backup.isEnabled()
    assert not window.commands.save_as.isEnabled()
    assert window.commands.save_copy.isEnabled()


def test_a_backup_that_failed_at_opening_is_said(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    blocker = corpus_project.with_name(corpus_project.name + ".backups")
    blocker.write_text("not a folder", encoding="utf-8")  # the backups folder cannot be made
    project = Project.open(corpus_project)
    assert project.backup_problem
    window = make_window(project)
    message = window.status.message()
    assert message.startswith("No backup was taken when opening") and str(blocker) in message


def test_save_as_goes_on_editing_the_copy(
    qtbot, make_window, gui_settings, corpus_project, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    window.claims_panel.table.setFocus()
    press(qtbot, Key.Key_C)
    window.commands.save_as.trigger()
    type_in_file_dialog(qtbot, window, str(tmp_path / "renamed"))
    copy = tmp_path / "renamed.wbproj"
    assert window.project.path == copy
    assert window.windowTitle().startswith("renamed")
    assert gui_settings.recent_projects[:2] == [str(copy), str(corpus_project)]
    assert window.recent_menu.actions()[0].text() == str(copy)
    refocus(qtbot, window)
    window.claims_panel.table.setFocus()
    press(qtbot, Key.Key_Z, Mod.ControlModifier)  # the undo history follows to the copy
    press(qtbot, Key.Key_D)
    assert _first_claim_verdict(corpus_project) == Verdict.CONFIRMED  # the old file as it was
    with Project.open(corpus_project, keep_backups=0):  # and no longer locked by the window
        pass
    assert window.project.claims()[0].verdict == Verdict.DENIED
    window.close()
    assert _first_claim_verdict(copy) == Verdict.DENIED


def test_save_as_onto_the_project_itself_is_refused(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    window.save_as(corpus_project)
    box = window.dialog
    assert isinstance(box, QMessageBox) and "this is the project itself" in box.text()
    assert window.project.path == corpus_project
