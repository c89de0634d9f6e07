"""The open article as its file gave it: the Document panel, the import's marks on the text,
and the switch between a web page's article and its whole page."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox

from workbench.core.model import Analysis, Annotation, ArticleDraft
from workbench.core.project import ClaimRecord, Project, ProjectError
from workbench.core.project.annotations import touching
from workbench.gui.background.analysis import RunnerFactory
from workbench.gui.importing.document_panel import DocumentPanel
from workbench.gui.importing.marks import code_selections, comment_selections, note_selections
from workbench.gui.importing.view_switch import ViewSwitchJob
from workbench.gui.review.article_view import ArticleView
from workbench.gui.review.controller import ReviewController
from workbench.gui.review.details import ClaimDetails
from workbench.gui.window.current import Current
from workbench.gui.window.dialog_host import DialogHost
from workbench.gui.window.status import StatusArea

if TYPE_CHECKING:
    from workbench.core.project import ArticleRecord

translate = QCoreApplication.translate

# Metadata an importer of a rich file (web page, Word, PDF, Markdown) leaves on an article.
_IMPORT_KEYS = frozenset({"notices", "non_prose", "pages", "view"})
_DOCK_WIDTH = 300  # beside the text, leaving the claims list its columns
_VIEWS = ("article", "whole_page")  # as workbench.core.importers.views names them


class DocumentController(QObject):
    """Fills the Document dock for the open article and claim; switches a web page's view.

    Collaborators: the window (for the dock), its `Current` state, the review (to show the
    article again after a switch), the article view and details, status area, dialogs, the
    analysis runner factory, the checker's name, and `busy` (another analysis is running).

    Signals:
        busy_changed(bool): a view switch started or ended.
    """

    busy_changed = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        current: Current,
        review: ReviewController,
        article_view: ArticleView,
        details: ClaimDetails,
        status: StatusArea,
        dialogs: DialogHost,
        runner_factory: RunnerFactory,
        who: Callable[[], str],
        busy: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._current = current
        self._review = review
        self._article_view = article_view
        self._status = status
        self._dialogs = dialogs
        self._who = who
        self._busy = busy
        self.switch_view = QAction(window)
        self.switch_view.setObjectName("switch_view")
        self.switch_view.setShortcut("Ctrl+Shift+W")
        self.switch_view.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.switch_view.triggered.connect(self.switch_current_view)
        self.panel = DocumentPanel(self.switch_view)
        self.panel.comment_activated.connect(self._on_panel_comment_activated)
        self.dock = QDockWidget()
        self.dock.setObjectName("documentDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()  # shown for an article that came with comments, notes or notices
        self._dock_wanted = True  # until the checker closes it
        self.dock.toggleViewAction().triggered.connect(self._on_dock_toggled)
        self.job = ViewSwitchJob(runner_factory, self)
        self.job.started.connect(lambda: self._on_job_busy(True))
        self.job.progressed.connect(status.show_progress)
        self.job.analysed.connect(self._on_job_analysed)
        self.job.failed.connect(self._on_job_failed)
        self.job.cancelled.connect(self._on_job_cancelled)
        self._article: ArticleRecord | None = None
        self._comments: list[Annotation] = []
        current.article_shown.connect(self.article_shown)
        current.project_changed.connect(self._on_current_project_changed)
        details.claim_shown.connect(self._on_details_claim_shown)
        self.retranslate()

    def is_running(self) -> bool:
        return self.job.is_running()

    def cancel(self) -> None:
        self.job.cancel()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(translate("Document", "Document"))
        self._update_switch()
        if self._article is not None:
            self.article_shown(self._article.id)

    # -- the open article ----------------------------------------------------------------------

    def _on_current_project_changed(self) -> None:
        if self._current.project is None or self._current.article_id is None:
            self._article, self._comments = None, []
            self.panel.show_article("", "", [], [])
            self._update_switch()

    def article_shown(self, article_id: int) -> None:
        """The panel and the text's marks for the article now on screen."""
        project = self._current.project
        if project is None:
            return
        try:
            article = project.article(article_id)
        except KeyError:
            return
        self._article = article
        annotations = project.annotations(article_id)
        self._comments = [a for a in annotations if a.kind == "comment"]
        notes = [a for a in annotations if a.kind == "note"]
        notices, code = "", []
        if _IMPORT_KEYS & article.metadata.keys():
            # The importers load lxml: only for an article that came from a rich file.
            from workbench.core.importers import non_prose_ranges, notice_summary

            notices, code = notice_summary(article.metadata), non_prose_ranges(article.metadata)
        view_name = article.metadata.get("view")
        self.panel.show_article(
            notices,
            article.text,
            self._comments,
            notes,
            view_name if view_name in _VIEWS else None,
        )
        view = self._article_view
        document, offsets = view.document(), view.offsets()
        view.set_overlays(
            note_selections(document, offsets, notes)
            + comment_selections(document, offsets, self._comments),
            code_selections(document, offsets, code),
        )
        self._update_switch()
        self._on_details_claim_shown(None)
        switchable = article.metadata.get("view") in _VIEWS  # the switch is in the panel
        wanted = notices or notes or self._comments or code or switchable
        if wanted and self._dock_wanted and self.dock.isHidden():
            self.dock.show()
            self._window.resizeDocks([self.dock], [_DOCK_WIDTH], Qt.Orientation.Horizontal)

    def _on_dock_toggled(self, checked: bool) -> None:
        self._dock_wanted = checked

    def _on_details_claim_shown(self, claim: object) -> None:
        article = self._article
        if not isinstance(claim, ClaimRecord) or article is None or claim.article_id != article.id:
            self.panel.show_claim_place("", [])
            return
        self.panel.show_claim_place(
            claim_pages(article.metadata, claim),
            touching(self._comments, claim.start, claim.end, kinds=("comment",)),
        )

    def _on_panel_comment_activated(self, start: int, end: int) -> None:
        """The commented passage selected in the text; the claim there becomes current."""
        view = self._article_view
        offsets = view.offsets()
        cursor = QTextCursor(view.document())
        cursor.setPosition(offsets.to_qt(start))
        view.setTextCursor(cursor)  # the claim under the caret becomes current
        cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()

    # -- article or whole page -----------------------------------------------------------------

    def _update_switch(self) -> None:
        metadata = self._article.metadata if self._article is not None else {}
        view = metadata.get("view") if metadata.get("view") in _VIEWS else None
        has_other = isinstance(metadata.get("other_view"), dict)
        self.panel.set_switch_visible(view is not None)
        self.switch_view.setEnabled(
            view is not None and has_other and self._current.writable() and not self.is_running()
        )
        if view == "whole_page":
            self.switch_view.setText(translate("Document", "Show the &article only"))
            tip = translate(
                "Document", "Keep only the article's text the extractor found on this page"
            )
        else:
            self.switch_view.setText(translate("Document", "Show the &whole page"))
            tip = translate(
                "Document",
                "Check the page's whole text (menus, captions, asides), not only the article",
            )
        self.switch_view.setToolTip(f"{tip} (Ctrl+Shift+W)")
        self.switch_view.setStatusTip(tip)

    def switch_current_view(self) -> None:
        """The open web page in its other view, analysed, then recorded as a revision."""
        from workbench.core.importers import other_view

        project = self._current.project
        article = self._article
        if project is None or project.read_only or article is None:
            return
        if self.is_running() or self._busy():
            self._status.tell(translate("Document", "An analysis is already running"), 4000)
            return
        draft = other_view(article)
        if draft is None:
            self._status.tell(
                translate("Document", "This article has no other view to switch to"), 6000
            )
            return
        self.job.start(article.id, draft)

    def _on_job_busy(self, running: bool) -> None:
        self._update_switch()
        self.busy_changed.emit(running)
        if running:
            self._status.show_lasting(translate("Document", "Analysing the other view…"))

    def _on_job_analysed(self, article_id: int, draft: ArticleDraft, analysis: Analysis) -> None:
        self._on_job_busy(False)
        session = self._current.session
        if session is None or session.project.read_only:
            return
        from workbench.core.revisions import apply_revision, plan_revision

        project = session.project
        try:
            result = apply_revision(
                project, plan_revision(project, article_id, draft, analysis), self._who()
            )
        except (ProjectError, KeyError) as error:
            if isinstance(error, ProjectError):
                self._dialogs.project_error(error)
            return
        session.undo_stack.clear()  # old spans would land on the new text
        self._review.reload_articles(project)
        self._review.go_to_article(article_id)
        # The claim shown before is shown again where it now is (or the first, if it is gone).
        shown = self._review.current_claim()
        kept = {*result.kept, *result.changed, *result.ambiguous}
        self._review.select_claim(
            shown.id if shown is not None and shown.id in kept else _first(project, article_id)
        )
        self._status.tell(
            translate(
                "Document",
                "Now showing {0} (revision {1}): {2} claim(s) kept, {3} new, {4} not found. "
                "Earlier edits can no longer be undone.",
            ).format(
                translate("Document", "the whole page")
                if draft.metadata.get("view") == "whole_page"
                else translate("Document", "the article only"),
                result.revision,
                len(result.kept) + len(result.changed) + len(result.ambiguous),
                len(result.new_claims),
                len(result.orphans),
            ),
            15000,
        )

    def _on_job_failed(self, message: str) -> None:
        self._on_job_busy(False)
        self._dialogs.message(
            QMessageBox.Icon.Warning,
            translate("Document", "The view was not switched"),
            translate("Document", "The other view could not be analysed; nothing changed."),
            message,
        )

    def _on_job_cancelled(self) -> None:
        self._on_job_busy(False)
        self._status.tell(translate("Document", "View switch cancelled; nothing changed."))


def claim_pages(metadata: dict[str, object], claim: ClaimRecord) -> str:
    """ "p. 12", "pp. 12–13" for a claim of a PDF; "" for other articles."""
    if "pages" not in metadata:
        return ""
    from workbench.core.importers import page_at

    first = page_at(metadata, claim.start)
    last = page_at(metadata, max(claim.start, claim.end - 1))
    if first is None:
        return ""
    if last is None or last == first:
        return translate("Document", "p. {0}").format(first)
    return translate("Document", "pp. {0}–{1}").format(first, last)


def _first(project: Project, article_id: int) -> int | None:
    claims = project.claims(article_id)
    return min(claims, key=lambda claim: claim.start).id if claims else None
