"""Pasting an article from the clipboard, importing with a chosen encoding, and the encoding shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.driving import press, type_in_file_dialog
from helpers.fakes import RegexAnalyzer, slow_runner_factory
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QInputDialog,
    QMessageBox,
)

from workbench.core.importers import article_from_pasted_text
from workbench.core.project import Project
from workbench.gui.app.i18n import Translations
from workbench.gui.background.worker import run_import
from workbench.gui.importing.encodings import ENCODING_CHOICES, encoding_labels

Key = Qt.Key
Mod = Qt.KeyboardModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PASTED = "Le budget de la ville\nLe maire a annoncé 12 millions d'euros pour les écoles en 2025.\n"
# cp1252 bytes: é is 0xE9, € 0x80, the curly apostrophe 0x92; all decode, differently, as Mac Roman
CP1252_TEXT = "L’été à Paris\nLe café coûte 3 € de plus qu’en 2023, selon l’Insee.\n"


@pytest.fixture
def clipboard(qapp: QApplication) -> Iterator[object]:
    board = QApplication.clipboard()
    yield board
    board.clear()


def _paste_key(qtbot) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Key.Key_V, Mod.ControlModifier | Mod.ShiftModifier)


def test_ctrl_shift_v_pastes_the_clipboard_as_a_new_analysed_article(
    qtbot, make_window, tmp_path, clipboard
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.create(tmp_path / "paste.wbproj"))
    window.claims_panel.table.setFocus()
    clipboard.setText(PASTED)
    with qtbot.waitSignal(window.import_finished, timeout=30000) as finished:
        _paste_key(qtbot)
    assert finished.args == [1]
    [article] = window.project.articles()
    assert article.title == "Le budget de la ville"
    assert article.text == PASTED.strip()
    assert article.metadata["format"] == "paste"
    assert article.source_path is None
    # analysed by the (fake) analyzer in the worker process: one claim per sentence
    assert [claim.text for claim in window.project.claims(article.id)] == [
        "Le budget de la ville",
        "Le maire a annoncé 12 millions d'euros pour les écoles en 2025.",
    ]
    assert window.navigator.current_article() == article.id
    assert window.article_view.toPlainText() == article.text
    assert not window.encoding_label.isVisible()  # a paste was never bytes in an encoding


def test_pasting_the_same_text_twice_adds_it_once(qtbot, make_window, tmp_path, clipboard) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.create(tmp_path / "twice.wbproj"))
    clipboard.setText(PASTED)
    for expected in (1, 0):
        with qtbot.waitSignal(window.import_finished, timeout=30000) as finished:
            window.commands.paste_article.trigger()
        assert finished.args == [expected]
    assert len(window.project.articles()) == 1
    assert "1 already in the project" in window.status.message()


@pytest.mark.parametrize("text", ["", "  \n\t\n  "])
def test_an_empty_clipboard_says_so_and_changes_nothing(
    qtbot, make_window, tmp_path, clipboard, text
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.create(tmp_path / "empty.wbproj"))
    window.claims_panel.table.setFocus()
    clipboard.setText(text)
    with qtbot.assertNotEmitted(window.importer.started):
        _paste_key(qtbot)
    box = window.dialog
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Nothing to paste"
    assert "clipboard holds no text" in box.text()
    assert not window.importer.is_running()
    assert window.project.articles() == []
    box.close()


def test_paste_is_off_without_a_project_or_while_importing(
    qtbot, make_window, tmp_path, clipboard
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(runner_factory=slow_runner_factory())  # an analysis still running
    paste = window.commands.paste_article
    assert not paste.isEnabled() and not window.commands.import_with_encoding.isEnabled()
    window.set_project(Project.create(tmp_path / "slow.wbproj"))
    assert paste.isEnabled() and window.commands.import_with_encoding.isEnabled()
    clipboard.setText(PASTED)
    with qtbot.waitSignal(window.importer.progressed, timeout=30000):
        paste.trigger()
    assert not paste.isEnabled()
    with qtbot.waitSignal(window.import_finished, timeout=10000) as finished:
        window.cancel_analysis()
    assert finished.args == [0]
    assert paste.isEnabled()
    assert window.project.articles() == []


def test_paste_is_off_in_a_read_only_project(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project, read_only=True))
    assert not window.commands.paste_article.isEnabled()
    assert not window.commands.import_with_encoding.isEnabled()


def test_every_shortcut_of_the_window_is_unique(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    seen: dict[str, str] = {}
    for action in [*window.commands.all(), window.undo_action, window.redo_action]:
        for key in action.shortcuts():
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in seen, f"{text} is both {seen[text]} and {action.objectName()}"
            seen[text] = action.objectName()
    assert seen["Ctrl+Shift+V"] == "paste_article"


def test_paste_sits_in_the_edit_menu_and_encoding_import_after_import(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    a = window.commands
    assert a.paste_article in window.edit_menu.actions()
    files = window.file_menu.actions()
    assert files.index(a.import_with_encoding) == files.index(a.import_articles) + 1


# -- importing with a chosen encoding ----------------------------------------------------------


def _choose_encoding(qtbot, window, label: str) -> None:  # type: ignore[no-untyped-def]
    dialog = window.dialog
    assert isinstance(dialog, QInputDialog)
    qtbot.waitExposed(dialog)
    combo = dialog.findChild(QComboBox)
    combo.setCurrentIndex(combo.findText(label))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_import_with_encoding_reads_the_file_as_chosen(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.create(tmp_path / "enc.wbproj"))
    data = CP1252_TEXT.encode("cp1252")
    (tmp_path / "article.txt").write_bytes(data)
    window.commands.import_with_encoding.trigger()
    window.dialog.setDirectory(str(tmp_path))
    type_in_file_dialog(qtbot, window, "article.txt")
    with qtbot.waitSignal(window.import_finished, timeout=30000) as finished:
        _choose_encoding(qtbot, window, "Mac Roman")
    assert finished.args == [1]
    [article] = window.project.articles()
    misread = data.decode("mac_roman")
    assert article.text == misread.strip()
    assert "Le cafÈ co˚te 3 Ä de plus quíen" in article.text  # what Mac Roman makes of those bytes
    assert article.metadata["encoding"] == "mac_roman"
    assert window.encoding_label.isVisible()
    assert window.encoding_label.text() == "Encoding: Mac Roman"


def test_automatic_detects_and_the_status_bar_shows_it_beside_the_model(
    qtbot, make_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.create(tmp_path / "auto.wbproj"))
    path = tmp_path / "article.txt"
    path.write_bytes(CP1252_TEXT.encode("cp1252"))
    window.ask_encoding([path])
    with qtbot.waitSignal(window.import_finished, timeout=30000) as finished:
        _choose_encoding(qtbot, window, "Automatic (detect it)")
    assert finished.args == [1]
    [article] = window.project.articles()
    assert article.text == CP1252_TEXT.strip()
    assert window.encoding_label.text() == "Encoding: Windows-1252"
    model = window.model_label.geometry()
    encoding = window.encoding_label.geometry()
    assert encoding.left() > model.right()
    assert encoding.left() < window.progress_label.geometry().left()


def test_the_encoding_list_offers_the_newsroom_encodings(qapp) -> None:  # type: ignore[no-untyped-def]
    import codecs

    labels = encoding_labels()
    assert len(labels) == len(ENCODING_CHOICES) == len(set(labels))
    assert ENCODING_CHOICES[0] is None
    for name in ENCODING_CHOICES[1:]:
        assert name is not None
        codecs.lookup(name)  # every choice is a codec Python has


def test_an_unknown_encoding_is_named_and_adds_nothing(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.create(tmp_path / "bad.wbproj"))
    path = tmp_path / "article.txt"
    path.write_bytes(CP1252_TEXT.encode("cp1252"))
    with qtbot.waitSignal(window.import_finished, timeout=30000) as finished:
        window.import_paths([path], encoding="no-such-codec")
    assert finished.args == [0]
    box = window.dialog
    assert isinstance(box, QMessageBox)
    assert str(path) in box.text() and "no-such-codec" in box.text()
    assert window.project.articles() == []
    box.close()


def test_the_encoding_is_shown_in_french(qtbot, make_window, tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    translations = Translations(qapp)
    try:
        window = make_window(Project.create(tmp_path / "fr.wbproj"), translations=translations)
        path = tmp_path / "article.txt"
        path.write_bytes(CP1252_TEXT.encode("cp1252"))
        with qtbot.waitSignal(window.import_finished, timeout=30000):
            window.import_paths([path])
        window.commands.language_fr.trigger()
        assert window.encoding_label.text() == "Encodage : Windows-1252"
        assert window.commands.paste_article.text() == "&Coller comme nouvel article"
        assert encoding_labels()[0] == "Automatique (détecter)"
    finally:
        translations.apply("en")


# -- the worker, without a window --------------------------------------------------------------


def test_the_worker_reads_with_the_encoding_and_analyses_the_given_articles(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(CP1252_TEXT.encode("cp1252"))
    pasted = article_from_pasted_text(PASTED)
    progress: list[tuple[int, int]] = []
    result = run_import(
        lambda d, t: progress.append((d, t)), [str(path)], {}, RegexAnalyzer, "latin_1", [pasted]
    )
    assert result.failures == []
    [(from_file, _), (from_paste, analysis)] = result.analysed
    # as Latin-1, the cp1252 apostrophe and euro are control codes, which the reader drops
    assert from_file.text == "Lété à Paris\nLe café coûte 3  de plus quen 2023, selon lInsee."
    assert from_file.metadata["encoding"] == "iso8859_1"  # Python's own name for it
    assert from_paste == pasted and len(analysis.claims) == 2
    assert progress[-1] == (2, 2)
