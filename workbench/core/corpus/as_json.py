"""Claim groups, suggestions and spelling flags as JSON-ready data (CLI and the JSON report)."""

from __future__ import annotations

from typing import Any

from workbench.core.corpus.checking import NamesReport
from workbench.core.corpus.groups import ClaimGroupView, ProjectGroups
from workbench.core.corpus.library import Suggestion
from workbench.core.corpus.names import SpellingFlag


def group_json(group: ClaimGroupView) -> dict[str, Any]:
    return {
        "id": group.id,
        "article_count": len(group.article_ids),
        "kinds": sorted(group.kinds),
        "verdicts": sorted(group.verdicts),
        "is_conflicting": group.is_conflicting,
        "members": [
            {
                "claim_id": member.claim_id,
                "article_id": member.article_id,
                "article_title": member.article_title,
                "number": member.number,
                "text": member.text,
                "verdict": member.verdict.value,
            }
            for member in group.members
        ],
        "matches": [
            {
                "first": match.first,
                "second": match.second,
                "kind": match.kind.value,
                "similarity": match.similarity,
            }
            for match in group.matches
        ],
    }


def groups_json(groups: ProjectGroups) -> list[dict[str, Any]]:
    return [group_json(group) for group in groups.groups]


def suggestion_json(suggestion: Suggestion) -> dict[str, Any]:
    past = suggestion.past
    return {
        "claim_id": suggestion.claim_id,
        "kind": suggestion.kind.value,
        "similarity": suggestion.similarity,
        "description": past.describe(),
        "past": {
            "project": str(past.project_path),
            "claim_id": past.claim_id,
            "claim_number": past.claim_number,
            "article_title": past.article_title,
            "text": past.text,
            "verdict": past.verdict.value,
            "rationale": past.rationale,
            "decided_at": past.decided_at,
            "decided_by": past.decided_by,
            "sources": list(past.source_urls),
        },
    }


def flag_json(flag: SpellingFlag) -> dict[str, Any]:
    return {
        "level": flag.level.value,
        "article_id": flag.article_id,
        "claim_id": flag.claim_id,
        "start": flag.start,
        "end": flag.end,
        "text": flag.text,
        "suggestion": flag.suggestion,
        "witness": flag.witness.value,
        "reason": flag.reason,
        "kind": flag.kind.value if flag.kind is not None else None,
    }


def names_json(report: NamesReport) -> dict[str, Any]:
    return {
        "flags": [flag_json(flag) for flag in report.flags],
        "clusters": [
            {
                "kind": cluster.kind.value,
                "spellings": [{"text": text, "count": count} for text, count in cluster.spellings],
            }
            for cluster in report.clusters
        ],
    }
