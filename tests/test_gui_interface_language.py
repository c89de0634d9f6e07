"""A French checker's day reads in French: Qt's own file dialogs, the claim history, the undo labels
made before a switch of language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

from workbench.core.model import Verdict
from workbench.core.project import Project
from workbench.gui.app.i18n import Translations

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    yield translations
    translations.apply("en")  # the next test starts in English


def _labels(dialog: QFileDialog) -> dict[str, str]:
    return {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}


def test_the_file_dialog_reads_in_french_down_to_its_look_in_and_type_labels(
    qtbot, make_window, corpus_project, translations
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project), translations=translations)
    window.commands.language_fr.trigger()
    window.commands.import_articles.trigger()
    dialog = window.dialog
    assert isinstance(dialog, QFileDialog)
    labels = _labels(dialog)
    # Qt 6 gave these two labels a mnemonic; qtbase_fr.qm only has them without one.
    assert labels["lookInLabel"] == "&Voir dans\u00a0:"
    assert labels["fileTypeLabel"] == "Fichiers de &type\u00a0:"
    assert labels["fileNameLabel"] == "&Nom de fichier\u00a0:"  # Qt's own catalogue
    buttons = dialog.findChild(QDialogButtonBox)
    assert [button.text() for button in buttons.buttons()] == ["&Ouvrir", "Annuler"]
    dialog.reject()


def _history_lines(window) -> list[str]:  # type: ignore[no-untyped-def]
    history = window.details.history
    return [history.item(row).text() for row in range(history.count())]


def test_the_history_shown_turns_french_when_the_window_does(
    qtbot, make_window, corpus_project, translations
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project), translations=translations)
    window.mark(Verdict.DENIED)
    lines = _history_lines(window)
    assert any("Camille: verdict Unchecked → Denied" in line for line in lines), lines
    window.commands.language_fr.trigger()
    lines = _history_lines(window)
    assert any("Camille : verdict À vérifier → Démenti" in line for line in lines), lines
    assert not any("Unchecked" in line or "Denied" in line for line in lines), lines
    window.commands.language_en.trigger()
    assert any("verdict Unchecked → Denied" in line for line in _history_lines(window))


def test_the_sources_shown_turn_french_when_the_window_does(
    qtbot, make_window, corpus_project, translations
) -> None:  # type: ignore[no-untyped-def]
    project = Project.open(corpus_project)
    window = make_window(project, translations=translations)
    claim = window.current_claim()
    assert claim is not None
    assert window.session.add_source(claim, "https://example.org/a", "A", "x", "2024-10-01")
    assert "(accessed 2024-10-01)" in window.details.sources.item(0).text()
    window.commands.language_fr.trigger()
    assert "(consulté le 2024-10-01)" in window.details.sources.item(0).text()


def test_an_undo_label_made_in_french_reads_in_english_after_switching_back(
    qtbot, make_window, corpus_project, translations
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project), translations=translations)
    window.commands.language_fr.trigger()
    claim = window.current_claim()
    assert claim is not None
    window.mark(Verdict.CONFIRMED)
    assert window.undo_action.text() == f"&Annuler : Affirmation {claim.number} : Confirmé"
    window.commands.language_en.trigger()
    assert window.undo_action.text() == f"&Undo Set claim {claim.number} to Confirmed"
    window.session.undo_stack.undo()
    assert window.redo_action.text() == f"&Redo Set claim {claim.number} to Confirmed"
    window.commands.language_fr.trigger()
    assert window.redo_action.text() == f"&Rétablir : Affirmation {claim.number} : Confirmé"


def test_an_added_claims_undo_label_keeps_its_number_across_languages(
    qtbot, make_window, corpus_project, translations
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project), translations=translations)
    window.commands.language_fr.trigger()
    article_id = window.current.article_id
    assert window.session.add_claim(article_id, 0, 5)
    text = window.undo_action.text()
    assert text.startswith("&Annuler : Ajout de l’affirmation ") and "{0}" not in text
    number = text.rsplit(" ", 1)[1]
    assert number.isdigit()
    window.commands.language_en.trigger()
    assert window.undo_action.text() == f"&Undo Add claim {number}"


def test_the_file_types_offered_read_in_french(
    qtbot, make_window, corpus_project, translations
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project), translations=translations)
    window.commands.language_fr.trigger()
    window.commands.import_articles.trigger()
    dialog = window.dialog
    assert isinstance(dialog, QFileDialog)
    filters = dialog.nameFilters()
    assert filters[0].startswith("Tous les fichiers pris en charge (*.txt ")
    assert any(name.startswith("Document Word (*.docx)") for name in filters)
    assert any(name.startswith("PDF avec une couche texte (*.pdf)") for name in filters)
    assert not any("All supported" in name or "Word document" in name for name in filters)
    dialog.reject()
