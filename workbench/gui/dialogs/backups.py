"""The list of a project's automatic backups, to choose one to restore."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.project import BackupInfo

_BACKUP_ROLE = Qt.ItemDataRole.UserRole + 1


def backup_time(backup: BackupInfo) -> str:
    """When it was taken, in local time, to the second: backups can be seconds apart."""
    return backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class BackupsDialog(QDialog):
    """Lists backups, newest first, with their time and size; the window asks before restoring.

    Signals:
        backup_chosen(BackupInfo): "Restore…" was pressed (or a backup activated).
    """

    backup_chosen = Signal(object)

    def __init__(self, backups: Sequence[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        explanation = QLabel(
            self.tr(
                "A backup is taken each time the project is opened, if it changed since the last "
                "one. Restoring one replaces the project's content; the current content is backed "
                "up first."
            )
        )
        explanation.setWordWrap(True)
        self.backups = QListWidget()
        self.backups.setObjectName("backups")
        locale = QLocale()
        for backup in sorted(backups, key=lambda info: info.taken_at, reverse=True):
            item = QListWidgetItem(
                self.tr("{0} — {1}").format(
                    backup_time(backup), locale.formattedDataSize(backup.size_bytes)
                )
            )
            item.setData(_BACKUP_ROLE, backup)
            self.backups.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore: QPushButton = buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore.setObjectName("restoreBackup")
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.backups.currentRowChanged.connect(
            lambda row: self.restore.setEnabled(row >= 0)
        )
        self.backups.itemActivated.connect(lambda _item: self._on_buttons_accepted())
        self.backups.setCurrentRow(0)
        self.restore.setEnabled(self.backups.currentRow() >= 0)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.backups)
        layout.addWidget(buttons)
        self.resize(480, 320)

    def chosen(self) -> BackupInfo | None:
        item = self.backups.currentItem()
        return item.data(_BACKUP_ROLE) if item is not None else None

    def _on_buttons_accepted(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        self.accept()
        self.backup_chosen.emit(backup)
