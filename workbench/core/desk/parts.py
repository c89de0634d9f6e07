"""Giving a checker some articles of a project as a project file of their own."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workbench.core.desk.identities import columns, entries, insert_entry, project_uid
from workbench.core.project.errors import ProjectError
from workbench.core.project.rows import dicts, log_change, now
from workbench.core.project.store import Project

_COPIED = ("articles", "revisions", "claims", "sources")


def give_part(
    origin: Project, article_ids: Sequence[int], target: str | Path, *, checker: str, who: str = ""
) -> Path:
    """Write the chosen articles, with their claims, sources and history, to a new project file.

    Rows keep their ids and identities, so the part can be merged back (or with another
    checker's part); the part remembers the project it came from. The origin's history records
    that the part was given. A failure leaves no part file behind and the origin unchanged.
    """
    target = Path(target)
    wanted = sorted(set(article_ids))
    known = {article.id for article in origin.articles()}
    missing = [article_id for article_id in wanted if article_id not in known]
    if not wanted:
        raise ProjectError(str(origin.path), "no article was chosen for the part")
    if missing:
        raise ProjectError(str(origin.path), f"no article {missing[0]} in the project")
    part = Project.create(target)
    try:
        with part:
            _copy(origin.file.db, part, wanted, checker=checker, who=who, origin_path=origin.path)
    except BaseException:
        for side in ("", "-wal", "-shm"):
            Path(f"{target}{side}").unlink(missing_ok=True)
        raise
    if not origin.read_only:
        with origin.file.transaction("the note that a part was given") as db:
            log_change(db, who, None, None, "part", None, _part_label(target, checker, wanted))
    return target


def _part_label(target: Path, checker: str, article_ids: Sequence[int]) -> str:
    return f"{len(article_ids)} article(s) given to {checker or 'a checker'} as {target.name}"


def _copy(
    source: Database,
    part: Project,
    article_ids: list[int],
    *,
    checker: str,
    who: str,
    origin_path: Path,
) -> None:
    marks = ", ".join("?" * len(article_ids))
    origin_uid = project_uid(source)
    with part.file.transaction("the part") as db:
        claim_ids: list[int] = []
        for table in _COPIED:
            names = [name for name in columns(db, table) if name in set(columns(source, table))]
            if table == "articles":
                where, params = f"id IN ({marks})", article_ids
            elif table == "sources":
                where = f"claim_id IN (SELECT id FROM claims WHERE article_id IN ({marks}))"
                params = article_ids
            else:
                where, params = f"article_id IN ({marks})", article_ids
            rows = dicts(
                source.execute(
                    f"SELECT {', '.join(names)} FROM {table} WHERE {where} ORDER BY id", params
                )
            )
            if table == "claims":
                claim_ids = [row["id"] for row in rows]
            _insert(db, table, names, rows)
        wanted_claims = set(claim_ids)
        wanted_articles = set(article_ids)
        article_uids = {
            row[0]
            for row in source.execute(
                f"SELECT uid FROM articles WHERE id IN ({marks})", article_ids
            ).fetchall()
        }
        for entry in entries(source).values():
            if (
                entry.local_claim_id in wanted_claims
                or entry.local_article_id in wanted_articles
                or entry.article_uid in article_uids
            ):
                insert_entry(
                    db, entry, entry.local_claim_id, entry.local_article_id, entry.local_source_id
                )
        details = {
            "origin_project_uid": origin_uid,
            "origin_file": origin_path.name,
            "given_at": now(),
            "given_by": who,
            "given_to": checker,
            "article_uids": sorted(article_uids),
        }
        db.execute(
            "INSERT OR REPLACE INTO state (key, value) VALUES ('part_of', ?), ('part_details', ?)",
            [origin_uid, json.dumps(details, ensure_ascii=False)],
        )
        log_change(
            db,
            who,
            None,
            None,
            "part",
            None,
            f"part of {origin_path.name} for {checker or 'a checker'}",
        )


def _insert(db: Database, table: str, names: list[str], rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    quoted = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" * len(names))
    db.conn.executemany(
        f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})',
        [[row[name] for name in names] for row in rows],
    )
