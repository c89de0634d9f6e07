"""The window's import on every core: its task process starts the analysis engine's workers, and
cancelling stops every one of them (issue 17)."""

from __future__ import annotations

import os
from pathlib import Path

import psutil
import pytest
from helpers.fakes import corpus_text
from helpers.parallel import (
    PID_FOLDER_VARIABLE,
    SLOW_VARIABLE,
    WORKER_MODEL_PREFIX,
    detector_on_recording_workers,
)

from workbench.core.analysis import default_jobs
from workbench.core.analysis.engine import SMALL_INPUT_ARTICLES
from workbench.core.project import Project
from workbench.gui.background.analysis import AnalysisRunner

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support"),
    pytest.mark.skipif(default_jobs() < 2, reason="needs two cores or more"),
]
ARTICLES = SMALL_INPUT_ARTICLES + 12  # a corpus: more than one process would do alone


def _parallel_runner(parent):  # type: ignore[no-untyped-def]
    return AnalysisRunner(detector_on_recording_workers, parent)


@pytest.fixture
def worker_pids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "worker-pids"
    folder.mkdir()
    monkeypatch.setenv(PID_FOLDER_VARIABLE, str(folder))  # inherited by every spawned process
    return folder


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(corpus_text(ARTICLES), encoding="utf-8")
    return corpus


def _gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def test_the_windows_import_analyses_a_corpus_on_every_core(  # type: ignore[no-untyped-def]
    qtbot, make_window, tmp_path, worker_pids
) -> None:
    window = make_window(Project.create(tmp_path / "all.wbproj"), runner_factory=_parallel_runner)
    with qtbot.waitSignal(window.import_finished, timeout=120_000) as finished:
        window.import_paths([_corpus(tmp_path)])
    assert finished.args == [ARTICLES]
    articles = window.project.articles()
    assert [a.title for a in articles] == [f"Article numéro {n}" for n in range(1, ARTICLES + 1)]
    analysed_by = {a.model for a in articles}
    assert all(model.startswith(WORKER_MODEL_PREFIX) for model in analysed_by)
    assert len(analysed_by) == default_jobs() == len(list(worker_pids.iterdir()))
    assert str(os.getpid()) not in {m.removeprefix(WORKER_MODEL_PREFIX) for m in analysed_by}


def test_cancelling_the_windows_import_stops_every_worker(  # type: ignore[no-untyped-def]
    qtbot, make_window, tmp_path, worker_pids, monkeypatch
) -> None:
    monkeypatch.setenv(SLOW_VARIABLE, "1")
    window = make_window(
        Project.create(tmp_path / "cancel.wbproj"), runner_factory=_parallel_runner
    )
    window.import_paths([_corpus(tmp_path)])
    qtbot.waitUntil(lambda: len(list(worker_pids.iterdir())) == default_jobs(), timeout=120_000)
    workers = [int(path.name) for path in worker_pids.iterdir()]
    assert not any(_gone(pid) for pid in workers)
    with qtbot.waitSignal(window.import_finished, timeout=10_000) as finished:
        window.cancel_analysis()
    assert finished.args == [0]
    # Stopped with the task's process, not left to notice their parent is gone (a second).
    qtbot.waitUntil(lambda: all(_gone(pid) for pid in workers), timeout=900)
    assert window.project.articles() == []
