"""Importing articles from the window: files (dropped, chosen, or read with a chosen encoding)
and pasted text, analysed in the worker process; the progress and what came of it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from workbench.core.project import PROJECT_SUFFIX, Project, ProjectError
from workbench.core.project.opening import private_folder
from workbench.gui.background.analysis import RunnerFactory
from workbench.gui.background.worker import WorkResult
from workbench.gui.importing.encodings import ENCODING_CHOICES, encoding_labels, encoding_name
from workbench.gui.importing.formats import article_filters, refusal_text, split_supported
from workbench.gui.importing.job import ImportJob
from workbench.gui.importing.notices import notices_text
from workbench.gui.window.actions import WindowActions
from workbench.gui.window.current import Current
from workbench.gui.window.dialog_host import DialogHost
from workbench.gui.window.status import StatusArea

translate = QCoreApplication.translate


class ImportingController(QObject):
    """Starts imports and shows how they went.

    Collaborators: the window's `Current` state, its actions, status area and dialogs, the
    review's way to show an article (`show_added`), and `open_project` for an article imported
    with no project open (it gets its own project, in `projects_dir`).

    Signals:
        finished(int): an import ended; the number of articles added.
        busy_changed(bool): an import started or ended.
    """

    finished = Signal(int)
    busy_changed = Signal(bool)

    def __init__(
        self,
        current: Current,
        actions: WindowActions,
        status: StatusArea,
        dialogs: DialogHost,
        runner_factory: RunnerFactory,
        projects_dir: Path,
        open_project: Callable[[Project], None],
        show_added: Callable[[list[int]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._current = current
        self._actions = actions
        self._status = status
        self._dialogs = dialogs
        self._projects_dir = projects_dir
        self._open_project = open_project
        self._show_added = show_added
        self._first_shown = False  # the current import has shown its first articles
        self.job = ImportJob(runner_factory, self)
        self.job.started.connect(self._on_job_started)
        self.job.progressed.connect(status.show_progress)
        self.job.chunk_written.connect(self._on_job_chunk_written)
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)
        self.job.write_failed.connect(dialogs.project_error)
        self.job.stopped.connect(self._on_job_stopped)
        actions.import_articles.triggered.connect(self._on_import_articles_triggered)
        actions.import_with_encoding.triggered.connect(self._on_import_with_encoding_triggered)
        actions.paste_article.triggered.connect(self.paste_as_new_article)
        current.article_shown.connect(self.show_encoding)
        current.project_changed.connect(lambda: self.show_encoding(current.article_id))

    def is_running(self) -> bool:
        return self.job.is_running()

    def cancel(self) -> None:
        self.job.cancel()

    # -- files ---------------------------------------------------------------------------------

    def import_paths(self, paths: Sequence[Path], encoding: str | None = None) -> None:
        """Analyse files in the worker process, then add the new articles to the project.

        `encoding` (a codec name) overrides the detected text encoding of every file."""
        paths, refused = split_supported(paths)
        if refused:
            self._dialogs.message(
                QMessageBox.Icon.Warning,
                translate("Importing", "Unsupported files"),
                refusal_text(refused),
            )
        if not paths:
            return
        if self.job.is_running():
            self._status.tell(translate("Importing", "An import is already running"), 4000)
            return
        if self._current.project is None:
            self._open_default_project(Path(paths[0]))
        if self._current.project is not None:
            self.job.start(self._current.project, paths, encoding)

    def _open_default_project(self, article: Path) -> None:
        """An article opened with no project gets its own, named after it, in the data folder."""
        private_folder(self._projects_dir)  # drafts are confidential: the owner's eyes only
        path = self._projects_dir / f"{article.stem}{PROJECT_SUFFIX}"
        created = not path.exists()
        try:
            project = Project.open(path) if not created else Project.create(path)
        except ProjectError as error:
            self._dialogs.project_error(error)
            return
        self._open_project(project)
        if created:  # the checker chose no place: say where the work goes
            self._status.tell(
                translate("Importing", "Your checking is saved in the project {0}").format(path),
                20000,
            )

    def _on_import_articles_triggered(self) -> None:
        dialog = self._dialogs.file_dialog(
            translate("Importing", "Import articles"),
            QFileDialog.FileMode.ExistingFiles,
            article_filters(),
        )
        dialog.filesSelected.connect(lambda names: self.import_paths([Path(n) for n in names]))
        dialog.open()

    # -- import with a chosen encoding ---------------------------------------------------------

    def _on_import_with_encoding_triggered(self) -> None:
        dialog = self._dialogs.file_dialog(
            translate("Importing", "Import articles with an encoding"),
            QFileDialog.FileMode.ExistingFiles,
            article_filters(),
        )
        dialog.filesSelected.connect(lambda names: self.ask_encoding([Path(n) for n in names]))
        dialog.open()

    def ask_encoding(self, paths: Sequence[Path]) -> None:
        """Ask which encoding to read `paths` as, then import them."""
        if not paths:
            return
        dialog = self._dialogs.keep(QInputDialog(self._dialogs.window))
        dialog.setObjectName("encodingDialog")
        dialog.setWindowTitle(translate("Importing", "Text encoding"))
        dialog.setLabelText(
            translate(
                "Importing",
                "Read {0} file(s) as which text encoding?\n"
                "Choose another one when accents or quotes came out wrong.",
            ).format(len(paths))
        )
        labels = encoding_labels()
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)
        dialog.setTextValue(labels[0])
        dialog.textValueSelected.connect(
            lambda label: self.import_paths(paths, ENCODING_CHOICES[labels.index(label)])
        )
        dialog.open()

    # -- paste ---------------------------------------------------------------------------------

    def paste_as_new_article(self) -> None:
        """The clipboard's plain text, analysed in the worker process, added as one article."""
        if self._refuse_import():
            return
        # The importers load lxml and docx: only when a checker pastes, not at start-up.
        from workbench.core.importers import ImportFailure, article_from_pasted_text

        text = QApplication.clipboard().text()
        try:
            draft = article_from_pasted_text(text)
        except ImportFailure:
            self._dialogs.message(
                QMessageBox.Icon.Information,
                translate("Importing", "Nothing to paste"),
                translate(
                    "Importing",
                    "The clipboard holds no text. Copy the article's text, then paste again.",
                ),
            )
            return
        project = self._current.project
        if project is None:
            return
        self.job.start(project, [], given=[draft])
        self._status.show_lasting(translate("Importing", "Analysing the pasted text…"))

    def _refuse_import(self) -> bool:
        """Whether an import cannot start now; the checker is told why."""
        if self.job.is_running():
            self._status.tell(translate("Importing", "An import is already running"), 4000)
            return True
        if not self._current.writable():
            self._status.tell(
                translate("Importing", "Open a project you can change first (Ctrl+O or Ctrl+N)")
            )
            return True
        return False

    # -- the open article's encoding -----------------------------------------------------------

    def show_encoding(self, article_id: int | None) -> None:
        """The encoding the open article's file was read as; nothing for DOCX and pastes."""
        project = self._current.project
        name = None
        if project is not None and article_id is not None:
            try:
                name = project.article(article_id).metadata.get("encoding")
            except KeyError:
                name = None
        label = self._status.encoding_label
        label.setVisible(bool(name))
        label.setText(
            translate("Importing", "Encoding: {0}").format(encoding_name(name)) if name else ""
        )
        label.setToolTip(
            translate(
                "Importing",
                "The text encoding the file was read as. If accents came out wrong, "
                "File ▸ Import with encoding… reads it again as another.",
            )
        )

    # -- how it went ---------------------------------------------------------------------------

    def _on_job_started(self, file_count: int) -> None:
        self._first_shown = False
        self.busy_changed.emit(True)
        self._status.show_lasting(
            translate("Importing", "Reading and analysing {0} file(s)…").format(file_count)
        )

    def _on_job_chunk_written(self, added: list[int]) -> None:
        # The first articles are shown as soon as they are written; later parts are only listed
        # (the window does that), so a checker who started on one is not moved.
        if not self._first_shown and self._current.project is not None:
            self._first_shown = True
            # On the next turn of the event loop: the window stays responsive between writing
            # the part and showing its first article, each tens of milliseconds.
            project = self._current.project
            QTimer.singleShot(0, lambda: self._show_first(project, added))

    def _show_first(self, project: Project, added: list[int]) -> None:
        if self._current.project is project:
            self._show_added(added)

    def _on_job_finished(self, added: list[int], result: WorkResult) -> None:
        self.busy_changed.emit(False)
        if added and not self._first_shown and self._current.project is not None:
            self._show_added(added)
        message = translate("Importing", "Imported {0} article(s).").format(len(added))
        if result.already_present:
            message += " " + translate("Importing", "{0} already in the project.").format(
                result.already_present
            )
        if result.earlier_revisions:
            message += " " + translate(
                "Importing", "{0} file(s) hold an earlier revision of an article: not added again."
            ).format(len(result.earlier_revisions))
        self._status.tell(message, 8000)
        notices = result.notices
        if result.earlier_revisions:
            self._show_earlier_revisions(result.earlier_revisions)
        if result.failures:
            self._show_failures(result.failures, notices)
        elif notices:
            self._dialogs.message(
                QMessageBox.Icon.Information,
                translate("Importing", "Imported, with notes"),
                notices_text(notices),
            )
        self.finished.emit(len(added))

    def _on_job_failed(self, message: str) -> None:
        self.busy_changed.emit(False)
        self._dialogs.message(
            QMessageBox.Icon.Warning,
            translate("Importing", "Analysis failed"),
            translate(
                "Importing",
                "The articles could not be analysed; nothing was added to the project.",
            ),
            message,
        )
        self.finished.emit(0)

    def _on_job_stopped(self, added: list[int], expected: int) -> None:
        self.busy_changed.emit(False)
        if not added:
            self._status.tell(translate("Importing", "Import cancelled; nothing was added."))
        else:
            # What was written stays: each part was its own transaction.
            self._status.tell(
                translate("Importing", "Import cancelled: {0} of {1} articles imported.").format(
                    len(added), max(expected, len(added))
                ),
                8000,
            )
            if not self._first_shown and self._current.project is not None:
                self._show_added(added)
        self.finished.emit(len(added))

    def _show_earlier_revisions(self, notes: Sequence[str]) -> None:
        self._dialogs.message(
            QMessageBox.Icon.Information,
            translate("Importing", "Already in the project, as an earlier revision"),
            translate(
                "Importing",
                "These texts are earlier revisions of articles the project holds; nothing was "
                "lost and nothing was added. View ▸ Compare with previous revision shows what "
                "changed since.\n\n{0}",
            ).format("\n".join(notes)),
        )

    def _show_failures(self, failures: Sequence[str], notices: Sequence[str] = ()) -> None:
        text = translate(
            "Importing",
            "{0} file(s) or corpus entries could not be read and were left out; everything "
            "else was imported.\n\n{1}",
        ).format(len(failures), "\n".join(failures))
        if notices:
            text += "\n\n" + notices_text(notices)
        self._dialogs.message(
            QMessageBox.Icon.Warning, translate("Importing", "Some files were not imported"), text
        )
