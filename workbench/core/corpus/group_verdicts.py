"""A verdict given once and carried to the other claims of its group, in one transaction.

Each claim that takes the verdict gets its own "verdict" history entry (as for a verdict given by
hand) and a "reused_from" entry naming the claim it came from, so its history says why it changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workbench.core.model import Verdict
from workbench.core.project import ClaimChange, ClaimRecord, Project, RefusedEdit
from workbench.core.project.rows import log_change

REUSED_FROM = "reused_from"  # the history field of "reused from claim N (article …)"


@dataclass(frozen=True, slots=True)
class GroupVerdictChange:
    """What applying a group verdict changed; `undo_group_verdict(project, change)` undoes it.

    `changes` holds one ClaimChange per edit made, in order (verdicts, then rationales copied
    to claims that had none).
    """

    source: ClaimRecord
    verdict: Verdict
    changes: tuple[ClaimChange, ...]
    reused_note: str

    @property
    def claim_ids(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(change.claim.id for change in self.changes))


def reused_note(source: ClaimRecord, article_title: str) -> str:
    return f"claim {source.number} (article {source.article_id}: {article_title})"


def apply_group_verdict(
    project: Project,
    source_claim_id: int,
    claim_ids: Sequence[int],
    who: str = "",
    *,
    verdict: Verdict | None = None,
    copy_rationale: bool = True,
) -> GroupVerdictChange:
    """Give `claim_ids` the verdict of claim `source_claim_id` (or `verdict`), all or nothing.

    The source claim takes `verdict` too when one is given. Its rationale goes to the claims
    that have none when `copy_rationale`. A claim that already has the verdict is left as it is.
    """
    source = project.claim(source_claim_id)
    value = Verdict(verdict) if verdict is not None else source.verdict
    if value == Verdict.UNCHECKED:
        raise RefusedEdit(f"claim {source.number} has no verdict to reuse")
    targets = [claim_id for claim_id in dict.fromkeys(claim_ids) if claim_id != source.id]
    note = reused_note(source, project.article(source.article_id).title)
    changes: list[ClaimChange] = []
    with project.file.transaction("the group verdict") as db:
        if source.verdict != value:
            changes.append(project.set_verdict(source.id, value, who))
        for claim_id in targets:
            claim = project.claim(claim_id)
            if claim.verdict == value:
                continue
            changes.append(project.set_verdict(claim_id, value, who))
            log_change(db, who, claim_id, claim.article_id, REUSED_FROM, None, note)
            if copy_rationale and source.rationale and not claim.rationale:
                changes.append(project.set_rationale(claim_id, source.rationale, who))
    return GroupVerdictChange(project.claim(source.id), value, tuple(changes), note)


def undo_group_verdict(project: Project, change: GroupVerdictChange, who: str = "") -> None:
    """Put every claim back as it was before `change`, in one transaction."""
    with project.file.transaction("the undo of the group verdict") as db:
        for edit in reversed(change.changes):
            if edit.field == "verdict":
                assert edit.old is not None
                project.set_verdict(edit.claim.id, Verdict(edit.old), who, place=edit.place)
                if edit.claim.id != change.source.id:
                    log_change(
                        db,
                        who,
                        edit.claim.id,
                        edit.claim.article_id,
                        REUSED_FROM,
                        change.reused_note,
                        None,
                    )
            elif edit.field == "rationale":
                project.set_rationale(edit.claim.id, edit.old or "", who)
