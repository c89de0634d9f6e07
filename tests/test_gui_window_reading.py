"""A checker's day in the window: a readable claims list, keys named right, a screen reader's view."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.driving import press
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from workbench.core.model import Verdict
from workbench.core.project import Project
from workbench.gui.app.i18n import Translations
from workbench.gui.app.settings import Settings
from workbench.gui.dialogs.common import ShortcutsSheet
from workbench.gui.review.claims_model import NUMBER, SCORE, TEXT, TYPES, VERDICT
from workbench.gui.review.verdicts import LOOKS, type_label

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _open_corpus(make_window, corpus_project: Path):  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project))
    window.resize(1366, 768)
    QApplication.processEvents()
    return window


def test_the_verdict_column_shows_one_mark_and_the_claim_column_has_room(
    make_window, corpus_project
) -> None:  # type: ignore[no-untyped-def]
    window = _open_corpus(make_window, corpus_project)
    panel = window.claims_panel
    index = panel.proxy.index(0, VERDICT)
    assert index.data(Qt.ItemDataRole.DecorationRole) is None  # no icon beside the symbol
    assert index.data() == LOOKS[Verdict.UNCHECKED].symbol
    header = panel.table.horizontalHeader()
    metrics = panel.table.fontMetrics()
    assert header.sectionSize(TEXT) >= metrics.horizontalAdvance("x" * 30)
    for row in range(panel.proxy.rowCount()):
        types = str(panel.proxy.index(row, TYPES).data())
        assert header.sectionSize(TYPES) >= metrics.horizontalAdvance(types)
    longest = max((type_label(kind) for kind in ("quantity", "attribution", "prediction")), key=len)
    assert header.sectionSize(TYPES) >= metrics.horizontalAdvance(longest)


def test_hidden_and_resized_columns_are_remembered(
    make_window, corpus_project, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    window = _open_corpus(make_window, corpus_project)
    menu = window.claims_panel.column_menu()
    titles = {action.text(): action for action in menu.actions()}
    assert "Claim" not in titles  # the claim itself cannot be hidden
    titles["Types"].setChecked(False)
    titles["Score"].setChecked(True)
    header = window.claims_panel.table.horizontalHeader()
    assert header.isSectionHidden(TYPES) and not header.isSectionHidden(SCORE)
    header.resizeSection(NUMBER, 77)
    window.close()
    again = make_window(Project.open(corpus_project))
    header = again.claims_panel.table.horizontalHeader()
    assert header.isSectionHidden(TYPES) and not header.isSectionHidden(SCORE)
    assert header.sectionSize(NUMBER) == 77
    assert not header.isSectionHidden(TEXT)


def test_home_and_end_go_to_the_first_and_last_claim(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = _open_corpus(make_window, corpus_project)
    panel = window.claims_panel
    panel.table.setFocus()
    press(qtbot, Qt.Key.Key_End)
    assert panel.table.currentIndex().row() == panel.proxy.rowCount() - 1
    press(qtbot, Qt.Key.Key_Home)
    assert panel.table.currentIndex().row() == 0
    assert window.details.claim is not None or panel.current_claim() is not None


def test_the_claims_list_announces_number_verdict_and_type(make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = _open_corpus(make_window, corpus_project)
    panel = window.claims_panel
    claim = panel.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    said = str(panel.proxy.index(0, TEXT).data(Qt.ItemDataRole.AccessibleTextRole))
    assert said.startswith(f"Claim {claim.number}, Unchecked, ")
    assert type_label(claim.types[0].value) in said
    assert QAccessible.queryAccessibleInterface(panel.table).text(QAccessible.Text.Name)


def _focusable(root: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in root.findChildren(QWidget)
        if widget.isVisible()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(widget, QLabel)
    ]


def test_every_focusable_control_of_the_claims_panel_has_a_name(
    make_window, corpus_project
) -> None:  # type: ignore[no-untyped-def]
    window = _open_corpus(make_window, corpus_project)
    widgets = _focusable(window.claims_panel)
    assert len(widgets) >= 5
    unnamed = [
        widget.objectName() or type(widget).__name__
        for widget in widgets
        if not QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
    ]
    assert unnamed == []


def test_the_shortcuts_sheet_lists_the_verdict_keys_first_and_one_key_each(
    qtbot, make_window, corpus_project
) -> None:  # type: ignore[no-untyped-def]
    window = _open_corpus(make_window, corpus_project)
    actions = [*window.commands.all(), window.undo_action, window.redo_action]
    sheet = ShortcutsSheet(actions, window)
    qtbot.addWidget(sheet)
    keys = [sheet.table.item(row, 0).text() for row in range(sheet.table.rowCount())]
    assert keys[0] in {look.key for look in LOOKS.values()} | {"Backspace"}
    assert not any("F14" in key or ", " in key for key in keys)  # one key each (Ctrl+, is one)
    assert QKeySequence(QKeySequence.StandardKey.Undo).toString() in keys


def test_french_names_the_backspace_key_as_french_keyboards_do(
    make_window, corpus_project, qapp
) -> None:  # type: ignore[no-untyped-def]
    translations = Translations(qapp)
    window = make_window(Project.open(corpus_project), translations=translations)
    window.choose_language("fr")
    try:
        texts = [button.text() for button in window.details.buttons.values()]
        assert not any("Effacement" in text for text in texts)
        assert any("Retour arrière" in text for text in texts), texts
        assert any("Invérifié" in text for text in texts)
        assert not any("Invérifiable" in text for text in texts)
    finally:
        window.choose_language("en")


def test_the_export_dialog_shows_no_ampersand_and_remembers_the_last_folder(
    qtbot, make_window, corpus_project, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    window = _open_corpus(make_window, corpus_project)
    window.commands.export_report.trigger()
    dialog = window.findChild(QWidget, "exportDialog")
    assert dialog is not None
    # a label shows its & as a literal character unless it has a buddy to give the Alt key to
    literal = [
        label.text()
        for label in dialog.findChildren(QLabel)
        if "&" in label.text() and label.buddy() is None
    ]
    assert literal == []
    from workbench.gui.app.settings import documents_folder

    assert Path(dialog.output.text()).parent == Path(documents_folder())
    folder = corpus_project.parent / "reports"
    folder.mkdir()
    dialog.output.setText(str(folder / "report.html"))
    with qtbot.waitSignal(window.exporting.report_written, timeout=20000):
        dialog.accept()
    assert gui_settings.export_folder == str(folder)
    window.commands.export_report.trigger()
    again = [d for d in window.findChildren(QWidget, "exportDialog") if d.isVisible()]
    assert Path(again[-1].output.text()).parent == folder
    again[-1].reject()


def test_the_data_folder_names_workbench_once() -> None:
    from workbench.gui.app.startup import data_dir

    QApplication.instance().setOrganizationName("Workbench")  # type: ignore[union-attr]
    QApplication.instance().setApplicationName("Workbench")  # type: ignore[union-attr]
    assert "Workbench/Workbench" not in data_dir().as_posix()
    assert data_dir().name == "Workbench"


def test_the_export_folder_setting_starts_empty(tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.export_folder == ""
    settings.export_folder = str(tmp_path)
    assert settings.export_folder == str(tmp_path)
