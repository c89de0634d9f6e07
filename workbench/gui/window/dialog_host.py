"""Opening the window's dialogs without exec(), and keeping the last one (for tests, and alive)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from workbench.core.project import PROJECT_SUFFIX, ProjectError
from workbench.gui.dialogs.common import show_message
from workbench.gui.dialogs.file_chooser import file_chooser

translate = QCoreApplication.translate
DialogT = TypeVar("DialogT", bound=QWidget)


class DialogHost:
    """Every dialog of the window goes through here: messages, file choosers, the others."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.last: QWidget | None = None

    def keep(self, dialog: DialogT) -> DialogT:
        """Remember `dialog` as the last one opened, deleted once closed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last = dialog
        return dialog

    def message(
        self, icon: QMessageBox.Icon, title: str, text: str, details: str = ""
    ) -> QMessageBox:
        box = show_message(self.window, icon, title, text, details)
        self.last = box
        return box

    def project_error(self, error: ProjectError) -> QMessageBox:
        return self.message(
            QMessageBox.Icon.Warning,
            translate("Window", "Project problem"),
            translate("Window", "{0}\n\n{1}").format(error.path, error.problem),
        )

    def file_dialog(
        self, title: str, mode: QFileDialog.FileMode, name_filter: str, accept_save: bool = False
    ) -> QFileDialog:
        dialog = file_chooser(self.window, title)
        dialog.setObjectName("fileDialog")
        dialog.setFileMode(mode)
        dialog.setNameFilter(name_filter)
        if accept_save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix(PROJECT_SUFFIX.lstrip("."))
        return self.keep(dialog)

    def ask_project_file(self, title: str, then: Callable[[Path], None]) -> None:
        """Ask, without blocking, for a project file to write, then call `then` with it."""
        dialog = self.file_dialog(
            title,
            QFileDialog.FileMode.AnyFile,
            translate("Window", "Workbench projects (*{0})").format(PROJECT_SUFFIX),
            accept_save=True,
        )
        dialog.fileSelected.connect(lambda name: then(Path(name)))
        dialog.open()
