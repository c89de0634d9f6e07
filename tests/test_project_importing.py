"""The import use case: new texts only, all or nothing, streamed, for the window and the CLI."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from workbench.core.importers import ImportFailure
from workbench.core.model import Analysis, ArticleDraft, DetectedClaim
from workbench.core.project import Project, WriteFailed
from workbench.core.project.importing import (
    AnalysisEngine,
    NewArticles,
    import_files,
    sequential,
    write_articles,
)


class FirstParagraphAnalyzer:
    """A claim over each article's first paragraph after its title: enough to count claims."""

    def analyze(self, text: str, language: str | None = None) -> Analysis:
        lines = text.split("\n")
        start = len(lines[0]) + 1 if len(lines) > 1 else 0
        end = start + len(lines[1] if len(lines) > 1 else lines[0])
        claim = DetectedClaim(start, end, text[start:end], 0.9, True)
        return Analysis(language="fr", model="test", claims=(claim,))


ENGINE = sequential(FirstParagraphAnalyzer())


def entry(index: int, total: int = 9, body: str | None = None) -> str:
    body = body if body is not None else f"Le conseil a voté {index} mesures."
    return f"{index}/{total}\nDate : 01-02-2024 10:00:00\nTitre {index} ;\n{body}\n|\n"


def corpus(tmp_path: Path, name: str, *indexes: int) -> Path:
    path = tmp_path / name
    path.write_text("".join(entry(index) for index in indexes), encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "import.wbproj") as project:
        yield project


def test_every_article_of_every_file_is_added_in_order_with_its_claims(
    project: Project, tmp_path: Path
) -> None:
    first, second = corpus(tmp_path, "a.txt", 1, 2, 3), corpus(tmp_path, "b.txt", 4)
    report = import_files(project.file, [first, second], ENGINE, who="Ana")
    assert [article.title for article in project.articles()] == [f"Titre {i}" for i in (1, 2, 3, 4)]
    assert list(report.article_ids) == [article.id for article in project.articles()]
    assert report.claim_count == 4 == len(project.claims())
    assert (report.failures, report.already_present) == ((), 0)
    assert {entry.who for entry in project.history()} == {"Ana"}


def test_texts_the_project_or_the_import_already_holds_are_skipped_before_analysis(
    project: Project, tmp_path: Path
) -> None:
    import_files(project.file, [corpus(tmp_path, "a.txt", 1, 2)], ENGINE)
    analysed: list[str] = []

    def engine(drafts: Iterable[ArticleDraft]) -> Iterator[tuple[ArticleDraft, Analysis]]:
        for pair in ENGINE(drafts):
            analysed.append(pair[0].title)
            yield pair

    again = corpus(tmp_path, "b.txt", 2, 3, 3)  # 2 is in the project; 3 twice in this file
    copy = corpus(tmp_path, "c.txt", 3)
    pasted = ArticleDraft("Titre 1 ;", "Titre 1\n" + "Le conseil a voté 1 mesures.")
    report = import_files(project.file, [again, copy], engine, given=[pasted])
    assert analysed == ["Titre 3"]
    assert report.already_present == 4 and len(report.article_ids) == 1
    assert len(project.articles()) == 3


def test_each_malformed_entry_is_left_out_alone_and_named_while_the_others_go_in(
    project: Project, tmp_path: Path
) -> None:
    good = corpus(tmp_path, "good.txt", 1)
    bad = tmp_path / "bad.txt"
    bad.write_text(entry(2) + "3/9\nDate : bientôt\nT ;\n|\n" + entry(4) + "5/9\n|\n", "utf-8")
    report = import_files(project.file, [bad, good], ENGINE)
    assert [article.title for article in project.articles()] == ["Titre 2", "Titre 4", "Titre 1"]
    assert [(failure.path, failure.line, failure.index) for failure in report.failures] == [
        (str(bad), 7, 3),
        (str(bad), 16, 5),
    ]
    assert "bientôt" in str(report.failures[0]) and "no date" in str(report.failures[1])
    assert len(project.claims()) == 3
    # The left-out entries are not "already present": a corrected file brings them in.
    bad.write_text(entry(2) + entry(3) + entry(4) + entry(5), "utf-8")
    again = import_files(project.file, [bad], ENGINE)
    assert len(again.article_ids) == 2 and again.already_present == 2


def test_a_file_that_cannot_be_read_is_reported_without_stopping_the_import(
    project: Project, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    report = import_files(
        project.file, [tmp_path / "missing.txt", empty, corpus(tmp_path, "a.txt", 1)], ENGINE
    )
    assert [failure.path for failure in report.failures] == [
        str(tmp_path / "missing.txt"),
        str(empty),
    ]
    assert all(isinstance(failure, ImportFailure) for failure in report.failures)
    assert len(report.article_ids) == 1


def test_a_failed_analysis_or_a_cancel_leaves_the_project_as_it_was(
    project: Project, tmp_path: Path
) -> None:
    import_files(project.file, [corpus(tmp_path, "a.txt", 1)], ENGINE)
    history = project.history()

    def failing(drafts: Iterable[ArticleDraft]) -> Iterator[tuple[ArticleDraft, Analysis]]:
        for number, pair in enumerate(ENGINE(drafts)):
            if number == 2:
                raise RuntimeError("the model crashed")
            yield pair

    with pytest.raises(RuntimeError):
        import_files(project.file, [corpus(tmp_path, "b.txt", 2, 3, 4, 5)], failing)

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done:
            raise Cancelled

    with pytest.raises(Cancelled):
        import_files(
            project.file,
            [corpus(tmp_path, "c.txt", 6), corpus(tmp_path, "d.txt", 7)],
            ENGINE,
            on_progress=cancel,
        )
    assert [article.title for article in project.articles()] == ["Titre 1"]
    assert project.history() == history


def test_a_write_that_fails_adds_nothing_and_says_what_was_not_saved(
    project: Project, tmp_path: Path
) -> None:
    project._db.execute(
        "CREATE TRIGGER full_disk BEFORE INSERT ON claims WHEN NEW.article_id = 3 "
        "BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END"
    )
    with pytest.raises(WriteFailed, match="the import was not saved"):
        import_files(project.file, [corpus(tmp_path, "a.txt", 1, 2, 3, 4)], ENGINE)
    assert project.articles() == []


def test_articles_are_written_as_they_are_analysed_one_at_a_time(
    project: Project, tmp_path: Path
) -> None:
    """Bounded memory: the reader is one draft ahead at most, and each analysed article is in the
    (uncommitted) transaction before the next one is read."""
    path = corpus(tmp_path, "big.txt", *range(1, 41))
    pulled = written = 0
    seen_in_flight: list[int] = []
    counts_in_transaction: list[int] = []
    conn: sqlite3.Connection = project.file.db.conn

    def engine(drafts: Iterable[ArticleDraft]) -> Iterator[tuple[ArticleDraft, Analysis]]:
        nonlocal pulled, written
        for draft in drafts:
            pulled += 1
            seen_in_flight.append(pulled - written)
            counts_in_transaction.append(
                conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            )
            yield draft, FirstParagraphAnalyzer().analyze(draft.text)
            written += 1

    report = import_files(project.file, [path], engine)
    assert len(report.article_ids) == 40
    assert max(seen_in_flight) == 1
    assert counts_in_transaction == list(range(40))


def test_progress_counts_bytes_read_up_to_the_size_of_all_files(
    project: Project, tmp_path: Path
) -> None:
    paths = [corpus(tmp_path, "a.txt", 1, 2), corpus(tmp_path, "b.txt", 3)]
    total = sum(path.stat().st_size for path in paths)
    seen: list[tuple[int, int]] = []
    import_files(project.file, paths, ENGINE, on_progress=lambda done, of: seen.append((done, of)))
    assert seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert {of for _, of in seen} == {total}


def test_the_engine_is_any_callable_from_drafts_to_analysed_articles(
    project: Project, tmp_path: Path
) -> None:
    """A parallel engine may analyse drafts in batches; the import only needs them in order."""

    def batched(drafts: Iterable[ArticleDraft]) -> Iterator[tuple[ArticleDraft, Analysis]]:
        batch: list[ArticleDraft] = []
        for draft in drafts:
            batch.append(draft)
            if len(batch) == 3:
                yield from ENGINE(batch)
                batch = []
        yield from ENGINE(batch)

    engine: AnalysisEngine = batched
    report = import_files(project.file, [corpus(tmp_path, "a.txt", *range(1, 8))], engine)
    assert [project.article(i).title for i in report.article_ids] == [
        f"Titre {i}" for i in range(1, 8)
    ]


def test_a_worker_analyses_and_the_window_writes_with_the_same_rules(
    project: Project, tmp_path: Path
) -> None:
    """The window's split: reading and analysis in a worker, given the project's fingerprints;
    writing in the process that owns the file, which checks them again."""
    import_files(project.file, [corpus(tmp_path, "a.txt", 1)], ENGINE)
    bad = tmp_path / "bad.txt"
    bad.write_text(entry(5) + "6/9\nDate : bientôt\nT ;\n|\n", "utf-8")
    worker = NewArticles(
        [corpus(tmp_path, "b.txt", 1, 2, 3, 3), bad],
        set(project.fingerprints()),
        ENGINE,
    )
    analysed = list(worker)
    # The malformed entry of bad.txt is left out alone: its good entry 5 is analysed.
    assert [draft.title for draft, _ in analysed] == ["Titre 2", "Titre 3", "Titre 5"]
    assert worker.already_present == 2
    assert [(f.path, f.line, f.index) for f in worker.failures] == [(str(bad), 7, 6)]
    # Meanwhile the checker imported article 3 another way: it is not added twice.
    import_files(project.file, [corpus(tmp_path, "c.txt", 3)], ENGINE)
    report = write_articles(project.file, analysed, who="Ana")
    assert (len(report.article_ids), report.already_present) == (2, 1)
    assert [article.title for article in project.articles()] == [
        "Titre 1",
        "Titre 3",
        "Titre 2",
        "Titre 5",
    ]
