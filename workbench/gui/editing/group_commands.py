"""The undoable step of a verdict given to a group of claims stating the same thing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench.core.corpus.group_verdicts import (
    GroupVerdictChange,
    apply_group_verdict,
    undo_group_verdict,
)
from workbench.core.project import ClaimRecord, Project, ProjectError, RefusedEdit

Refresh = Callable[[ClaimRecord], None]
Fail = Callable[[Exception], None]


class GroupVerdictCommand(QUndoCommand):
    """Redo gives the claims the verdict again, undo puts each back; one transaction each way.

    The first redo() is skipped: the session applied the verdict before pushing the command.
    """

    def __init__(
        self,
        project: Project,
        who: str,
        refresh: Refresh,
        fail: Fail,
        label: str,
        change: GroupVerdictChange,
    ) -> None:
        super().__init__(label)
        self._project, self._who, self._refresh, self._fail = project, who, refresh, fail
        self.change = change
        self._targets = tuple(
            claim_id for claim_id in change.claim_ids if claim_id != change.source.id
        )
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self.change = apply_group_verdict(
                self._project,
                self.change.source.id,
                self._targets,
                self._who,
                verdict=self.change.verdict,
            )
        except (ProjectError, RefusedEdit) as error:
            self.setObsolete(True)
            self._fail(error)
            return
        self._refresh_all()

    def undo(self) -> None:
        try:
            undo_group_verdict(self._project, self.change, self._who)
        except (ProjectError, RefusedEdit) as error:
            self.setObsolete(True)
            self._fail(error)
            return
        self._refresh_all()

    def _refresh_all(self) -> None:
        for claim_id in self.change.claim_ids:
            self._refresh(self._project.claim(claim_id))
