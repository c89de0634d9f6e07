"""Reading an article's revisions and how its claims were re-anchored; the checker's answers."""

from __future__ import annotations

import json
from dataclasses import dataclass

from workbench.core.model import Analysis, AnchorStatus, Atom, AtomKind
from workbench.core.project import (
    AnchorState,
    ClaimChange,
    ClaimField,
    ClaimPlace,
    ClaimRecord,
    Project,
    RefusedEdit,
)
from workbench.core.project.rows import (
    article_row,
    claim_record,
    claim_row,
    dicts,
    log_change,
    now,
    place_of,
)
from workbench.core.revisions.anchoring import CONTEXT_CHARS
from workbench.core.revisions.diffing import DiffOp, diff_words
from workbench.core.revisions.rows import relocate_atoms

_NO_ANALYSIS = Analysis(language="", model="", claims=())


@dataclass(frozen=True, slots=True)
class RevisionRecord:
    article_id: int
    revision: int
    title: str
    text: str
    sha256: str
    source_path: str | None
    imported_at: str


def revisions(project: Project, article_id: int) -> list[RevisionRecord]:
    """Every kept revision of an article, oldest first; the current text is always the last."""
    current = article_row(project.file.db, article_id)
    rows = dicts(
        project.file.db.execute(
            "SELECT * FROM revisions WHERE article_id = ? ORDER BY revision", [article_id]
        )
    )
    records = [
        RevisionRecord(
            row["article_id"],
            row["revision"],
            row["title"] or "",
            row["text"],
            row["sha256"],
            row["source_path"],
            row["imported_at"] or "",
        )
        for row in rows
    ]
    if not records or records[-1].revision != (current["revision"] or 1):
        # Imported after the revisions table existed and never revised: the text is revision 1.
        records.append(
            RevisionRecord(
                article_id,
                current["revision"] or 1,
                current["title"],
                current["text"],
                current["sha256"],
                current["source_path"],
                current["imported_at"] or "",
            )
        )
    return records


def revision_text(project: Project, article_id: int, revision: int) -> str:
    for record in revisions(project, article_id):
        if record.revision == revision:
            return record.text
    raise KeyError(f"article {article_id} has no revision {revision}")


def compare_revisions(
    project: Project, article_id: int, old: int | None = None, new: int | None = None
) -> list[DiffOp]:
    """Word opcodes from revision `old` to `new` (by default the previous one to the current one)."""
    kept = revisions(project, article_id)
    new = kept[-1].revision if new is None else new
    old = new - 1 if old is None else old
    return diff_words(
        revision_text(project, article_id, old), revision_text(project, article_id, new)
    )


def anchor_states(project: Project, article_id: int) -> dict[int, AnchorState]:
    """How each claim of the article stands after its last revision, by claim id."""
    return project.anchor_states(article_id)


def orphans(project: Project, article_id: int) -> list[ClaimRecord]:
    """Claims not found in the current revision, with their old wording: to show, never to hide."""
    states = anchor_states(project, article_id)
    return [
        claim
        for claim in project.claims(article_id)
        if states[claim.id].status == AnchorStatus.ORPHAN
    ]


def confirm_anchor(project: Project, claim_id: int, who: str = "") -> ClaimChange:
    """The checker accepts a changed or ambiguous claim where it is: the flag is cleared.

    Returns the change ("anchor_status", old and new status); undo, exact:
    `restore_anchor(project, claim_id, change.place)`. An orphan is refused (RefusedEdit).
    """
    with project.file.transaction("the confirmation") as db:
        row = claim_row(db, claim_id)
        previous = place_of(row)
        status = previous.anchor_status or AnchorStatus.EXACT.value
        if status == AnchorStatus.ORPHAN:
            raise RefusedEdit("an orphan claim has no place to confirm; place it first")
        db.execute(
            "UPDATE claims SET anchor_status = ?, text_at_verdict = NULL, "
            "anchor_alternatives = NULL, updated_at = ? WHERE id = ?",
            [AnchorStatus.EXACT.value, now(), claim_id],
        )
        log_change(
            db, who, claim_id, row["article_id"], "anchor_status", status, AnchorStatus.EXACT.value
        )
    return ClaimChange(
        project.claim(claim_id),
        ClaimField.ANCHOR_STATUS,
        status,
        AnchorStatus.EXACT.value,
        before=claim_record(row),
        place=previous,
    )


def place_claim(
    project: Project, claim_id: int, start: int, end: int, who: str = ""
) -> ClaimChange:
    """The checker puts an orphan or ambiguous claim on a span of the current text, by hand.

    The same wording counts as confirmed; another wording is "changed" until confirmed. Returns
    the change ("anchor_status", old and new status); undo, exact:
    `restore_anchor(project, claim_id, change.place)`. A span that is not inside one paragraph is
    refused (RefusedEdit).
    """
    with project.file.transaction("the claim's new place") as db:
        row = claim_row(db, claim_id)
        previous = place_of(row)
        text = article_row(db, row["article_id"])["text"]
        if not (0 <= start < end <= len(text)) or "\n" in text[start:end]:
            raise RefusedEdit(f"{start}..{end} is not a span inside one paragraph of the article")
        wording = text[start:end]
        text_at_verdict = row["text_at_verdict"]
        if wording != row["text"] and text_at_verdict is None:
            text_at_verdict = row["text"]
        status = AnchorStatus.EXACT if text_at_verdict is None else AnchorStatus.CHANGED
        old_atoms = [
            Atom(atom_start, atom_end, AtomKind(kind), atom_text)
            for atom_start, atom_end, kind, atom_text in json.loads(row["atoms"] or "[]")
        ]
        atoms = relocate_atoms(old_atoms, text, start, end, _NO_ANALYSIS)
        db.table("claims").update(
            claim_id,
            {
                "start": start,
                "end": end,
                "text": wording,
                "prefix": text[max(0, start - CONTEXT_CHARS) : start],
                "suffix": text[end : end + CONTEXT_CHARS],
                "atoms": json.dumps(
                    [[atom.start, atom.end, str(atom.kind), atom.text] for atom in atoms],
                    ensure_ascii=False,
                ),
                "anchor_status": status.value,
                "anchor_alternatives": None,
                "text_at_verdict": text_at_verdict,
                "updated_at": now(),
            },
        )
        if wording != row["text"]:
            log_change(db, who, claim_id, row["article_id"], "text", row["text"], wording)
        old_status = row["anchor_status"] or AnchorStatus.EXACT.value
        log_change(db, who, claim_id, row["article_id"], "anchor_status", old_status, status.value)
    return ClaimChange(
        project.claim(claim_id),
        ClaimField.ANCHOR_STATUS,
        old_status,
        status.value,
        before=claim_record(row),
        place=previous,
    )


def restore_anchor(
    project: Project, claim_id: int, previous: ClaimPlace, who: str = ""
) -> ClaimChange:
    """Undo of `place_claim` and `confirm_anchor`: the claim's place, wording, atoms, anchor
    status, other places and verdict wording as they were, with history entries saying so.

    Refused (RefusedEdit) when the text changed since (a revision recorded in between). The
    returned `change.place` is the place undone, so restoring it again redoes it.
    """
    return project.restore_place(claim_id, previous, who)
