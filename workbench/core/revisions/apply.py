"""The revision use case: prepare a new version of an article (a preview), then record it at once.

It reads the project's database through `project.file.db` and records a revision in one
`project.file.transaction`, so the project package stays free of revision logic.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workbench.core.model import (
    Analysis,
    AnchorStatus,
    ArticleDraft,
    Atom,
    ClaimOrigin,
    DetectedClaim,
)
from workbench.core.project import Project, ProjectError
from workbench.core.project.annotations import add_annotations
from workbench.core.project.rows import (
    article_row,
    dicts,
    log_change,
    next_claim_number,
    now,
)
from workbench.core.project.store import text_fingerprint
from workbench.core.revisions.anchoring import (
    CONTEXT_CHARS,
    Anchor,
    Placement,
    reanchor,
)
from workbench.core.revisions.diffing import DiffOp, diff_words
from workbench.core.revisions.rows import claim_rows, relocate_atoms

# Statuses the checker has to look at; a later revision that finds the claim again keeps them.
_STICKY = {AnchorStatus.CHANGED, AnchorStatus.AMBIGUOUS}


class RevisionError(ProjectError):
    """A revision cannot be recorded; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class ClaimPlacement:
    """Where one existing claim goes in the new revision."""

    claim_id: int
    number: int
    old_text: str
    verdict: str
    placement: Placement
    previous_status: AnchorStatus  # as recorded before this revision

    @property
    def recorded_status(self) -> AnchorStatus:
        """The status kept after this revision: a change not yet confirmed stays flagged."""
        found_again = self.placement.status in (AnchorStatus.EXACT, AnchorStatus.MOVED)
        if found_again and self.previous_status in _STICKY:
            return self.previous_status
        return self.placement.status


@dataclass(frozen=True, slots=True)
class RevisionPlan:
    """A prepared revision: what would happen to every claim. Nothing is written yet."""

    article_id: int
    title: str
    base_revision: int
    base_sha256: str
    draft: ArticleDraft
    analysis: Analysis
    placements: tuple[ClaimPlacement, ...]
    new_claims: tuple[DetectedClaim, ...]
    diff: tuple[DiffOp, ...]

    def with_status(self, status: AnchorStatus) -> list[ClaimPlacement]:
        return [item for item in self.placements if item.placement.status == status]

    def summary(self) -> dict[str, int]:
        """Counts per anchor status, plus "new" for the claims detected in new sentences."""
        counts = {status.value: 0 for status in AnchorStatus}
        for item in self.placements:
            counts[item.placement.status.value] += 1
        counts["new"] = len(self.new_claims)
        return counts


@dataclass(frozen=True, slots=True)
class RevisionResult:
    """What recording a revision changed, so views refresh only that (claim ids per outcome)."""

    article_id: int
    revision: int
    kept: tuple[int, ...]  # exact or moved
    changed: tuple[int, ...]
    ambiguous: tuple[int, ...]
    orphans: tuple[int, ...]
    new_claims: tuple[int, ...]
    summary: dict[str, int] = field(default_factory=dict)


def read_revision(path: str | Path, index: int | None = None) -> ArticleDraft:
    """One article of a file, to import as a revision (ImportFailure if it cannot be read).

    `index` chooses it, as `article_numbers` numbers the file's articles: its number in a corpus
    export ("38/1366" is 38), else its position in the file from 1. Without `index`, a file of
    several articles is refused: which article revises which is the checker's choice, one at a
    time.
    """
    from workbench.core.importers import read_articles  # heavy (lxml, docx): only when used

    drafts = read_articles(path)
    return drafts[choose_revision(drafts, str(path), index)]


def article_numbers(drafts: Sequence[ArticleDraft]) -> list[int]:
    """The number each article of a file is chosen by: its corpus index when every article has a
    distinct one (what the checker reads in the file), else its position from 1."""
    indexes = [draft.metadata.get("index") for draft in drafts]
    if all(isinstance(index, int) for index in indexes) and len(set(indexes)) == len(indexes):
        return [int(index) for index in indexes if isinstance(index, int)]
    return list(range(1, len(drafts) + 1))


def choose_revision(drafts: Sequence[ArticleDraft], where: str, index: int | None = None) -> int:
    """The position in `drafts` of the article numbered `index` (see `article_numbers`).

    Raises RevisionError naming `where` when none is chosen among several, or none has that number.
    """
    if not drafts:
        raise RevisionError(where, "holds no article")
    numbers = article_numbers(drafts)
    if index is None:
        if len(drafts) != 1:
            raise RevisionError(
                where, f"holds {len(drafts)} articles; a revision is a single article"
            )
        return 0
    if index not in numbers:
        listed = ", ".join(str(number) for number in numbers[:10])
        more = ", …" if len(numbers) > 10 else ""
        raise RevisionError(where, f"no article {index} in this file (it holds {listed}{more})")
    return numbers.index(index)


def plan_revision(
    project: Project, article_id: int, draft: ArticleDraft, analysis: Analysis
) -> RevisionPlan:
    """Re-anchor every claim of the article in `draft.text`; `analysis` is the detector's view of it.

    Raises RevisionError (naming the draft's file) when the draft cannot be a revision, and
    KeyError for an unknown article.
    """
    where = draft.source_path or str(project.path)
    row = article_row(project.file.db, article_id)
    if not draft.text.strip():
        raise RevisionError(where, "the new version is empty")
    if draft.text == row["text"]:
        raise RevisionError(
            where, f"this text is the same as revision {row['revision'] or 1} of “{row['title']}”"
        )
    _check_analysis(where, draft.text, analysis)
    claims = claim_rows(project.file.db, article_id)
    anchors = [_anchor(claim) for claim in claims]
    placements = reanchor(row["text"], draft.text, anchors)
    items = tuple(
        ClaimPlacement(
            claim["id"],
            claim["number"],
            claim["text"],
            claim["verdict"],
            placement,
            AnchorStatus(claim["anchor_status"] or AnchorStatus.EXACT),
        )
        for claim, placement in zip(claims, placements, strict=True)
    )
    held = [
        (item.placement.start, item.placement.end)
        for item in items
        if item.placement.status != AnchorStatus.ORPHAN
    ]
    new_claims = tuple(
        claim
        for claim in analysis.claims
        if not any(claim.start < end and start < claim.end for start, end in held)
    )
    return RevisionPlan(
        article_id=article_id,
        title=row["title"],
        base_revision=row["revision"] or 1,
        base_sha256=row["sha256"],
        draft=draft,
        analysis=analysis,
        placements=items,
        new_claims=new_claims,
        diff=tuple(diff_words(row["text"], draft.text)),
    )


def apply_revision(project: Project, plan: RevisionPlan, who: str = "") -> RevisionResult:
    """Record a prepared revision in one transaction: the text, every claim's new place, new claims.

    Refuses, changing nothing, when the article changed since the plan was made.
    """
    where = plan.draft.source_path or str(project.path)
    text = plan.draft.text
    with project.file.transaction("the new revision") as db:
        row = article_row(db, plan.article_id)
        if row["sha256"] != plan.base_sha256 or (row["revision"] or 1) != plan.base_revision:
            raise RevisionError(
                where, "the article changed since this revision was prepared; prepare it again"
            )
        revision = plan.base_revision + 1
        _keep_revision(db, row, plan.base_revision)
        stamp = now()
        db.table("revisions").insert(
            {
                "article_id": plan.article_id,
                "revision": revision,
                "title": plan.draft.title,
                "text": text,
                "sha256": text_fingerprint(text),
                "source_path": plan.draft.source_path,
                "imported_at": stamp,
            }
        )
        add_annotations(db, plan.article_id, revision, plan.draft.annotations)
        from workbench.core.importers import revised_metadata  # loads lxml: only when used

        metadata = revised_metadata(json.loads(row["metadata"] or "{}"), plan.draft.metadata)
        db.table("articles").update(
            plan.article_id,
            {
                "title": plan.draft.title,
                "text": text,
                "sha256": text_fingerprint(text),
                "revision": revision,
                "language": plan.analysis.language,
                "model": plan.analysis.model,
                "metadata": json.dumps(metadata, ensure_ascii=False),
                "source_path": plan.draft.source_path,
            },
        )
        log_change(
            db, who, None, plan.article_id, "revision", str(plan.base_revision), str(revision)
        )
        outcome: dict[AnchorStatus, list[int]] = {status: [] for status in AnchorStatus}
        for item in plan.placements:
            status = _update_claim(db, plan, item, who, stamp)
            outcome[status].append(item.claim_id)
        new_ids = _insert_new_claims(db, plan, revision, who, stamp)
    return RevisionResult(
        article_id=plan.article_id,
        revision=revision,
        kept=tuple(outcome[AnchorStatus.EXACT] + outcome[AnchorStatus.MOVED]),
        changed=tuple(outcome[AnchorStatus.CHANGED]),
        ambiguous=tuple(outcome[AnchorStatus.AMBIGUOUS]),
        orphans=tuple(outcome[AnchorStatus.ORPHAN]),
        new_claims=tuple(new_ids),
        summary=plan.summary(),
    )


def import_revision(
    project: Project, article_id: int, draft: ArticleDraft, analysis: Analysis, who: str = ""
) -> RevisionResult:
    """Prepare and record a revision in one go (the command line; the window previews first)."""
    return apply_revision(project, plan_revision(project, article_id, draft, analysis), who)


# -- reading ---------------------------------------------------------------------------------------


def _anchor(claim: dict[str, Any]) -> Anchor:
    return Anchor(
        claim["start"], claim["end"], claim["text"], claim["prefix"] or "", claim["suffix"] or ""
    )


def _check_analysis(where: str, text: str, analysis: Analysis) -> None:
    for claim in analysis.claims:
        if (
            not (0 <= claim.start <= claim.end <= len(text))
            or text[claim.start : claim.end] != claim.text
        ):
            raise RevisionError(
                where, f"the analysis does not belong to this text (claim {claim.text[:40]!r})"
            )


# -- writing ---------------------------------------------------------------------------------------


def _keep_revision(db: Database, row: dict[str, Any], revision: int) -> None:
    """Store the current text as a revision if it is not stored yet (articles imported before)."""
    found = db.execute(
        "SELECT 1 FROM revisions WHERE article_id = ? AND revision = ?", [row["id"], revision]
    ).fetchone()
    if found is None:
        db.table("revisions").insert(
            {
                "article_id": row["id"],
                "revision": revision,
                "title": row["title"],
                "text": row["text"],
                "sha256": row["sha256"],
                "source_path": row["source_path"],
                "imported_at": row["imported_at"],
            }
        )


def _update_claim(
    db: Database, plan: RevisionPlan, item: ClaimPlacement, who: str, stamp: str
) -> AnchorStatus:
    text = plan.draft.text
    placement = item.placement
    claim = dicts(db.execute("SELECT * FROM claims WHERE id = ?", [item.claim_id]))[0]
    previous = item.previous_status
    status = placement.status
    stored = item.recorded_status
    values: dict[str, Any] = {
        "anchor_status": stored.value,
        "anchor_alternatives": json.dumps([list(span) for span in placement.alternatives])
        if placement.alternatives
        else None,
        "updated_at": stamp,
    }
    old_atoms = [
        Atom(start, end, kind, atom_text)
        for start, end, kind, atom_text in json.loads(claim["atoms"] or "[]")
    ]
    if status == AnchorStatus.ORPHAN:
        atoms = [Atom(placement.start, placement.start, atom.kind, atom.text) for atom in old_atoms]
        values.update(start=placement.start, end=placement.end)
    else:
        if placement.text == claim["text"] and claim["end"] > claim["start"]:
            shift = placement.start - claim["start"]
            atoms = [Atom(a.start + shift, a.end + shift, a.kind, a.text) for a in old_atoms]
        else:
            atoms = relocate_atoms(old_atoms, text, placement.start, placement.end, plan.analysis)
        values.update(
            start=placement.start,
            end=placement.end,
            text=placement.text,
            prefix=text[max(0, placement.start - CONTEXT_CHARS) : placement.start],
            suffix=text[placement.end : placement.end + CONTEXT_CHARS],
        )
        if placement.text != claim["text"] and claim["text_at_verdict"] is None:
            values["text_at_verdict"] = claim["text"]
    values["atoms"] = json.dumps(
        [[atom.start, atom.end, str(atom.kind), atom.text] for atom in atoms], ensure_ascii=False
    )
    db.table("claims").update(item.claim_id, values)
    if placement.text != claim["text"] and status != AnchorStatus.ORPHAN:
        log_change(db, who, item.claim_id, plan.article_id, "text", claim["text"], placement.text)
    if stored != previous and stored not in (AnchorStatus.EXACT, AnchorStatus.MOVED):
        log_change(
            db, who, item.claim_id, plan.article_id, "anchor_status", previous.value, stored.value
        )
    return status


def _insert_new_claims(
    db: Database, plan: RevisionPlan, revision: int, who: str, stamp: str
) -> list[int]:
    text = plan.draft.text
    ids = []
    number = next_claim_number(db, plan.article_id)  # the others keep theirs
    for claim in sorted(plan.new_claims, key=lambda claim: (claim.start, claim.end)):
        inserted = db.table("claims").insert(
            {
                "article_id": plan.article_id,
                "number": number,
                "start": claim.start,
                "end": claim.end,
                "text": claim.text,
                "prefix": text[max(0, claim.start - CONTEXT_CHARS) : claim.start],
                "suffix": text[claim.end : claim.end + CONTEXT_CHARS],
                "score": claim.score,
                "checkworthy": int(claim.checkworthy),
                "types": json.dumps([str(kind) for kind in claim.types]),
                "reasons": json.dumps(list(claim.reasons), ensure_ascii=False),
                "atoms": json.dumps(
                    [[atom.start, atom.end, str(atom.kind), atom.text] for atom in claim.atoms],
                    ensure_ascii=False,
                ),
                "source": claim.source,
                "origin": ClaimOrigin.DETECTED.value,
                "verdict": "unchecked",
                "rationale": "",
                "is_dismissed": 0,
                "updated_at": stamp,
                "anchor_status": AnchorStatus.EXACT.value,
                "since_revision": revision,
            }
        )
        claim_id = int(inserted.last_pk)  # type: ignore[arg-type]  # an integer key, never None
        ids.append(claim_id)
        number += 1
        log_change(db, who, claim_id, plan.article_id, "claim", None, claim.text)
    return ids
