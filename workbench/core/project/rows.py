"""Stored rows to records and back: the JSON columns, the anchoring context around a claim."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from workbench.core.model import (
    Analysis,
    AnchorStatus,
    Atom,
    AtomKind,
    ClaimOrigin,
    ClaimType,
    Verdict,
)
from workbench.core.project import chain
from workbench.core.project.records import (
    AnchorState,
    ArticleRecord,
    ArticleSummary,
    ClaimPlace,
    ClaimRecord,
    HistoryEntry,
    SourceRecord,
)

CONTEXT_CHARS = 32
# A history line before it is written: claim_id, article_id, field, old, new, source_id.
HistoryChange = tuple[
    int | None, int | None, str, str | None, str | None, int | None
]  # text kept before and after a claim so it can be re-anchored after edits


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def next_id(db: Any, table: str, history_column: str) -> int:
    """A fresh id, never one a removed row had: the history still speaks of those."""
    row = db.execute(
        f"SELECT MAX(COALESCE((SELECT MAX(id) FROM {table}), 0), "
        f"COALESCE((SELECT MAX({history_column}) FROM history), 0))"
    ).fetchone()
    return int(row[0]) + 1


def dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def article_row(db: Database, article_id: int) -> dict[str, Any]:
    rows = dicts(db.execute("SELECT * FROM articles WHERE id = ?", [article_id]))
    if not rows:
        raise KeyError(f"no article {article_id}")
    return rows[0]


def claim_row(db: Database, claim_id: int) -> dict[str, Any]:
    rows = dicts(db.execute("SELECT * FROM claims WHERE id = ?", [claim_id]))
    if not rows:
        raise KeyError(f"no claim {claim_id}")
    return rows[0]


def next_claim_number(db: Database, article_id: int) -> int:
    """The number the article's next claim gets: one above any it ever gave.

    Numbers are never changed nor given again (a removed claim keeps its number for an undo,
    and reports, rationales and ClaimReview ids name claims by it); the order in the text is
    a separate thing (`READING_ORDER`).
    """
    row = db.execute(
        "SELECT MAX(COALESCE((SELECT claim_numbers_given FROM articles WHERE id = ?1), 0), "
        "COALESCE((SELECT MAX(number) FROM claims WHERE article_id = ?1), 0))",
        [article_id],
    ).fetchone()
    return int(row[0]) + 1


# How an article's claims are listed: in the order of the text; orphans, the claims a revision
# lost, have no place in it and come last.
READING_ORDER = "COALESCE(anchor_status, '') = 'orphan', start, \"end\", id"


def log_change(
    db: Database,
    who: str,
    claim_id: int | None,
    article_id: int | None,
    field: str,
    old: str | None,
    new: str | None,
    *,
    source_id: int | None = None,
) -> None:
    """One line of the history, dated now, appended to the chain (see `chain.append`).

    The entry carries its own identity and those of what it is about (looked up in the same
    statement), so it can be told apart and understood in a merged or copied project.
    """
    log_changes(db, who, [(claim_id, article_id, field, old, new, source_id)])


def log_changes(
    db: Database, who: str, changes: Sequence[HistoryChange]
) -> tuple[HistoryEntry, ...]:
    """Lines of the history in one statement, dated now; returns them as stored.

    One statement rather than one per line: an edit that writes two lines (a verdict that also
    clears a "changed" flag) stays within its statement budget (tests/test_project_statements.py).
    """
    at = now()
    rows = chain.append(
        db,
        [
            chain.NewEntry(at, who, claim_id, article_id, field, old, new, source_id)
            for claim_id, article_id, field, old, new, source_id in changes
        ],
    )
    return tuple(history_entry(row) for row in rows)


def anchor(text: str, start: int, end: int) -> dict[str, Any]:
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "prefix": text[max(0, start - CONTEXT_CHARS) : start],
        "suffix": text[end : end + CONTEXT_CHARS],
    }


def atoms_json(atoms: Iterable[Atom]) -> str:
    return json.dumps(
        [[atom.start, atom.end, str(atom.kind), atom.text] for atom in atoms], ensure_ascii=False
    )


def claim_rows(
    article_id: int, text: str, analysis: Analysis, first_id: int, at: str
) -> Iterable[dict[str, Any]]:
    for number, claim in enumerate(analysis.claims, start=1):
        yield {
            "id": first_id + number - 1,
            "article_id": article_id,
            "number": number,
            **anchor(text, claim.start, claim.end),
            "score": claim.score,
            "checkworthy": int(claim.checkworthy),
            "types": json.dumps([str(kind) for kind in claim.types]),
            "reasons": json.dumps(list(claim.reasons), ensure_ascii=False),
            "atoms": atoms_json(claim.atoms),
            "source": claim.source,
            "origin": ClaimOrigin.DETECTED.value,
            "verdict": Verdict.UNCHECKED.value,
            "rationale": "",
            "is_dismissed": 0,
            "updated_at": at,
        }


def article_record(row: dict[str, Any]) -> ArticleRecord:
    return ArticleRecord(
        id=row["id"],
        title=row["title"],
        text=row["text"],
        language=row["language"] or "unknown",
        model=row["model"] or "",
        sha256=row["sha256"],
        revision=row["revision"] or 1,
        metadata=json.loads(row["metadata"] or "{}"),
        source_path=row["source_path"],
        imported_at=row["imported_at"] or "",
        claim_count=row["claim_count"],
        checked_count=row["checked_count"],
    )


def summary_record(row: dict[str, Any]) -> ArticleSummary:
    return ArticleSummary(
        id=row["id"],
        title=row["title"],
        language=row["language"] or "unknown",
        model=row["model"] or "",
        sha256=row["sha256"],
        revision=row["revision"] or 1,
        metadata=json.loads(row["metadata"] or "{}"),
        source_path=row["source_path"],
        imported_at=row["imported_at"] or "",
        claim_count=row["claim_count"],
        checked_count=row["checked_count"],
    )


def claim_record(row: dict[str, Any]) -> ClaimRecord:
    return ClaimRecord(
        id=row["id"],
        article_id=row["article_id"],
        number=row["number"],
        start=row["start"],
        end=row["end"],
        text=row["text"],
        score=row["score"],
        checkworthy=bool(row["checkworthy"]),
        types=tuple(ClaimType(kind) for kind in json.loads(row["types"] or "[]")),
        reasons=tuple(json.loads(row["reasons"] or "[]")),
        atoms=atoms_of(row),
        source=row["source"],
        origin=ClaimOrigin(row["origin"]),
        verdict=Verdict(row["verdict"]),
        rationale=row["rationale"] or "",
        is_dismissed=bool(row["is_dismissed"]),
        updated_at=row["updated_at"] or "",
        anchor_status=AnchorStatus(row.get("anchor_status") or AnchorStatus.EXACT),
    )


def atoms_of(row: dict[str, Any]) -> tuple[Atom, ...]:
    return tuple(
        Atom(start, end, AtomKind(kind), text)
        for start, end, kind, text in json.loads(row["atoms"] or "[]")
    )


def anchor_state(row: dict[str, Any]) -> AnchorState:
    """How the claim in `row` stands after the last revision of its article."""
    return AnchorState(
        row["id"],
        AnchorStatus(row["anchor_status"] or AnchorStatus.EXACT),
        row["text_at_verdict"],
        row["since_revision"] or 1,
        tuple((start, end) for start, end in json.loads(row["anchor_alternatives"] or "[]")),
    )


def place_of(row: dict[str, Any]) -> ClaimPlace:
    return ClaimPlace(
        start=row["start"],
        end=row["end"],
        text=row["text"],
        prefix=row["prefix"] or "",
        suffix=row["suffix"] or "",
        atoms=atoms_of(row),
        anchor_status=row["anchor_status"],
        alternatives=tuple(
            (start, end) for start, end in json.loads(row["anchor_alternatives"] or "[]")
        ),
        text_at_verdict=row["text_at_verdict"],
    )


def place_row(place: ClaimPlace) -> dict[str, Any]:
    """The stored columns of a place, as `place_of` read them."""
    return {
        "start": place.start,
        "end": place.end,
        "text": place.text,
        "prefix": place.prefix,
        "suffix": place.suffix,
        "atoms": atoms_json(place.atoms),
        "anchor_status": place.anchor_status,
        "anchor_alternatives": json.dumps([list(span) for span in place.alternatives])
        if place.alternatives
        else None,
        "text_at_verdict": place.text_at_verdict,
    }


def atoms_found_again(atoms: Sequence[Atom], text: str, start: int, end: int) -> list[Atom]:
    """The atoms whose words are still in `text[start:end]`, at their new offsets, in order."""
    found: list[Atom] = []
    cursor = start
    for atom in atoms:
        at = text.find(atom.text, cursor, end) if atom.text else -1
        if at == -1:
            at = text.find(atom.text, start, end) if atom.text else -1
        if at != -1:
            found.append(Atom(at, at + len(atom.text), atom.kind, atom.text))
            cursor = at + len(atom.text)
    return found


def source_record(row: dict[str, Any]) -> SourceRecord:
    return SourceRecord(
        id=row["id"],
        claim_id=row["claim_id"],
        url=row["url"] or "",
        title=row["title"] or "",
        excerpt=row["excerpt"] or "",
        accessed=row["accessed"] or "",
    )


_HISTORY_FIELDS = frozenset(HistoryEntry.__dataclass_fields__)


def history_entry(row: dict[str, Any]) -> HistoryEntry:
    # Later migrations add columns (identities, the chain) that the record does not carry.
    return HistoryEntry(**{name: value for name, value in row.items() if name in _HISTORY_FIELDS})
