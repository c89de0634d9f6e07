"""The window's layout at its default size: a tall claim details panel scrolls, the list stays."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.driving import press
from helpers.fakes import RegexAnalyzer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workbench.core.importers import read_articles
from workbench.core.model import Verdict
from workbench.core.operations import import_files
from workbench.core.project import Project
from workbench.core.revisions import import_revision

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
SENTENCES = [
    f"Le conseil a voté {n} millions d'euros pour l'école numéro {n}." for n in range(1, 25)
]
OLD_TEXT = "Le budget de la ville\n" + "\n".join(
    " ".join(SENTENCES[i : i + 3]) for i in range(0, len(SENTENCES), 3)
)


@pytest.fixture
def reworded(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """A project whose article's second revision rewords a checked claim and drops another."""
    first, second = tmp_path / "budget.txt", tmp_path / "budget-v2.txt"
    first.write_text(OLD_TEXT + "\n", encoding="utf-8")
    second.write_text(
        OLD_TEXT.replace("voté 4 millions", "voté 40 millions").replace(SENTENCES[6], "") + "\n",
        encoding="utf-8",
    )
    path = tmp_path / "budget.wbproj"
    with Project.create(path) as project:
        import_files(project, [first], RegexAnalyzer())
        for claim in project.claims()[:8]:
            project.set_verdict(claim.id, Verdict.CONFIRMED, "Camille")
        [draft] = read_articles(second)
        analysis = RegexAnalyzer().analyze(draft.text)
        result = import_revision(project, project.articles()[0].id, draft, analysis, "Camille")
    assert len(result.changed) == 1 and len(result.orphans) == 1
    return path, result.changed[0]


def test_the_claims_list_keeps_eight_rows_beside_a_revision_note(
    qtbot, make_window, reworded
) -> None:  # type: ignore[no-untyped-def]
    path, changed = reworded
    window = make_window(Project.open(path))
    window.select_claim(changed)
    window.claims_panel.table.setFocus()
    QApplication.processEvents()
    assert window.revision_note.isVisible() and window.orphans_dock.isVisible()
    assert (window.width(), window.height()) == (1280, 800)  # the details did not grow the window
    table = window.claims_panel.table
    assert table.viewport().height() >= 8 * table.rowHeight(0)
    # the details scroll instead: the verdict buttons are reached by scrolling, and by their keys
    assert window.details_area.verticalScrollBar().maximum() > 0
    assert window.minimumSizeHint().height() <= 680  # still fits a 768-pixel-high laptop screen
    rationale = window.details.rationale
    assert rationale.visibleRegion().isEmpty()  # scrolled out of view, below the note
    press(qtbot, Qt.Key.Key_R)
    assert QApplication.focusWidget() is rationale
    assert not rationale.visibleRegion().isEmpty()  # scrolled into view to be typed in
