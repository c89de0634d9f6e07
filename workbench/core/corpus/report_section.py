"""What the reports say of the corpus: claim groups (cross-references) and name flags.

Computed from the project as it is when the report is written (see `groups` for why nothing is
stored). Ordinary-word flags are left to `workbench names`: they need the French pipeline, which
a report should not have to load.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from workbench.core.corpus.as_json import flag_json
from workbench.core.corpus.checking import NamesReport, check_project
from workbench.core.corpus.groups import GroupMember, ProjectGroups, project_groups
from workbench.core.corpus.translation import MultilingualEncoder
from workbench.core.project import Project


@dataclass(frozen=True, slots=True)
class CorpusEvidence:
    """The groups and name flags of a project, for one report."""

    groups: ProjectGroups
    names: NamesReport

    def also_in(self, claim_id: int) -> tuple[GroupMember, ...]:
        return self.groups.also_in(claim_id)


def corpus_evidence(project: Project) -> CorpusEvidence:
    # The encoder loads only for a project holding claims in two languages.
    return CorpusEvidence(
        project_groups(project, encoder=MultilingualEncoder()), check_project(project)
    )


def corpus_json(
    evidence: CorpusEvidence, claim_ids: Collection[int] | None = None
) -> dict[str, Any]:
    """The "corpus" part of the JSON export: groups and flags touching `claim_ids` (None: all).

    Members outside `claim_ids` are named by reference only, so an export of part of a project
    carries no other claim's text.
    """
    groups = []
    for group in evidence.groups.groups:
        if claim_ids is not None and not set(group.claim_ids) & set(claim_ids):
            continue
        groups.append(
            {
                "id": group.id,
                "kinds": sorted(group.kinds),
                "is_conflicting": group.is_conflicting,
                "verdicts": sorted(group.verdicts),
                "members": [
                    {
                        "claim_id": member.claim_id,
                        "article_id": member.article_id,
                        "number": member.number,
                        "verdict": member.verdict.value,
                        **(
                            {"text": member.text}
                            if claim_ids is None or member.claim_id in claim_ids
                            else {}
                        ),
                    }
                    for member in group.members
                ],
            }
        )
    flags = [
        flag_json(flag)
        for flag in evidence.names.flags
        if claim_ids is None or flag.claim_id in claim_ids
    ]
    return {"claim_groups": groups, "name_flags": flags}
