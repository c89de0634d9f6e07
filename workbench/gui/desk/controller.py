"""File ▸ Give articles to a checker… and File ▸ Merge a checker's work…, from the window.

Both write the project in one transaction off the GUI thread (a third of a 1,366-article corpus
takes over a second to give or to merge). The window's connection holds the writer's lock, so
the window lets go of the project while the task runs and opens it again after, back at the
article the checker was on; the undo history ends there, as after restoring a backup.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from workbench.core.project import PROJECT_SUFFIX, Project, ProjectError, ProjectLocked
from workbench.gui.background.tasks import Task, TaskRunner, ThreadRunner
from workbench.gui.desk.tasks import Outcome, Preview, give_articles, merge_part, read_preview
from workbench.gui.dialogs.give_part import GivePartDialog
from workbench.gui.dialogs.merge import MergeDialog, plan_summary
from workbench.gui.window.actions import WindowActions
from workbench.gui.window.current import Current
from workbench.gui.window.dialog_host import DialogHost
from workbench.gui.window.status import StatusArea

translate = QCoreApplication.translate

DeskRunnerFactory = Callable[[QObject], TaskRunner]


class DeskController(QObject):
    """Gives parts and merges them back. Collaborators: the window's `Current` state, actions,
    status area and dialogs; `set_project` shows a project (or none), `who` names the checker,
    `is_busy` says whether an analysis runs (it would be cancelled by letting go of the file),
    `make_runner` makes the runner of each task (a thread by default).

    Signals:
        merged(str): a merge was carried out (its summary).
        part_given(str): a part was written (its path).
        failed(str): a part could not be read, given or merged (why); the project is unchanged.
    """

    merged = Signal(str)
    part_given = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        current: Current,
        actions: WindowActions,
        status: StatusArea,
        dialogs: DialogHost,
        set_project: Callable[[Project | None], None],
        who: Callable[[], str],
        is_busy: Callable[[], bool],
        make_runner: DeskRunnerFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._current = current
        self._actions = actions
        self._status = status
        self._dialogs = dialogs
        self._set_project = set_project
        self._who = who
        self._is_busy = is_busy
        self._make_runner = make_runner or ThreadRunner
        self._runner: TaskRunner | None = None
        self._released: Path | None = None  # the project let go of while a task writes it
        actions.merge_work.triggered.connect(self._on_merge_work_triggered)
        actions.give_part.triggered.connect(self._on_give_part_triggered)
        current.project_changed.connect(self.update_actions)
        self.update_actions()

    def is_running(self) -> bool:
        return self._runner is not None

    def update_actions(self) -> None:
        usable = self._current.writable() and self._runner is None
        self._actions.merge_work.setEnabled(usable)
        self._actions.give_part.setEnabled(usable)

    def cancel(self) -> None:
        """Wait for a running task to end (a write is never cut short), then drop its result."""
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.cancel()
            runner.deleteLater()
        if self._released is not None:
            self._reopen()

    # -- merging -------------------------------------------------------------------------------

    def _on_merge_work_triggered(self) -> None:
        if not self._ready():
            return
        dialog = self._dialogs.file_dialog(
            translate("Desk", "Merge a checker's work"),
            QFileDialog.FileMode.ExistingFile,
            translate("Desk", "Workbench projects (*{0})").format(PROJECT_SUFFIX),
        )
        dialog.fileSelected.connect(lambda name: self.preview_merge(Path(name)))
        dialog.open()

    def preview_merge(self, part: Path) -> None:
        """Read what merging `part` would do (the window goes on meanwhile), then show it."""
        project = self._current.project
        if project is None or not self._ready():
            return
        self._status.tell(translate("Desk", "Reading {0}…").format(part.name), 0)
        self._start(read_preview, self._on_preview_read, project.path, part)

    def _on_preview_read(self, preview: Preview) -> None:
        self._status.tell("", 1)
        if preview.plan is None:
            self._fail(translate("Desk", "Merge a checker's work"), preview.problem)
            return
        dialog = self._dialogs.keep(
            MergeDialog(preview.plan, preview.checker, self._dialogs.window)
        )
        dialog.accepted.connect(lambda: self.merge(dialog.plan.part_path, dialog.resolutions()))
        dialog.open()

    def merge(self, part: Path, resolutions: dict[str, Any]) -> None:
        """Merge `part` with these decisions, the project let go of meanwhile."""
        project = self._current.project
        if project is None or not self._ready():
            return
        path = self._release()
        self._status.tell(translate("Desk", "Merging {0}…").format(part.name), 0)
        self._start(merge_part, self._on_merge_done, path, part, self._who(), resolutions)

    def _on_merge_done(self, outcome: Outcome) -> None:
        self._reopen()
        if outcome.problem:
            problem = outcome.problem
            if outcome.changed_since_preview:
                problem = translate(
                    "Desk",
                    "The project changed since the preview and a new conflict appeared: nothing "
                    "was merged. Merge the file again to see it.",
                )
            self._fail(translate("Desk", "Merge a checker's work"), problem)
            return
        plan = outcome.plan
        if plan is None or plan.is_empty:
            summary = ""
            message = translate("Desk", "Nothing new to merge")
        else:
            summary = plan_summary(plan)
            message = translate("Desk", "Merged {0}: {1}").format(plan.part_path.name, summary)
        self._status.tell(message, 15000)
        self.merged.emit(summary)

    # -- giving a part -------------------------------------------------------------------------

    def _on_give_part_triggered(self) -> None:
        project = self._current.project
        if project is None or not self._ready():
            return
        ticked = [self._current.article_id] if self._current.article_id is not None else []
        dialog = self._dialogs.keep(
            GivePartDialog(project.articles(), ticked, self._dialogs.window)
        )
        dialog.accepted.connect(lambda: self._ask_part_file(dialog.chosen(), dialog.checker()))
        dialog.open()

    def _ask_part_file(self, article_ids: list[int], checker: str) -> None:
        dialog = self._dialogs.file_dialog(
            translate("Desk", "Save the part for {0} as").format(checker),
            QFileDialog.FileMode.AnyFile,
            translate("Desk", "Workbench projects (*{0})").format(PROJECT_SUFFIX),
            accept_save=True,
        )
        # A part is always a new file: an existing one is refused, never replaced.
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.fileSelected.connect(
            lambda name: self.give(article_ids, _with_suffix(Path(name)), checker)
        )
        dialog.open()

    def give(self, article_ids: list[int], part: Path, checker: str) -> None:
        """Write the part, the project let go of meanwhile (its history notes the part)."""
        project = self._current.project
        if project is None or not self._ready():
            return
        if part.exists():
            self._fail(
                translate("Desk", "Give articles to a checker"),
                translate("Desk", "{0}: a file with this name already exists").format(part),
            )
            return
        path = self._release()
        self._status.tell(translate("Desk", "Writing {0}…").format(part.name), 0)
        self._start(
            give_articles, self._on_part_given, path, list(article_ids), part, checker, self._who()
        )

    def _on_part_given(self, outcome: Outcome) -> None:
        self._reopen()
        if outcome.problem:
            self._fail(translate("Desk", "Give articles to a checker"), outcome.problem)
            return
        self._status.tell(translate("Desk", "Part written: {0}").format(outcome.written), 15000)
        self.part_given.emit(outcome.written)

    # -- running and letting go ----------------------------------------------------------------

    def _ready(self) -> bool:
        if self._runner is not None:
            return False
        if self._is_busy():
            self._status.tell(
                translate("Desk", "Wait for the analysis to finish, or cancel it, first"), 8000
            )
            return False
        return self._current.writable()

    def _start(self, task: Task, then: Callable[[Any], None], *args: Any) -> None:
        runner = self._make_runner(self)
        self._runner = runner
        runner.finished.connect(lambda result: self._on_runner_finished(runner, then, result))
        runner.failed.connect(lambda message: self._on_runner_failed(runner, message))
        self.update_actions()
        self._status.show_busy(True)
        runner.start(task, *args)

    def _on_runner_finished(
        self, runner: TaskRunner, then: Callable[[Any], None], result: Any
    ) -> None:
        if runner is not self._runner:
            return
        self._let_go_of(runner)
        then(result)

    def _on_runner_failed(self, runner: TaskRunner, message: str) -> None:
        if runner is not self._runner:
            return
        self._let_go_of(runner)
        if self._released is not None:
            self._reopen()
        self._fail(translate("Desk", "Checkers' work"), message)

    def _let_go_of(self, runner: TaskRunner) -> None:
        self._runner = None
        runner.deleteLater()
        self._status.show_busy(False)
        self.update_actions()

    def _release(self) -> Path:
        project = self._current.project
        assert project is not None
        self._released = project.path
        self._set_project(None)  # saves the pending rationale and the reading position
        return self._released

    def _reopen(self) -> None:
        path, self._released = self._released, None
        if path is None:
            return
        try:
            project = Project.open(path, keep_backups=0)
        except ProjectLocked as error:
            self._fail(translate("Desk", "Checkers' work"), f"{error.path}: {error.problem}")
            return
        except ProjectError as error:
            self._dialogs.project_error(error)
            return
        self._set_project(project)

    def _fail(self, title: str, problem: str) -> None:
        self._dialogs.message(QMessageBox.Icon.Warning, title, problem)
        self.failed.emit(problem)


def _with_suffix(path: Path) -> Path:
    return path if path.suffix == PROJECT_SUFFIX else path.with_name(path.name + PROJECT_SUFFIX)
