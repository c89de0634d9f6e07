"""The main window: navigator, article view, claims panel and details, composed of controllers
that each own one concept (files, review, editing, importing, revisions, export)."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from workbench.core.model import Verdict
from workbench.core.project import ClaimRecord, Project
from workbench.core.resources import resource_path
from workbench.gui.app.i18n import Translations
from workbench.gui.app.settings import Settings
from workbench.gui.background.analysis import RunnerFactory
from workbench.gui.corpus.controller import CorpusController, CorpusRunnerFactory
from workbench.gui.desk.controller import DeskController
from workbench.gui.dialogs.common import CheckerNameDialog, SettingsDialog, ShortcutsSheet
from workbench.gui.editing.controller import EditingController
from workbench.gui.editing.session import Session
from workbench.gui.importing.controller import ImportingController
from workbench.gui.importing.document import DocumentController
from workbench.gui.reports.controller import ExportController
from workbench.gui.review.article_view import ArticleView
from workbench.gui.review.claims_panel import ClaimsPanel
from workbench.gui.review.controller import ReviewController
from workbench.gui.review.details import ClaimDetails
from workbench.gui.review.navigator import ArticlesNavigator
from workbench.gui.review.overview import OverviewController
from workbench.gui.review.verdicts import ORDER as _VERDICT_ORDER
from workbench.gui.revisions.controller import RevisionsController
from workbench.gui.revisions.marks import RevisionMarks
from workbench.gui.window.actions import WindowActions
from workbench.gui.window.current import Current
from workbench.gui.window.dialog_host import DialogHost
from workbench.gui.window.files import FilesController
from workbench.gui.window.status import StatusArea

translate = QCoreApplication.translate
# What a window manager adds around a window (title bar, borders), unknown before it is shown.
_FRAME_ALLOWANCE = QSize(16, 40)
_MIN_CLAIM_ROWS = 8  # the claims list never gets shorter; the details scroll instead


class MainWindow(QMainWindow):
    """The Workbench window. Collaborators are injected: settings, how to run analyses, the
    folder for projects made for a lone article, the project, the translations, and how to run
    the corpus checks (None: the corpus is not checked; `check_words`: ordinary words too).

    The window builds the widgets and menus, then hands each concept to its controller, giving
    every controller what it works with; the controllers never reach into each other.

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
        corpus_runner: CorpusRunnerFactory | None = None,
        check_words: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self._translations = translations
        self.current = Current(self)
        self.dialogs = DialogHost(self)
        self.setWindowIcon(QIcon(str(resource_path("icons", "app", "org.workbench.Workbench.svg"))))
        self.setAcceptDrops(True)

        self.navigator = ArticlesNavigator()
        self.article_view = ArticleView()
        self.claims_panel = ClaimsPanel()
        self.details = ClaimDetails()
        self.details_area = self.details.lower_area  # below the claim's header and verdicts
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setObjectName("rightSplitter")
        self.right.addWidget(self.claims_panel)
        self.right.addWidget(self.details)
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

        self.commands = WindowActions(self)
        self.status = StatusArea(self.statusBar(), self.commands.cancel_analysis)
        self.marks = RevisionMarks(
            self, self.claims_panel, self.article_view, self.details, self.status.revision_label
        )
        self.details.add_note(self.marks.revision_note)
        self._build_menus()
        # Under the names the window always gave them (tests and the screenshots read them).
        self.revision_label = self.status.revision_label
        self.language_label = self.status.language_label
        self.model_label = self.status.model_label
        self.encoding_label = self.status.encoding_label
        self.progress_label = self.status.progress_label
        self.analysis_bar = self.status.analysis_bar
        self.cancel_button = self.status.cancel_button
        self.revision_note = self.marks.revision_note
        self.orphans_panel = self.marks.orphans_panel
        self.orphans_dock = self.marks.orphans_dock

        self.review = ReviewController(
            self.current,
            self.navigator,
            self.article_view,
            self.claims_panel,
            self.details,
            self.status,
            self.marks,
            self,
        )
        self.overview = OverviewController(
            self.current,
            self.navigator,
            self.claims_panel,
            self.status,
            self.commands.corpus_overview,
            self.commands.next_must_check,
            self.review.go_to_article,
            self,
        )
        self.corpus = CorpusController(
            self.current,
            self.review,
            self.claims_panel,
            self.article_view,
            self.details,
            self.status,
            corpus_runner,
            lambda: self.settings.library_folder,
            lambda: self.settings.pipeline,
            check_words,
            self,
        )
        self.details.add_note(self.corpus.pane)
        self.editing = EditingController(
            self.current,
            self.commands,
            self.review,
            self.article_view,
            self.details,
            self.status,
            self.dialogs,
            self,
        )
        self.importing = ImportingController(
            self.current,
            self.commands,
            self.status,
            self.dialogs,
            runner_factory,
            projects_dir,
            self.set_project,
            self._show_imported,
            self,
        )
        self.revisions = RevisionsController(
            self.current,
            self.commands,
            self.review,
            self.marks,
            self.article_view,
            self.details,
            self.status,
            self.dialogs,
            runner_factory,
            self._who,
            self,
        )
        self.document = DocumentController(
            self,
            self.current,
            self.review,
            self.article_view,
            self.details,
            self.status,
            self.dialogs,
            runner_factory,
            self._who,
            lambda: self.importing.is_running() or self.revisions.is_reading(),
            self,
        )
        self.view_menu.insertActions(
            self.language_menu.menuAction(),
            [self.document.switch_view, self.document.dock.toggleViewAction()],
        )
        self.addAction(self.document.switch_view)
        self.exporting = ExportController(
            self.current,
            self.commands,
            self.claims_panel,
            self.status,
            self.dialogs,
            self._who,
            self.interface_language,
            self.details.flush,
            self,
            settings=settings,
        )
        self.files = FilesController(
            self.current,
            settings,
            self.commands,
            self.recent_menu,
            self.status,
            self.dialogs,
            self.set_project,
            self.importing.import_paths,
            self._before_copy,
            self,
        )
        self.desk = DeskController(
            self.current,
            self.commands,
            self.status,
            self.dialogs,
            self.set_project,
            self._who,
            lambda: self.importing.is_running() or self.revisions.is_reading(),
            parent=self,
        )
        self._connect()
        self._restore_geometry()
        self._update_busy()
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
        # the columns (with "Also in") are wider than the panel: a scroll bar takes its height
        scroll_bar = table.horizontalScrollBar().sizeHint().height()
        table.setMinimumHeight(header + rows * row + scroll_bar + 2 * table.frameWidth())

    def _build_menus(self) -> None:
        a = self.commands
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([a.new_project, a.open_project])
        self.recent_menu = self.file_menu.addMenu("")
        self.file_menu.addActions(
            [a.import_articles, a.import_with_encoding, a.import_revision, a.export_report]
        )
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.save_as, a.save_copy, a.restore_backup])
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.give_part, a.merge_work])
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.cancel_analysis, a.quit])
        self.edit_menu = bar.addMenu("")
        self.undo_action = QAction(self)
        self.undo_action.setObjectName("undo")
        self.redo_action = QAction(self)
        self.redo_action.setObjectName("redo")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(a.paste_article)
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
        self.claim_menu.addSeparator()
        self.claim_menu.addActions([a.keep_verdict, a.place_claim])
        self.go_menu = bar.addMenu("")
        self.go_menu.addActions(
            [
                a.next_claim,
                a.previous_claim,
                a.next_unchecked,
                a.next_article,
                a.previous_article,
                a.next_must_check,
            ]
        )
        self.go_menu.addSeparator()
        self.go_menu.addActions([a.focus_search, a.focus_claims, a.focus_article])
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(
            [a.corpus_overview, a.compare_revisions, self.marks.orphans_dock.toggleViewAction()]
        )
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions([a.language_system, a.language_en, a.language_fr])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a.shortcuts)
        for action in a.all():  # shortcuts work even when the menu bar is hidden
            self.addAction(action)

    def _connect(self) -> None:
        a = self.commands
        a.quit.triggered.connect(self.close)
        a.settings.triggered.connect(self._on_settings_triggered)
        a.next_claim.triggered.connect(lambda: self.claims_panel.step(1))
        a.previous_claim.triggered.connect(lambda: self.claims_panel.step(-1))
        a.next_article.triggered.connect(lambda: self.navigator.step(1))
        a.previous_article.triggered.connect(lambda: self.navigator.step(-1))
        a.focus_search.triggered.connect(self._on_focus_search_triggered)
        a.focus_claims.triggered.connect(lambda: self.claims_panel.table.setFocus())
        a.focus_article.triggered.connect(lambda: self.article_view.setFocus())
        a.focus_rationale.triggered.connect(self._on_focus_rationale_triggered)
        a.cancel_analysis.triggered.connect(self.cancel_analysis)
        a.shortcuts.triggered.connect(self._on_shortcuts_triggered)
        a.language_system.triggered.connect(lambda: self.choose_language(""))
        a.language_en.triggered.connect(lambda: self.choose_language("en"))
        a.language_fr.triggered.connect(lambda: self.choose_language("fr"))
        self.details.editing_finished.connect(lambda: self.claims_panel.table.setFocus())
        self.importing.busy_changed.connect(self._on_background_busy_changed)
        self.importing.finished.connect(self.import_finished)
        self.importing.job.chunk_written.connect(self.review.add_articles)
        self.importing.finished.connect(lambda _added: self.corpus.check_soon())
        self.revisions.busy_changed.connect(self._on_background_busy_changed)
        self.document.busy_changed.connect(self._on_background_busy_changed)
        self.exporting.report_written.connect(self.report_written)
        self.current.article_shown.connect(self.article_shown)
        self.current.article_shown.connect(self._on_current_article_shown)
        self.current.project_renamed.connect(self._update_title)

    def retranslate(self) -> None:
        self.commands.retranslate()
        self.file_menu.setTitle(translate("Window", "&File"))
        self.recent_menu.setTitle(translate("Window", "Open &recent"))
        self.edit_menu.setTitle(translate("Window", "&Edit"))
        self.claim_menu.setTitle(translate("Window", "&Claim"))
        self.go_menu.setTitle(translate("Window", "&Go"))
        self.view_menu.setTitle(translate("Window", "&View"))
        self.language_menu.setTitle(translate("Window", "&Language"))
        self.help_menu.setTitle(translate("Window", "&Help"))
        self.details.retranslate()
        self.claims_panel.retranslate()
        self.navigator.retranslate()
        self.overview.retranslate()
        self.article_view.setAccessibleName(translate("Window", "Article text"))
        self.article_view.announce_claim_at_caret()
        self.article_view.setPlaceholderText(
            translate(
                "Window",
                "No article shown.\n\nOpen a project (Ctrl+O), create one (Ctrl+N), import articles "
                "(Ctrl+I), or drop text files here.\nF1 lists every keyboard shortcut.",
            )
        )
        self.marks.retranslate()
        self.document.retranslate()
        self.corpus.retranslate()
        self.importing.show_encoding(self.current.article_id)
        project, article_id = self.project, self.current.article_id
        if project is not None and article_id is not None:
            article = project.article(article_id)
            self.status.show_article_labels(article.language, article.model)
        if self.current.session is not None:
            self.current.session.retranslate()  # the undo labels made in the other language
        self._update_undo_texts()
        language = self.settings.language
        self.commands.language_system.setChecked(language == "")
        self.commands.language_en.setChecked(language == "en")
        self.commands.language_fr.setChecked(language == "fr")
        self._update_title()
        self.review.update_status()
        self.files.fill_recent_menu()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the project ---------------------------------------------------------------------------

    @property
    def session(self) -> Session | None:
        return self.current.session

    @property
    def project(self) -> Project | None:
        return self.current.project

    def set_project(self, project: Project | None) -> None:
        """Show a project (or none), closing the one shown before."""
        self._close_session()
        if project is not None:
            session = Session(project, self._who, self)
            self.current.session = session
            self.editing.session_opened()
            stack = session.undo_stack
            stack.indexChanged.connect(self._update_undo_texts)
            stack.canUndoChanged.connect(self._update_undo_texts)
            stack.canRedoChanged.connect(self._update_undo_texts)
            self.undo_action.triggered.connect(stack.undo)
            self.redo_action.triggered.connect(stack.redo)
            self.settings.add_recent_project(str(project.path))
            self.review.project_opened(project)
            if project.backup_problem:  # the project opened, but without its safety copy
                self.status.tell(
                    translate("Window", "No backup was taken when opening: {0}").format(
                        project.backup_problem
                    ),
                    20000,
                )
            for warning in project.warnings:  # a history that does not verify, for example
                self.status.tell(translate("Window", "Warning: {0}").format(warning), 30000)
        read_only = project is None or project.read_only
        self.marks.set_read_only(read_only)
        self._update_editable()
        self._update_busy()
        self._update_undo_texts()
        self._update_title()
        self.review.update_status()
        self.files.fill_recent_menu()
        self.current.project_changed.emit()
        self.project_changed.emit()

    def _update_editable(self) -> None:
        """Edits need a project open for writing; reading needs only a project."""
        project = self.project
        writable = self.current.writable()
        a = self.commands
        editing = [
            *a.verdict.values(),
            *a.verdict_next.values(),
            a.add_claim,
            a.change_span,
            a.dismiss_claim,
            a.keep_verdict,
            a.place_claim,
            a.add_source,
            a.save_as,
            a.restore_backup,
        ]
        for action in editing:
            action.setEnabled(writable)
        for action in (a.export_report, a.save_copy):
            action.setEnabled(project is not None)
        self.details.set_read_only(not writable)
        self.corpus.pane.set_read_only(not writable)

    def _close_session(self) -> None:
        session = self.current.session
        if session is None:
            return
        self.revisions.cancel()
        self.importing.cancel()
        self.document.cancel()
        self.exporting.cancel()
        self.corpus.cancel()
        self.review.project_closing()
        stack = session.undo_stack
        self.undo_action.triggered.disconnect(stack.undo)
        self.redo_action.triggered.disconnect(stack.redo)
        session.close()
        session.deleteLater()
        self.current.session = None
        self.review.clear()

    def _who(self) -> str:
        return self.settings.checker_name

    def _before_copy(self) -> None:
        self.details.flush()
        self.review.save_position()

    # -- what the controllers share ------------------------------------------------------------

    def _show_imported(self, added: list[int]) -> None:
        project = self.project
        assert project is not None
        self.review.reload_articles(project)
        self.review.go_to_article(added[0])
        self.claims_panel.move_to_next_unchecked()

    def _on_background_busy_changed(self, _running: bool) -> None:
        self._update_busy()

    def _update_busy(self) -> None:
        """An import and a new version share the worker and the progress bar: one at a time."""
        running = (
            self.importing.is_running() or self.revisions.is_reading() or self.document.is_running()
        )
        self.status.show_busy(running)
        a = self.commands
        a.cancel_analysis.setEnabled(running)
        importable = self.current.writable() and not running
        for action in (a.import_articles, a.paste_article, a.import_with_encoding):
            action.setEnabled(importable)
        a.import_revision.setEnabled(importable)
        self._update_compare()

    def _on_current_article_shown(self, _article_id: int) -> None:
        self._update_compare()

    def _update_compare(self) -> None:
        self.commands.compare_revisions.setEnabled(
            self.project is not None
            and self.current.article_id is not None
            and self.marks.revision_count > 1
        )

    # -- the public face, for the program's start and for tests --------------------------------

    @property
    def dialog(self) -> QWidget | None:
        """The last dialog opened (kept alive while open)."""
        return self.dialogs.last

    @dialog.setter
    def dialog(self, dialog: QWidget | None) -> None:
        self.dialogs.last = dialog

    @property
    def importer(self) -> object:
        return self.importing.job

    @property
    def revision_import(self) -> object:
        return self.revisions.reading

    def open_path(self, path: Path) -> None:
        self.files.open_path(path)

    def create_project(self, path: Path) -> None:
        self.files.create_project(path)

    def save_copy(self, target: Path) -> None:
        self.files.save_copy(target)

    def save_as(self, target: Path) -> None:
        self.files.save_as(target)

    def restore_from_backup(self, backup: object) -> None:
        self.files.restore_from_backup(backup)  # type: ignore[arg-type]

    def import_paths(self, paths: Sequence[Path], encoding: str | None = None) -> None:
        self.importing.import_paths(paths, encoding)

    def ask_encoding(self, paths: Sequence[Path]) -> None:
        self.importing.ask_encoding(paths)

    def paste_as_new_article(self) -> None:
        self.importing.paste_as_new_article()

    def import_revision(self, path: Path) -> None:
        self.revisions.import_revision(path, import_running=self.importing.is_running())

    def cancel_analysis(self) -> None:
        self.importing.cancel()
        self.revisions.cancel()
        self.document.cancel()

    def show_article(self, article_id: int) -> None:
        self.review.show_article(article_id)

    def select_claim(self, claim_id: int | None) -> None:
        self.review.select_claim(claim_id)

    def current_claim(self) -> ClaimRecord | None:
        return self.review.current_claim()

    def mark(self, verdict: Verdict, then_next: bool = False) -> None:
        self.editing.mark(verdict, then_next)

    def drop_paths(self, paths: Sequence[Path]) -> None:
        self.files.drop_paths(paths)

    # -- dialogs -------------------------------------------------------------------------------

    def _on_settings_triggered(self) -> None:
        dialog = self.dialogs.keep(SettingsDialog(self.settings, self, self.project))
        dialog.accepted.connect(self._apply_settings)
        dialog.open()

    def _apply_settings(self) -> None:
        self.claims_panel.threshold.setValue(self.settings.threshold)

    def _on_shortcuts_triggered(self) -> None:
        actions = [*self.commands.all(), self.undo_action, self.redo_action]
        self.dialogs.keep(ShortcutsSheet(actions, self)).open()

    def _on_focus_rationale_triggered(self) -> None:
        self.details.rationale.setFocus()
        # the details scroll: the field being typed in must be in view
        self.details_area.ensureWidgetVisible(self.details.rationale)

    def _on_focus_search_triggered(self) -> None:
        self.claims_panel.search.setFocus()
        self.claims_panel.search.selectAll()

    def ask_checker_name(self, then: Callable[[], None] | None = None) -> None:
        """Asked once, the first time the window opens without a name set; `then` is called
        once the name is known (at once when it already is)."""
        if self.settings.checker_name:
            if then is not None:
                then()
            return
        try:
            suggestion = getpass.getuser()
        except (KeyError, OSError):
            suggestion = ""
        dialog = self.dialogs.keep(CheckerNameDialog(self.settings, suggestion, self))
        if then is not None:
            dialog.finished.connect(lambda _result: then())
        dialog.open()

    def interface_language(self) -> str:
        return self._translations.language if self._translations is not None else "en"

    def choose_language(self, code: str) -> None:
        self.settings.language = code
        if self._translations is not None:
            self._translations.apply(code)
        self.retranslate()

    # -- status, title, undo labels ------------------------------------------------------------

    def _update_undo_texts(self) -> None:
        session = self.current.session
        stack = session.undo_stack if session is not None else None
        can_undo = stack is not None and stack.canUndo()
        can_redo = stack is not None and stack.canRedo()
        undo_text = stack.undoText() if stack is not None else ""
        redo_text = stack.redoText() if stack is not None else ""
        self.undo_action.setText(
            translate("Window", "&Undo {0}").format(undo_text)
            if can_undo
            else translate("Window", "&Undo")
        )
        self.redo_action.setText(
            translate("Window", "&Redo {0}").format(redo_text)
            if can_redo
            else translate("Window", "&Redo")
        )
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)

    def _update_title(self) -> None:
        project = self.project
        if project is None:
            self.setWindowTitle(translate("Window", "Workbench"))
            return
        suffix = translate("Window", " (read-only)") if project.read_only else ""
        self.setWindowTitle(
            translate("Window", "{0}{1} — Workbench").format(project.path.stem, suffix)
        )

    # -- window state --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._fit_to_screen()
        state = self.settings.geometry("state")
        if state is not None:
            self.restoreState(state)
        for splitter in (self.splitter, self.right):
            saved = self.settings.geometry(splitter.objectName())
            if saved is None or not splitter.restoreState(saved):
                if splitter is self.splitter:
                    splitter.setSizes([320, 480, 480])  # the titles and the claims list read
                else:
                    splitter.setSizes([380, 420])
        self.claims_panel.restore_header_state(self.settings.geometry("claimsColumns"))
        self.navigator.restore_header_state(self.settings.geometry("articlesColumns"))

    def _fit_to_screen(self) -> None:
        frame = first_window_frame(self.screen().availableGeometry())
        self.resize(frame.size() - _FRAME_ALLOWANCE)
        self.move(frame.topLeft())  # a window's position is its frame's

    def _save_geometry(self) -> None:
        self.settings.set_geometry("geometry", self.saveGeometry())
        self.settings.set_geometry("state", self.saveState())
        for splitter in (self.splitter, self.right):
            self.settings.set_geometry(splitter.objectName(), splitter.saveState())
        self.settings.set_geometry("claimsColumns", self.claims_panel.header_state())
        self.settings.set_geometry("articlesColumns", self.navigator.header_state())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_analysis()
        self.desk.cancel()  # a merge or a part being written ends first
        self._save_geometry()
        self._close_session()
        self.settings.sync()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.files.drop_paths(paths)


def first_window_frame(available: QRect) -> QRect:
    """Where a first window goes (no saved geometry), frame included: the usual size where the
    screen has room, else the screen's free area, so that a 1366x768 laptop gets no window
    taller than its screen; centred in that area."""
    size = QSize(1280, 800).boundedTo(available.size() - _FRAME_ALLOWANCE)
    frame = QRect(QPoint(0, 0), size + _FRAME_ALLOWANCE)
    frame.moveCenter(available.center())
    return frame
