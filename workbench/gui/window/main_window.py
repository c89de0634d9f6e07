"""The main window: navigator, article view, claims panel and details, wired to the session."""

from __future__ import annotations

import getpass
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QToolButton,
    QWidget,
)

from workbench.core.model import Verdict
from workbench.core.project import ClaimRecord, Project, ProjectError
from workbench.core.resources import resource_path
from workbench.gui.app.i18n import Translations
from workbench.gui.app.settings import Settings
from workbench.gui.dialogs.common import (
    CheckerNameDialog,
    SettingsDialog,
    ShortcutsSheet,
    show_message,
)
from workbench.gui.editing.edits import EditsMixin
from workbench.gui.editing.session import Session
from workbench.gui.importing.controller import ImportController, RunnerFactory
from workbench.gui.importing.paste import PasteMixin
from workbench.gui.review.article_view import ArticleView
from workbench.gui.review.claims_panel import ClaimsPanel
from workbench.gui.review.details import ClaimDetails
from workbench.gui.review.navigator import ArticlesNavigator
from workbench.gui.review.verdicts import ORDER as _VERDICT_ORDER
from workbench.gui.revisions.controller import RevisionMixin
from workbench.gui.window.actions import WindowActions
from workbench.gui.window.files import FilesMixin

STATE_ARTICLE = "current_article"
STATE_CLAIM = "current_claim"
_STATE_DELAY_MS = 300  # where the checker is, saved shortly after moving (a commit is an fsync)
_MIN_CLAIM_ROWS = 8  # the claims list never gets shorter; the details scroll instead


class MainWindow(FilesMixin, EditsMixin, RevisionMixin, PasteMixin, QMainWindow):
    """The Workbench window. Collaborators are injected: settings, how to run analyses, the project.

    Signals:
        article_shown(int): an article is displayed (its id).
        import_finished(int): an import ended; the number of articles added.
        project_changed(): another project (or none) is open.
        report_written(str): a report was exported (its path).
    """

    article_shown = Signal(int)
    import_finished = Signal(int)
    project_changed = Signal()
    report_written = Signal(str)

    def __init__(
        self,
        settings: Settings,
        runner_factory: RunnerFactory,
        projects_dir: Path,
        project: Project | None = None,
        translations: Translations | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self._projects_dir = projects_dir
        self._translations = translations
        self.session: Session | None = None
        self.importer = ImportController(runner_factory, self)
        self._article_id: int | None = None
        self._syncing = False
        self.dialog: QWidget | None = None  # the last dialog opened, for tests and to keep it alive
        self.setWindowIcon(QIcon(str(resource_path("icons", "app", "org.workbench.Workbench.svg"))))
        self.setAcceptDrops(True)

        self.navigator = ArticlesNavigator()
        self.article_view = ArticleView()
        self.claims_panel = ClaimsPanel()
        self.details = ClaimDetails()
        self.details_area = _scrolling(self.details, "detailsArea")
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setObjectName("rightSplitter")
        self.right.addWidget(self.claims_panel)
        self.right.addWidget(self.details_area)
        self.right.setCollapsible(0, False)
        self._keep_claim_rows(_MIN_CLAIM_ROWS)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.article_view)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.setCentralWidget(self.splitter)

        self.language_label = QLabel()
        self.model_label = QLabel()
        self.progress_label = QLabel()
        self.analysis_bar = QProgressBar()
        self.analysis_bar.setObjectName("analysisProgress")
        self.analysis_bar.setMaximumWidth(220)
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("cancelAnalysis")
        status = self.statusBar()
        status.addPermanentWidget(self.language_label)
        status.addPermanentWidget(self.model_label)
        status.addPermanentWidget(self.progress_label)
        status.addPermanentWidget(self.analysis_bar)
        status.addPermanentWidget(self.cancel_button)

        self.commands = WindowActions(self)
        self.cancel_button.setDefaultAction(self.commands.cancel_analysis)
        self._build_menus()
        self._connect()
        self._build_revisions(runner_factory)
        self._build_paste()
        self._state_timer = QTimer(self)
        self._state_timer.setSingleShot(True)
        self._state_timer.setInterval(_STATE_DELAY_MS)
        self._state_timer.timeout.connect(self._save_position)
        self._restore_geometry()
        self._show_analysis(False)
        self._apply_settings()
        self.retranslate()
        self.set_project(project)
        self.claims_panel.table.setFocus()  # where the single-letter keys work

    # -- building ------------------------------------------------------------------------------

    def _keep_claim_rows(self, rows: int) -> None:
        """However tall the details grow (a revision note, many sources), the list keeps `rows`."""
        table = self.claims_panel.table
        header = table.horizontalHeader().sizeHint().height()
        row = table.verticalHeader().defaultSectionSize()
        table.setMinimumHeight(header + rows * row + 2 * table.frameWidth())

    def _build_menus(self) -> None:
        a = self.commands
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([a.new_project, a.open_project])
        self.recent_menu = self.file_menu.addMenu("")
        self.file_menu.addActions([a.import_articles, a.export_report])
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.save_as, a.save_copy, a.restore_backup])
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.cancel_analysis, a.quit])
        self.edit_menu = bar.addMenu("")
        self.undo_action = QAction(self)
        self.undo_action.setObjectName("undo")
        self.redo_action = QAction(self)
        self.redo_action.setObjectName("redo")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(a.settings)
        self.claim_menu = bar.addMenu("")
        self.claim_menu.addActions([a.verdict[v] for v in _VERDICT_ORDER])
        self.claim_menu.addSeparator()
        self.claim_menu.addActions([a.verdict_next[v] for v in _VERDICT_ORDER])
        self.claim_menu.addSeparator()
        self.claim_menu.addActions(
            [a.focus_rationale, a.add_source, a.add_claim, a.change_span, a.dismiss_claim]
        )
        self.go_menu = bar.addMenu("")
        self.go_menu.addActions(
            [a.next_claim, a.previous_claim, a.next_unchecked, a.next_article, a.previous_article]
        )
        self.go_menu.addSeparator()
        self.go_menu.addActions([a.focus_search, a.focus_claims, a.focus_article])
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions([a.language_system, a.language_en, a.language_fr])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a.shortcuts)
        for action in a.all():  # shortcuts work even when the menu bar is hidden
            self.addAction(action)

    def _connect(self) -> None:
        a = self.commands
        a.new_project.triggered.connect(self._on_new_project_triggered)
        a.open_project.triggered.connect(self._on_open_project_triggered)
        a.import_articles.triggered.connect(self._on_import_articles_triggered)
        a.export_report.triggered.connect(self._on_export_report_triggered)
        a.quit.triggered.connect(self.close)
        a.settings.triggered.connect(self._on_settings_triggered)
        for verdict in Verdict:
            a.verdict[verdict].triggered.connect(lambda _=False, v=verdict: self.mark(v))
            a.verdict_next[verdict].triggered.connect(
                lambda _=False, v=verdict: self.mark(v, then_next=True)
            )
        a.next_claim.triggered.connect(lambda: self.claims_panel.step(1))
        a.previous_claim.triggered.connect(lambda: self.claims_panel.step(-1))
        a.next_unchecked.triggered.connect(self._go_to_next_unchecked)
        a.next_article.triggered.connect(lambda: self.navigator.step(1))
        a.previous_article.triggered.connect(lambda: self.navigator.step(-1))
        a.focus_search.triggered.connect(self._on_focus_search_triggered)
        a.focus_claims.triggered.connect(lambda: self.claims_panel.table.setFocus())
        a.focus_article.triggered.connect(lambda: self.article_view.setFocus())
        a.focus_rationale.triggered.connect(self._on_focus_rationale_triggered)
        a.cancel_analysis.triggered.connect(self.cancel_analysis)
        a.shortcuts.triggered.connect(self._on_shortcuts_triggered)
        a.language_system.triggered.connect(lambda: self._choose_language(""))
        a.language_en.triggered.connect(lambda: self._choose_language("en"))
        a.language_fr.triggered.connect(lambda: self._choose_language("fr"))
        a.add_claim.triggered.connect(self.add_claim_from_selection)
        a.change_span.triggered.connect(self.change_span_to_selection)
        a.dismiss_claim.triggered.connect(self.dismiss_or_restore)
        a.add_source.triggered.connect(self._on_details_source_add_requested)
        a.save_copy.triggered.connect(self._on_save_copy_triggered)
        a.save_as.triggered.connect(self._on_save_as_triggered)
        a.restore_backup.triggered.connect(self._on_restore_backup_triggered)
        self.details.source_add_requested.connect(self._on_details_source_add_requested)
        self.details.source_edit_requested.connect(self._on_details_source_edit_requested)
        self.details.source_remove_requested.connect(self._on_details_source_remove_requested)
        self.importer.started.connect(self._on_importer_started)
        self.importer.progressed.connect(self._on_importer_progressed)
        self.importer.finished.connect(self._on_importer_finished)
        self.importer.failed.connect(self._on_importer_failed)
        self.importer.write_failed.connect(self._on_session_write_failed)
        self.importer.cancelled.connect(self._on_importer_cancelled)
        self.navigator.current_article_changed.connect(self._on_navigator_current_article_changed)
        self.claims_panel.current_claim_changed.connect(self._on_claims_panel_current_claim_changed)
        self.article_view.claim_clicked.connect(self._on_article_view_claim_clicked)
        self.details.verdict_chosen.connect(self._on_details_verdict_chosen)
        self.details.rationale_edited.connect(self._on_details_rationale_edited)
        self.details.editing_finished.connect(lambda: self.claims_panel.table.setFocus())

    def retranslate(self) -> None:
        self.commands.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.claim_menu.setTitle(self.tr("&Claim"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.details.retranslate()
        self.claims_panel.retranslate()
        self.navigator.retranslate()
        self.article_view.setPlaceholderText(
            self.tr(
                "No article shown.\n\nOpen a project (Ctrl+O), create one (Ctrl+N), import articles "
                "(Ctrl+I), or drop text files here.\nF1 lists every keyboard shortcut."
            )
        )
        self._retranslate_revisions()
        self._show_encoding(self._article_id)
        if self.project is not None and self._article_id is not None:
            article = self.project.article(self._article_id)
            self._show_article_labels(article.language, article.model)
        self._update_undo_texts()
        language = self.settings.language
        self.commands.language_system.setChecked(language == "")
        self.commands.language_en.setChecked(language == "en")
        self.commands.language_fr.setChecked(language == "fr")
        self._update_title()
        self._update_status()
        self._fill_recent_menu()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the project ---------------------------------------------------------------------------

    @property
    def project(self) -> Project | None:
        return self.session.project if self.session is not None else None

    def set_project(self, project: Project | None) -> None:
        """Show a project (or none), closing the one shown before."""
        self._close_session()
        if project is not None:
            self.session = Session(project, self._who, self)
            self.session.claim_changed.connect(self._on_session_claim_changed)
            self.session.write_failed.connect(self._on_session_write_failed)
            self.session.claims_reshaped.connect(self._on_session_claims_reshaped)
            self.session.sources_changed.connect(self._on_session_sources_changed)
            self.session.edit_refused.connect(self._on_session_edit_refused)
            stack = self.session.undo_stack
            stack.indexChanged.connect(self._update_undo_texts)
            stack.canUndoChanged.connect(self._update_undo_texts)
            stack.canRedoChanged.connect(self._update_undo_texts)
            self.undo_action.triggered.connect(stack.undo)
            self.redo_action.triggered.connect(stack.redo)
            self.settings.add_recent_project(str(project.path))
            self.navigator.set_articles(project.articles())
            self._restore_position(project)
            if project.backup_problem:  # the project opened, but without its safety copy
                self.statusBar().showMessage(
                    self.tr("No backup was taken when opening: {0}").format(
                        project.backup_problem
                    ),
                    20000,
                )
        self._update_editable()
        self._update_undo_texts()
        self._update_title()
        self._update_status()
        self._fill_recent_menu()
        self.project_changed.emit()

    def _update_editable(self) -> None:
        """Edits need a project open for writing; reading needs only a project."""
        project = self.project
        writable = project is not None and not project.read_only
        a = self.commands
        editing = [*a.verdict.values(), *a.verdict_next.values(), a.add_claim, a.change_span,
                   a.dismiss_claim, a.add_source, a.import_articles, a.save_as, a.restore_backup]
        for action in editing:
            action.setEnabled(writable)
        for action in (a.export_report, a.save_copy):
            action.setEnabled(project is not None)
        self.details.set_read_only(not writable)

    def _close_session(self) -> None:
        if self.session is None:
            return
        self.importer.cancel()
        self.details.flush()
        self._save_position()
        stack = self.session.undo_stack
        self.undo_action.triggered.disconnect(stack.undo)
        self.redo_action.triggered.disconnect(stack.redo)
        self.session.close()
        self.session.deleteLater()
        self.session = None
        self._article_id = None
        self.navigator.set_articles([])
        self.article_view.clear_article()
        self.claims_panel.set_claims([])
        self.details.show_claim(None, [], [])

    def _who(self) -> str:
        return self.settings.checker_name

    # -- where the checker is ------------------------------------------------------------------

    def _restore_position(self, project: Project) -> None:
        article_id = _int_or_none(project.state(STATE_ARTICLE))
        claim_id = _int_or_none(project.state(STATE_CLAIM))
        ids = self.navigator.model.article_ids()
        if article_id not in ids:
            article_id = ids[0] if ids else None
        if article_id is None:
            return
        self.navigator.select_article(article_id, notify=False)
        self.show_article(article_id)
        if claim_id is not None:
            self.select_claim(claim_id)

    def _save_position(self) -> None:
        self._state_timer.stop()
        project = self.project
        if project is None or project.read_only:
            return
        claim = self.details.claim()
        try:
            project.set_state(STATE_ARTICLE, str(self._article_id) if self._article_id else None)
            project.set_state(STATE_CLAIM, str(claim.id) if claim is not None else None)
        except ProjectError:
            pass  # losing the reading position is not worth interrupting the checker

    # -- showing articles and claims -----------------------------------------------------------

    def show_article(self, article_id: int) -> None:
        project = self.project
        if project is None:
            return
        self.details.flush()
        article = project.article(article_id)
        claims = project.claims(article_id)
        self._article_id = article_id
        self.article_view.show_article(article.text, claims)
        self.claims_panel.set_claims(claims)
        self._show_article_labels(article.language, article.model)
        self._update_status()
        self._state_timer.start()
        self.article_shown.emit(article_id)

    def _show_article_labels(self, language: str, model: str) -> None:
        self.language_label.setText(self.tr("Language: {0}").format(language))
        self.model_label.setText(self.tr("Model: {0}").format(model or "—"))

    def select_claim(self, claim_id: int | None) -> None:
        """Make a claim current everywhere: list, text and details."""
        project = self.project
        if project is None:
            return
        self._syncing = True
        try:
            if claim_id is not None and self.claims_panel.model.row_of(claim_id) is None:
                claim_id = None
            if claim_id is not None and not self.claims_panel.select_claim(claim_id):
                # filtered out of the list: still show it in the text and details
                self.claims_panel.select_claim(None)
            if claim_id is None:
                self.claims_panel.select_claim(None)
            self.article_view.set_current_claim(claim_id)
            self._show_details(claim_id)
        finally:
            self._syncing = False
        self._state_timer.start()

    def _show_details(self, claim_id: int | None) -> None:
        project = self.project
        if project is None or claim_id is None:
            self.details.show_claim(None, [], [])
            return
        row = self.claims_panel.model.row_of(claim_id)
        model = self.claims_panel.model
        claim = model.claim_at(row) if row is not None else project.claim(claim_id)
        self.details.show_claim(claim, project.sources(claim_id), self.claim_history(claim_id))

    def current_claim(self) -> ClaimRecord | None:
        return self.details.claim()

    # -- selection sync ------------------------------------------------------------------------

    def _on_navigator_current_article_changed(self, article_id: int | None) -> None:
        if article_id is not None and article_id != self._article_id:
            self.show_article(article_id)
            # a new article starts at its first unchecked claim, else its first
            if not self.claims_panel.move_to_next_unchecked():
                self.claims_panel.step(1)

    def _on_claims_panel_current_claim_changed(self, claim_id: int | None) -> None:
        if self._syncing:
            return
        if claim_id is None and self.details.claim() is not None:
            # the list lost its selection (a filter hid the row): the claim stays current
            return
        self.select_claim(claim_id)

    def _on_article_view_claim_clicked(self, claim_id: int) -> None:
        if not self._syncing:
            self.select_claim(claim_id)

    # -- dialogs -------------------------------------------------------------------------------

    def _on_settings_triggered(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._apply_settings)
        self.dialog = dialog
        dialog.open()

    def _apply_settings(self) -> None:
        self.claims_panel.threshold.setValue(self.settings.threshold)

    def _on_shortcuts_triggered(self) -> None:
        actions = self.commands.all() + [self.undo_action, self.redo_action]
        sheet = ShortcutsSheet(actions, self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = sheet
        sheet.open()

    def _on_focus_rationale_triggered(self) -> None:
        self.details.rationale.setFocus()
        # the details scroll: the field being typed in must be in view
        self.details_area.ensureWidgetVisible(self.details.rationale)

    def _on_focus_search_triggered(self) -> None:
        self.claims_panel.search.setFocus()
        self.claims_panel.search.selectAll()

    def ask_checker_name(self) -> None:
        """Asked once, the first time the window opens without a name set."""
        if self.settings.checker_name:
            return
        try:
            suggestion = getpass.getuser()
        except (KeyError, OSError):
            suggestion = ""
        dialog = CheckerNameDialog(self.settings, suggestion, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _interface_language(self) -> str:
        return self._translations.language if self._translations is not None else "en"

    def _choose_language(self, code: str) -> None:
        self.settings.language = code
        if self._translations is not None:
            self._translations.apply(code)
        self.retranslate()

    def _show_project_error(self, error: ProjectError) -> None:
        self.dialog = show_message(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Project problem"),
            self.tr("{0}\n\n{1}").format(error.path, error.problem),
        )

    # -- status, title, undo labels ------------------------------------------------------------

    def _update_undo_texts(self) -> None:
        stack = self.session.undo_stack if self.session is not None else None
        can_undo = stack is not None and stack.canUndo()
        can_redo = stack is not None and stack.canRedo()
        undo_text = stack.undoText() if stack is not None else ""
        redo_text = stack.redoText() if stack is not None else ""
        self.undo_action.setText(
            self.tr("&Undo {0}").format(undo_text) if can_undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {0}").format(redo_text) if can_redo else self.tr("&Redo")
        )
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)

    def _update_title(self) -> None:
        project = self.project
        if project is None:
            self.setWindowTitle(self.tr("Workbench"))
            return
        suffix = self.tr(" (read-only)") if project.read_only else ""
        self.setWindowTitle(self.tr("{0}{1} — Workbench").format(project.path.stem, suffix))

    def _update_status(self) -> None:
        if self.project is None:
            self.progress_label.setText(self.tr("No project open"))
            self.language_label.setText("")
            self.model_label.setText("")
            return
        checked, total = self.navigator.model.totals()
        article_checked, article_total = _progress_of(self.claims_panel.model.claims())
        self.progress_label.setText(
            self.tr("Article: {0} of {1} checked — project: {2} of {3}").format(
                article_checked, article_total, checked, total
            )
        )

    # -- window state --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.geometry("state")
        if state is not None:
            self.restoreState(state)
        for splitter in (self.splitter, self.right):
            saved = self.settings.geometry(splitter.objectName())
            if saved is None or not splitter.restoreState(saved):
                if splitter is self.splitter:
                    splitter.setSizes([260, 620, 400])
                else:
                    splitter.setSizes([380, 420])

    def _save_geometry(self) -> None:
        self.settings.set_geometry("geometry", self.saveGeometry())
        self.settings.set_geometry("state", self.saveState())
        for splitter in (self.splitter, self.right):
            self.settings.set_geometry(splitter.objectName(), splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_analysis()
        self._save_geometry()
        self._close_session()
        self.settings.sync()
        super().closeEvent(event)


def _scrolling(widget: QWidget, name: str) -> QScrollArea:
    """The widget in a frameless scroll area: its minimum height no longer squeezes its neighbours."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the fields, not the area
    return area


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _progress_of(claims: Sequence[ClaimRecord]) -> tuple[int, int]:
    live = [claim for claim in claims if not claim.is_dismissed]
    return sum(claim.verdict != Verdict.UNCHECKED for claim in live), len(live)
