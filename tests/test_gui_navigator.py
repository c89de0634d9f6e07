"""The articles navigator of a large corpus: index, date, source and progress columns, sorted on
a header click, a "not finished" filter, rows that say how far each article is, articles listed
as an import writes them, and columns remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.driving import press
from helpers.fakes import RegexAnalyzer
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont

from workbench.core.model import Verdict
from workbench.core.operations import import_files
from workbench.core.project import Project
from workbench.gui.review.navigator import (
    DATE,
    INDEX,
    MUST_CHECK,
    PROGRESS,
    SOURCE,
    TITLE,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
Key = Qt.Key
Mod = Qt.KeyboardModifier


def _corpus(count: int, first_index: int = 40) -> str:
    """Entries numbered from `first_index` backwards in date: the last entry is the oldest."""
    parts = []
    for n in range(count):
        parts.append(
            f"{first_index + n}/1366\nDate : {28 - n:02d}-10-2024 09:00:00\nArticle {chr(65 + n)} ;\n"
            f"Le maire a annoncé {n + 3} millions d'euros. Il rencontre le ministre.\n|"
        )
    return "\n".join(parts) + "\n"


@pytest.fixture
def many(tmp_path: Path) -> Path:
    source = tmp_path / "corpus.txt"
    source.write_text(_corpus(6), encoding="utf-8")
    path = tmp_path / "many.wbproj"
    with Project.create(path) as project:
        import_files(project, [source], RegexAnalyzer())
    return path


def _column(window, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = window.navigator.proxy
    return [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]


def test_the_navigator_shows_index_date_source_title_and_progress(qtbot, make_window, many) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(many))
    model = window.navigator.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["#", "Date", "Source", "Article", "Checked", "Must"]
    header = window.navigator.table.horizontalHeader()
    shown = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
    assert shown == [INDEX, DATE, TITLE, PROGRESS]  # source and "must" on demand, for the title
    assert _column(window, INDEX) == ["40", "41", "42", "43", "44", "45"]
    assert _column(window, DATE)[:2] == ["2024-10-28", "2024-10-27"]
    assert _column(window, SOURCE)[0] == "corpus.txt"
    assert _column(window, TITLE)[0] == "Article A"
    assert _column(window, PROGRESS)[1] == "0/3 ⚑1"  # one must-check claim: the number
    assert _column(window, MUST_CHECK)[1] == "⚑ 1"
    tooltip = window.navigator.proxy.index(1, TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.splitlines()[:2] == ["Article B", "2024-10-27 09:00:00 — corpus.txt"]


def test_a_click_on_a_header_sorts_the_articles_and_again_reverses(
    qtbot, make_window, many
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(many))
    header = window.navigator.table.horizontalHeader()
    header.setSectionHidden(DATE, False)

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click(DATE)
    assert _column(window, INDEX) == ["45", "44", "43", "42", "41", "40"]  # oldest first
    click(DATE)
    assert _column(window, INDEX) == ["40", "41", "42", "43", "44", "45"]
    click(TITLE)
    assert _column(window, TITLE) == [f"Article {c}" for c in "ABCDEF"]
    # the arrow keys follow the order shown
    window.navigator.select_article(window.navigator.visible_rows()[0].id)
    window.navigator.step(1)
    assert window.navigator.current_article() == window.navigator.visible_rows()[1].id


def test_not_finished_hides_finished_articles_but_keeps_the_one_being_read(
    qtbot, make_window, many
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(many))
    first = window.navigator.current_article()
    for _ in window.claims_panel.model.claims():
        window.mark(Verdict.CONFIRMED, then_next=True)
    window.navigator.unfinished_only.setChecked(True)
    assert window.navigator.proxy.rowCount() == 6  # the finished article is the one read
    window.navigator.step(1)
    assert window.navigator.current_article() != first
    assert window.navigator.proxy.rowCount() == 5
    assert first not in [row.id for row in window.navigator.visible_rows()]
    window.navigator.unfinished_only.setChecked(False)
    assert window.navigator.proxy.rowCount() == 6


def test_finished_rows_are_quiet_and_rows_with_must_check_claims_left_stand_out(
    qtbot, make_window, many
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(many))
    model = window.navigator.model
    first = window.navigator.current_article()
    row = model.row_of(first)
    font = model.index(row, PROGRESS).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(row, TITLE).data(Qt.ItemDataRole.ForegroundRole) is None
    for _ in window.claims_panel.model.claims():
        press(qtbot, Key.Key_C, Mod.ShiftModifier)
    assert model.index(row, PROGRESS).data() == "✓ 3/3"
    assert model.index(row, MUST_CHECK).data() == ""
    assert model.index(row, PROGRESS).data(Qt.ItemDataRole.FontRole) is None
    quiet = model.index(row, TITLE).data(Qt.ItemDataRole.ForegroundRole)
    other = model.index(model.row_of(window.navigator.visible_rows()[1].id), TITLE)
    assert quiet is not None and other.data(Qt.ItemDataRole.ForegroundRole) is None
    spoken = model.index(row, PROGRESS).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "3 of 3 claims checked"
    other_spoken = other.siblingAtColumn(PROGRESS).data(Qt.ItemDataRole.AccessibleTextRole)
    assert other_spoken == "0 of 3 claims checked, 1 must-check claims not checked yet"


def test_articles_are_listed_as_each_chunk_of_an_import_is_written(
    qtbot, make_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import workbench.core.project.importing
    import workbench.gui.importing.job

    monkeypatch.setattr(workbench.gui.importing.job, "CLAIMS_PER_PART", 6)
    window = make_window(Project.create(tmp_path / "chunks.wbproj"))
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(_corpus(6), encoding="utf-8")
    listed: list[int] = []  # articles in the navigator each time a chunk is about to be written
    write = workbench.core.project.importing.write_articles
    monkeypatch.setattr(
        workbench.core.project.importing,
        "write_articles",
        lambda file, items: listed.append(window.navigator.model.rowCount()) or write(file, items),
    )
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_paths([corpus])
    assert listed == [0, 2, 4]  # three claims each: two articles per chunk
    assert window.navigator.model.rowCount() == 6


def test_the_navigator_columns_are_remembered(qtbot, make_window, many) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(many))
    menu = window.navigator.column_menu()
    [date] = [a for a in menu.actions() if a.text() == "Date"]
    [source] = [a for a in menu.actions() if a.text() == "Source"]
    date.setChecked(False)
    source.setChecked(True)
    header = window.navigator.table.horizontalHeader()
    header.resizeSection(INDEX, 77)
    header.setSortIndicator(TITLE, Qt.SortOrder.DescendingOrder)
    window.close()
    again = make_window(Project.open(many))
    header = again.navigator.table.horizontalHeader()
    assert header.isSectionHidden(DATE) and not header.isSectionHidden(SOURCE)
    assert header.sectionSize(INDEX) == 77
    assert _column(again, TITLE)[0] == "Article F"


def test_in_french_the_navigator_and_overview_speak_french_and_headers_fit(
    qtbot, make_window, many, qapp
) -> None:  # type: ignore[no-untyped-def]
    from workbench.gui.app.i18n import Translations

    translations = Translations(qapp)
    try:
        window = make_window(Project.open(many), translations=translations)
        window.commands.language_fr.trigger()
        navigator = window.navigator
        assert navigator.unfinished_only.text() == "Non terminés"
        model = navigator.model
        assert model.headerData(PROGRESS, Qt.Orientation.Horizontal) == "Vérifiées"
        header = navigator.table.horizontalHeader()
        assert header.sectionSize(PROGRESS) > header.fontMetrics().horizontalAdvance("Vérifiées")
        spoken = model.index(0, PROGRESS).data(Qt.ItemDataRole.AccessibleTextRole)
        assert spoken.startswith("0 affirmation(s) vérifiée(s) sur 3")
        window.commands.corpus_overview.trigger()
        dialog = window.overview.dialog
        assert dialog.windowTitle() == "Vue d’ensemble du corpus"
        assert dialog.tiers.item(0, 0).text() == "À vérifier d’abord"
        assert dialog.summary.text().startswith("6 article(s), 0 terminé(s)")
    finally:
        translations.apply("en")


def test_sorting_keeps_the_article_being_read_and_rows_stay_put_while_it_is_checked(
    qtbot, make_window, many
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Project.open(many))
    navigator = window.navigator
    third = navigator.model.article_ids()[2]
    navigator.select_article(third)
    navigator.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    assert navigator.current_article() == third
    assert navigator.table.currentIndex().row() == 3  # the third newest of six
    navigator.table.sortByColumn(PROGRESS, Qt.SortOrder.DescendingOrder)
    order = [row.id for row in navigator.visible_rows()]
    window.mark(Verdict.CONFIRMED)  # its progress changes: it does not jump away
    assert [row.id for row in navigator.visible_rows()] == order
    assert navigator.current_article() == third
