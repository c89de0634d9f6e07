"""Starting the window: application names, settings, translations, crash handler, what to open."""

from __future__ import annotations

import functools
import os
import signal
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import workbench
from workbench.core.project import PROJECT_SUFFIX, Project, ProjectError
from workbench.core.resources import resource_path
from workbench.gui.app.binding import binding_problem
from workbench.gui.app.crash import CrashHandler
from workbench.gui.app.i18n import Translations
from workbench.gui.app.settings import Settings
from workbench.gui.background.analysis import AnalysisRunner
from workbench.gui.background.tasks import ProcessRunner
from workbench.gui.background.worker import detector_factory
from workbench.gui.dialogs.common import show_message
from workbench.gui.window.main_window import MainWindow

ORGANISATION = "Workbench"
APPLICATION = "Workbench"
DESKTOP_ID = "org.workbench.Workbench"
# For the bundle's smoke test (installer/smoke_test.py): show the window, say so, quit.
QUIT_AFTER_SHOWN = "WORKBENCH_QUIT_AFTER_SHOWN"
WINDOW_SHOWN = "workbench: window shown"


def set_application_names(app: QGuiApplication) -> None:
    """Done before anything reads settings or paths, so they all agree."""
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName(DESKTOP_ID)


def set_application_version(app: QGuiApplication) -> None:
    """Not needed to show the window, and finding it costs a slow import: set once it is shown."""
    app.setApplicationVersion(workbench.__version__)


def data_dir() -> Path:
    """~/.local/share/Workbench on Linux: AppDataLocation would add the organisation's name too,
    the same word twice (~/.local/share/Workbench/Workbench)."""
    generic = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(generic) / APPLICATION


def make_runner_factory(settings: Settings):  # type: ignore[no-untyped-def]
    """The real analyses: the claim detector, with the pipeline chosen in the settings."""

    def make(parent):  # type: ignore[no-untyped-def]
        return AnalysisRunner(functools.partial(detector_factory, settings.pipeline), parent)

    return make


def display_problem(environment: Mapping[str, str], platform: str) -> str | None:
    """Why the window cannot open here, said before Qt tries: without a display Qt's xcb
    plugin aborts, blaming a missing xcb-cursor0 library. None when a display may be there."""
    if not platform.startswith("linux"):
        return None
    chosen = environment.get("QT_QPA_PLATFORM", "")
    if chosen and not any(name in chosen for name in ("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs: no X server or compositor needed
    if environment.get("DISPLAY") or environment.get("WAYLAND_DISPLAY"):
        return None
    return (
        "Workbench needs a display: no X server or Wayland found (DISPLAY and WAYLAND_DISPLAY "
        "are not set). Start it from a desktop session, or over SSH with X forwarding "
        "(ssh -X). The commands work without one: see workbench --help."
    )


def run(path: str | None) -> int:
    """Open the window on a project, an article, the last project, or nothing."""
    problem = display_problem(os.environ, sys.platform)
    if problem is not None:
        print(f"workbench: {problem}", file=sys.stderr)  # noqa: T201 - no window to say it in
        return 1
    quit_after_shown = os.environ.get(QUIT_AFTER_SHOWN) == "1"
    app, window = start(path, ask_name=not quit_after_shown)
    if quit_after_shown:
        QTimer.singleShot(0, functools.partial(_quit_after_shown, app, window))
    QTimer.singleShot(0, functools.partial(set_application_version, app))
    close_on_termination(window)
    return app.exec()


def start(path: str | None, ask_name: bool = False) -> tuple[QApplication, MainWindow]:
    """Everything up to the window shown and its first project opening (`ask_name`: after the
    checker's name is asked, when none is set)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    set_application_names(app)
    app.setWindowIcon(QIcon(str(resource_path("icons", "app", "org.workbench.Workbench.svg"))))
    CrashHandler(data_dir() / "logs").install()
    settings = Settings(QSettings())
    translations = Translations(app)
    translations.apply(settings.language)
    window = MainWindow(
        settings,
        make_runner_factory(settings),
        data_dir() / "projects",
        translations=translations,
        corpus_runner=ProcessRunner,  # grouping 25,000 claims holds the GIL for seconds
    )
    window.show()
    problem = binding_problem()
    if problem is not None:  # said once, at start, rather than a crash hours later
        window.dialog = show_message(window, QMessageBox.Icon.Warning, APPLICATION, problem)
    if ask_name:
        greet_then_open(window, path)
    else:
        open_initial(window, path)
    return app, window


def greet_then_open(window: MainWindow, path: str | None) -> None:
    """The name first, then the file: an article's analysis starts once the prompt is closed,
    so the prompt never comes up over it."""
    window.ask_checker_name(then=lambda: open_initial(window, path))


def close_on_termination(window: MainWindow) -> None:
    """SIGTERM or Ctrl+C close the window as its close button would: position saved, worker
    stopped. Python handles signals only when it runs, hence the idle timer."""
    # The handler may run between any two lines of a slot: it only asks the event loop to close.
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: QTimer.singleShot(0, window.close))
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def open_initial(window: MainWindow, path: str | None) -> None:
    """`workbench FILE`: a project opens; an article goes to its own project (imported once)."""
    if path is not None:
        window.open_path(Path(path))
        return
    last = window.settings.last_project
    if last and Path(last).suffix == PROJECT_SUFFIX and Path(last).exists():
        try:
            window.set_project(Project.open(last))
        except ProjectError:
            window.settings.forget_recent_project(last)  # locked or damaged: start empty


def _quit_after_shown(app: QApplication, window: MainWindow) -> None:
    print(WINDOW_SHOWN, flush=True)  # noqa: T201 - what the smoke test reads on stdout
    window.close()
    app.quit()
