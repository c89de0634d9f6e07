"""Read-only views of what a project holds, as handed to the GUI, reports and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.core.model import Atom, ClaimType, Verdict


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    id: int
    title: str
    text: str
    language: str
    model: str
    sha256: str
    revision: int
    metadata: dict[str, Any]
    source_path: str | None
    imported_at: str
    claim_count: int
    checked_count: int


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    id: int
    article_id: int
    number: int  # 1-based position in its article, as shown to the checker and in reports
    start: int
    end: int
    text: str
    score: float
    checkworthy: bool
    types: tuple[ClaimType, ...]
    reasons: tuple[str, ...]
    atoms: tuple[Atom, ...]
    source: str | None
    origin: str  # "detected" or "manual"
    verdict: Verdict
    rationale: str
    is_dismissed: bool
    updated_at: str


@dataclass(frozen=True, slots=True)
class SourceRecord:
    id: int
    claim_id: int
    url: str
    title: str
    excerpt: str
    accessed: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    id: int
    at: str
    who: str
    claim_id: int | None
    article_id: int | None
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True, slots=True)
class ClaimChange:
    """What one edit changed, so views refresh only that."""

    claim: ClaimRecord
    field: str
    old: str | None
    new: str | None
