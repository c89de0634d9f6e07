"""The interface in English and French, switched while the window is open."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from workbench.core.model import Verdict
from workbench.core.project import Project
from workbench.core.resources import resource_path
from workbench.gui.app.i18n import Translations

PROJECT_ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    yield translations
    translations.apply("en")  # the next test starts in English


def test_the_compiled_catalogue_is_committed_and_complete() -> None:
    catalogue = resource_path("translations", "workbench_fr.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in catalogue
    qm = resource_path("translations", "workbench_fr.qm")
    assert qm.is_file()
    assert (
        qm.stat().st_mtime
        >= Path(resource_path("translations", "workbench_fr.ts")).stat().st_mtime - 5
    )


def test_switching_to_french_and_back(
    qtbot, make_window, corpus_project, translations, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(corpus_project), translations=translations)
    assert window.file_menu.title() == "&File"
    window.commands.language_fr.trigger()
    assert gui_settings.language == "fr"
    assert window.file_menu.title() == "&Fichier"
    assert window.details.buttons[Verdict.CONFIRMED].text() == "Confirmé  [C]"
    assert window.claims_panel.model.headerData(2, _horizontal()) == "Affirmation"
    assert window.commands.verdict[Verdict.DENIED].toolTip().endswith("(D)")
    assert window.progress_label.text().startswith("Article :")
    assert window.language_label.text().startswith("Langue : ")  # also the labels set earlier
    assert window.commands.language_fr.isChecked() and not window.commands.language_en.isChecked()
    window.select_claim(None)
    window.mark(Verdict.CONFIRMED)  # a string of a mixin class of the window
    assert window.status.message() == "Choisissez d’abord une affirmation"
    window.commands.language_en.trigger()
    assert window.file_menu.title() == "&File"
    assert window.details.buttons[Verdict.CONFIRMED].text() == "Confirmed  [C]"


def test_system_language_falls_back_to_english(translations) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    system = QLocale.system().name().split("_")[0]
    assert translations.apply("") == (system if system in ("en", "fr") else "en")
    assert translations.apply("de") == "en"
    assert translations.apply("fr") == "fr"
    assert QApplication.translate("Verdict", "Denied") == "Démenti"


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_the_detectors_reasons_follow_the_interface_language(translations: Translations) -> None:
    from workbench.gui.review.verdicts import reasons_text

    reasons = (
        "conditional (allegation): entretiendrait",
        "attributed to: elle (named earlier in the article)",
        "names: Elon Musk, Vladimir Poutine",
        "something new: kept as written",
    )
    assert reasons_text(reasons).startswith("conditional (allegation): entretiendrait; ")
    translations.apply("fr")
    assert reasons_text(reasons) == (
        "conditionnel (allégation) : entretiendrait; "
        "attribuée à : elle (nommée plus haut dans l’article); "
        "noms : Elon Musk, Vladimir Poutine; "
        "something new: kept as written"
    )


def _translation_calls() -> list[tuple[str, int, ast.Call]]:
    """Every translate(...) and tr(...) call of the window's modules, with where it is."""
    calls = []
    for path in sorted((PROJECT_ROOT / "workbench" / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = (
                node.func.attr
                if isinstance(node.func, ast.Attribute)
                else getattr(node.func, "id", "")
            )
            if name in ("tr", "translate"):
                calls.append((str(path.relative_to(PROJECT_ROOT)), node.lineno, node))
    return calls


def test_translation_contexts_are_names_written_in_the_code_not_class_names() -> None:
    """self.tr takes its context from the class it is called in, so renaming or moving a class
    lost its translations; every string names its context instead."""
    calls = _translation_calls()
    assert calls
    for where, line, call in calls:
        assert not (isinstance(call.func, ast.Attribute) and call.func.attr == "tr"), (where, line)
        context = call.args[0] if call.args else None
        assert isinstance(context, ast.Constant) and isinstance(context.value, str), (where, line)


def test_every_context_of_the_code_is_in_the_french_catalogue() -> None:
    catalogue = resource_path("translations", "workbench_fr.ts").read_text(encoding="utf-8")
    contexts = set(re.findall(r"<name>([^<]+)</name>", catalogue))
    used = {call.args[0].value for _, _, call in _translation_calls()}  # type: ignore[attr-defined]
    assert used <= contexts, sorted(used - contexts)
