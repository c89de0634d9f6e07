"""Running imports and analysis in a worker process, reported back to the window by signals."""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.core.model import ArticleDraft
from workbench.gui.background.worker import AnalyzerFactory, WorkResult, work

_POLL_MS = 25
_EXIT_GRACE_S = 10.0  # a worker that answered but does not exit is stopped after this


class AnalysisRunner(QObject):
    """One import at a time in a spawned process; a thread would not do, as loading a spaCy model
    holds the GIL for seconds and would freeze the window.

    Signals:
        progressed(done, total): an article was analysed.
        finished(WorkResult): the worker is done; the caller adds the result to the project.
        failed(str): the worker crashed or could not start.
        cancelled(): `cancel()` stopped it.
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, make_analyzer: AnalyzerFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_analyzer = make_analyzer
        self._context = multiprocessing.get_context("spawn")
        self._process: multiprocessing.process.BaseProcess | None = None
        self._connection: multiprocessing.connection.Connection | None = None
        self._outcome: tuple[Any, ...] | None = None  # the worker's last message, once it came
        self._exit_deadline = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(_POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def is_running(self) -> bool:
        return self._process is not None

    def start(
        self,
        paths: Sequence[Path],
        known_fingerprints: set[str],
        encoding: str | None = None,
        given: Sequence[ArticleDraft] = (),
    ) -> None:
        """Read `paths` (as `encoding`, if given) and analyse them with the articles `given`."""
        if self._process is not None:
            raise RuntimeError("an analysis is already running")
        receiver, sender = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=work,
            args=(
                sender,
                [str(p) for p in paths],
                set(known_fingerprints),
                self._make_analyzer,
                encoding,
                list(given),
            ),
            daemon=True,
            name="workbench-analysis",
        )
        process.start()
        sender.close()  # the child holds its own copy; closing ours lets recv() see the end
        self._process, self._connection = process, receiver
        self._timer.start()

    def cancel(self) -> None:
        if self._process is None:
            return
        self._stop(terminate=True)
        self.cancelled.emit()

    def _stop(self, terminate: bool) -> None:
        self._timer.stop()
        process, connection = self._process, self._connection
        self._process = self._connection = None
        self._outcome = None
        if connection is not None:
            connection.close()
        if process is not None:
            if terminate:
                process.terminate()
            process.join(5)
            if process.is_alive():  # pragma: no cover - a worker stuck in C code
                process.kill()
                process.join()
            process.close()

    def _on_timer_timeout(self) -> None:
        process, connection = self._process, self._connection
        if process is None:
            return
        if self._outcome is not None:
            # The worker has answered; report once it has exited, so no process outlives the
            # signal, without ever blocking the window on its exit.
            if process.exitcode is None and time.monotonic() < self._exit_deadline:
                return
            outcome = self._outcome
            self._stop(terminate=process.exitcode is None)
            if outcome[0] == "done":
                self.finished.emit(outcome[1])
            else:
                self.failed.emit(str(outcome[1]))
            return
        assert connection is not None
        try:
            while connection.poll():
                message = connection.recv()
                if message[0] == "progress":
                    self.progressed.emit(message[1], message[2])
                else:
                    self._outcome = message
                    self._exit_deadline = time.monotonic() + _EXIT_GRACE_S
                    return
        except (EOFError, OSError):
            code = process.exitcode
            self._stop(terminate=True)
            self.failed.emit(f"the analysis process stopped unexpectedly (exit code {code})")


RunnerFactory = Callable[[QObject], AnalysisRunner]


class AnalysisJob(QObject):
    """What an import and a new version share: one runner at a time, made by the window's
    factory, cancelled on demand and let go once it has ended. Subclasses handle its result in
    `_on_runner_finished`.

    Signals:
        progressed(int, int): drafts analysed so far, of how many.
        failed(str): the analysis failed (a message naming the file or the problem).
        cancelled(): stopped by the checker.
    """

    progressed = Signal(int, int)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, runner_factory: RunnerFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner_factory = runner_factory
        self._runner: AnalysisRunner | None = None

    def is_running(self) -> bool:
        return self._runner is not None

    def cancel(self) -> None:
        if self._runner is not None:
            self._runner.cancel()

    def _new_runner(self, busy: str) -> AnalysisRunner:
        """A runner wired to this job's slots; RuntimeError saying `busy` if one is running."""
        if self._runner is not None:
            raise RuntimeError(busy)
        runner = self._runner_factory(self)
        runner.progressed.connect(self.progressed)
        runner.finished.connect(self._on_runner_finished)
        runner.failed.connect(self._on_runner_failed)
        runner.cancelled.connect(self._on_runner_cancelled)
        self._runner = runner
        return runner

    def _end(self) -> None:
        if self._runner is not None:
            self._runner.deleteLater()
        self._runner = None

    def _on_runner_finished(self, result: WorkResult) -> None:
        raise NotImplementedError

    def _on_runner_failed(self, message: str) -> None:
        self._end()
        self.failed.emit(message)

    def _on_runner_cancelled(self) -> None:
        self._end()
        self.cancelled.emit()


__all__ = ["AnalysisJob", "AnalysisRunner", "RunnerFactory", "WorkResult"]
