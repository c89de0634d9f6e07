"""Test set-up: offscreen Qt before any Qt import, the shared data folder, fresh state per test,
and the fixtures shared by several test modules (their helpers are in `tests/helpers/`)."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings as hypothesis_settings

# CI runs the same examples every time, so a landing never hangs on a random draw; elsewhere each
# run draws new ones (and hypothesis replays any failure it found from its database).
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

if TYPE_CHECKING:
    from workbench.core.project import Project

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WORKBENCH_SHARED", PROJECT_ROOT.parent / "shared"))
SEED_ARTICLE = SHARED / "samples" / "seed-article.txt"


@pytest.fixture
def shared_dir() -> Path:
    """The ../shared folder; tests that need it skip with a reason when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"needs the shared data folder at {SHARED}, which is absent")
    return SHARED


@pytest.fixture
def seed_article(shared_dir: Path) -> Path:
    if not SEED_ARTICLE.is_file():
        pytest.skip(f"needs the seed article at {SEED_ARTICLE}")
    return SEED_ARTICLE


# -- the window -----------------------------------------------------------------------------------


@pytest.fixture
def gui_settings(tmp_path: Path) -> object:
    """Settings in a temporary file, never the user's, with a checker name already given."""
    from PySide6.QtCore import QSettings

    from workbench.gui.app.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.checker_name = "Camille"
    return settings


@pytest.fixture
def make_window(qtbot, gui_settings, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Windows on temporary settings and data folder; each is shown, active, and closed after."""
    from helpers.fakes import fake_runner_factory
    from PySide6.QtWidgets import QApplication

    from workbench.gui.window.main_window import MainWindow

    def make(project=None, **kwargs):  # type: ignore[no-untyped-def]
        window = MainWindow(
            gui_settings,
            kwargs.pop("runner_factory", fake_runner_factory()),
            tmp_path / "appdata" / "projects",
            project=project,
            **kwargs,
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return make


@pytest.fixture(autouse=True)
def nothing_left_running() -> Iterator[None]:
    """Every test ends with no worker process and no thread of its own still running."""
    yield
    assert multiprocessing.active_children() == [], "a worker process was left running"
    assert threading.active_count() == 1, "a thread was left running"


@pytest.fixture(autouse=True)
def every_project_verifies(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[None]:
    """Every project a test leaves in its temporary folder has a history whose chain verifies.

    Tests that tamper with histories on purpose carry the `tampered` mark; files that are not
    projects (or damaged on purpose) are left to the tests that made them.
    """
    yield
    if request.node.get_closest_marker("tampered"):
        return
    from workbench.core.project import Project, ProjectError

    for path in sorted(tmp_path.rglob("*.wbproj")):
        try:
            with Project.open(path, read_only=True) as project:
                check = project.verify_history()
        except (ProjectError, OSError):
            continue
        assert check.is_verified, f"{path.name}: {check.problem}"


@pytest.fixture
def corpus_project(tmp_path: Path) -> Path:
    """A project of three corpus articles analysed by the fake, closed (the window opens it)."""
    from helpers.fakes import RegexAnalyzer, corpus_text

    from workbench.core.operations import import_files
    from workbench.core.project import Project

    source = tmp_path / "corpus.txt"
    source.write_text(corpus_text(3), encoding="utf-8")
    path = tmp_path / "corpus.wbproj"
    with Project.create(path) as project:
        import_files(project, [source], RegexAnalyzer())
    return path


# -- projects shared by several test modules ------------------------------------------------------


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Project]:
    """The ordinary report sample project, open."""
    from helpers.reports import build_sample_project

    project = build_sample_project(tmp_path / "sample.wbproj")
    yield project
    project.close()


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[Project]:
    """A project full of hostile content (scripts, odd URLs), open."""
    from helpers.reports import build_hostile_project

    project = build_hostile_project(tmp_path / "hostile.wbproj")
    yield project
    project.close()


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """An empty project, open, for the revision tests."""
    from workbench.core.project import Project

    with Project.create(tmp_path / "revisions.wbproj") as opened:
        yield opened


@pytest.fixture
def revision_project(tmp_path: Path) -> Path:
    """A project with the article (and an unrelated one), three verdicts given; closed."""
    from helpers.fakes import RegexAnalyzer
    from helpers.revision_window import DELETED, KEPT, OLD_TEXT, OTHER_TEXT, REWORDED_OLD

    from workbench.core.model import Verdict
    from workbench.core.operations import import_files
    from workbench.core.project import Project

    article = tmp_path / "budget.txt"
    article.write_text(OLD_TEXT + "\n", encoding="utf-8")
    other = tmp_path / "football.txt"
    other.write_text(OTHER_TEXT + "\n", encoding="utf-8")
    path = tmp_path / "budget.wbproj"
    with Project.create(path) as project:
        import_files(project, [article, other], RegexAnalyzer())
        claims = {claim.text: claim for claim in project.claims()}
        project.set_verdict(claims[KEPT].id, Verdict.CONFIRMED, "Camille")
        project.set_verdict(claims[REWORDED_OLD].id, Verdict.DENIED, "Camille")
        project.set_verdict(claims[DELETED].id, Verdict.UNVERIFIED, "Camille")
    return path


@pytest.fixture
def revised_file(tmp_path: Path) -> Path:
    """The revised draft of the revision project's article, as a file."""
    from helpers.revision_window import NEW_TEXT

    path = tmp_path / "budget-v2.txt"
    path.write_text(NEW_TEXT + "\n", encoding="utf-8")
    return path
