"""Annotations kept from an import (comments, tracked changes, notes, parts): writing, reading."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlite_utils import Database

from workbench.core.model import Annotation

KINDS = ("comment", "insertion", "deletion", "note", "part")


def add_annotations(
    db: Database, article_id: int, revision: int, annotations: Sequence[Annotation]
) -> None:
    """Store an article's annotations, inside the caller's transaction."""
    if not annotations:
        return
    db.table("annotations").insert_all(
        (
            {
                "article_id": article_id,
                "revision": revision,
                "kind": annotation.kind,
                "start": annotation.start,
                "end": annotation.end,
                "author": annotation.author,
                "date": annotation.date,
                "text": annotation.text,
                "extra": json.dumps(annotation.extra, ensure_ascii=False),
            }
            for annotation in annotations
        ),
        batch_size=500,
    )


def annotations_of(
    db: Database, article_id: int, kind: str | None = None, revision: int | None = None
) -> list[Annotation]:
    """An article's annotations in text order, those of its current revision unless one is
    named (a revision read from a plain text file has none: older ones index another text)."""
    if revision is None:
        row = db.execute("SELECT revision FROM articles WHERE id = ?", [article_id]).fetchone()
        revision = row[0] if row and row[0] is not None else 1
    sql = (
        'SELECT kind, start, "end", author, date, text, extra FROM annotations '
        "WHERE article_id = ? AND revision = ?"
    )
    parameters: list[object] = [article_id, revision]
    if kind is not None:
        sql += " AND kind = ?"
        parameters.append(kind)
    rows = db.execute(sql + ' ORDER BY start, "end", id', parameters).fetchall()
    return [
        Annotation(
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            row[5] or "",
            json.loads(row[6]) if row[6] else {},
        )
        for row in rows
    ]


def touching(
    annotations: Sequence[Annotation],
    start: int,
    end: int,
    kinds: Sequence[str] = ("insertion", "deletion"),
) -> list[Annotation]:
    """The annotations of `kinds` that touch the span [start, end): what makes a claim
    "changed in the draft" (a deletion, an empty span, touches a claim it sits inside or at
    either end of)."""
    return [
        annotation
        for annotation in annotations
        if annotation.kind in kinds
        and (
            (annotation.start < end and start < annotation.end)
            or (annotation.start == annotation.end and start <= annotation.start <= end)
        )
    ]
