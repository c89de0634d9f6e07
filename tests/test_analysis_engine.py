"""The analysis engines: a stream of articles in, the same claims in the same order out, whether
one process, several worker processes or a Dask cluster does the work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from engine_helpers import PROJECT_ROOT, as_json, write_corpus

from workbench.core.analysis import AnalysisError, InProcessEngine, ProcessEngine, batches
from workbench.core.analysis.batches import BATCH_ARTICLES, in_order
from workbench.core.importers import ImportFailure, iter_articles
from workbench.core.model import Analysis, ArticleDraft, DetectedClaim


class NumberingAnalyzer:
    """A stand-in detector: one claim per article, its length, and a record of every call."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def analyze(self, text: str, language: str | None = None) -> Analysis:
        self.calls.append(len(text))
        claim = DetectedClaim(0, len(text), text, 0.5, True)
        return Analysis(language="fr", model="numbering", claims=(claim,))


def draft(number: int, text: str = "Un texte.") -> ArticleDraft:
    return ArticleDraft(
        title=f"article {number}", text=f"{text} {number}", metadata={"index": number}
    )


# -- batches and order, without spaCy ------------------------------------------------------------


def test_batches_depend_on_the_input_alone_and_keep_failures_in_place() -> None:
    failure = ImportFailure("corpus.txt", "the article has no title", 12, index=3)
    items = [draft(1), draft(2), failure, *[draft(n) for n in range(3, 40)]]
    made = list(batches(items))
    assert [len(batch.drafts) for batch in made] == [BATCH_ARTICLES, BATCH_ARTICLES, 7]
    assert [item for batch in made for item in batch.items] == items
    assert made[0].items[2] is failure


def test_a_batch_ends_early_when_its_articles_are_long() -> None:
    long_text = "x" * 150_000
    made = list(batches([draft(1, long_text), draft(2, long_text), draft(3)]))
    assert [len(batch.drafts) for batch in made] == [2, 1]


def test_the_in_process_engine_pairs_each_article_with_its_own_analysis() -> None:
    failure = ImportFailure("corpus.txt", "the article has no date line", 30, index=5)
    items: list[ArticleDraft | ImportFailure] = [draft(n) for n in range(1, 21)]
    items.insert(4, failure)
    results = list(InProcessEngine(NumberingAnalyzer()).run(items))
    assert results[4] is failure
    for item, result in zip(items, results, strict=True):
        if isinstance(item, ArticleDraft):
            assert result[0] is item  # type: ignore[index]
            assert result[1].claims[0].text == item.text  # type: ignore[index]


class _Done:
    def __init__(self, value: list[Analysis]) -> None:
        self.value = value

    def result(self) -> list[Analysis]:
        return self.value


def test_only_a_window_of_the_input_is_ever_read_ahead() -> None:
    read = 0

    def source() -> Iterator[int]:
        nonlocal read
        for number in range(1000):
            read += 1
            yield number

    ahead = []
    for taken, (piece, pending) in enumerate(in_order(source(), lambda n: _Done([]), lambda: 4)):
        assert piece == taken
        pending.result()
        ahead.append(read - taken)
    assert max(ahead) == 4 and read == 1000


# -- worker processes, with the real detector --------------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"), 2 * BATCH_ARTICLES + 5)


@pytest.fixture(scope="module")
def one_process(corpus: Path) -> list[object]:
    """The reference: each article analysed on its own by one Detector in this process."""
    from workbench.core.detection import Detector

    detector = Detector()
    return [
        (item, detector.analyze(item.text))
        for item in iter_articles(corpus)
        if isinstance(item, ArticleDraft)
    ]


@pytest.mark.slow
def test_two_worker_processes_give_the_claims_of_one_process_in_order(
    corpus: Path, one_process: list[object]
) -> None:
    results = list(ProcessEngine(2).run(iter_articles(corpus)))
    assert as_json(results) == as_json(one_process)
    assert sum(len(analysis.claims) for _, analysis in results) > 100  # type: ignore[misc]


def _worker_pids() -> list[int]:
    import multiprocessing

    return [child.pid for child in multiprocessing.active_children() if child.pid is not None]


@pytest.mark.slow
def test_a_worker_killed_mid_corpus_loses_no_article(
    corpus: Path, one_process: list[object]
) -> None:
    results = []
    stream = ProcessEngine(2).run(iter_articles(corpus))
    results.append(next(stream))
    [victim, *_] = _worker_pids()
    os.kill(victim, signal.SIGKILL)
    results.extend(stream)
    assert victim not in _worker_pids()
    assert as_json(results) == as_json(one_process)


def _fake_workers(monkeypatch: pytest.MonkeyPatch, analysis: object) -> None:
    import engine_helpers

    from workbench.core.analysis import worker

    monkeypatch.setattr(worker, "start_worker", engine_helpers.start_nothing)
    monkeypatch.setattr(worker, "analyze_texts", analysis)


def test_stopping_the_stream_stops_every_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    import engine_helpers

    _fake_workers(monkeypatch, engine_helpers.slow_analysis)
    stream = ProcessEngine(2).run(draft(n) for n in range(1, 10 * BATCH_ARTICLES))
    next(stream)
    assert len(_worker_pids()) == 2
    stream.close()  # what a cancel does
    assert _worker_pids() == []


def test_a_batch_that_kills_every_worker_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    import engine_helpers

    _fake_workers(monkeypatch, engine_helpers.die)
    stream = ProcessEngine(1).run([draft(1), draft(2)])
    with pytest.raises(AnalysisError, match="'article 1' \\(entry 1\\), 'article 2' \\(entry 2\\)"):
        list(stream)
    assert _worker_pids() == []


# -- a Dask cluster ----------------------------------------------------------------------------
# Each run is a script of its own (tests/dask_cluster_run.py): distributed keeps a thread for
# the rest of the process once used, and tests end with nothing of theirs left running.


def _on_a_local_cluster(corpus: Path, *options: str) -> str:
    pytest.importorskip("distributed")
    script = Path(__file__).with_name("dask_cluster_run.py")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(PROJECT_ROOT), str(script.parent)]))
    done = subprocess.run(
        [sys.executable, str(script), str(corpus), *options],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.mark.slow
def test_a_dask_cluster_of_two_workers_gives_the_claims_of_one_process(
    corpus: Path, one_process: list[object]
) -> None:
    assert _on_a_local_cluster(corpus) == as_json(one_process)


@pytest.mark.slow
def test_a_dask_worker_killed_mid_corpus_loses_no_article(
    corpus: Path, one_process: list[object]
) -> None:
    assert _on_a_local_cluster(corpus, "--kill-a-worker") == as_json(one_process)


def test_all_at_once_a_fake_analyzer_is_used_in_this_process_with_progress() -> None:
    from workbench.core.analysis import analyze_all

    fake = NumberingAnalyzer()
    seen: list[tuple[int, int]] = []
    analysed = analyze_all(
        [draft(n) for n in range(1, 4)], fake, lambda done, total: seen.append((done, total))
    )
    assert [item.title for item, _ in analysed] == ["article 1", "article 2", "article 3"]
    assert seen == [(1, 3), (2, 3), (3, 3)] and len(fake.calls) == 3


def test_a_daemon_process_runs_its_analysis_itself() -> None:
    import multiprocessing

    import engine_helpers

    context = multiprocessing.get_context("spawn")
    answers = context.Queue()
    process = context.Process(target=engine_helpers.report_jobs, args=(answers,), daemon=True)
    process.start()
    try:
        assert answers.get(timeout=60) == 1
    finally:
        process.join()
        answers.close()
        answers.join_thread()


def test_a_batch_sent_after_a_worker_died_idle_goes_to_a_fresh_pool(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import multiprocessing

    import engine_helpers

    from workbench.core.analysis.local import _Pool

    _fake_workers(monkeypatch, engine_helpers.slow_analysis)
    pool = _Pool(1, multiprocessing.get_context("spawn"), (None, None, os.getpid()))
    try:
        first = pool.executor
        first.submit(os.getpid).result(timeout=60)
        [victim] = _worker_pids()
        os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while not getattr(first, "_broken", False) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert getattr(first, "_broken", False), "the pool never noticed its worker died"
        [batch] = batches([draft(1)])
        analyses = pool.submit(batch).result()
        assert pool.executor is not first and [a.model for a in analyses] == ["slow"]
    finally:
        pool.stop()
