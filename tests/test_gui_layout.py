"""The window's layout at its default size and on a 1366x768 laptop: the claims list keeps eight
rows, the claim's header and verdict buttons never leave the screen, and only what is below them
(rationale, sources, history) scrolls."""

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


def _fully_visible(widget) -> bool:  # type: ignore[no-untyped-def]
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def _header_in_sight(window) -> bool:  # type: ignore[no-untyped-def]
    details = window.details
    return _fully_visible(details.heading) and all(
        _fully_visible(button) for button in details.buttons.values()
    )


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_the_claim_header_and_verdicts_stay_in_sight_and_only_the_lower_part_scrolls(
    qtbot, make_window, reworded, size
) -> None:  # type: ignore[no-untyped-def]
    path, changed = reworded
    with Project.open(path) as project:  # many sources: the lower part cannot fit
        for n in range(8):
            project.add_source(changed, f"https://example.org/{n}", f"Source {n}", "An excerpt")
    window = make_window(Project.open(path))
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    window.select_claim(changed)
    window.claims_panel.table.setFocus()
    QApplication.processEvents()
    assert window.revision_note.isVisible() and window.orphans_dock.isVisible()
    assert (window.width(), window.height()) == size  # the details did not grow the window
    table = window.claims_panel.table
    assert table.viewport().height() >= 8 * table.rowHeight(0)
    assert window.minimumSizeHint().height() <= 680  # still fits a 768-pixel-high laptop screen
    assert _header_in_sight(window)
    # what is below the verdicts scrolls: down to the history, and the header stays put
    lower = window.details_area
    assert lower.verticalScrollBar().maximum() > 0
    heading_at = window.details.heading.mapTo(window, window.details.heading.rect().topLeft())
    lower.verticalScrollBar().setValue(lower.verticalScrollBar().maximum())
    QApplication.processEvents()
    assert not window.details.history.visibleRegion().isEmpty()
    assert _header_in_sight(window)
    assert window.details.heading.mapTo(window, window.details.heading.rect().topLeft()) == (
        heading_at
    )
    # the rationale is brought into view to be typed in; the verdicts are still there
    lower.verticalScrollBar().setValue(lower.verticalScrollBar().maximum())
    press(qtbot, Qt.Key.Key_R)
    rationale = window.details.rationale
    assert QApplication.focusWidget() is rationale
    assert not rationale.visibleRegion().isEmpty()
    assert _header_in_sight(window)
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_C)  # the verdict keys work on the claim in sight
    assert window.project.claim(changed).verdict is Verdict.CONFIRMED


def test_a_first_window_fits_the_screen_it_opens_on(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()  # no saved geometry
    available = window.screen().availableGeometry()  # offscreen: 800x800
    assert available.contains(window.frameGeometry())


@pytest.mark.parametrize(
    ("screen", "size"),
    [
        ((0, 27, 1366, 741), (1280, 701)),  # a 1366x768 laptop under a desktop's top bar
        ((0, 0, 1920, 1040), (1280, 800)),  # room enough: the usual size
        ((1920, 0, 1280, 1024), (1264, 800)),  # a second screen, to the right
    ],
)
def test_a_first_window_takes_the_room_there_is_with_its_frame(screen, size) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect

    from workbench.gui.window.main_window import first_window_frame

    available = QRect(*screen)
    frame = first_window_frame(available)
    assert (frame.width() - 16, frame.height() - 40) == size  # the window inside its frame
    assert available.contains(frame)
    assert abs(frame.center().x() - available.center().x()) <= 1
