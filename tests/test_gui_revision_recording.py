"""Recording a new revision from the window happens off the GUI thread: the window keeps
drawing and taking events while the transaction runs, then shows the result (issue 15)."""

from __future__ import annotations

import threading
import time

import pytest
from helpers.revision_window import import_through_dialog, record
from PySide6.QtCore import QTimer

from workbench.core.project import Project

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

RECORDING_S = 1.0  # a slow disk: the transaction takes this long
TICK_MS = 10


def test_the_window_keeps_its_event_loop_while_a_revision_is_recorded(  # type: ignore[no-untyped-def]
    qtbot, make_window, revision_project, revised_file, monkeypatch
) -> None:
    import workbench.core.revisions

    real = workbench.core.revisions.apply_revision
    threads: list[int] = []

    def slow_apply(project, plan, who=""):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())  # current_thread() would leave a dummy
        time.sleep(RECORDING_S)  # releases the GIL, as SQLite's writing does
        return real(project, plan, who)

    monkeypatch.setattr(workbench.core.revisions, "apply_revision", slow_apply)
    window = make_window(Project.open(revision_project))
    dialog = import_through_dialog(qtbot, window, revised_file)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    result = record(qtbot, window, dialog)
    timer.stop()
    assert threads and threads[0] != threading.main_thread().ident
    during = [tick for tick in ticks if tick >= started]
    gaps = [b - a for a, b in zip([started, *during], during, strict=False)]
    assert time.perf_counter() - started >= RECORDING_S
    assert len(during) >= RECORDING_S * 1000 / TICK_MS / 4, "the event loop stalled"
    assert max(gaps) < 0.25, f"the window froze for {max(gaps) * 1000:.0f} ms"
    # and the window shows what was recorded, through its own connection
    assert window.project.article(result.article_id).revision == result.revision == 2
