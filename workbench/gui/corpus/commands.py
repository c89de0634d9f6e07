"""The corpus's undoable steps: a verdict given to a group (or part of it) across articles, and
an earlier project's verdict taken over. Each only calls the core in redo() and undo()."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.core.corpus.group_verdicts import (
    GroupVerdictChange,
    apply_group_verdict,
    undo_group_verdict,
)
from workbench.core.corpus.library import Suggestion, take_over, undo_take_over
from workbench.core.model import Verdict
from workbench.core.project import ClaimChange, Project
from workbench.gui.editing.changes import ChangeSet
from workbench.gui.editing.commands import Apply, CoreCommand, Fail, Label


def _change_set(
    project: Project, home_article_id: int, claim_ids: Sequence[int], edits: Sequence[ClaimChange]
) -> ChangeSet:
    """One change set for a step over several articles: shown on `home_article_id` (where the
    checker took it), every claim as it is now, the other articles' progress read again."""
    claims = tuple(project.claim(claim_id) for claim_id in dict.fromkeys(claim_ids))
    articles = tuple(dict.fromkeys(claim.article_id for claim in claims))
    return ChangeSet(
        home_article_id,
        updated=claims,
        anchors_changed=any(edit.place is not None for edit in edits),
        other_articles=tuple(article for article in articles if article != home_article_id),
    )


class GroupVerdictCommand(CoreCommand):
    """Gives `targets` the verdict of claim `source_id` (or `verdict`); undo puts each claim back
    as it was. Each claim's history says the verdict was reused from the source claim."""

    def __init__(
        self,
        project: Project,
        who: str,
        apply: Apply,
        fail: Fail,
        label: Label,
        source_id: int,
        targets: Sequence[int],
        verdict: Verdict | None = None,
    ) -> None:
        super().__init__(project, who, apply, fail, label)
        self.source_id, self.targets, self.verdict = source_id, tuple(targets), verdict
        self.change: GroupVerdictChange | None = None

    def forward(self) -> ChangeSet | None:
        change = apply_group_verdict(
            self._project, self.source_id, self.targets, self._who, verdict=self.verdict
        )
        if not change.changes:
            return None  # every chosen claim already had the verdict
        self.change = change
        return self._changes(change)

    def backward(self) -> ChangeSet:
        assert self.change is not None
        undo_group_verdict(self._project, self.change, self._who)
        return self._changes(self.change)

    def _changes(self, change: GroupVerdictChange) -> ChangeSet:
        return _change_set(
            self._project, change.source.article_id, change.claim_ids, change.changes
        )


class TakeOverCommand(CoreCommand):
    """Gives a claim the verdict an earlier project gave the same statement (and its rationale
    when the claim has none); undo puts the claim back."""

    def __init__(
        self,
        project: Project,
        who: str,
        apply: Apply,
        fail: Fail,
        label: Label,
        suggestion: Suggestion,
    ) -> None:
        super().__init__(project, who, apply, fail, label)
        self.suggestion = suggestion
        self.changes: tuple[ClaimChange, ...] = ()

    def forward(self) -> ChangeSet:
        self.changes = take_over(self._project, self.suggestion, self._who)
        return self._change_set()

    def backward(self) -> ChangeSet:
        undo_take_over(self._project, self.suggestion, self.changes, self._who)
        return self._change_set()

    def _change_set(self) -> ChangeSet:
        claim_id = self.suggestion.claim_id
        article_id = self._project.claim(claim_id).article_id
        return _change_set(self._project, article_id, [claim_id], self.changes)
