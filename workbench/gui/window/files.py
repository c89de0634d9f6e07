"""The window's project files: new, open (also read-only), recent, save as, save a copy, restore a
backup, and files dropped on the window."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from workbench.core.project import (
    PROJECT_SUFFIX,
    BackupInfo,
    Project,
    ProjectError,
    ProjectLocked,
    list_backups,
    restore_backup,
)
from workbench.gui.app.settings import Settings
from workbench.gui.dialogs.backups import BackupsDialog, backup_time
from workbench.gui.importing.formats import article_filters
from workbench.gui.window.actions import WindowActions
from workbench.gui.window.current import Current
from workbench.gui.window.dialog_host import DialogHost
from workbench.gui.window.status import StatusArea

translate = QCoreApplication.translate


class FilesController(QObject):
    """Opens, creates and copies project files, and hands the window the project to show.

    Collaborators: the window's `Current` state, settings (recent projects), actions, the recent
    menu, status area and dialogs; `set_project` shows a project (or none), `import_paths`
    imports article files, `before_copy` saves what is pending before the file is copied.
    """

    def __init__(
        self,
        current: Current,
        settings: Settings,
        actions: WindowActions,
        recent_menu: QMenu,
        status: StatusArea,
        dialogs: DialogHost,
        set_project: Callable[[Project | None], None],
        import_paths: Callable[[Sequence[Path]], None],
        before_copy: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._current = current
        self._settings = settings
        self._recent_menu = recent_menu
        self._status = status
        self._dialogs = dialogs
        self._set_project = set_project
        self._import_paths = import_paths
        self._before_copy = before_copy
        actions.new_project.triggered.connect(self._on_new_project_triggered)
        actions.open_project.triggered.connect(self._on_open_project_triggered)
        actions.save_copy.triggered.connect(self._on_save_copy_triggered)
        actions.save_as.triggered.connect(self._on_save_as_triggered)
        actions.restore_backup.triggered.connect(self._on_restore_backup_triggered)

    # -- opening -------------------------------------------------------------------------------

    def open_path(self, path: Path) -> None:
        """Open a project file, or import an article file into its own project."""
        if path.suffix != PROJECT_SUFFIX:
            self._import_paths([path])
            return
        try:
            project = Project.open(path)
        except ProjectLocked as error:
            self._offer_read_only(error)
            return
        except ProjectError as error:
            self._dialogs.project_error(error)
            return
        self._set_project(project)

    def _offer_read_only(self, error: ProjectLocked) -> None:
        """Another window writes this project: it can still be read."""
        box = self._dialogs.message(
            QMessageBox.Icon.Warning,
            translate("Files", "Project already open"),
            translate(
                "Files",
                "{0}\n\n{1}\n\nYou can open it read-only: you will see it, not change it.",
            ).format(error.path, error.problem),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        read_only = box.addButton(
            translate("Files", "Open &read-only"), QMessageBox.ButtonRole.AcceptRole
        )
        read_only.clicked.connect(lambda: self._open_read_only(Path(error.path)))

    def _open_read_only(self, path: Path) -> None:
        try:
            project = Project.open(path, read_only=True)
        except ProjectError as error:
            self._dialogs.project_error(error)
            return
        self._set_project(project)

    def create_project(self, path: Path) -> None:
        path = with_project_suffix(path)
        try:
            project = Project.create(path)
        except ProjectError as error:
            self._dialogs.project_error(error)
            return
        self._set_project(project)

    def _on_new_project_triggered(self) -> None:
        self._dialogs.ask_project_file(translate("Files", "New project"), self.create_project)

    def _on_open_project_triggered(self) -> None:
        dialog = self._dialogs.file_dialog(
            translate("Files", "Open a project or an article"),
            QFileDialog.FileMode.ExistingFile,
            article_filters(
                [translate("Files", "Workbench projects (*{0})").format(PROJECT_SUFFIX)]
            ),
        )
        dialog.fileSelected.connect(lambda name: self.open_path(Path(name)))
        dialog.open()

    def fill_recent_menu(self) -> None:
        self._recent_menu.clear()
        for path in self._settings.recent_projects:
            action = self._recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))
        self._recent_menu.setEnabled(not self._recent_menu.isEmpty())

    def drop_paths(self, paths: Sequence[Path]) -> None:
        projects = [p for p in paths if p.suffix == PROJECT_SUFFIX]
        if projects:
            self.open_path(projects[0])
        articles = [p for p in paths if p.suffix != PROJECT_SUFFIX]
        if articles:
            self._import_paths(articles)

    # -- copies --------------------------------------------------------------------------------

    def _on_save_copy_triggered(self) -> None:
        if self._current.project is not None:
            self._dialogs.ask_project_file(
                translate("Files", "Save a copy of the project"), self.save_copy
            )

    def save_copy(self, target: Path) -> None:
        """A complete copy of the project; this window keeps editing the original."""
        project = self._current.project
        if project is None:
            return
        target = with_project_suffix(target)
        try:
            written = project.save_copy(target, overwrite=True)
        except ProjectError as error:
            self._dialogs.project_error(error)
            return
        self._status.tell(translate("Files", "A copy was saved as {0}").format(written), 10000)

    def _on_save_as_triggered(self) -> None:
        if self._current.project is not None:
            self._dialogs.ask_project_file(translate("Files", "Save the project as"), self.save_as)

    def save_as(self, target: Path) -> None:
        """Copy the project to `target`, then edit the copy; the old file stays as it was."""
        project = self._current.project
        if project is None:
            return
        target = with_project_suffix(target)
        self._before_copy()  # a rationale being typed belongs in both files
        old = project.path
        try:
            # The file dialog already asked before replacing a file.
            project.save_as(target, overwrite=True)
        except ProjectError as error:
            self._dialogs.project_error(error)
            return
        # Same Project object, now on the copy: the undo history goes on applying to it.
        self._settings.add_recent_project(str(project.path))
        self.fill_recent_menu()
        self._current.project_renamed.emit()
        self._status.tell(
            translate("Files", "Now editing {0}; {1} stays as it was").format(project.path, old),
            10000,
        )

    # -- backups -------------------------------------------------------------------------------

    def _on_restore_backup_triggered(self) -> None:
        project = self._current.project
        if project is None or project.read_only:
            return
        backups = list_backups(project.path)
        if not backups:
            self._dialogs.message(
                QMessageBox.Icon.Information,
                translate("Files", "Restore a backup"),
                translate(
                    "Files",
                    "This project has no backups yet. One is taken each time it is opened, if it "
                    "changed since the last one.",
                ),
            )
            return
        dialog = self._dialogs.keep(BackupsDialog(backups, self._dialogs.window))
        dialog.backup_chosen.connect(self._on_backups_dialog_backup_chosen)
        dialog.open()

    def _on_backups_dialog_backup_chosen(self, backup: BackupInfo) -> None:
        box = self._dialogs.message(
            QMessageBox.Icon.Question,
            translate("Files", "Restore a backup"),
            translate(
                "Files",
                "Replace the whole project by the backup of {0}?\n\nThe project as it is now is "
                "backed up first: to go back, restore that backup. The undo history is cleared.",
            ).format(backup_time(backup)),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        restore = box.addButton(translate("Files", "&Restore"), QMessageBox.ButtonRole.AcceptRole)
        restore.clicked.connect(lambda: self.restore_from_backup(backup))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter never replaces the project

    def restore_from_backup(self, backup: BackupInfo) -> None:
        """Close the project, put the backup's content in its place, then open it again."""
        project = self._current.project
        if project is None or project.read_only:
            return
        path = project.path
        self._set_project(None)  # the restore needs the project closed, and the undo steps are void
        try:
            restore_backup(path, backup.path)
        except ProjectError as error:
            self._dialogs.project_error(error)
            restored = False
        else:
            restored = True
        try:
            # No new backup: the restored content is one already, the replaced one was just taken.
            self._set_project(Project.open(path, keep_backups=0))
        except ProjectLocked as error:
            self._offer_read_only(error)
            return
        except ProjectError as error:
            self._dialogs.project_error(error)
            return
        if restored:
            self._status.tell(
                translate(
                    "Files", "Restored the backup of {0}; the state before it was backed up"
                ).format(backup_time(backup)),
                10000,
            )


def with_project_suffix(path: Path) -> Path:
    """The name a checker typed, with the project extension added when it lacks it."""
    return path if path.suffix == PROJECT_SUFFIX else path.with_name(path.name + PROJECT_SUFFIX)
