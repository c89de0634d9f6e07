"""What the window's mixins may use of MainWindow, for the type checker only (never imported at
run time: MainWindow is built from the mixins, so they cannot name it as their base)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QToolButton,
    QWidget,
)

from workbench.core.project import ClaimRecord, HistoryEntry, Project, ProjectError
from workbench.gui.app.settings import Settings
from workbench.gui.editing.session import Session
from workbench.gui.importing.controller import ImportController
from workbench.gui.review.article_view import ArticleView
from workbench.gui.review.claims_panel import ClaimsPanel
from workbench.gui.review.details import ClaimDetails
from workbench.gui.review.navigator import ArticlesNavigator
from workbench.gui.revisions.reading import RevisionImport
from workbench.gui.window.actions import WindowActions


class WindowParts(QMainWindow):
    settings: Settings
    session: Session | None
    importer: ImportController
    revision_import: RevisionImport
    commands: WindowActions
    navigator: ArticlesNavigator
    article_view: ArticleView
    claims_panel: ClaimsPanel
    details: ClaimDetails
    analysis_bar: QProgressBar
    cancel_button: QToolButton
    recent_menu: QMenu
    file_menu: QMenu
    edit_menu: QMenu
    model_label: QLabel
    encoding_label: QLabel
    view_menu: QMenu
    language_menu: QMenu
    dialog: QWidget | None
    import_finished: SignalInstance
    report_written: SignalInstance
    project_changed: SignalInstance
    article_shown: SignalInstance
    _article_id: int | None
    _projects_dir: Path

    @property
    def project(self) -> Project | None:
        raise NotImplementedError

    def set_project(self, project: Project | None) -> None:
        raise NotImplementedError

    def show_article(self, article_id: int) -> None:
        raise NotImplementedError

    def select_claim(self, claim_id: int | None) -> None:
        raise NotImplementedError

    def current_claim(self) -> ClaimRecord | None:
        raise NotImplementedError

    def claim_history(self, claim_id: int) -> list[HistoryEntry]:
        raise NotImplementedError

    def import_paths(self, paths: Sequence[Path], encoding: str | None = None) -> None:
        raise NotImplementedError

    def _show_details(self, claim_id: int | None) -> None:
        raise NotImplementedError

    def _show_project_error(self, error: ProjectError) -> None:
        raise NotImplementedError

    def _update_status(self) -> None:
        raise NotImplementedError

    def _update_title(self) -> None:
        raise NotImplementedError

    def _save_position(self) -> None:
        raise NotImplementedError

    def _interface_language(self) -> str:
        raise NotImplementedError

    def _tell(self, message: str) -> None:
        raise NotImplementedError

    def _who(self) -> str:
        raise NotImplementedError

    def _show_analysis(self, running: bool) -> None:
        raise NotImplementedError

    def _on_importer_progressed(self, done: int, total: int) -> None:
        raise NotImplementedError

    def _update_article_progress(self, article_id: int) -> None:
        raise NotImplementedError

    def _file_dialog(
        self, title: str, mode: QFileDialog.FileMode, name_filter: str, accept_save: bool = False
    ) -> QFileDialog:
        raise NotImplementedError
