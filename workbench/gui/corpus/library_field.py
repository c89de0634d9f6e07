"""The Settings row where a checker names the folder of their earlier projects."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from workbench.gui.dialogs.file_chooser import file_chooser

translate = QCoreApplication.translate


class LibraryFolderField(QWidget):
    """A path and a "Choose…" button; the folder dialog is opened without exec()."""

    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit(folder)
        self.path.setObjectName("libraryFolder")
        self.path.setClearButtonEnabled(True)
        self.path.setAccessibleName(
            translate("LibraryFolderField", "Folder of your earlier projects")
        )
        self.path.setPlaceholderText(translate("LibraryFolderField", "No library: none offered"))
        self.path.setToolTip(
            translate(
                "LibraryFolderField",
                "Claims that match a verdict given in a project of this folder show that "
                "verdict; nothing is taken over unless you ask",
            )
        )
        self.choose = QPushButton(translate("LibraryFolderField", "C&hoose…"))
        self.choose.clicked.connect(self._on_choose_clicked)
        self.dialog: QFileDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)

    def folder(self) -> str:
        return self.path.text().strip()

    def _on_choose_clicked(self) -> None:
        # Names only: the folder may hold the open project, whose SQLite locks a look inside
        # its files would drop (see `file_chooser`).
        dialog = file_chooser(
            self, translate("LibraryFolderField", "The folder of your earlier projects")
        )
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if self.folder():
            dialog.setDirectory(self.folder())
        dialog.fileSelected.connect(self.path.setText)
        self.dialog = dialog
        dialog.open()
