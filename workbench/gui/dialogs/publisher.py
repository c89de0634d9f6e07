"""The ClaimReview publisher, in the Settings dialog: stored in the project, read by the export."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from workbench.core.project import Project
from workbench.core.reports.claimreview import (
    PUBLISHER_NAME_KEY,
    PUBLISHER_URL_KEY,
    save_publisher,
)

translate = QCoreApplication.translate


class PublisherFields(QGroupBox):
    """The publisher's name and web address of the open project (ClaimReview `author`, `url`).

    They belong to the project, not to the checker: every checker of the project publishes
    under the same name. `save()` writes them; it returns False, saying why in `problem`,
    when the address is not a web address.
    """

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("PublisherFields", "ClaimReview publisher (this project)"), parent
        )
        self.setObjectName("publisherFields")
        self._project = project
        self.name = QLineEdit(project.state(PUBLISHER_NAME_KEY) or "")
        self.name.setObjectName("publisherName")
        self.name.setPlaceholderText(
            translate("PublisherFields", "e.g. Le Quotidien – Vérification")
        )
        self.url = QLineEdit(project.state(PUBLISHER_URL_KEY) or "")
        self.url.setObjectName("publisherUrl")
        self.url.setPlaceholderText("https://")
        self.problem = QLabel()
        self.problem.setObjectName("publisherProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout(self)
        form.addRow(translate("PublisherFields", "Publisher na&me:"), self.name)
        form.addRow(translate("PublisherFields", "Page &address (reviews link to it):"), self.url)
        form.addRow(self.problem)
        self.setEnabled(not project.read_only)

    def save(self) -> bool:
        if self._project.read_only:
            return True
        try:
            save_publisher(self._project, self.name.text(), self.url.text())
        except ValueError:
            self.problem.setText(
                translate(
                    "PublisherFields",
                    "The page address must be a web address starting with https:// or http://.",
                )
            )
            self.problem.show()
            self.url.setFocus()
            return False
        return True
