"""Rows of the project database as the revision code reads and writes them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from workbench.core.model import Analysis, Atom
from workbench.core.project.rows import atoms_found_again
from workbench.core.project.store import now


def article_row(db: Database, article_id: int) -> dict[str, Any]:
    rows = dicts(db.execute("SELECT * FROM articles WHERE id = ?", [article_id]))
    if not rows:
        raise KeyError(f"no article {article_id}")
    return rows[0]


def claim_rows(db: Database, article_id: int) -> list[dict[str, Any]]:
    return dicts(
        db.execute("SELECT * FROM claims WHERE article_id = ? ORDER BY number, id", [article_id])
    )


def dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def relocate_atoms(
    atoms: Sequence[Atom], text: str, start: int, end: int, analysis: Analysis
) -> list[Atom]:
    """Atoms of a reworded claim: the old ones still present, then the detector's new ones."""
    found = atoms_found_again(atoms, text, start, end)
    for claim in analysis.claims:
        for atom in claim.atoms:
            inside = start <= atom.start and atom.end <= end
            if inside and not any(a.start < atom.end and atom.start < a.end for a in found):
                found.append(atom)
    return sorted(found, key=lambda atom: (atom.start, atom.end))


def renumber(db: Database, article_id: int, edited: int | None = None) -> list[int]:
    """Number claims in reading order; orphans, which have no place, come last.

    Returns the claims other than `edited` whose number changed.
    """
    rows = db.execute(
        "SELECT id, number FROM claims WHERE article_id = ? "
        "ORDER BY COALESCE(anchor_status, '') = 'orphan', start, \"end\", id",
        [article_id],
    ).fetchall()
    changes = [
        (position, claim_id)
        for position, (claim_id, number) in enumerate(rows, start=1)
        if number != position
    ]
    db.conn.executemany("UPDATE claims SET number = ? WHERE id = ?", changes)
    return [claim_id for _, claim_id in changes if claim_id != edited]


def log_change(
    db: Database,
    who: str,
    claim_id: int | None,
    article_id: int,
    name: str,
    old: str | None,
    new: str | None,
) -> None:
    db.execute(
        "INSERT INTO history (at, who, claim_id, article_id, field, old, new) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [now(), who, claim_id, article_id, name, old, new],
    )
