"""Starting the program: what a path opens, the crash handler, and the real program end to end."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from helpers.fakes import corpus_text

from workbench.core.project import Project, ProjectError
from workbench.gui.app.crash import CrashHandler

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_an_article_opens_in_its_own_project_imported_once(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from workbench.gui.app.startup import open_initial

    article = tmp_path / "brouillon.txt"
    article.write_text(corpus_text(2), encoding="utf-8")
    window = make_window()
    with qtbot.waitSignal(window.import_finished, timeout=30000) as finished:
        open_initial(window, str(article))
    assert finished.args == [2]
    expected = tmp_path / "appdata" / "projects" / "brouillon.wbproj"
    assert window.project.path == expected
    window.close()

    again = make_window()
    with qtbot.waitSignal(again.import_finished, timeout=30000) as finished:
        open_initial(again, str(article))
    assert finished.args == [0]  # the same texts: reopened, not imported twice
    assert again.project.path == expected
    assert len(again.project.articles()) == 2


def test_a_missing_last_project_opens_an_empty_window(
    qtbot, make_window, gui_settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from workbench.gui.app.startup import open_initial

    gui_settings.add_recent_project(str(tmp_path / "gone.wbproj"))
    window = make_window()
    open_initial(window, None)
    assert window.project is None
    assert window.progress_label.text() == "No project open"
    assert "Ctrl+I" in window.article_view.placeholderText()  # what to do next


def test_the_crash_handler_writes_a_log_without_a_dialog(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    handler = CrashHandler(tmp_path / "logs", show_dialogs=False)
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError as error:
        handler.handle(RuntimeError, error, error.__traceback__)
    (log,) = handler.crashes
    assert log.parent == tmp_path / "logs"
    assert "RuntimeError: a bug in a slot" in log.read_text(encoding="utf-8")
    assert "a bug in a slot" in capsys.readouterr().err


@pytest.mark.slow
def test_the_real_program_opens_an_article_and_closes_cleanly(
    qtbot, seed_article, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """`python -m workbench article.txt` with the real detector, in a temporary home."""
    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
    }
    settings = home / "config" / "Workbench" / "Workbench.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[checker]\nname=E2E\n", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "workbench", str(seed_article)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    project_path = home / "data" / "Workbench" / "projects" / "seed-article.wbproj"

    def imported() -> bool:
        assert process.poll() is None, process.communicate()
        if not project_path.exists():
            return False
        try:
            with Project.open(project_path, read_only=True) as project:
                return len(project.articles()) == 1
        except ProjectError:  # caught while the program was still creating it
            return False

    try:
        qtbot.waitUntil(imported, timeout=90000)
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err.decode()
    with Project.open(project_path) as project:  # the lock was released
        assert project.state("current_article") == str(project.articles()[0].id)
        assert project.articles()[0].model.startswith("fr_core_news")


def test_the_qt_binding_keeps_none_and_true_alive(qtbot, make_window, corpus_project) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per void call and to True per
    emit, so a long session ends in "Fatal Python error: none_dealloc". Caught here, early."""
    from workbench.core.model import Verdict

    window = make_window(Project.open(corpus_project))
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(10):
        window.navigator.step(1)
        window.navigator.step(-1)
        window.mark(Verdict.CONFIRMED)
        window.mark(Verdict.UNCHECKED)
    after = sys.getrefcount(None), sys.getrefcount(True)
    lost = before[0] - after[0], before[1] - after[1]
    assert max(lost) < 100, (
        f"the Qt binding lost {lost} references to None and True in 40 edits: this PySide6 "
        "build crashes long sessions on this Python (PySide6 6.12.0 with Python 3.11 does)"
    )


def test_the_binding_check_agrees_with_the_reference_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    from workbench.gui.app.binding import binding_leaks_references, binding_problem

    leaks = binding_leaks_references()
    assert (binding_problem() is not None) == leaks
    if leaks:
        assert "pyside6-essentials<6.12" in (binding_problem() or "")
