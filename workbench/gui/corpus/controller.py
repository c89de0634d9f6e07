"""The corpus in the window: groups found in the background, shown in the claims list ("also in
12 articles"), the details and the text; group verdicts and earlier verdicts taken over as
undoable steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from workbench.core.model import Verdict
from workbench.core.project import ClaimRecord, ProjectError
from workbench.gui.background.tasks import TaskRunner
from workbench.gui.corpus.pane import CorpusPane, articles_text
from workbench.gui.editing.changes import ChangeSet
from workbench.gui.review.article_view import ArticleView, SpellingMark
from workbench.gui.review.claims_model import AlsoIn
from workbench.gui.review.claims_panel import ClaimsPanel
from workbench.gui.review.controller import ReviewController
from workbench.gui.review.details import ClaimDetails
from workbench.gui.window.current import Current
from workbench.gui.window.status import StatusArea

if TYPE_CHECKING:  # the corpus core (numpy, datasketch, spaCy types) loads with the first check
    from workbench.core.corpus.findings import CorpusFindings, ProjectEvidence
    from workbench.core.corpus.groups import (
        ClaimGroupView,
        GroupMember,
        ProjectGroups,
    )
    from workbench.core.corpus.library import Suggestion
    from workbench.core.corpus.names import SpellingFlag
    from workbench.core.corpus.spelling import Passage

translate = QCoreApplication.translate

CorpusRunnerFactory = Callable[[QObject], TaskRunner]
# After an edit that moved or added claims, grouping waits this long for the next one: an import
# of many files or a run of span edits is checked once.
RECHECK_DELAY_MS = 1500


class CorpusController(QObject):
    """Collaborators: the window's `Current` state, the review controller (to move to a claim),
    the claims panel, the text, the details (the pane goes under its reasons), the status area,
    a factory of runners for the checks (None: the corpus is not checked), and what the settings
    say (`library_folder()`, `pipeline()`, whether ordinary words are checked)."""

    def __init__(
        self,
        current: Current,
        review: ReviewController,
        claims_panel: ClaimsPanel,
        article_view: ArticleView,
        details: ClaimDetails,
        status: StatusArea,
        runner_factory: CorpusRunnerFactory | None,
        library_folder: Callable[[], str],
        pipeline: Callable[[], str],
        check_words: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._current = current
        self._review = review
        self._claims_panel = claims_panel
        self._article_view = article_view
        self._details = details
        self._status = status
        self._runner_factory = runner_factory
        self._library_folder = library_folder
        self._pipeline = pipeline
        self._check_words_too = check_words
        self._runner: TaskRunner | None = None
        self._words_runner: TaskRunner | None = None
        self._passages: list[Passage] = []  # of the last check, for its word check
        self._again = False  # the claims changed while a check ran: check once more after it
        self.findings: CorpusFindings | None = None
        self.groups: ProjectGroups | None = None
        # Verdicts given since the project opened, newer than any check's reading of them.
        self._verdicts: dict[int, Verdict] = {}
        self._suggestions: dict[int, list[Suggestion]] = {}
        self._flags: dict[int, list[SpellingFlag]] = {}  # by article
        self.pane = CorpusPane()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        self.pane.go_to_requested.connect(self.go_to_claim)
        self.pane.group_verdict_requested.connect(self._on_pane_group_verdict_requested)
        self.pane.take_over_requested.connect(self._on_pane_take_over_requested)
        details.claim_shown.connect(self._on_details_claim_shown)
        current.article_shown.connect(self._on_current_article_shown)
        current.project_changed.connect(self._on_current_project_changed)

    def retranslate(self) -> None:
        self.pane.retranslate()
        if self._current.article_id is not None:
            self._show_article_marks(self._current.article_id)

    # -- checking ------------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._runner is not None or self._words_runner is not None

    def check_soon(self) -> None:
        """The claims changed (an import, a revision): check again once they settle."""
        if self._runner_factory is not None and self._current.project is not None:
            self._timer.start()

    def check(self) -> None:
        """Read the project and check it in the background; the views update when it ends."""
        self._timer.stop()
        project = self._current.project
        if project is None or self._runner_factory is None:
            return
        if self._runner is not None:
            self._again = True
            return
        self._stop_words()
        runner = self._runner_factory(self)
        runner.finished.connect(self._on_runner_finished)
        runner.failed.connect(self._on_runner_failed)
        self._runner = runner
        self._status.tell(translate("Corpus", "Checking the corpus: groups, names, verdicts…"))
        from workbench.gui.corpus.worker import run_corpus_checks

        runner.start(run_corpus_checks, str(project.path), self._library_folder())

    def _check_words(self) -> None:
        """The second task: ordinary words, once the French pipeline has loaded."""
        if not self._check_words_too or not self._passages or self._runner_factory is None:
            return
        runner = self._runner_factory(self)
        runner.finished.connect(self._on_words_runner_finished)
        runner.failed.connect(self._on_words_runner_failed)
        self._words_runner = runner
        from workbench.gui.corpus.worker import run_word_checks

        runner.start(run_word_checks, self._passages, self._pipeline())

    def _stop_words(self) -> None:
        runner, self._words_runner = self._words_runner, None
        if runner is not None:
            runner.finished.disconnect(self._on_words_runner_finished)
            runner.failed.disconnect(self._on_words_runner_failed)
            runner.cancel()
            runner.deleteLater()

    def cancel(self) -> None:
        self._timer.stop()
        self._again = False
        self._stop_words()
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.finished.disconnect(self._on_runner_finished)
            runner.failed.disconnect(self._on_runner_failed)
            runner.cancel()
            runner.deleteLater()

    def _end_runner(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.deleteLater()
        if self._again:
            self._again = False
            self.check_soon()

    def _on_runner_failed(self, message: str) -> None:
        self._end_runner()
        self._status.tell(translate("Corpus", "The corpus was not checked: {0}").format(message))

    def _on_words_runner_failed(self, message: str) -> None:
        runner, self._words_runner = self._words_runner, None
        if runner is not None:
            runner.deleteLater()
        self._status.tell(
            translate("Corpus", "Ordinary words were not checked: {0}").format(message)
        )

    def _on_runner_finished(self, evidence: ProjectEvidence) -> None:
        self._end_runner()
        project = self._current.project
        if project is None or evidence.project_path != project.path:
            return  # another project is open now (or this one was saved under another name)
        self.groups = evidence.groups
        self._passages = list(evidence.passages)
        self.show_findings(evidence.findings)
        if self._runner is None:  # no newer check started: its words are still worth reading
            self._check_words()

    def _on_words_runner_finished(self, flags: list[SpellingFlag]) -> None:
        runner, self._words_runner = self._words_runner, None
        if runner is not None:
            runner.deleteLater()
        findings = self.findings
        if findings is None:
            return
        from workbench.core.corpus.checking import NamesReport

        names = NamesReport((*findings.names.flags, *flags), findings.names.clusters)
        self.show_findings(replace(findings, names=names))

    def show_findings(self, findings: CorpusFindings) -> None:
        """Show what a check found; verdicts given since it read the project win."""
        self.findings = findings
        self._suggestions = {}
        for suggestion in findings.suggestions:
            self._suggestions.setdefault(suggestion.claim_id, []).append(suggestion)
        self._flags = {}
        for flag in findings.names.flags:
            if flag.article_id is not None:
                self._flags.setdefault(flag.article_id, []).append(flag)
        if self._current.article_id is not None:
            self._show_article_marks(self._current.article_id)
        self._show_details(self._details.claim())
        self._status.tell(self._summary(findings), 8000)
        if findings.library_error:
            self._status.tell(
                translate("Corpus", "Earlier projects not read: {0}").format(
                    findings.library_error
                ),
                15000,
            )

    def _summary(self, findings: CorpusFindings) -> str:
        names = sum(flag.level == "name" for flag in findings.names.flags)
        words = len(findings.names.flags) - names
        return translate(
            "Corpus",
            "Corpus checked: {0} groups of claims ({1} with conflicting verdicts), {2} names "
            "and {3} words to check, {4} earlier verdicts offered",
        ).format(
            len(self.groups.groups) if self.groups is not None else 0,
            len(self.conflicting()),
            names,
            words,
            len(findings.suggestions),
        )

    # -- what the views show -------------------------------------------------------------------

    def group_of(self, claim_id: int) -> ClaimGroupView | None:
        """The claim's group, with every member's verdict as it is now."""
        group = self.groups.group_of(claim_id) if self.groups is not None else None
        if group is None:
            return None
        # Most members' verdicts are as grouped: only the few changed since are copied, which
        # keeps a group of a thousand repeats cheap on every article shown.
        verdicts = self._verdicts
        members = None
        for index, member in enumerate(group.members):
            verdict = verdicts.get(member.claim_id, member.verdict)
            if verdict is not member.verdict:
                if members is None:
                    members = list(group.members)
                members[index] = _with_verdict(member, verdict)
        return group if members is None else replace(group, members=tuple(members))

    def conflicting(self) -> list[ClaimGroupView]:
        return [
            view
            for group in (self.groups.groups if self.groups is not None else ())
            if (view := self.group_of(group.id)) is not None and view.is_conflicting
        ]

    def suggestions_of(self, claim_id: int) -> list[Suggestion]:
        """Earlier verdicts offered for a claim, while it has none of its own."""
        if self._verdicts.get(claim_id, Verdict.UNCHECKED) != Verdict.UNCHECKED:
            return []
        shown = self._details.claim()
        if shown is not None and shown.id == claim_id and shown.verdict != Verdict.UNCHECKED:
            return []
        return self._suggestions.get(claim_id, [])

    def flags_of_article(self, article_id: int) -> list[SpellingFlag]:
        return self._flags.get(article_id, [])

    def _show_article_marks(self, article_id: int) -> None:
        also_in: dict[int, AlsoIn] = {}
        for claim in self._claims_panel.model.claims():
            group = self.group_of(claim.id)
            if group is None:
                continue
            own = group.member(claim.id).article_id
            count = len([article for article in group.article_ids if article != own])
            if count == 0 and not group.is_conflicting:
                continue  # repeated only in its own article: nothing to say in the list
            text = articles_text(count, group.is_conflicting)
            tooltip = translate(
                "Corpus", "The same claim is stated in {0} other article(s)"
            ).format(count)
            if group.is_conflicting:
                tooltip += translate("Corpus", "; its group has conflicting verdicts")
            also_in[claim.id] = AlsoIn(count, text, tooltip)
        self._claims_panel.model.set_also_in(also_in)
        self._claims_panel.show_also_in(bool(also_in))
        self._article_view.set_spelling_marks(
            [_mark(flag) for flag in self.flags_of_article(article_id)]
        )

    def _show_details(self, claim: ClaimRecord | None) -> None:
        if claim is None:
            self.pane.show_claim(None, None, (), ())
            return
        flags = [
            flag for flag in self.flags_of_article(claim.article_id) if flag.claim_id == claim.id
        ]
        self.pane.show_claim(claim, self.group_of(claim.id), self.suggestions_of(claim.id), flags)

    # -- the checker's steps -------------------------------------------------------------------

    def go_to_claim(self, claim_id: int) -> None:
        project = self._current.project
        if project is None:
            return
        try:
            claim = project.claim(claim_id)
        except (KeyError, ProjectError):
            return
        if claim.article_id != self._current.article_id:
            self._review.go_to_article(claim.article_id)
        self._review.select_claim(claim_id)

    def apply_group_verdict(self, claim_ids: tuple[int, ...]) -> bool:
        """Give these claims the shown claim's verdict: one undoable step."""
        session = self._current.session
        source = self._review.current_claim()
        if session is None or source is None or not claim_ids:
            return False
        self._details.flush()  # a rationale being typed goes with the verdict
        count, number = len(claim_ids), source.number

        def label() -> str:
            return translate("Corpus", "Give {0} claim(s) the verdict of claim {1}").format(
                count, number
            )

        from workbench.gui.corpus.commands import GroupVerdictCommand

        return session.push_edit(label, GroupVerdictCommand, source.id, claim_ids)

    def take_over(self, suggestion: Suggestion) -> bool:
        session = self._current.session
        if session is None:
            return False
        claim = session.project.claim(suggestion.claim_id)
        number, name = claim.number, suggestion.past.project_name

        def label() -> str:
            return translate("Corpus", "Take over on claim {0} the verdict of project {1}").format(
                number, name
            )

        from workbench.gui.corpus.commands import TakeOverCommand

        return session.push_edit(label, TakeOverCommand, suggestion)

    # -- slots ---------------------------------------------------------------------------------

    def _on_pane_group_verdict_requested(self, claim_ids: object) -> None:
        assert isinstance(claim_ids, tuple)
        self.apply_group_verdict(claim_ids)

    def _on_pane_take_over_requested(self, suggestion: object) -> None:
        assert hasattr(suggestion, "past")
        self.take_over(suggestion)  # type: ignore[arg-type]  # a Suggestion, from the pane

    def _on_details_claim_shown(self, claim: object) -> None:
        self._show_details(claim if isinstance(claim, ClaimRecord) else None)

    def _on_current_article_shown(self, article_id: int) -> None:
        self._show_article_marks(article_id)

    def _on_current_project_changed(self) -> None:
        self.cancel()
        self.findings = None
        self.groups = None
        self._verdicts, self._suggestions, self._flags = {}, {}, {}
        self._passages = []
        self._claims_panel.model.set_also_in({})
        self._claims_panel.show_also_in(False)
        self._article_view.set_spelling_marks([])
        self.pane.show_claim(None, None, (), ())
        session = self._current.session
        if session is None:
            return
        self.pane.set_read_only(session.project.read_only)
        session.changed.connect(self._on_session_changed)
        self.check()

    def _on_session_changed(self, changes: ChangeSet) -> None:
        for claim in changes.updated:
            self._verdicts[claim.id] = claim.verdict
        if changes.reshaped:
            self.check_soon()
        if self._current.article_id is not None and (changes.updated or changes.reshaped):
            self._show_article_marks(self._current.article_id)
        self._show_details(self._details.claim())


def _with_verdict(member: GroupMember, verdict: Verdict) -> GroupMember:
    return replace(member, verdict=verdict)


def _mark(flag: SpellingFlag) -> SpellingMark:
    if flag.level == "name":
        tooltip = translate("Corpus", "Name to check: “{0}” — probably “{1}” ({2})")
    else:
        tooltip = translate("Corpus", "Spelling to check: “{0}” — probably “{1}” ({2})")
    return SpellingMark(
        flag.start,
        flag.end,
        tooltip.format(flag.text, flag.suggestion, flag.reason),
        flag.level == "name",
    )
