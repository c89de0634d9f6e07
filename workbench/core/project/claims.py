"""Editing claims: verdicts, rationales, claims added by hand, spans, dismissals, removals.

Each edit is one transaction with its history entries, and returns a `ClaimChange` saying what
changed and how to undo it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlite_utils import Database

from workbench.core.model import AnchorStatus, Atom, ClaimOrigin, Verdict
from workbench.core.project import queries
from workbench.core.project.errors import RefusedEdit
from workbench.core.project.file import ProjectFile
from workbench.core.project.records import (
    ClaimChange,
    ClaimField,
    ClaimPlace,
    ClaimRecord,
    ClaimSnapshot,
    HistoryEntry,
)
from workbench.core.project.rows import (
    HistoryChange,
    anchor,
    anchor_state,
    atoms_found_again,
    atoms_json,
    claim_record,
    claim_row,
    log_change,
    log_changes,
    next_claim_number,
    next_id,
    now,
    place_of,
    place_row,
)
from workbench.core.project.sources import source_label, source_row

_EXACT, _CHANGED = AnchorStatus.EXACT.value, AnchorStatus.CHANGED.value
_PLACED_BY_THE_CHECKER = (AnchorStatus.ORPHAN.value, AnchorStatus.AMBIGUOUS.value)


def set_verdict(
    file: ProjectFile,
    claim_id: int,
    verdict: Verdict,
    who: str = "",
    *,
    place: ClaimPlace | None = None,
) -> ClaimChange:
    """Give a claim its verdict.

    A verdict on a claim flagged "changed since verdict" is a verdict on its new wording,
    even when it is the same verdict again: the checker has read the claim as it is now, so
    the flag is cleared (an "anchor_status" history entry) and `change.place` holds the claim's
    place as it was, flag included. A claim lost or placed among several passages keeps its
    flag: a verdict says nothing about where the claim is. `change.place` is None when no
    flag was cleared.

    Undo, exact: `set_verdict(claim_id, change.old, place=change.place)`; a given `place` is
    put back in the same transaction (see `restore_place`).
    """
    value = Verdict(verdict).value
    if place is not None:
        return _undo_verdict(file, claim_id, value, who, place)
    with file.transaction("the verdict") as db:
        # Three statements between BEGIN and COMMIT: this read, the update, the history insert.
        row, progress = queries.claim_row_and_progress(db, claim_id)
        before = claim_record(row)
        old = before.verdict.value
        updates: dict[str, Any] = {}
        lines: list[HistoryChange] = []
        if old != value:
            updates["verdict"] = value
            lines.append((claim_id, before.article_id, "verdict", old, value, None))
        previous: ClaimPlace | None = None
        if row["anchor_status"] == _CHANGED:
            previous = place_of(row)
            updates.update(anchor_status=_EXACT, text_at_verdict=None)
            lines.append((claim_id, before.article_id, "anchor_status", _CHANGED, _EXACT, None))
        entries: tuple[HistoryEntry, ...] = ()
        if updates:
            updates["updated_at"] = now()
            columns = ", ".join(f"{name} = ?" for name in updates)
            db.execute(f"UPDATE claims SET {columns} WHERE id = ?", [*updates.values(), claim_id])
            entries = log_changes(db, who, lines)
        if not before.is_dismissed:  # the progress read above, counted after the new verdict
            # A verdict on changed wording did not count (to re-check); the new one does.
            was_checked = _is_checked(old) if previous is None else 0
            checked = progress.checked_count + _is_checked(value) - was_checked
            progress = replace(progress, checked_count=checked)
    # The claim as written, from the row read above: a verdict changes no other column.
    written = {**row, **updates}
    return ClaimChange(
        claim_record(written),
        ClaimField.VERDICT,
        old,
        value,
        before=before,
        place=previous,
        progress=progress,
        entries=entries,
        anchor=anchor_state(written),
    )


def _is_checked(verdict: str) -> int:
    """1 if `verdict` counts as checked in an article's progress (as `article_progress` counts)."""
    return int(verdict != Verdict.UNCHECKED.value)


def _undo_verdict(
    file: ProjectFile, claim_id: int, value: str, who: str, place: ClaimPlace
) -> ClaimChange:
    """The undo of a verdict that cleared a flag: the old verdict, and the place put back."""
    with file.transaction("the verdict") as db:
        row = claim_row(db, claim_id)
        before = claim_record(row)
        old = before.verdict.value
        if old != value:
            db.execute(
                "UPDATE claims SET verdict = ?, updated_at = ? WHERE id = ?",
                [value, now(), claim_id],
            )
            log_change(db, who, claim_id, before.article_id, "verdict", old, value)
        previous = _put_place(db, row, place, who)
        progress = queries.article_progress(db, before.article_id)
    return ClaimChange(
        queries.claim(file.db, claim_id),
        ClaimField.VERDICT,
        old,
        value,
        before=before,
        place=previous,
        progress=progress,
    )


def set_rationale(file: ProjectFile, claim_id: int, rationale: str, who: str = "") -> ClaimChange:
    """Undo: `set_rationale(claim_id, change.old)`."""
    return _set_claim_field(file, claim_id, "rationale", rationale, who, "the rationale")


def _set_claim_field(
    file: ProjectFile, claim_id: int, field: str, value: str, who: str, what: str
) -> ClaimChange:
    with file.transaction(what) as db:
        before = claim_record(claim_row(db, claim_id))
        old = getattr(before, field)
        old = old.value if isinstance(old, Verdict) else old
        if old != value:
            db.execute(
                f"UPDATE claims SET {field} = ?, updated_at = ? WHERE id = ?",
                [value, now(), claim_id],
            )
            log_change(db, who, claim_id, before.article_id, field, old, value)
    return ClaimChange(
        queries.claim(file.db, claim_id), ClaimField(field), old, value, before=before
    )


def add_claim(
    file: ProjectFile, article_id: int, start: int, end: int, who: str = ""
) -> ClaimChange:
    """Add a claim by hand over `text[start:end]` (surrounding spaces left out).

    The claim gets the article's next number: no other claim's number changes. Undo:
    `remove_claim(change.claim.id)`.
    """
    with file.transaction("the new claim") as db:
        text = queries.article_text(db, article_id)
        start, end = _checked_span(text, start, end)
        same = db.execute(
            'SELECT number FROM claims WHERE article_id = ? AND start = ? AND "end" = ?',
            [article_id, start, end],
        ).fetchone()
        if same is not None:
            raise RefusedEdit(f"claim {same[0]} already covers exactly this passage")
        claim_id = next_id(db, "claims", "claim_id")
        db.table("claims").insert(
            {
                "id": claim_id,
                "article_id": article_id,
                "number": next_claim_number(db, article_id),
                **anchor(text, start, end),
                "score": 1.0,
                "checkworthy": 1,
                "types": "[]",
                "reasons": json.dumps(["added by the checker"]),
                "atoms": "[]",
                "source": None,
                "origin": ClaimOrigin.MANUAL.value,
                "verdict": Verdict.UNCHECKED.value,
                "rationale": "",
                "is_dismissed": 0,
                "updated_at": now(),
            }
        )
        log_change(db, who, claim_id, article_id, "claim", None, text[start:end])
    claim = queries.claim(file.db, claim_id)
    return ClaimChange(claim, ClaimField.CLAIM, None, claim.text)


def set_claim_span(
    file: ProjectFile,
    claim_id: int,
    start: int,
    end: int,
    who: str = "",
    *,
    atoms: Sequence[Atom] | None = None,
) -> ClaimChange:
    """Move a claim over another passage of its article; atoms outside it are dropped.

    `atoms` replaces the claim's atoms instead (each must lie inside the passage).

    A claim the last revision lost or found in several places is placed by this: the checker
    chose its passage. Its flag and other places go; its atoms are looked for by their words
    in the passage; and, as when placing it (`revisions.place_claim`), a wording other than
    the one its verdict was given on leaves it "changed since verdict" until confirmed. A claim
    already flagged "changed" stays so: moving it is not reading it again.

    Undo, exact (flag, other places and atoms included): `restore_place(claim_id,
    change.place)`.
    """
    with file.transaction("the claim's new passage") as db:
        row = claim_row(db, claim_id)
        before = claim_record(row)
        previous = place_of(row)
        text = queries.article_text(db, before.article_id)
        start, end = _checked_span(text, start, end)
        placing = previous.anchor_status in _PLACED_BY_THE_CHECKER
        if atoms is None and placing:
            # An orphan's atoms have no offsets left; an ambiguous one's may be at another copy.
            kept = atoms_found_again(previous.atoms, text, start, end)
        elif atoms is None:
            kept = [atom for atom in previous.atoms if start <= atom.start and atom.end <= end]
        elif all(start <= atom.start and atom.end <= end for atom in atoms):
            kept = list(atoms)
        else:
            raise RefusedEdit("an atom lies outside the claim's passage")
        if placing or (start, end, tuple(kept)) != (before.start, before.end, before.atoms):
            placed = anchor(text, start, end)
            values = {**placed, "atoms": atoms_json(kept), "updated_at": now()}
            status = previous.anchor_status
            if placing:
                text_at_verdict = previous.text_at_verdict
                if placed["text"] != previous.text and text_at_verdict is None:
                    text_at_verdict = previous.text
                status = _EXACT if text_at_verdict is None else _CHANGED
                values.update(
                    anchor_status=status,
                    anchor_alternatives=None,
                    text_at_verdict=text_at_verdict,
                )
            db.table("claims").update(claim_id, values)
            log_change(db, who, claim_id, before.article_id, "span", before.text, placed["text"])
            if status != previous.anchor_status:
                log_change(
                    db,
                    who,
                    claim_id,
                    before.article_id,
                    "anchor_status",
                    previous.anchor_status,
                    status,
                )
    return _span_change(file, claim_id, before, previous)


def restore_place(
    file: ProjectFile, claim_id: int, place: ClaimPlace, who: str = ""
) -> ClaimChange:
    """Put a claim back where it was and as sure of it as it was: span, wording, context,
    atoms, anchor status, other places and the wording of its verdict.

    The undo of every edit that returns a `change.place`. Refused (RefusedEdit) when the
    article's text no longer holds the place's wording there. `change.place` is the place
    it had, so restoring that undoes the restore.
    """
    with file.transaction("the claim's place") as db:
        row = claim_row(db, claim_id)
        before = claim_record(row)
        previous = _put_place(db, row, place, who)
    return _span_change(file, claim_id, before, previous)


def _span_change(
    file: ProjectFile,
    claim_id: int,
    before: ClaimRecord,
    previous: ClaimPlace,
) -> ClaimChange:
    """The change a move or a restore of the claim's place made, read after its commit."""
    claim = queries.claim(file.db, claim_id)
    return ClaimChange(
        claim,
        ClaimField.SPAN,
        before.text,
        claim.text,
        before=before,
        place=previous,
    )


def _put_place(db: Database, row: dict[str, Any], place: ClaimPlace, who: str) -> ClaimPlace:
    """Write `place` over the claim's row; returns its place before."""
    claim_id, article_id = row["id"], row["article_id"]
    text = queries.article_text(db, article_id)
    lost = place.start == place.end  # an orphan keeps only roughly where it was
    if not 0 <= place.start <= place.end <= len(text) or (
        not lost and text[place.start : place.end] != place.text
    ):
        raise RefusedEdit("the article's text changed since the claim was there")
    previous = place_of(row)
    if previous == place:
        return previous
    db.table("claims").update(claim_id, {**place_row(place), "updated_at": now()})
    if (previous.start, previous.end, previous.text) != (place.start, place.end, place.text):
        log_change(db, who, claim_id, article_id, "span", previous.text, place.text)
    if (previous.anchor_status or _EXACT) != (place.anchor_status or _EXACT):
        log_change(
            db,
            who,
            claim_id,
            article_id,
            "anchor_status",
            previous.anchor_status or _EXACT,
            place.anchor_status or _EXACT,
        )
    return previous


def set_dismissed(
    file: ProjectFile, claim_id: int, is_dismissed: bool, who: str = ""
) -> ClaimChange:
    """Dismiss a detected claim (it stays, greyed, with its number) or bring it back.

    Undo: `set_dismissed(claim_id, not is_dismissed)`.
    """
    with file.transaction("the dismissal" if is_dismissed else "the claim's return") as db:
        before = claim_record(claim_row(db, claim_id))
        if before.origin == ClaimOrigin.MANUAL:
            raise RefusedEdit(f"claim {before.number} was added by hand: delete it instead")
        old, new = _flag(before.is_dismissed), _flag(is_dismissed)
        if old != new:
            db.execute(
                "UPDATE claims SET is_dismissed = ?, updated_at = ? WHERE id = ?",
                [int(is_dismissed), now(), claim_id],
            )
            log_change(db, who, claim_id, before.article_id, "is_dismissed", old, new)
        progress = queries.article_progress(db, before.article_id)  # dismissed claims do not count
    return ClaimChange(
        queries.claim(file.db, claim_id),
        ClaimField.IS_DISMISSED,
        old,
        new,
        before=before,
        progress=progress,
    )


def remove_claim(file: ProjectFile, claim_id: int, who: str = "") -> ClaimChange:
    """Delete a claim added by hand, with its sources; detected claims are dismissed instead.

    Undo: `restore_claim(change.snapshot)` brings it back exactly (id, verdict, sources).
    """
    with file.transaction("the claim's removal") as db:
        row = claim_row(db, claim_id)
        claim = claim_record(row)
        if claim.origin != ClaimOrigin.MANUAL:
            raise RefusedEdit(f"claim {claim.number} was detected: dismiss it instead")
        sources = queries.sources(db, claim_id)
        for source in sources:
            db.execute("DELETE FROM sources WHERE id = ?", [source.id])
            log_change(
                db,
                who,
                claim_id,
                claim.article_id,
                "source",
                source_label(source),
                None,
                source_id=source.id,
            )
        db.execute("DELETE FROM claims WHERE id = ?", [claim_id])  # its number is not reused
        log_change(db, who, claim_id, claim.article_id, "claim", claim.text, None)
    snapshot = ClaimSnapshot(claim=claim, sources=tuple(sources), row=row)
    return ClaimChange(
        claim,
        ClaimField.CLAIM,
        claim.text,
        None,
        before=claim,
        snapshot=snapshot,
    )


def restore_claim(file: ProjectFile, snapshot: ClaimSnapshot, who: str = "") -> ClaimChange:
    """Put back a removed claim exactly as it was: same id, verdict, rationale and sources."""
    row = dict(snapshot.row)
    claim_id, article_id = row["id"], row["article_id"]
    with file.transaction("the restored claim") as db:
        if db.execute("SELECT 1 FROM claims WHERE id = ?", [claim_id]).fetchone():
            raise RefusedEdit(f"claim {snapshot.claim.number} is already in the project")
        text = queries.article_text(db, article_id)
        if text[row["start"] : row["end"]] != row["text"]:
            raise RefusedEdit("the article's text changed since the claim was removed")
        db.table("claims").insert(row)  # with its number: no other claim was given it
        log_change(db, who, claim_id, article_id, "claim", None, row["text"])
        for source in snapshot.sources:
            db.table("sources").insert(source_row(source))
            log_change(
                db,
                who,
                claim_id,
                article_id,
                "source",
                None,
                source_label(source),
                source_id=source.id,
            )
    claim = queries.claim(file.db, claim_id)
    return ClaimChange(claim, ClaimField.CLAIM, None, claim.text)


def _checked_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding spaces, or RefusedEdit saying why it cannot be a claim."""
    if not 0 <= start < end <= len(text):
        raise RefusedEdit(f"the passage {start}-{end} is outside the article (0-{len(text)})")
    passage = text[start:end]
    stripped = passage.strip()
    if not stripped:
        raise RefusedEdit("the passage is empty")
    start += len(passage) - len(passage.lstrip())
    end = start + len(stripped)
    if "\n" in stripped:
        raise RefusedEdit("a claim cannot run across a paragraph break")
    return start, end


def _flag(value: bool) -> str:
    return "true" if value else "false"
