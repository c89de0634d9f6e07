"""A stand-in for the claim detector in GUI tests: one claim per sentence, found by a regex."""

from __future__ import annotations

import re

from workbench.core.model import Analysis, ClaimType, DetectedClaim

# A sentence: up to a full stop, question or exclamation mark (and closing quotes), or the line end.
_SENTENCE = re.compile(r"[^\s.!?][^\n.!?]*(?:[.!?]+[»\"”]?|$)", re.MULTILINE)


class RegexAnalyzer:
    """Splits each paragraph into sentences; each sentence is a claim scored by its length.

    Picklable by reference, so the analysis worker process can build it too.
    """

    def analyze(self, text: str, language: str | None = None) -> Analysis:
        claims = []
        for match in _SENTENCE.finditer(text):
            sentence = match.group(0).rstrip()
            if len(sentence) < 3:
                continue
            score = min(1.0, len(sentence) / 200)
            types = (ClaimType.QUANTITY,) if re.search(r"\d", sentence) else (ClaimType.ENTITY,)
            claims.append(
                DetectedClaim(
                    start=match.start(),
                    end=match.start() + len(sentence),
                    text=sentence,
                    score=round(score, 2),
                    checkworthy=score >= 0.3,
                    types=types,
                    reasons=("a sentence",),
                )
            )
        return Analysis(language=language or "fr", model="regex-sentences", claims=tuple(claims))


def test_fake_analyzer_keeps_offsets_exact() -> None:
    text = "Premier point. Il y a 3 chats!\nSecond paragraphe 😀 ici."
    analysis = RegexAnalyzer().analyze(text)
    assert [claim.text for claim in analysis.claims] == [
        "Premier point.",
        "Il y a 3 chats!",
        "Second paragraphe 😀 ici.",
    ]
    for claim in analysis.claims:
        assert text[claim.start : claim.end] == claim.text


# -- shared GUI fixtures (imported by the tests/test_gui_*.py modules) ----------------------------

import multiprocessing
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def fake_runner_factory() -> Callable[..., object]:
    from workbench.gui.background.analysis import AnalysisRunner

    return lambda parent: AnalysisRunner(RegexAnalyzer, parent)


@pytest.fixture
def gui_settings(tmp_path: Path) -> Iterator[object]:
    """Settings in a temporary file, never the user's, with a checker name already given."""
    from PySide6.QtCore import QSettings

    from workbench.gui.app.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.checker_name = "Camille"
    yield settings


@pytest.fixture
def make_window(qtbot, gui_settings, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Windows on temporary settings and data folder; each is shown, active, and closed after."""
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
def _nothing_left_running() -> Iterator[None]:
    yield
    assert multiprocessing.active_children() == [], "a worker process was left running"
    assert threading.active_count() == 1, "a thread was left running"


class SlowAnalyzer(RegexAnalyzer):
    """Never finishes in a test's time: for cancelling, and for an analysis still running."""

    def analyze(self, text: str, language: str | None = None):  # type: ignore[no-untyped-def]
        import time

        time.sleep(120)  # in the worker process; the test cancels it long before
        return super().analyze(text, language)


def slow_runner_factory() -> Callable[..., object]:
    from workbench.gui.background.analysis import AnalysisRunner

    return lambda parent: AnalysisRunner(SlowAnalyzer, parent)


def corpus_text(count: int, start: int = 1) -> str:
    """A corpus export (the format of the seed article) holding `count` short articles."""
    parts = []
    for index in range(start, start + count):
        parts.append(
            f"{index}/1366\nDate : 25-10-2024 20:32:03\nArticle numéro {index} ;\n"
            f"Le maire de la ville {index} a annoncé {index * 3} millions d'euros pour 2025. "
            f"Il serait en contact avec le ministre.\nSelon le journal, {index} écoles ferment.\n|"
        )
    return "\n".join(parts) + "\n"


# -- driving the window as a person would ---------------------------------------------------------


def press(qtbot, key, modifier=None) -> None:  # type: ignore[no-untyped-def]
    """A key press where the keyboard focus is."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "no window has the keyboard focus"
    qtbot.keyClick(target, key, modifier or Qt.KeyboardModifier.NoModifier)


def refocus(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The offscreen platform has no window manager to give the focus back after a dialog."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def select_in_text(qtbot, window, start: int, length: int) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+T to the text, put the caret at `start`, then Shift+Right `length` times."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from workbench.gui.review.offsets import Utf16Offsets

    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    view = window.article_view
    assert QApplication.focusWidget() is view
    cursor = view.textCursor()
    cursor.setPosition(Utf16Offsets(view.toPlainText()).to_qt(start))
    view.setTextCursor(cursor)
    for _ in range(length):
        press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def type_in_file_dialog(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    """In the window's (non-native) file dialog: type in the name field, then Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

    dialog = window.dialog
    assert isinstance(dialog, QFileDialog)
    qtbot.waitExposed(dialog)
    name_field = dialog.findChild(QLineEdit, "fileNameEdit")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name_field)
    qtbot.keyClicks(name_field, text)
    qtbot.keyClick(name_field, Qt.Key.Key_Return)


@pytest.fixture
def corpus_project(tmp_path: Path) -> Iterator[Path]:
    """A project of three corpus articles analysed by the fake, closed (the window opens it)."""
    from workbench.core.operations import import_files
    from workbench.core.project import Project

    source = tmp_path / "corpus.txt"
    source.write_text(corpus_text(3), encoding="utf-8")
    path = tmp_path / "corpus.wbproj"
    with Project.create(path) as project:
        import_files(project, [source], RegexAnalyzer())
    yield path
