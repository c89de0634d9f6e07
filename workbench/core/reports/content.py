"""What goes into a report: the articles, claims, sources and history in scope, and the counts."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import workbench
from workbench.core.model import AnchorStatus, Standing
from workbench.core.project import (
    AnchorState,
    ArticleRecord,
    ClaimRecord,
    HistoryEntry,
    Project,
    SourceRecord,
)

# The order standings (verdicts, and "to re-check") are listed in everywhere in a report.
STANDING_ORDER = (
    Standing.CONFIRMED,
    Standing.DENIED,
    Standing.UNVERIFIED,
    Standing.TO_RECHECK,
    Standing.UNCHECKED,
)


class EmptyScope(ValueError):
    """The scope asked for names an article or claims the project does not hold."""


@dataclass(frozen=True, slots=True)
class ReportScope:
    """Which part of a project a report covers: all of it, one article, or a set of claims.

    `claim_ids` is what the GUI passes for "the claims matching the current filter"; it can be
    combined with `article_id`. Dismissed claims are left out of every report except the JSON dump.
    """

    article_id: int | None = None
    claim_ids: frozenset[int] | None = None

    @classmethod
    def of(
        cls, article_id: int | None = None, claim_ids: Collection[int] | None = None
    ) -> ReportScope:
        return cls(article_id, None if claim_ids is None else frozenset(claim_ids))

    @property
    def kind(self) -> str:
        if self.claim_ids is not None:
            return "selection"
        return "article" if self.article_id is not None else "project"


def without_undone(history: Sequence[HistoryEntry]) -> tuple[HistoryEntry, ...]:
    """The history a reader needs: an edit and the edit that undid it are both left out.

    An entry undoes the last one still shown for the same field (and source) when it puts back
    what that one replaced, made by the same person; the JSON dump keeps every entry.
    """
    shown: list[HistoryEntry] = []
    for entry in history:
        last = next(
            (
                earlier
                for earlier in reversed(shown)
                if (earlier.field, earlier.source_id) == (entry.field, entry.source_id)
            ),
            None,
        )
        if (
            last is not None
            and last.who == entry.who
            and (last.old, last.new) == (entry.new, entry.old)
            and last.old != last.new
        ):
            shown.remove(last)
            continue
        shown.append(entry)
    return tuple(shown)


@dataclass(frozen=True, slots=True)
class ClaimEntry:
    claim: ClaimRecord
    sources: tuple[SourceRecord, ...]
    history: tuple[HistoryEntry, ...]
    # Set when a revised draft moved the claim somewhere the checker has not confirmed yet.
    placement: AnchorState | None = None

    @property
    def is_orphan(self) -> bool:
        """Not found in the current revision: listed with its old wording, never highlighted."""
        return self.placement is not None and self.placement.status is AnchorStatus.ORPHAN

    @property
    def shown_history(self) -> tuple[HistoryEntry, ...]:
        """The history without undo churn (see `without_undone`)."""
        return without_undone(self.history)

    @property
    def undone_count(self) -> int:
        """How many entries `shown_history` leaves out: edits undone, and their undoing."""
        return len(self.history) - len(self.shown_history)

    @property
    def missing(self) -> tuple[str, ...]:
        """What the claim has none of yet, among "rationale", "sources" and "history", so a
        report says so in one line rather than one per part."""
        present = {
            "rationale": bool(self.claim.rationale),
            "sources": bool(self.sources),
            "history": bool(self.shown_history),
        }
        return tuple(part for part, is_present in present.items() if not is_present)

    @property
    def standing(self) -> Standing:
        """What every format shows: the verdict, or "to re-check" if its wording changed since."""
        return self.claim.standing

    @property
    def anchor(self) -> str:
        """The HTML id of the claim's section; also the fragment of its ClaimReview `url`."""
        return f"claim-{self.claim.article_id}-{self.claim.number}"


@dataclass(frozen=True, slots=True)
class ArticleEntry:
    article: ArticleRecord
    claims: tuple[ClaimEntry, ...]
    # Set aside by a checker: listed apart by number, so no number seems to be missing.
    dismissed: tuple[ClaimRecord, ...] = ()

    @property
    def published(self) -> str | None:
        """The article's date from its import metadata (ISO 8601), when the source gave one."""
        value = self.article.metadata.get("date")
        return str(value) if value else None

    @property
    def source(self) -> str | None:
        """Where the article came from: a URL or publication from the metadata, else its file name.

        Only the file name, never the full path, so a report does not reveal the checker's folders.
        """
        for key in ("url", "source", "publication"):
            value = self.article.metadata.get(key)
            if value:
                return str(value)
        if self.article.source_path:
            return Path(self.article.source_path).name
        return None

    @property
    def anchor(self) -> str:
        return f"article-{self.article.id}"


@dataclass(frozen=True, slots=True)
class ReportContent:
    project_name: str
    scope: ReportScope
    articles: tuple[ArticleEntry, ...]
    reviewers: tuple[str, ...]
    generated_at: str  # ISO 8601, UTC
    program_version: str
    # What checking the history's hash chain found when the report was made (see `chain`).
    history_entries: int = 0
    history_head: str = ""
    history_problem: str | None = None

    @property
    def history_verified(self) -> bool:
        return self.history_problem is None

    @property
    def claims(self) -> tuple[ClaimEntry, ...]:
        return tuple(entry for article in self.articles for entry in article.claims)

    def counts(self) -> dict[Standing, int]:
        """Claims by standing: a verdict on a wording since changed counts as "to re-check"."""
        counts = dict.fromkeys(STANDING_ORDER, 0)
        for entry in self.claims:
            counts[entry.standing] += 1
        return counts


def collect(
    project: Project,
    scope: ReportScope | None = None,
    *,
    reviewer: str | None = None,
    generated_at: datetime | None = None,
) -> ReportContent:
    """Read what a report covers from `project`.

    `reviewer` is who signs the report (e.g. the GUI's user name); the names found in the
    history of the claims in scope are added after it.
    """
    scope = scope or ReportScope()
    if scope.article_id is not None:
        try:
            articles = [project.article(scope.article_id)]
        except KeyError:
            raise EmptyScope(f"{project.path}: there is no article {scope.article_id}") from None
    else:
        articles = project.articles()
    entries: list[ArticleEntry] = []
    names: list[str] = [reviewer] if reviewer else []
    for article in articles:
        in_scope = [
            claim
            for claim in project.claims(article.id)
            if scope.claim_ids is None or claim.id in scope.claim_ids
        ]
        claims = [claim for claim in in_scope if not claim.is_dismissed]
        dismissed = tuple(
            sorted((claim for claim in in_scope if claim.is_dismissed), key=lambda c: c.number)
        )
        if scope.claim_ids is not None and not in_scope:
            continue  # a filtered report shows only the articles its claims come from
        placements = project.anchor_states(article.id)
        claim_entries = []
        # Dismissing a claim is a checker's decision too (a desk's part may hold only that):
        # their name is in "reviewed by", though dismissed claims are not listed.
        names.extend(
            entry.who
            for claim in project.claims(article.id)
            if claim.is_dismissed and (scope.claim_ids is None or claim.id in scope.claim_ids)
            for entry in project.history(claim.id)
            if entry.who
        )
        for claim in claims:
            history = tuple(project.history(claim.id))
            names.extend(entry.who for entry in history if entry.who)
            placement = placements.get(claim.id)
            claim_entries.append(
                ClaimEntry(
                    claim,
                    tuple(project.sources(claim.id)),
                    history,
                    placement if placement is not None and placement.needs_review else None,
                )
            )
        entries.append(ArticleEntry(article, tuple(claim_entries), dismissed))
    moment = (generated_at or datetime.now(UTC)).astimezone(UTC)
    check = project.verify_history()
    return ReportContent(
        project_name=Path(project.path).stem,
        scope=scope,
        articles=tuple(entries),
        reviewers=tuple(dict.fromkeys(names)),  # first-seen order, no repeats
        generated_at=moment.isoformat(timespec="seconds"),
        program_version=workbench.__version__,
        history_entries=check.entries,
        history_head=check.head,
        history_problem=check.problem,
    )
