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
    from workbench.gui.analysis import AnalysisRunner

    return lambda parent: AnalysisRunner(RegexAnalyzer, parent)


@pytest.fixture
def gui_settings(tmp_path: Path) -> Iterator[object]:
    """Settings in a temporary file, never the user's, with a checker name already given."""
    from PySide6.QtCore import QSettings

    from workbench.gui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.checker_name = "Camille"
    yield settings


@pytest.fixture
def make_window(qtbot, gui_settings, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Windows on temporary settings and data folder; each is shown, active, and closed after."""
    from PySide6.QtWidgets import QApplication

    from workbench.gui.window import MainWindow

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
