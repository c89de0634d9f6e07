"""An import recognises an article's earlier revision, and tells corpus entries apart by index."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.fakes import RegexAnalyzer
from helpers.revision_window import KEPT, REWORDED_NEW
from PySide6.QtWidgets import QMessageBox

from workbench.core.project import Project
from workbench.core.project.importing import NewArticles, import_files, sequential

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def same_story_many_times(count: int) -> str:
    """A corpus whose entries share title and text and differ by their index only."""
    return "\n".join(
        f"{index}/{count}\nDate : 25-10-2024 20:32:03\nLe maire promet 3 écoles ;\n"
        "Le maire a promis 3 écoles neuves pour 2026.\n|"
        for index in range(1, count + 1)
    )


def test_entries_differing_by_index_are_all_imported_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(same_story_many_times(300), encoding="utf-8")
    first = tmp_path / "first.txt"
    first.write_text(same_story_many_times(300).split("|")[0] + "|\n", encoding="utf-8")
    with Project.create(tmp_path / "p.wbproj") as project:
        assert (
            len(import_files(project.file, [first], sequential(RegexAnalyzer())).article_ids) == 1
        )
        report = import_files(project.file, [corpus], sequential(RegexAnalyzer()))
        assert len(report.article_ids) == 299 and report.already_present == 1
        assert len(project.articles()) == 300
        again = import_files(project.file, [corpus], sequential(RegexAnalyzer()))
        assert again.article_ids == () and again.already_present == 300


def test_the_original_file_after_a_revision_is_recognised_not_added(
    revision_project: Path, revised_file: Path, tmp_path: Path
) -> None:
    from helpers.revision_window import revise_in_core

    original = tmp_path / "budget.txt"  # the file the project was made from
    revise_in_core(revision_project, revised_file)
    with Project.open(revision_project) as project:
        before = len(project.articles())
        report = import_files(project.file, [original], sequential(RegexAnalyzer()))
        assert report.article_ids == () and report.already_present == 0
        (note,) = report.earlier_revisions
        assert note.startswith(f"{original}: this text is revision 1 of “")
        assert "which the project holds at revision 2; not added again" in note
        assert len(project.articles()) == before
        # the worker's half says the same, from the keys the window gives it
        found = NewArticles(
            [original],
            set(project.fingerprints()),
            sequential(RegexAnalyzer()),
            earlier=project.earlier_revisions(),
        )
        assert list(found) == [] and len(found.earlier_revisions) == 1


def test_the_window_says_the_original_file_is_an_earlier_revision(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, revised_file, tmp_path
) -> None:
    from helpers.revision_window import claim_in_list, revise_in_core

    revise_in_core(revision_project, revised_file)
    window = make_window(Project.open(revision_project))
    before = window.navigator.model.rowCount()
    current = window.navigator.current_article()
    with qtbot.waitSignal(window.import_finished, timeout=60000) as finished:
        window.importing.import_paths([tmp_path / "budget.txt"])
    assert finished.args == [0]
    assert window.navigator.model.rowCount() == before
    assert window.navigator.current_article() == current  # the work stays in front
    assert claim_in_list(window, REWORDED_NEW) and claim_in_list(window, KEPT)
    qtbot.waitUntil(lambda: isinstance(window.dialog, QMessageBox))
    box = window.dialog
    assert "earlier revision" in box.windowTitle() or "earlier revision" in box.text()
    assert "revision 1 of" in box.text() and "budget.txt" in box.text()
    assert "earlier revision of an article" in window.status.message()
    box.close()


def test_the_window_imports_a_corpus_of_one_story_sent_many_times(  # type: ignore[no-untyped-def]
    qtbot, make_window, tmp_path
) -> None:
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(same_story_many_times(12), encoding="utf-8")
    window = make_window(Project.create(tmp_path / "w.wbproj"))
    with qtbot.waitSignal(window.import_finished, timeout=60000) as finished:
        window.importing.import_paths([corpus])
    assert finished.args == [12]
