"""Rows of the project database that only the revision code reads: an article's claims, moved atoms."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from workbench.core.model import Analysis, Atom
from workbench.core.project.rows import READING_ORDER, atoms_found_again, dicts


def claim_rows(db: Database, article_id: int) -> list[dict[str, Any]]:
    return dicts(
        db.execute(
            f"SELECT * FROM claims WHERE article_id = ? ORDER BY {READING_ORDER}", [article_id]
        )
    )


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
