"""Exporting a report from the window: the dialog, then the writing in a worker thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox

from workbench.gui.app.settings import Settings, documents_folder
from workbench.gui.background.tasks import Report, ThreadRunner
from workbench.gui.review.claims_panel import ClaimsPanel
from workbench.gui.window.actions import WindowActions
from workbench.gui.window.current import Current
from workbench.gui.window.dialog_host import DialogHost
from workbench.gui.window.status import StatusArea

if TYPE_CHECKING:  # the report modules load when a report is first asked for
    from workbench.core.reports import ReportFormat

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """One report to write: of which project file, in which format and language, to where."""

    project_path: Path
    report_format: ReportFormat
    output: Path
    language: str
    reviewer: str
    article_id: int | None = None
    claim_ids: tuple[int, ...] | None = None


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    written: Path | None  # None: not written, `problem` says why
    problem: str = ""


def write_report(_report: Report, request: ExportRequest) -> ExportOutcome:
    """The export task, off the GUI thread: it reads the project through a read-only connection
    of its own (the window's is bound to the GUI thread, and it keeps editing meanwhile).

    PDF goes through Qt's printing, every other format through the core."""
    from workbench.core.project import Project, ProjectError
    from workbench.core.reports import ReportFormat, ReportWriteFailed, export_report

    try:
        with Project.open(request.project_path, read_only=True) as project:
            if request.report_format is ReportFormat.PDF:
                from workbench.printing import export_pdf

                written = export_pdf(
                    project,
                    request.output,
                    language=request.language,
                    article_id=request.article_id,
                    claim_ids=request.claim_ids,
                    reviewer=request.reviewer,
                )
            else:
                written = export_report(
                    project,
                    request.report_format,
                    request.output,
                    language=request.language,
                    article_id=request.article_id,
                    claim_ids=request.claim_ids,
                    reviewer=request.reviewer,
                )
    except (ReportWriteFailed, ValueError) as error:  # EmptyScope, MissingPublisher, …
        return ExportOutcome(None, str(error))
    except ProjectError as error:
        return ExportOutcome(None, f"{error.path}: {error.problem}")
    return ExportOutcome(written)


class ExportController(QObject):
    """Asks what to export, writes it in a thread, tells where it went.

    Signals:
        report_written(str): a report was exported (its path).
    """

    report_written = Signal(str)

    def __init__(
        self,
        current: Current,
        actions: WindowActions,
        claims_panel: ClaimsPanel,
        status: StatusArea,
        dialogs: DialogHost,
        reviewer: Callable[[], str],
        interface_language: Callable[[], str],
        flush_edits: Callable[[], None],
        parent: QObject | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._current = current
        self._claims_panel = claims_panel
        self._status = status
        self._dialogs = dialogs
        self._reviewer = reviewer
        self._interface_language = interface_language
        self._flush_edits = flush_edits
        self.runner = ThreadRunner(self)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        actions.export_report.triggered.connect(self._on_export_report_triggered)

    def cancel(self) -> None:
        """Waits for a report being written: its file is then complete."""
        self.runner.cancel()

    def _on_export_report_triggered(self) -> None:
        project = self._current.project
        if project is None:
            return
        from workbench.gui.reports.export_dialog import ExportDialog

        shown = [claim.id for claim in self._claims_panel.shown_claims()]
        dialog = self._dialogs.keep(
            ExportDialog(
                project,
                self._reviewer(),
                self._interface_language(),
                self._current.article_id,
                shown,
                self._dialogs.window,
                folder=self._export_folder(),
            )
        )
        dialog.requested.connect(self.export)
        dialog.open()

    def _export_folder(self) -> Path:
        """The folder of the last report, else the user's documents (never the projects' folder)."""
        if self._settings is not None and self._settings.export_folder:
            folder = Path(self._settings.export_folder)
            if folder.is_dir():
                return folder
        return Path(documents_folder())

    def export(self, request: ExportRequest) -> None:
        if self.runner.is_running():
            self._status.tell(translate("Export", "A report is already being written"), 4000)
            return
        self._flush_edits()  # a rationale being typed belongs in the report
        self._status.show_lasting(
            translate("Export", "Writing the report to {0}…").format(request.output)
        )
        if self._settings is not None:
            self._settings.export_folder = str(request.output.parent)
        self.runner.start(write_report, request)

    def _on_runner_finished(self, outcome: ExportOutcome) -> None:
        if outcome.written is None:
            self._show_failure(outcome.problem)
            return
        self._status.tell(
            translate("Export", "Report written to {0}").format(outcome.written), 10000
        )
        self.report_written.emit(str(outcome.written))

    def _on_runner_failed(self, message: str) -> None:
        self._show_failure(message)

    def _show_failure(self, message: str) -> None:
        self._status.clear_message()
        self._dialogs.message(
            QMessageBox.Icon.Warning, translate("Export", "The report was not written"), message
        )
