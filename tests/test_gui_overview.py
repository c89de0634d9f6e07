"""The corpus overview (Ctrl+Shift+O) and "next article with unchecked must-check claims"
(Ctrl+M)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.driving import press
from helpers.fakes import RegexAnalyzer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workbench.core.model import Priority, Verdict
from workbench.core.operations import import_files
from workbench.core.project import Project

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
Key = Qt.Key
Mod = Qt.KeyboardModifier

# The fake detector makes a sentence with a digit a quantity: a must-check claim.
ARTICLES = [
    ("Premier", "Le maire a annoncé 3 millions d'euros. Il rencontre le ministre."),
    ("Deuxième", "Le maire rencontre le ministre. Ils parlent longuement."),
    ("Troisième", "La ville compte 12 écoles. Le maire le dit."),
]


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    source = tmp_path / "corpus.txt"
    source.write_text(
        "\n".join(
            f"{n + 1}/3\nDate : {10 + n}-10-2024 09:00:00\n{title} ;\n{body}\n|"
            for n, (title, body) in enumerate(ARTICLES)
        )
        + "\n",
        encoding="utf-8",
    )
    path = tmp_path / "mixed.wbproj"
    with Project.create(path) as project:
        import_files(project, [source], RegexAnalyzer())
    return path


def _cells(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_the_overview_opens_on_its_key_with_counts_by_tier_verdict_date_and_source(
    qtbot, make_window, mixed
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(mixed))
    press(qtbot, Key.Key_O, Mod.ControlModifier | Mod.ShiftModifier)
    dialog = window.overview.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Corpus overview"
    assert "3 articles, 0 finished · 9 claims, 0 checked" in dialog.summary.text()
    assert "2 must-check claims left in 2 articles" in dialog.summary.text()
    assert _cells(dialog.tiers)[0] == ["Must check", "2", "0"]
    assert sum(int(row[1]) for row in _cells(dialog.tiers)) == 9
    assert _cells(dialog.verdicts)[0][1:] == ["9"]
    assert [row[0] for row in _cells(dialog.days)] == ["2024-10-10", "2024-10-11", "2024-10-12"]
    assert _cells(dialog.sources) == [["corpus.txt", "3", "0"]]
    assert "Ctrl+M" in dialog.next_button.text()
    assert [t.accessibleName() for t in (dialog.tiers, dialog.verdicts)] == [
        "Claims by tier",
        "Claims by verdict",
    ]


def test_the_overview_follows_the_verdicts_while_it_is_open(qtbot, make_window, mixed) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(mixed))
    window.commands.corpus_overview.trigger()
    dialog = window.overview.dialog
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.mark(Verdict.DENIED)
    qtbot.waitUntil(lambda: "1 checked" in dialog.summary.text(), timeout=3000)
    denied = [row for row in _cells(dialog.verdicts) if "Denied" in row[0]]
    assert denied[0][1] == "1"


def test_next_must_check_skips_articles_without_must_check_claims_left(
    qtbot, make_window, mixed
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(mixed))
    first, second, third = window.navigator.model.article_ids()
    assert window.navigator.current_article() == first
    press(qtbot, Key.Key_M, Mod.ControlModifier)
    # the next article after the one read that has some: the second has none
    assert window.navigator.current_article() == third
    claim = window.current_claim()
    assert claim is not None and claim.priority is Priority.MUST_CHECK and not claim.is_checked
    press(qtbot, Key.Key_C)  # checked: only the first article has one left
    press(qtbot, Key.Key_M, Mod.ControlModifier)
    assert window.navigator.current_article() == first
    assert window.current_claim().priority is Priority.MUST_CHECK
    press(qtbot, Key.Key_C)
    press(qtbot, Key.Key_M, Mod.ControlModifier)
    assert window.navigator.current_article() == first  # nowhere left to go, and it says so
    assert window.status.message() == "No article has must-check claims left to check"
    assert second not in {first, third}
