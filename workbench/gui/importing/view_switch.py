"""Switching a web page between "article" and "whole page": the other view, analysed in the
worker process, then recorded as a new revision of the article (claims re-anchored)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from workbench.core.model import ArticleDraft
from workbench.gui.background.analysis import AnalysisJob, RunnerFactory
from workbench.gui.background.worker import WorkResult


class ViewSwitchJob(AnalysisJob):
    """Analyses one article's other view.

    Signals:
        started(): the other view is being analysed.
        progressed(int, int): as the analysis goes.
        analysed(int, object, object): the article id, the draft and its Analysis.
        failed(str): the analysis failed; nothing changed.
        cancelled(): stopped; nothing changed.
    """

    started = Signal()
    analysed = Signal(int, object, object)

    def __init__(self, runner_factory: RunnerFactory, parent: QObject | None = None) -> None:
        super().__init__(runner_factory, parent)
        self._article_id = 0

    def start(self, article_id: int, draft: ArticleDraft) -> None:
        runner = self._new_runner("a view switch is already running")
        self._article_id = article_id
        self.started.emit()
        runner.analyse([], set(), given=[draft])

    def _on_runner_finished(self, result: WorkResult) -> None:
        self._end()
        if not result.analysed:
            self.failed.emit("; ".join(result.failures) or "the other view holds no text")
            return
        draft, analysis = result.analysed[0]
        self.analysed.emit(self._article_id, draft, analysis)
