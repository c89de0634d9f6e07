"""A large import in the window: articles written and listed part by part while the rest is
analysed, and a cancel keeps what was written (issues 14 and 17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.fakes import STALL_WORD, stalling_runner_factory

from workbench.core.analysis.batches import BATCH_ARTICLES
from workbench.core.project import Project

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen, on a resize
# A few hundred claims, more than one part, in whole batches of the engine: the stalling
# article is alone in the last one.
ARTICLES = 8 * BATCH_ARTICLES


def _corpus(tmp_path: Path) -> Path:
    """ARTICLES articles analysed at once, then one whose analysis never ends."""
    total = ARTICLES + 1
    parts = []
    for index in range(1, total + 1):
        stall = f" {STALL_WORD}." if index == total else ""
        parts.append(
            f"{index}/{total}\nDate : 25-10-2024 20:32:03\nArticle numéro {index} ;\n"
            f"Le maire de la ville {index} a annoncé {index * 3} millions d'euros pour 2025."
            f"{stall} Selon le journal, {index} écoles ferment.\n|"
        )
    path = tmp_path / "corpus.txt"
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")
    return path


def _importing(make_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A window on a new project, importing the corpus whose last article never finishes."""
    window = make_window(
        Project.create(tmp_path / "parts.wbproj"), runner_factory=stalling_runner_factory()
    )
    window.import_paths([_corpus(tmp_path)])
    return window


def test_articles_are_written_listed_and_shown_while_the_rest_is_analysed(  # type: ignore[no-untyped-def]
    qtbot, make_window, tmp_path
) -> None:
    window = _importing(make_window, tmp_path)
    qtbot.waitUntil(lambda: window.current.article_id is not None, timeout=60_000)
    assert window.importing.is_running()  # the last article is still being analysed
    written = window.project.articles()
    assert window.navigator.model.rowCount() == len(written) > 0
    assert window.current.article_id == written[0].id  # the first one, to start on
    with qtbot.waitSignal(window.import_finished, timeout=10_000):
        window.cancel_analysis()


def test_a_cancelled_import_keeps_the_articles_written_and_says_how_many(  # type: ignore[no-untyped-def]
    qtbot, make_window, tmp_path
) -> None:
    window = _importing(make_window, tmp_path)
    qtbot.waitUntil(lambda: len(window.project.articles()) >= ARTICLES, timeout=60_000)
    with qtbot.waitSignal(window.import_finished, timeout=10_000) as finished:
        window.cancel_analysis()
    assert finished.args == [ARTICLES]
    titles = [article.title for article in window.project.articles()]  # read back from the file
    assert titles == [f"Article numéro {n}" for n in range(1, ARTICLES + 1)]
    assert window.status.message() == (
        f"Import cancelled: {ARTICLES} of {ARTICLES + 1} articles imported."
    )


def test_a_part_goes_to_the_window_when_the_next_article_is_slow_to_come() -> None:
    import time

    from helpers.fakes import RegexAnalyzer

    from workbench.core.model import ArticleDraft
    from workbench.gui.background import worker

    analyzer = RegexAnalyzer()
    drafts = [
        ArticleDraft(title=f"A{n}", text=f"Le maire a annoncé {n} millions.") for n in (1, 2, 3)
    ]
    sent: list[tuple[float, list[str]]] = []

    def found():  # type: ignore[no-untyped-def]
        for number, draft in enumerate(drafts):
            if number == 2:
                time.sleep(3 * worker.PART_WAIT_S)  # a long article
            yield draft, analyzer.analyze(draft.text)

    start = time.monotonic()
    count = worker._deliver_in_parts(
        found(),
        lambda part: sent.append((time.monotonic() - start, [d.title for d, _ in part])),
        300,
    )
    assert count == 3
    assert [titles for _, titles in sent] == [["A1", "A2"], ["A3"]]
    assert sent[0][0] < 2.5 * worker.PART_WAIT_S  # not held until the third came


def test_bad_files_beside_a_corpus_are_named_and_the_corpus_still_goes_in(  # type: ignore[no-untyped-def]
    qtbot, make_window, tmp_path
) -> None:
    from helpers.fakes import corpus_text

    corpus = tmp_path / "corpus.txt"
    corpus.write_text(corpus_text(3), encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    window = make_window(Project.create(tmp_path / "bad.wbproj"))
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as finished:
        window.import_paths([empty, corpus, binary])
    assert finished.args == [3]
    assert [a.title for a in window.project.articles()] == [
        f"Article numéro {n}" for n in (1, 2, 3)
    ]
    box = window.dialogs.last
    assert box is not None and "2 file(s) or corpus entries could not be read" in box.text()
    assert str(empty) in box.text() and str(binary) in box.text()
    box.close()
