"""The window's file commands: new, open, import (with its progress), save as, save a copy,
restore a backup, export."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from workbench.core.project import (
    PROJECT_SUFFIX,
    BackupInfo,
    Project,
    ProjectError,
    ProjectLocked,
    list_backups,
    restore_backup,
)
from workbench.gui.background.worker import WorkResult
from workbench.gui.dialogs.backups import BackupsDialog, backup_time
from workbench.gui.dialogs.common import show_message

if TYPE_CHECKING:
    from workbench.gui.window.parts import WindowParts as _Base
else:
    _Base = object


class FilesMixin(_Base):
    """Part of MainWindow, kept apart to keep each module small."""

    dialog: QWidget | None

    def open_path(self, path: Path) -> None:
        """Open a project file, or import an article file into its own project."""
        if path.suffix != PROJECT_SUFFIX:
            self.import_paths([path])
            return
        try:
            project = Project.open(path)
        except ProjectLocked as error:
            self._offer_read_only(error)
            return
        except ProjectError as error:
            self._show_project_error(error)
            return
        self.set_project(project)

    def _offer_read_only(self, error: ProjectLocked) -> None:
        """Another window writes this project: it can still be read."""
        box = show_message(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Project already open"),
            self.tr("{0}\n\n{1}\n\nYou can open it read-only: you will see it, not change it.")
            .format(error.path, error.problem),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        read_only = box.addButton(self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
        read_only.clicked.connect(lambda: self._open_read_only(Path(error.path)))
        self.dialog = box

    def _open_read_only(self, path: Path) -> None:
        try:
            project = Project.open(path, read_only=True)
        except ProjectError as error:
            self._show_project_error(error)
            return
        self.set_project(project)

    def create_project(self, path: Path) -> None:
        path = with_project_suffix(path)
        try:
            project = Project.create(path)
        except ProjectError as error:
            self._show_project_error(error)
            return
        self.set_project(project)

    def import_paths(self, paths: Sequence[Path], encoding: str | None = None) -> None:
        """Analyse files in the worker process, then add the new articles to the project.

        `encoding` (a codec name) overrides the detected text encoding of every file."""
        if not paths:
            return
        if self.importer.is_running():
            self.statusBar().showMessage(self.tr("An import is already running"), 4000)
            return
        if self.project is None:
            self._open_default_project(Path(paths[0]))
        if self.project is not None:
            self.importer.start(self.project, paths, encoding)

    def _open_default_project(self, article: Path) -> None:
        """An article opened with no project gets its own, named after it, in the data folder."""
        self._projects_dir.mkdir(parents=True, exist_ok=True)
        path = self._projects_dir / f"{article.stem}{PROJECT_SUFFIX}"
        try:
            project = Project.open(path) if path.exists() else Project.create(path)
        except ProjectError as error:
            self._show_project_error(error)
            return
        self.set_project(project)

    def cancel_analysis(self) -> None:
        self.importer.cancel()
        self.revision_import.cancel()

    def _on_importer_started(self, file_count: int) -> None:
        self._show_analysis(True)
        self.analysis_bar.setRange(0, 0)  # busy until the worker reports a count
        self.statusBar().showMessage(
            self.tr("Reading and analysing {0} file(s)…").format(file_count)
        )

    def _on_importer_progressed(self, done: int, total: int) -> None:
        self.analysis_bar.setRange(0, max(total, 1))
        self.analysis_bar.setValue(done)
        self.analysis_bar.setFormat(self.tr("%v of %m analysed"))

    def _on_importer_finished(self, added: list[int], result: WorkResult) -> None:
        self._show_analysis(False)
        if added and self.project is not None:
            self.navigator.set_articles(self.project.articles())
            self.navigator.select_article(added[0], notify=False)
            self.show_article(added[0])
            self.claims_panel.move_to_next_unchecked()
        message = self.tr("Imported {0} article(s).").format(len(added))
        if result.already_present:
            message += " " + self.tr("{0} already in the project.").format(result.already_present)
        self.statusBar().showMessage(message, 8000)
        if result.failures:
            self._show_import_failures(result.failures)
        self._update_status()
        self.import_finished.emit(len(added))

    def _on_importer_failed(self, message: str) -> None:
        self._show_analysis(False)
        self.dialog = show_message(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Analysis failed"),
            self.tr("The articles could not be analysed; nothing was added to the project."),
            message,
        )
        self.import_finished.emit(0)

    def _on_importer_cancelled(self) -> None:
        self._show_analysis(False)
        self.statusBar().showMessage(self.tr("Import cancelled; nothing was added."), 6000)
        self.import_finished.emit(0)

    def _show_analysis(self, running: bool) -> None:
        self.analysis_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.commands.cancel_analysis.setEnabled(running)
        self.commands.import_articles.setEnabled(not running)

    def _show_import_failures(self, failures: Sequence[str]) -> None:
        details = "\n".join(failures)
        self.dialog = show_message(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Some files were not imported"),
            self.tr("{0} file(s) could not be read; the others were imported.\n\n{1}").format(
                len(failures), details
            ),
        )

    def _file_dialog(
        self, title: str, mode: QFileDialog.FileMode, name_filter: str, accept_save: bool = False
    ) -> QFileDialog:
        dialog = QFileDialog(self, title)
        dialog.setObjectName("fileDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # driveable, same everywhere
        dialog.setFileMode(mode)
        dialog.setNameFilter(name_filter)
        if accept_save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix(PROJECT_SUFFIX.lstrip("."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        return dialog

    def _ask_project_file(self, title: str, then: Callable[[Path], None]) -> None:
        """Ask, without blocking, for a project file to write, then call `then` with it."""
        dialog = self._file_dialog(
            title,
            QFileDialog.FileMode.AnyFile,
            self.tr("Workbench projects (*{0})").format(PROJECT_SUFFIX),
            accept_save=True,
        )
        dialog.fileSelected.connect(lambda name: then(Path(name)))
        dialog.open()

    def _on_new_project_triggered(self) -> None:
        self._ask_project_file(self.tr("New project"), self.create_project)

    def _on_open_project_triggered(self) -> None:
        dialog = self._file_dialog(
            self.tr("Open a project or an article"),
            QFileDialog.FileMode.ExistingFile,
            self.tr("Projects and articles (*{0} *.txt *.md);;All files (*)").format(
                PROJECT_SUFFIX
            ),
        )
        dialog.fileSelected.connect(lambda name: self.open_path(Path(name)))
        dialog.open()

    def _on_import_articles_triggered(self) -> None:
        dialog = self._file_dialog(
            self.tr("Import articles"),
            QFileDialog.FileMode.ExistingFiles,
            self.tr("Articles (*.txt *.md);;All files (*)"),
        )
        dialog.filesSelected.connect(lambda names: self.import_paths([Path(n) for n in names]))
        dialog.open()

    def _on_export_report_triggered(self) -> None:
        if self.project is None:
            return
        from workbench.gui.reports.export_dialog import (
            ExportDialog,  # the report modules load when first needed
        )

        shown = [
            claim.id
            for claim in self.claims_panel.shown_claims()
        ]
        dialog = ExportDialog(
            self.project, self.settings.checker_name, self._interface_language(),
            self._article_id, shown, self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._on_export_dialog_exported)
        dialog.failed.connect(self._on_export_dialog_failed)
        self.dialog = dialog
        dialog.open()

    def _on_export_dialog_exported(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Report written to {0}").format(path), 10000)
        self.report_written.emit(str(path))

    def _on_export_dialog_failed(self, message: str) -> None:
        self.dialog = show_message(
            self, QMessageBox.Icon.Warning, self.tr("The report was not written"), message
        )

    def _on_save_copy_triggered(self) -> None:
        if self.project is None:
            return
        self._ask_project_file(self.tr("Save a copy of the project"), self.save_copy)

    def save_copy(self, target: Path) -> None:
        """A complete copy of the project; this window keeps editing the original."""
        if self.project is None:
            return
        target = with_project_suffix(target)
        try:
            written = self.project.save_copy(target, overwrite=True)
        except ProjectError as error:
            self._show_project_error(error)
            return
        self.statusBar().showMessage(self.tr("A copy was saved as {0}").format(written), 10000)

    def _on_save_as_triggered(self) -> None:
        if self.project is None:
            return
        self._ask_project_file(self.tr("Save the project as"), self.save_as)

    def save_as(self, target: Path) -> None:
        """Copy the project to `target`, then edit the copy; the old file stays as it was."""
        project = self.project
        if project is None:
            return
        target = with_project_suffix(target)
        self.details.flush()  # a rationale being typed belongs in both files
        self._save_position()
        old = project.path
        try:
            # The file dialog already asked before replacing a file.
            project.save_as(target, overwrite=True)
        except ProjectError as error:
            self._show_project_error(error)
            return
        # Same Project object, now on the copy: the undo history goes on applying to it.
        self.settings.add_recent_project(str(project.path))
        self._fill_recent_menu()
        self._update_title()
        self.statusBar().showMessage(
            self.tr("Now editing {0}; {1} stays as it was").format(project.path, old), 10000
        )

    def _on_restore_backup_triggered(self) -> None:
        project = self.project
        if project is None or project.read_only:
            return
        backups = list_backups(project.path)
        if not backups:
            self.dialog = show_message(
                self,
                QMessageBox.Icon.Information,
                self.tr("Restore a backup"),
                self.tr(
                    "This project has no backups yet. One is taken each time it is opened, if it "
                    "changed since the last one."
                ),
            )
            return
        dialog = BackupsDialog(backups, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.backup_chosen.connect(self._on_backups_dialog_backup_chosen)
        self.dialog = dialog
        dialog.open()

    def _on_backups_dialog_backup_chosen(self, backup: BackupInfo) -> None:
        box = show_message(
            self,
            QMessageBox.Icon.Question,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the whole project by the backup of {0}?\n\nThe project as it is now is "
                "backed up first: to go back, restore that backup. The undo history is cleared."
            ).format(backup_time(backup)),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        restore.clicked.connect(lambda: self.restore_from_backup(backup))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter never replaces the project
        self.dialog = box

    def restore_from_backup(self, backup: BackupInfo) -> None:
        """Close the project, put the backup's content in its place, then open it again."""
        project = self.project
        if project is None or project.read_only:
            return
        path = project.path
        self.set_project(None)  # the restore needs the project closed, and the undo steps are void
        try:
            restore_backup(path, backup.path)
        except ProjectError as error:
            self._show_project_error(error)
            restored = False
        else:
            restored = True
        try:
            # No new backup: the restored content is one already, the replaced one was just taken.
            self.set_project(Project.open(path, keep_backups=0))
        except ProjectLocked as error:
            self._offer_read_only(error)
            return
        except ProjectError as error:
            self._show_project_error(error)
            return
        if restored:
            self.statusBar().showMessage(
                self.tr("Restored the backup of {0}; the state before it was backed up").format(
                    backup_time(backup)
                ),
                10000,
            )

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_projects:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.drop_paths(paths)

    def drop_paths(self, paths: Sequence[Path]) -> None:
        projects = [p for p in paths if p.suffix == PROJECT_SUFFIX]
        if projects:
            self.open_path(projects[0])
        articles = [p for p in paths if p.suffix != PROJECT_SUFFIX]
        if articles:
            self.import_paths(articles)


def with_project_suffix(path: Path) -> Path:
    """The name a checker typed, with the project extension added when it lacks it."""
    return path if path.suffix == PROJECT_SUFFIX else path.with_name(path.name + PROJECT_SUFFIX)
