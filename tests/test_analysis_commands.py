"""`--jobs` and `--scheduler` on `workbench analyze` and `workbench import`: the same output as one
process, progress on stderr, clear messages when the cluster is not there."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from engine_helpers import PROJECT_ROOT, write_corpus

from workbench.cli import main
from workbench.commands.engine_options import Progress
from workbench.core.model import ArticleDraft
from workbench.core.project import Project


class FakeTerminal(io.StringIO):
    def __init__(self, is_terminal: bool) -> None:
        super().__init__()
        self.is_terminal = is_terminal

    def isatty(self) -> bool:
        return self.is_terminal


def corpus_drafts(count: int, path: str = "corpus.txt") -> list[ArticleDraft]:
    return [
        ArticleDraft(f"t{n}", f"texte {n}", {"index": n, "total": count}, path)
        for n in range(1, count + 1)
    ]


def test_without_a_terminal_progress_is_a_line_now_and_then_with_the_corpus_total() -> None:
    stream = FakeTerminal(is_terminal=False)
    progress = Progress(stream, interval_s=0.0)
    for _ in progress.counting(corpus_drafts(4)):
        progress.advance()
    progress.close()
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("workbench: analysed 1 of 4 articles (25 %)")
    assert lines[-1].startswith("workbench: analysed 4 article(s) in")


def test_on_a_terminal_progress_is_a_bar() -> None:
    stream = FakeTerminal(is_terminal=True)
    progress = Progress(stream, interval_s=0.0)
    for _ in progress.counting(corpus_drafts(3)):
        progress.advance()
    progress.close()
    assert "3/3" in stream.getvalue() and "workbench: analysed" not in stream.getvalue()


@pytest.mark.parametrize("value", ["0", "-2", "many"])
def test_a_number_of_jobs_below_one_is_refused(
    value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["analyze", str(tmp_path / "absent.txt"), "--jobs", value])
    assert stopped.value.code == 2
    assert "expected a whole number of jobs" in capsys.readouterr().err


def test_an_unreachable_scheduler_is_named_and_nothing_is_imported(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    corpus = write_corpus(tmp_path, 3)
    project = tmp_path / "p.wbproj"
    address = "tcp://127.0.0.1:9"  # the discard port: nothing listens there
    # A process of its own: distributed keeps a thread for the rest of any process it ran in.
    env = dict(
        os.environ, PYTHONPATH=str(PROJECT_ROOT), DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="1s"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "workbench",
            "import",
            str(corpus),
            "--project",
            str(project),
            "--scheduler",
            address,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert f"cannot reach the Dask scheduler at {address}" in done.stderr
    assert "nothing was imported" in done.stderr and "Traceback" not in done.stderr
    assert not project.exists()  # the project this import created holds nothing: not kept


@pytest.mark.slow
def test_analyze_on_two_workers_prints_exactly_what_one_process_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(tmp_path, 40)
    assert main(["analyze", str(corpus), "--format", "json", "--jobs", "1"]) == 0
    alone = capsys.readouterr().out
    assert main(["analyze", str(corpus), "--format", "json", "--jobs", "2"]) == 0
    assert capsys.readouterr().out == alone
    articles = json.loads(alone)["articles"]
    assert [article["metadata"]["index"] for article in articles] == list(range(1, 41))


@pytest.mark.slow
def test_import_on_two_workers_writes_the_claims_of_one_process(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, 40)
    claims = {}
    for jobs in ("1", "2"):
        project = tmp_path / f"jobs{jobs}.wbproj"
        assert main(["import", str(corpus), "--project", str(project), "--jobs", jobs]) == 0
        with Project.open(project, read_only=True) as opened:
            claims[jobs] = [
                (claim.article_id, claim.start, claim.end, claim.score, claim.types)
                for claim in opened.claims()
            ]
    assert claims["1"] == claims["2"] and len(claims["1"]) > 100


@pytest.mark.slow
def test_ctrl_c_stops_every_worker_and_imports_nothing(tmp_path: Path) -> None:
    psutil = pytest.importorskip("psutil")
    corpus = write_corpus(tmp_path, 200)
    project = tmp_path / "p.wbproj"
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT))
    command = [
        sys.executable,
        "-m",
        "workbench",
        "import",
        str(corpus),
        "--project",
        str(project),
        "--jobs",
        "2",
    ]
    with subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A shell starting the tests in the background ignores Ctrl-C for them, and Python keeps
        # an ignored SIGINT ignored: the command must get it as a terminal would give it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    ) as running:
        parent = psutil.Process(running.pid)
        deadline = time.monotonic() + 120
        while len(parent.children()) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1.0)
        workers = parent.children()  # two workers, and multiprocessing's resource tracker
        assert len(workers) >= 2, "the workers never started"
        running.send_signal(signal.SIGINT)
        _, error = running.communicate(timeout=60)
    assert running.returncode == 130, error
    assert "cancelled; nothing was imported" in error and "Traceback" not in error
    psutil.wait_procs(workers, timeout=10)
    assert not any(worker.is_running() for worker in workers)
    assert not project.exists()  # the project this import created holds nothing: not kept
