"""A claim's sources: add, edit, remove and restore them, each one transaction with its history."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime
from typing import Any

from sqlite_utils import Database

from workbench.core.project.errors import RefusedEdit
from workbench.core.project.records import SourceChange, SourceRecord
from workbench.core.project.rows import dicts, next_id, source_record
from workbench.core.project.urls import check_url

EDITABLE = ("url", "title", "excerpt", "accessed")


class SourceEdits:
    """The source methods of `Project`, kept apart to keep each module small."""

    _db: Database
    _write: Callable[[str], AbstractContextManager[Database]]
    _log: Callable[..., None]
    _claim_row: Callable[[Database, int], dict[str, Any]]

    def sources(self, claim_id: int) -> list[SourceRecord]:
        rows = self._db.execute("SELECT * FROM sources WHERE claim_id = ? ORDER BY id", [claim_id])
        return [source_record(row) for row in dicts(rows)]

    def source(self, source_id: int) -> SourceRecord:
        found = dicts(self._db.execute("SELECT * FROM sources WHERE id = ?", [source_id]))
        if not found:
            raise KeyError(f"no source {source_id}")
        return source_record(found[0])

    def add_source(
        self,
        claim_id: int,
        url: str = "",
        title: str = "",
        excerpt: str = "",
        accessed: str | None = None,
        who: str = "",
    ) -> SourceChange:
        """Add a source to a claim; `accessed` defaults to today (UTC), "" for unknown.

        Raises RefusedURL for an address that is not http(s) (see `urls`), RefusedEdit for an
        empty source or a date that is not YYYY-MM-DD. Undo: `remove_source(change.source.id)`.
        """
        values = _checked(
            {
                "url": url,
                "title": title,
                "excerpt": excerpt,
                "accessed": datetime.now(UTC).date().isoformat() if accessed is None else accessed,
            }
        )
        with self._write("the new source") as db:
            claim = self._claim_row(db, claim_id)
            source = SourceRecord(
                id=next_id(db, "sources", "source_id"), claim_id=claim_id, **values
            )
            db.table("sources").insert(source_row(source))
            self._log(
                db,
                claim_id,
                claim["article_id"],
                "source",
                None,
                source_label(source),
                who,
                source_id=source.id,
            )
        return SourceChange(source, "source", None, source_label(source))

    def edit_source(
        self,
        source_id: int,
        *,
        url: str | None = None,
        title: str | None = None,
        excerpt: str | None = None,
        accessed: str | None = None,
        who: str = "",
    ) -> SourceChange:
        """Change some fields of a source (None: unchanged); one history entry per changed field.

        `field` is "source.edit" and `changed` names the fields. Undo:
        `edit_source(source_id, url=before.url, title=before.title, ...)`.
        """
        asked = {"url": url, "title": title, "excerpt": excerpt, "accessed": accessed}
        with self._write("the source's changes") as db:
            before = self._source(db, source_id)
            values = _checked(
                {
                    name: getattr(before, name) if value is None else value
                    for name, value in asked.items()
                }
            )
            changed = tuple(name for name in EDITABLE if values[name] != getattr(before, name))
            if changed:
                article_id = self._claim_row(db, before.claim_id)["article_id"]
                db.table("sources").update(source_id, {name: values[name] for name in changed})
                for name in changed:
                    self._log(
                        db,
                        before.claim_id,
                        article_id,
                        f"source.{name}",
                        getattr(before, name),
                        values[name],
                        who,
                        source_id=source_id,
                    )
        return SourceChange(
            self.source(source_id), "source.edit", None, None, before=before, changed=changed
        )

    def remove_source(self, source_id: int, who: str = "") -> SourceChange:
        """Remove a source. Undo: `restore_source(change.source)`."""
        with self._write("the source's removal") as db:
            source = self._source(db, source_id)
            article_id = self._claim_row(db, source.claim_id)["article_id"]
            db.execute("DELETE FROM sources WHERE id = ?", [source_id])
            self._log(
                db,
                source.claim_id,
                article_id,
                "source",
                source_label(source),
                None,
                who,
                source_id=source_id,
            )
        return SourceChange(source, "source", source_label(source), None, before=source)

    def restore_source(self, source: SourceRecord, who: str = "") -> SourceChange:
        """Put back a removed source exactly as it was, with its id."""
        with self._write("the restored source") as db:
            if db.execute("SELECT 1 FROM sources WHERE id = ?", [source.id]).fetchone():
                raise RefusedEdit("this source is already in the project")
            article_id = self._claim_row(db, source.claim_id)["article_id"]
            db.table("sources").insert(source_row(source))
            self._log(
                db,
                source.claim_id,
                article_id,
                "source",
                None,
                source_label(source),
                who,
                source_id=source.id,
            )
        return SourceChange(source, "source", None, source_label(source))

    @staticmethod
    def _source(db: Database, source_id: int) -> SourceRecord:
        found = dicts(db.execute("SELECT * FROM sources WHERE id = ?", [source_id]))
        if not found:
            raise KeyError(f"no source {source_id}")
        return source_record(found[0])


def _checked(values: dict[str, str]) -> dict[str, str]:
    """The values as they will be stored, or RefusedEdit / RefusedURL before anything is written."""
    checked = {
        "url": check_url(values["url"]),
        "title": values["title"].strip(),
        "excerpt": values["excerpt"].strip(),
        "accessed": values["accessed"].strip(),
    }
    if not (checked["url"] or checked["title"] or checked["excerpt"]):
        raise RefusedEdit("a source needs an address, a title or an excerpt")
    if checked["accessed"]:
        try:
            checked["accessed"] = date.fromisoformat(checked["accessed"]).isoformat()
        except ValueError:
            raise RefusedEdit(
                f"the access date {checked['accessed']!r} is not a date like 2024-03-31"
            ) from None
    return checked


def source_label(source: SourceRecord) -> str:
    """How a source is named in the history: its address, else its title, else its excerpt."""
    return source.url or source.title or source.excerpt


def source_row(source: SourceRecord) -> dict[str, object]:
    return {
        "id": source.id,
        "claim_id": source.claim_id,
        "url": source.url,
        "title": source.title,
        "excerpt": source.excerpt,
        "accessed": source.accessed,
    }
