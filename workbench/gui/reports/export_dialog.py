"""The export dialog: which report, of what, in which language, to which file."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.project import Project
from workbench.core.reports import LANGUAGES, ReportFormat, ReportWriteFailed, export_report

PROJECT, ARTICLE, SHOWN = "project", "article", "shown"


def write_report(
    project: Project,
    report_format: ReportFormat,
    output: Path,
    *,
    language: str,
    reviewer: str,
    article_id: int | None = None,
    claim_ids: Collection[int] | None = None,
) -> Path:
    """Write one report; PDF goes through Qt's printing, every other format through the core."""
    if report_format is ReportFormat.PDF:
        from workbench.gui.reports.pdf import export_pdf

        return export_pdf(
            project, output, language=language, article_id=article_id,
            claim_ids=claim_ids, reviewer=reviewer,
        )
    return export_report(
        project, report_format, output, language=language, article_id=article_id,
        claim_ids=claim_ids, reviewer=reviewer,
    )


class ExportDialog(QDialog):
    """Asks what to export; `exported(Path)` or `failed(str)` once the checker accepts.

    Signals:
        exported(object): the report was written (its path).
        failed(str): it could not be; the message names the file and the problem.
    """

    exported = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        project: Project,
        reviewer: str,
        language: str,
        article_id: int | None,
        shown_claim_ids: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export a report"))
        self._project = project
        self._reviewer = reviewer
        self._article_id = article_id
        self._shown = shown_claim_ids
        self.report_format = QComboBox()
        names = {
            ReportFormat.HTML: self.tr("HTML (one file, printable)"),
            ReportFormat.PDF: self.tr("PDF"),
            ReportFormat.MARKDOWN: self.tr("Markdown"),
            ReportFormat.CSV: self.tr("CSV (spreadsheet)"),
            ReportFormat.JSON: self.tr("JSON (everything)"),
            ReportFormat.CLAIMREVIEW: self.tr("ClaimReview JSON-LD (claims with a verdict)"),
        }
        for report_format, name in names.items():
            self.report_format.addItem(name, report_format)
        self.report_format.currentIndexChanged.connect(self._on_report_format_changed)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("The whole project"), PROJECT)
        if article_id is not None:
            self.scope.addItem(self.tr("The current article"), ARTICLE)
            self.scope.addItem(self.tr("The claims shown in the list"), SHOWN)
            self.scope.setCurrentIndex(1)
        self.language = QComboBox()
        for code in sorted(LANGUAGES):
            self.language.addItem({"en": "English", "fr": "Français"}.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.output = QLineEdit(str(project.path.with_suffix(".html")))
        self.output.setObjectName("exportPath")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.output)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.report_format)
        form.addRow(self.tr("&Of:"), self.scope)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&To file:"), row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
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
        dialog = QFileDialog(self, self.tr("Export to"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(self.output.text())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.output.setText)
        dialog.open()

    def _on_self_accepted(self) -> None:
        scope = self.scope.currentData()
        try:
            written = write_report(
                self._project,
                self._format(),
                Path(self.output.text()),
                language=str(self.language.currentData()),
                reviewer=self._reviewer,
                article_id=self._article_id if scope in (ARTICLE, SHOWN) else None,
                claim_ids=self._shown if scope == SHOWN else None,
            )
        except (ReportWriteFailed, ValueError) as error:  # EmptyScope, MissingPublisher, …
            self.failed.emit(str(error))
            return
        self.exported.emit(written)
