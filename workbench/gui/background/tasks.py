"""The one way to run work off the GUI thread: a task in a thread or in a process, reported back
to the GUI thread by signals.

A task is a plain function `task(report, *args) -> result`; `report(done, total)` tells how far it
got, and in a process `report.deliver(part)` sends a part of the result ahead of the end (an
import's analysed articles, so the window writes them as they come). Choose where it runs by what it does:
- `ThreadRunner` for work that waits on files or SQLite, or needs Qt objects that live outside the
  GUI thread (printing a PDF): it starts at once and shares the process's modules;
- `ProcessRunner` for work that holds the GIL for long: loading a spaCy model compiles regular
  expressions for seconds, which a thread would do at the window's expense. Its task and
  arguments are pickled, so the task must be a module-level function. The process may start
  worker processes of its own (the analysis engine does, one per core); cancelling stops them
  all with it.

Neither ever touches a widget: results come back as signals, delivered on the GUI thread.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal

Report = Callable[[int, int], None]
Task = Callable[..., Any]

_POLL_MS = 25
_EXIT_GRACE_S = 10.0  # a worker process that answered but does not exit is stopped after this
_PARENT_POLL_S = 1.0  # how often a worker process checks that the window is still there


class TaskRunner(QObject):
    """What every runner offers: one task at a time, its progress, its outcome.

    Signals:
        progressed(int, int): how far the task got (done, total).
        delivered(object): a part of the result the task sent ahead (processes only).
        finished(object): the task's result.
        failed(str): the task raised, or its process died (a message for the checker).
        cancelled(): `cancel()` stopped it; no result comes.
    """

    progressed = Signal(int, int)
    delivered = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def is_running(self) -> bool:
        raise NotImplementedError

    def start(self, task: Task, *args: Any) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        raise NotImplementedError


class ThreadRunner(TaskRunner):
    """Runs a task in a QThread of its own (a Qt thread, so Qt objects made by the task, such as a
    PDF's text document, have the event dispatcher they expect). Python cannot stop a thread:
    cancelling waits for the task to end and drops its result, so no thread outlives the
    runner's signals."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: _TaskThread | None = None

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, task: Task, *args: Any) -> None:
        if self._thread is not None:
            raise RuntimeError("a task is already running")
        thread = _TaskThread(task, args)
        # Emitted in the worker thread, delivered here, on the GUI thread (queued).
        thread.reported.connect(self._on_thread_reported)
        thread.ended.connect(self._on_thread_ended)
        self._thread = thread
        thread.start()

    def cancel(self) -> None:
        if self._thread is None:
            return
        self._let_go()
        self.cancelled.emit()

    def _let_go(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.reported.disconnect(self._on_thread_reported)
            thread.ended.disconnect(self._on_thread_ended)
            thread.wait()
            thread.deleteLater()

    def _on_thread_reported(self, done: int, total: int) -> None:
        if self._thread is not None:
            self.progressed.emit(done, total)

    def _on_thread_ended(self, succeeded: bool, outcome: object) -> None:
        if self._thread is None:
            return
        self._let_go()  # its task has returned: the thread ends at once
        if succeeded:
            self.finished.emit(outcome)
        else:
            self.failed.emit(str(outcome))


class _TaskThread(QThread):
    reported = Signal(int, int)
    ended = Signal(bool, object)

    def __init__(self, task: Task, args: tuple[Any, ...]) -> None:
        super().__init__()
        self.setObjectName("workbench-task")
        self._task, self._args = task, args

    def run(self) -> None:
        try:
            result = self._task(self.reported.emit, *self._args)
        except Exception as error:  # noqa: BLE001 - the window shows it; never a silent end
            self.ended.emit(False, f"{type(error).__name__}: {error}")
        else:
            self.ended.emit(True, result)


class ProcessRunner(TaskRunner):
    """Runs a task in a spawned process, polled from the GUI thread; cancelling terminates it.

    The process is no daemon, so that its task may start processes of its own (multiprocessing
    forbids it to daemons): the analysis engine starts one worker per core. Where the system has
    process groups, the task's process leads a group of its own, which its workers join, and
    cancelling stops the whole group at once; elsewhere the workers notice that their parent is
    gone (see `workbench.core.analysis.worker`). The window cancels every runner before it
    closes, and a task's process whose window died ends by itself.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = multiprocessing.get_context("spawn")
        self._process: multiprocessing.process.BaseProcess | None = None
        self._connection: Connection | None = None
        self._outcome: tuple[Any, ...] | None = None  # the worker's last message, once it came
        self._exit_deadline = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(_POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def is_running(self) -> bool:
        return self._process is not None

    def start(self, task: Task, *args: Any) -> None:
        if self._process is not None:
            raise RuntimeError("a task is already running")
        receiver, sender = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=_run_in_process,
            args=(sender, task, args, os.getpid()),
            daemon=False,
            name="workbench-worker",
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
                _signal_group(process, signal.SIGTERM)
            process.join(5)
            if process.is_alive():  # pragma: no cover - a worker stuck in C code
                _signal_group(process, signal.SIGKILL if hasattr(signal, "SIGKILL") else None)
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
                elif message[0] == "part":
                    self.delivered.emit(message[1])
                    if self._process is None:  # cancelled by a slot of `delivered`
                        return
                else:
                    self._outcome = message
                    self._exit_deadline = time.monotonic() + _EXIT_GRACE_S
                    return
        except (EOFError, OSError):
            code = process.exitcode
            self._stop(terminate=True)
            self.failed.emit(f"the worker process stopped unexpectedly (exit code {code})")


def _signal_group(process: multiprocessing.process.BaseProcess, number: int | None) -> None:
    """Stop the task's process and every process it started (its group), or the process alone
    where there are no groups or it has not formed its own yet."""
    if process.pid is not None and number is not None and hasattr(os, "killpg"):
        try:
            if os.getpgid(process.pid) == process.pid:
                os.killpg(process.pid, number)
                return
        except (ProcessLookupError, PermissionError):
            pass
    if number is None or number == signal.SIGTERM:
        process.terminate()
    else:
        process.kill()


def _run_in_process(
    connection: Connection, task: Task, args: tuple[Any, ...], window_pid: int
) -> None:
    """The worker process's entry point: ("progress", done, total) and ("part", part) messages,
    then ("done", result) or ("error", message). No Qt here."""
    if hasattr(os, "setpgrp"):
        os.setpgrp()  # a group of its own, which the processes it starts join: one cancel stops all
    if hasattr(os, "nice"):
        os.nice(5)  # the window comes first when both want the processor
    _end_with(window_pid)
    try:
        result = task(_PipeReport(connection), *args)
        connection.send(("done", result))
    except Exception as error:  # noqa: BLE001 - the window shows it; the worker must not die silent
        connection.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        connection.close()
    # Tearing down a loaded spaCy pipeline takes about a second; nothing here needs it.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


class _PipeReport:
    """The report a task in a process gets: progress and parts, down the pipe to the window."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._lock = threading.Lock()  # a task may report from two threads; messages stay whole

    def __call__(self, done: int, total: int) -> None:
        with self._lock:
            self._connection.send(("progress", done, total))

    def deliver(self, part: object) -> None:
        with self._lock:
            self._connection.send(("part", part))


def _end_with(window_pid: int) -> None:
    """A window killed before it could cancel leaves no task running: the process ends once its
    parent is gone (its workers follow, as theirs is gone then)."""

    def watch() -> None:
        while True:
            time.sleep(_PARENT_POLL_S)
            if os.getppid() != window_pid:
                os._exit(1)

    threading.Thread(target=watch, name="workbench-window-watch", daemon=True).start()
