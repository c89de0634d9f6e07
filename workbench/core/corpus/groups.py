"""A project's claim groups, as the window, the reports and `workbench matches` show them.

Groups are computed on demand from the claims as they are now, never stored: they depend on every
claim's wording, which imports, span edits and revisions change, and a stale stored group could
carry a verdict to a claim that no longer says the same thing. Grouping 25,000 claims takes
seconds (tests/benchmarks/bench_claim_matching.py); a `SignatureCache` and the encoder's own cache
make grouping again after an edit cheaper, for a window that keeps them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workbench.core.corpus.grouping import find_groups
from workbench.core.corpus.matching import (
    ClaimGroup,
    ClaimMatch,
    ClaimText,
    MatchKind,
    SignatureCache,
)
from workbench.core.corpus.translation import SentenceEncoder
from workbench.core.model import Verdict
from workbench.core.project import ArticleRecord, ClaimRecord, Project


@dataclass(frozen=True, slots=True)
class GroupMember:
    """One claim of a group, with what a list of cross-references shows of it."""

    claim_id: int
    article_id: int
    article_title: str
    number: int
    text: str
    verdict: Verdict
    rationale: str

    def reference(self) -> str:
        """ "article 3, claim 7": how a report or the window names the claim."""
        return f"article {self.article_id}, claim {self.number}"


@dataclass(frozen=True, slots=True)
class ClaimGroupView:
    """Claims of a project that state the same thing (two or more), in article and claim order."""

    members: tuple[GroupMember, ...]
    matches: tuple[ClaimMatch, ...]

    @property
    def id(self) -> int:
        """The smallest claim id: stable while the group keeps that claim."""
        return min(member.claim_id for member in self.members)

    @property
    def claim_ids(self) -> tuple[int, ...]:
        return tuple(member.claim_id for member in self.members)

    @property
    def article_ids(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(member.article_id for member in self.members))

    @property
    def verdicts(self) -> frozenset[Verdict]:
        """The verdicts given in the group, "unchecked" left out."""
        return frozenset(
            member.verdict for member in self.members if member.verdict != Verdict.UNCHECKED
        )

    @property
    def is_conflicting(self) -> bool:
        """Checkers gave claims stating the same thing different verdicts."""
        return len(self.verdicts) > 1

    @property
    def kinds(self) -> frozenset[MatchKind]:
        return frozenset(match.kind for match in self.matches)

    def others(self, claim_id: int) -> tuple[GroupMember, ...]:
        return tuple(member for member in self.members if member.claim_id != claim_id)

    def member(self, claim_id: int) -> GroupMember:
        for member in self.members:
            if member.claim_id == claim_id:
                return member
        raise KeyError(f"claim {claim_id} is not in group {self.id}")


class ProjectGroups:
    """Every claim group of a project, and the group of any claim."""

    def __init__(self, groups: Sequence[ClaimGroupView]) -> None:
        self.groups = tuple(groups)
        self._by_claim = {member.claim_id: group for group in groups for member in group.members}

    def group_of(self, claim_id: int) -> ClaimGroupView | None:
        return self._by_claim.get(claim_id)

    def also_in(self, claim_id: int) -> tuple[GroupMember, ...]:
        """The other claims stating the same thing; empty for a claim in no group."""
        group = self._by_claim.get(claim_id)
        return () if group is None else group.others(claim_id)

    def other_article_count(self, claim_id: int) -> int:
        """For "also in 12 articles": the other articles that state this claim."""
        group = self._by_claim.get(claim_id)
        if group is None:
            return 0
        own = group.member(claim_id).article_id
        return len([article for article in group.article_ids if article != own])

    def conflicting(self) -> tuple[ClaimGroupView, ...]:
        return tuple(group for group in self.groups if group.is_conflicting)


def claim_texts(
    claims: Iterable[ClaimRecord], articles: dict[int, ArticleRecord]
) -> list[ClaimText]:
    """The claims a checker works on (dismissed ones left out), in their article's language."""
    return [
        ClaimText(claim.id, claim.text, _language(articles[claim.article_id]))
        for claim in claims
        if not claim.is_dismissed and claim.text.strip()
    ]


def _language(article: ArticleRecord) -> str:
    return article.language if article.language not in ("", "unknown") else "fr"


def project_groups(
    project: Project,
    *,
    encoder: SentenceEncoder | None = None,
    cache: SignatureCache | None = None,
) -> ProjectGroups:
    """Group the project's claims; translations are matched only when `encoder` is given."""
    articles = {article.id: article for article in project.articles()}
    claims = {claim.id: claim for claim in project.claims()}
    found = find_groups(claim_texts(claims.values(), articles), encoder=encoder, cache=cache)
    return group_views(found, claims, articles)


def group_views(
    found: Iterable[ClaimGroup],
    claims: dict[int, ClaimRecord],
    articles: dict[int, ArticleRecord],
) -> ProjectGroups:
    """Groups found elsewhere (a worker) shown with the claims as they are; members no longer in
    `claims` (removed since) are left out, and a group left with one claim goes."""
    views = []
    for group in found:
        members = sorted(
            (
                _member(claims[claim_id], articles)
                for claim_id in group.claim_ids
                if claim_id in claims
            ),
            key=lambda member: (member.article_id, member.number),
        )
        if len(members) > 1:
            views.append(ClaimGroupView(tuple(members), group.matches))
    return ProjectGroups(sorted(views, key=lambda view: view.id))


def _member(claim: ClaimRecord, articles: dict[int, ArticleRecord]) -> GroupMember:
    return GroupMember(
        claim_id=claim.id,
        article_id=claim.article_id,
        article_title=articles[claim.article_id].title,
        number=claim.number,
        text=claim.text,
        verdict=claim.verdict,
        rationale=claim.rationale,
    )
