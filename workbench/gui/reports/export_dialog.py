"""The export dialog: which report, of what, in which language, to which file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.project import Project
from workbench.core.reports import LANGUAGES, ReportFormat
from workbench.gui.dialogs.file_chooser import file_chooser
from workbench.gui.reports.controller import ExportRequest

translate = QCoreApplication.translate

PROJECT, ARTICLE, SHOWN = "project", "article", "shown"


class ExportDialog(QDialog):
    """Asks what to export; says what, once the checker accepts: the writing is not its job.

    Signals:
        requested(ExportRequest): the report the checker asked for.
    """

    requested = Signal(object)

    def __init__(
        self,
        project: Project,
        reviewer: str,
        language: str,
        article_id: int | None,
        shown_claim_ids: list[int],
        parent: QWidget | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("ExportDialog", "Export a report"))
        self._project = project
        self._reviewer = reviewer
        self._article_id = article_id
        self._shown = shown_claim_ids
        self.report_format = QComboBox()
        names = {
            ReportFormat.HTML: translate("ExportDialog", "HTML (one file, printable)"),
            ReportFormat.PDF: translate("ExportDialog", "PDF"),
            ReportFormat.MARKDOWN: translate("ExportDialog", "Markdown"),
            ReportFormat.CSV: translate("ExportDialog", "CSV (spreadsheet)"),
            ReportFormat.JSON: translate("ExportDialog", "JSON (everything)"),
            ReportFormat.CLAIMREVIEW: translate(
                "ExportDialog", "ClaimReview JSON-LD (claims with a verdict)"
            ),
        }
        for report_format, name in names.items():
            self.report_format.addItem(name, report_format)
        self.report_format.currentIndexChanged.connect(self._on_report_format_changed)
        self.scope = QComboBox()
        self.scope.addItem(translate("ExportDialog", "The whole project"), PROJECT)
        if article_id is not None:
            self.scope.addItem(translate("ExportDialog", "The current article"), ARTICLE)
            self.scope.addItem(translate("ExportDialog", "The claims shown in the list"), SHOWN)
            self.scope.setCurrentIndex(1)
        self.language = QComboBox()
        for code in sorted(LANGUAGES):
            self.language.addItem({"en": "English", "fr": "Français"}.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        # A report goes where the checker keeps documents, not beside the hidden project file.
        name = project.path.with_suffix(".html").name
        self.output = QLineEdit(str((folder or project.path.parent) / name))
        self.output.setObjectName("exportPath")
        browse = QPushButton(translate("ExportDialog", "&Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.output)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "&Format:"), self.report_format)
        form.addRow(translate("ExportDialog", "&Of:"), self.scope)
        form.addRow(translate("ExportDialog", "&Language:"), self.language)
        # A label beside a layout has no buddy of its own: given one, its & becomes the Alt key.
        to_file = QLabel(translate("ExportDialog", "&To file:"))
        to_file.setBuddy(self.output)
        form.addRow(to_file, row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ExportDialog", "&Export")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.accepted.connect(self._on_self_accepted)

    def _format(self) -> ReportFormat:
        return ReportFormat(self.report_format.currentData())

    def _on_report_format_changed(self, index: int) -> None:
        path = Path(self.output.text())
        self.output.setText(str(path.with_suffix(self._format().suffix)))

    def _on_browse_clicked(self) -> None:
        dialog = file_chooser(self, translate("ExportDialog", "Export to"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(self.output.text())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.output.setText)
        dialog.open()

    def _on_self_accepted(self) -> None:
        scope = self.scope.currentData()
        self.requested.emit(
            ExportRequest(
                self._project.path,
                self._format(),
                Path(self.output.text()),
                language=str(self.language.currentData()),
                reviewer=self._reviewer,
                article_id=self._article_id if scope in (ARTICLE, SHOWN) else None,
                claim_ids=tuple(self._shown) if scope == SHOWN else None,
            )
        )
