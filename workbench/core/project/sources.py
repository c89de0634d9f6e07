"""A claim's sources: add, edit, remove and restore them, each one transaction with its history."""

from __future__ import annotations

from datetime import UTC, date, datetime

from workbench.core.project import queries
from workbench.core.project.errors import RefusedEdit
from workbench.core.project.file import ProjectFile
from workbench.core.project.records import SourceChange, SourceRecord
from workbench.core.project.rows import claim_row, log_change, next_id
from workbench.core.project.urls import check_url

EDITABLE = ("url", "title", "excerpt", "accessed")


def add_source(
    file: ProjectFile,
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
    with file.transaction("the new source") as db:
        claim = claim_row(db, claim_id)
        source = SourceRecord(id=next_id(db, "sources", "source_id"), claim_id=claim_id, **values)
        db.table("sources").insert(source_row(source))
        log_change(
            db,
            who,
            claim_id,
            claim["article_id"],
            "source",
            None,
            source_label(source),
            source_id=source.id,
        )
    return SourceChange(source, "source", None, source_label(source))


def edit_source(
    file: ProjectFile,
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
    with file.transaction("the source's changes") as db:
        before = queries.source(db, source_id)
        values = _checked(
            {
                name: getattr(before, name) if value is None else value
                for name, value in asked.items()
            }
        )
        changed = tuple(name for name in EDITABLE if values[name] != getattr(before, name))
        if changed:
            article_id = claim_row(db, before.claim_id)["article_id"]
            db.table("sources").update(source_id, {name: values[name] for name in changed})
            for name in changed:
                log_change(
                    db,
                    who,
                    before.claim_id,
                    article_id,
                    f"source.{name}",
                    getattr(before, name),
                    values[name],
                    source_id=source_id,
                )
    return SourceChange(
        queries.source(file.db, source_id),
        "source.edit",
        None,
        None,
        before=before,
        changed=changed,
    )


def remove_source(file: ProjectFile, source_id: int, who: str = "") -> SourceChange:
    """Remove a source. Undo: `restore_source(change.source)`."""
    with file.transaction("the source's removal") as db:
        source = queries.source(db, source_id)
        article_id = claim_row(db, source.claim_id)["article_id"]
        db.execute("DELETE FROM sources WHERE id = ?", [source_id])
        log_change(
            db,
            who,
            source.claim_id,
            article_id,
            "source",
            source_label(source),
            None,
            source_id=source_id,
        )
    return SourceChange(source, "source", source_label(source), None, before=source)


def restore_source(file: ProjectFile, source: SourceRecord, who: str = "") -> SourceChange:
    """Put back a removed source exactly as it was, with its id."""
    with file.transaction("the restored source") as db:
        if db.execute("SELECT 1 FROM sources WHERE id = ?", [source.id]).fetchone():
            raise RefusedEdit("this source is already in the project")
        article_id = claim_row(db, source.claim_id)["article_id"]
        db.table("sources").insert(source_row(source))
        log_change(
            db,
            who,
            source.claim_id,
            article_id,
            "source",
            None,
            source_label(source),
            source_id=source.id,
        )
    return SourceChange(source, "source", None, source_label(source))


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
