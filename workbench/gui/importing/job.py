"""An import as the window sees it: the core's import use case in its two halves, reading and
analysis in the worker process (`run_import`), then `write_articles` here, in the process that
owns the project file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.core.model import Analysis, ArticleDraft
from workbench.core.project import Project, ProjectError
from workbench.gui.background.analysis import AnalysisJob, RunnerFactory
from workbench.gui.background.worker import WorkResult

CLAIMS_PER_CHUNK = 300  # about 30 ms of writing on a slow disk


class ImportJob(AnalysisJob):
    """Runs one import at a time.

    Signals:
        started(int): files are being read and analysed (the number of files).
        progressed(int, int): articles analysed so far, of how many.
        chunk_written(list): the ids of the articles one chunk just added (before `finished`).
        finished(list, WorkResult): the ids of the articles added, and what the worker found.
        failed(str): the analysis failed; nothing was added.
        write_failed(ProjectError): writing failed; only the articles in `finished` were added.
        cancelled(): stopped by the checker; nothing was added.
    """

    started = Signal(int)
    chunk_written = Signal(list)
    finished = Signal(list, object)
    write_failed = Signal(object)

    def __init__(self, runner_factory: RunnerFactory, parent: QObject | None = None) -> None:
        super().__init__(runner_factory, parent)
        self._project: Project | None = None

    def start(
        self,
        project: Project,
        paths: Sequence[Path],
        encoding: str | None = None,
        given: Sequence[ArticleDraft] = (),
    ) -> None:
        """Import `paths` (read as `encoding`, if given) and the ready-made articles `given`."""
        # Every text the project holds, by import key: "" for a current text, what it is for an
        # earlier revision (a file opened again after a revision is the article's past).
        known = {**project.earlier_revisions(), **dict.fromkeys(project.fingerprints(), "")}
        runner = self._new_runner("an import is already running")
        self._project = project
        self.started.emit(len(paths) + len(given))
        runner.analyse(list(paths), known, encoding, given)

    def _end(self) -> None:
        super()._end()
        self._project = None

    def _on_runner_finished(self, result: WorkResult) -> None:
        project = self._project
        self._end()
        if project is None or not result.analysed:
            self.finished.emit([], result)
            return
        self._add_in_chunks(project, result, list(result.analysed), [])

    def _add_in_chunks(
        self,
        project: Project,
        result: WorkResult,
        waiting: list[tuple[ArticleDraft, Analysis]],
        added: list[int],
    ) -> None:
        """Write a few hundred claims' worth of articles per turn of the event loop, so a large
        import never freezes the window for long. Each chunk is one transaction of the core's
        `write_articles`, which skips the texts the project came to hold meanwhile; if one fails,
        the articles of the chunks before it stay, and the message says so."""
        chunk: list[tuple[ArticleDraft, Analysis]] = []
        claims = 0
        while waiting and (not chunk or claims + len(waiting[0][1].claims) <= CLAIMS_PER_CHUNK):
            item = waiting.pop(0)
            chunk.append(item)
            claims += len(item[1].claims)
        try:
            # Loaded here: the import use case brings the importers (lxml), not wanted at start-up.
            from workbench.core.project.importing import write_articles

            report = write_articles(project.file, chunk)
        except ProjectError as error:
            self.write_failed.emit(error)
            waiting = []
        else:
            added.extend(report.article_ids)
            result.already_present += report.already_present
            if report.article_ids:
                self.chunk_written.emit(list(report.article_ids))
        if waiting:
            QTimer.singleShot(0, lambda: self._add_in_chunks(project, result, waiting, added))
        else:
            QTimer.singleShot(0, lambda: self.finished.emit(added, result))
