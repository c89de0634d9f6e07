"""Merging a checker's project file into another: what changed, where both sides disagree.

Rows are matched by identity; what each side changed is read from its history entries that the
other side lacks. A thing changed on one side only takes that side's value; changed on both to
different values, it is a conflict that the user resolves explicitly. Every history entry of the
part is kept in the target, with who made it. Merging the same file again finds nothing new.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlite_utils import Database

from workbench.core.desk.identities import (
    DESK_FIELDS,
    Entry,
    columns,
    entries,
    insert_entry,
    removed_uids,
    rows_by_uid,
)
from workbench.core.project.errors import ProjectError
from workbench.core.project.rows import log_change, next_claim_number
from workbench.core.project.store import Project

Side = Literal["target", "part"]

# Which claim columns each kind of history entry speaks for. A conflict is decided per group:
# a verdict given on one side and a rationale written on the other merge by themselves.
_GROUP_OF_FIELD = {
    "verdict": "verdict",
    "rationale": "rationale",
    "is_dismissed": "dismissal",
    "span": "place",
    "text": "place",
    "anchor_status": "place",
}
_GROUP_COLUMNS = {
    "verdict": ("verdict",),
    "rationale": ("rationale",),
    "dismissal": ("is_dismissed",),
    "place": (
        "start",
        "end",
        "text",
        "prefix",
        "suffix",
        "atoms",
        "types",
        "reasons",
        "score",
        "checkworthy",
        "source",
        "anchor_status",
        "anchor_alternatives",
        "text_at_verdict",
        "since_revision",
    ),
}
_GROUP_NAMES = {
    "verdict": "verdict",
    "rationale": "rationale",
    "dismissal": "dismissal",
    "place": "wording and place",
    "other": "other details",
    "source": "source",
    "claim": "claim removed on one side, edited on the other",
    "revision": "new version of the article on both sides",
}
_NEVER_MERGED = frozenset({"id", "article_id", "uid", "number", "updated_at", "claim_id"})
_SOURCE_COLUMNS = ("url", "title", "excerpt", "accessed")
_ARTICLE_COLUMNS = (
    "title",
    "text",
    "language",
    "model",
    "sha256",
    "revision",
    "metadata",
    "source_path",
)


@dataclass(frozen=True, slots=True)
class Conflict:
    """The same thing changed on both sides; `key` names it for a resolution."""

    key: str
    what: str
    article_title: str
    claim_number: int | None
    target_value: str
    part_value: str
    target_entries: tuple[Entry, ...]
    part_entries: tuple[Entry, ...]
    kind: str = ""  # what `what` names, as a key: "verdict", "rationale", "place", "source"…


@dataclass(frozen=True, slots=True)
class Change:
    """One change that merges by itself, for a window to word in the checker's language.

    `kind` is "verdict", "rationale", "dismissal", "place", "other", "source", "revision",
    "new claim", "removed claim", "new source" or "removed source"; `detail` is the claim's
    text, the source's address or title, or the article's new version number.
    """

    article_title: str
    claim_number: int | None
    kind: str
    detail: str = ""


@dataclass(slots=True)
class MergePlan:
    """What merging `part_path` into the target would do; nothing is written to make it."""

    part_path: Path
    new_articles: list[str] = field(default_factory=list)
    new_claims: int = 0
    removed_claims: int = 0
    changed: list[str] = field(default_factory=list)  # "article: claim 4: verdict", ...
    changes: list[Change] = field(default_factory=list)  # the same, structured
    new_sources: int = 0
    removed_sources: int = 0
    new_entries: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    # What to do, filled by planning and read by `merge`.
    steps: list[tuple[str, Any]] = field(default_factory=list, repr=False)
    new_history: list[Entry] = field(default_factory=list, repr=False)

    @property
    def is_empty(self) -> bool:
        return not (self.steps or self.conflicts or self.new_entries)

    def summary(self) -> str:
        parts = [
            f"{len(self.new_articles)} new article(s)",
            f"{self.new_claims} new claim(s)",
            f"{len(self.changed)} change(s)",
            f"{self.new_sources} new source(s)",
        ]
        if self.removed_claims:
            parts.append(f"{self.removed_claims} claim(s) removed")
        if self.removed_sources:
            parts.append(f"{self.removed_sources} source(s) removed")
        parts.append(f"{self.new_entries} history entries")
        parts.append(f"{len(self.conflicts)} conflict(s)")
        return ", ".join(parts)


class UnresolvedConflicts(ProjectError):
    """A merge was asked for while some conflicts have no decision; nothing was written."""

    def __init__(self, path: str, plan: MergePlan) -> None:
        super().__init__(
            path, f"{len(plan.conflicts)} conflict(s) need a decision before the merge"
        )
        self.plan = plan


def plan_merge(target: Project, part_path: str | Path) -> MergePlan:
    """What a merge of the file at `part_path` into `target` would change, and its conflicts."""
    with _open_part(target, Path(part_path)) as part:
        return _plan(target.file.db, part, Path(part_path))


def merge(
    target: Project,
    part_path: str | Path,
    *,
    who: str = "",
    resolutions: Mapping[str, Side] | None = None,
    prefer: Side | None = None,
) -> MergePlan:
    """Merge the checker's file at `part_path` into `target`, in one transaction.

    Each conflict is decided by `resolutions[conflict.key]`, else by `prefer`; with neither,
    `UnresolvedConflicts` is raised and nothing changes. Decisions are recorded in the history.
    Returns the plan that was carried out (empty if there was nothing new).
    """
    part_path = Path(part_path)
    resolutions = dict(resolutions or {})
    with _open_part(target, part_path) as part, target.file.transaction("the merge") as db:
        plan = _plan(db, part, part_path)
        undecided = [c for c in plan.conflicts if c.key not in resolutions and prefer is None]
        if undecided:
            raise UnresolvedConflicts(str(target.path), plan)
        if plan.is_empty:
            return plan
        decided = {c.key: resolutions.get(c.key, prefer or "target") for c in plan.conflicts}
        _apply(db, part, plan, decided, who)
    return plan


class _open_part:
    """The part file opened read-only, refusing the target itself and non-projects."""

    def __init__(self, target: Project, path: Path) -> None:
        if path.resolve() == Path(target.path).resolve():
            raise ProjectError(str(path), "a project cannot be merged into itself")
        self._project = Project.open(path, read_only=True)

    def __enter__(self) -> Database:
        return self._project.file.db

    def __exit__(self, *exc_info: object) -> None:
        self._project.close()


# -- planning ----------------------------------------------------------------------------------


def _plan(target: Database, part: Database, part_path: Path) -> MergePlan:
    plan = MergePlan(part_path)
    t_entries, p_entries = entries(target), entries(part)
    new_in_part = [e for uid, e in p_entries.items() if uid not in t_entries]
    only_in_target = [e for uid, e in t_entries.items() if uid not in p_entries]
    plan.new_entries = len(new_in_part)
    plan.new_history = new_in_part

    t_articles, p_articles = rows_by_uid(target, "articles"), rows_by_uid(part, "articles")
    t_claims, p_claims = rows_by_uid(target, "claims"), rows_by_uid(part, "claims")
    t_sources, p_sources = rows_by_uid(target, "sources"), rows_by_uid(part, "sources")
    t_claim_uid_by_id = {row["id"]: uid for uid, row in t_claims.items()}
    p_claim_uid_by_id = {row["id"]: uid for uid, row in p_claims.items()}
    p_article_uid_by_id = {row["id"]: uid for uid, row in p_articles.items()}
    t_article_uid_by_id = {row["id"]: uid for uid, row in t_articles.items()}
    titles = {uid: row["title"] for uid, row in {**p_articles, **t_articles}.items()}

    part_by_claim = _by(new_in_part, "claim_uid")
    target_by_claim = _by(only_in_target, "claim_uid")
    part_by_source = _by(new_in_part, "source_uid")
    target_by_source = _by(only_in_target, "source_uid")
    t_knows_claim = {e.claim_uid for e in t_entries.values()} | removed_uids(target, "claims")
    p_knows_claim = {e.claim_uid for e in p_entries.values()} | removed_uids(part, "claims")
    t_knows_source = {e.source_uid for e in t_entries.values()} | removed_uids(target, "sources")
    p_knows_source = {e.source_uid for e in p_entries.values()} | removed_uids(part, "sources")

    def conflict(
        key: str,
        what: str,
        article_uid: str | None,
        number: int | None,
        target_value: Any,
        part_value: Any,
        t: Iterable[Entry],
        p: Iterable[Entry],
    ) -> None:
        plan.conflicts.append(
            Conflict(
                key=key,
                what=_GROUP_NAMES[what],
                article_title=titles.get(article_uid or "", ""),
                claim_number=number,
                target_value=_shown(target_value),
                part_value=_shown(part_value),
                target_entries=tuple(t),
                part_entries=tuple(p),
                kind=what,
            )
        )

    # Articles the target does not have come whole; shared ones may have a new version.
    for uid, row in p_articles.items():
        if uid not in t_articles:
            plan.new_articles.append(row["title"])
            plan.steps.append(("article", uid))
            continue
        _plan_revisions(target, part, plan, uid, t_articles[uid], row, conflict)

    # Claims, by identity.
    groups = _groups(part, target)
    for uid, row in p_claims.items():
        article_uid = p_article_uid_by_id[row["article_id"]]
        if article_uid not in t_articles:
            continue  # comes with its new article
        if uid not in t_claims:
            edits = [
                e for e in part_by_claim.get(uid, []) if e.field != "claim" or e.old is not None
            ]
            if uid in t_knows_claim:  # removed in the target
                if edits:
                    conflict(
                        f"claim:{uid}",
                        "claim",
                        article_uid,
                        row["number"],
                        None,
                        row["text"],
                        target_by_claim.get(uid, []),
                        edits,
                    )
                    plan.steps.append(("claim_back", (uid, f"claim:{uid}")))
                continue
            plan.new_claims += 1
            plan.changes.append(
                Change(titles[article_uid], row["number"], "new claim", row["text"])
            )
            plan.steps.append(("claim", uid))
            continue
        mine = t_claims[uid]
        for group, names in groups.items():
            p_new = [e for e in part_by_claim.get(uid, []) if _group(e.field) == group]
            if not p_new:
                continue
            t_new = [e for e in target_by_claim.get(uid, []) if _group(e.field) == group]
            part_values = {name: row.get(name) for name in names}
            target_values = {name: mine.get(name) for name in names}
            if part_values == target_values:
                continue
            key = f"claim:{uid}:{group}"
            label = f"{titles[article_uid]}: claim {mine['number']}: {_GROUP_NAMES[group]}"
            if t_new:
                conflict(
                    key,
                    group,
                    article_uid,
                    mine["number"],
                    _values(target_values),
                    _values(part_values),
                    t_new,
                    p_new,
                )
                plan.steps.append(("claim_values", (uid, part_values, key)))
            else:
                plan.changed.append(label)
                plan.changes.append(Change(titles[article_uid], mine["number"], group))
                plan.steps.append(("claim_values", (uid, part_values, None)))
    for uid, row in t_claims.items():
        if uid in p_claims or uid not in p_knows_claim:
            continue
        held_in = t_article_uid_by_id.get(row["article_id"])
        if held_in is None or held_in not in p_articles:
            continue  # not in this part at all
        removal = [e for e in part_by_claim.get(uid, []) if e.field == "claim" and e.new is None]
        if not removal:
            continue
        edits = target_by_claim.get(uid, [])
        if edits:
            conflict(
                f"claim:{uid}", "claim", held_in, row["number"], row["text"], None, edits, removal
            )
            plan.steps.append(("claim_removal", (uid, f"claim:{uid}")))
        else:
            plan.removed_claims += 1
            plan.changes.append(
                Change(titles[held_in], row["number"], "removed claim", row["text"])
            )
            plan.steps.append(("claim_removal", (uid, None)))

    # Sources, by identity.
    for uid, row in p_sources.items():
        claim_uid = p_claim_uid_by_id.get(row["claim_id"])
        if claim_uid is None or claim_uid not in t_claims:
            continue  # comes with its claim or its article
        if uid not in t_sources:
            if uid in t_knows_source:
                continue  # removed in the target
            plan.new_sources += 1
            plan.changes.append(
                Change(
                    titles[p_article_uid_by_id[p_claims[claim_uid]["article_id"]]],
                    t_claims[claim_uid]["number"],
                    "new source",
                    str(row.get("url") or row.get("title") or ""),
                )
            )
            plan.steps.append(("source", uid))
            continue
        p_new = part_by_source.get(uid, [])
        values = {name: row.get(name) for name in _SOURCE_COLUMNS}
        theirs = {name: t_sources[uid].get(name) for name in _SOURCE_COLUMNS}
        if not p_new or values == theirs:
            continue
        t_new = target_by_source.get(uid, [])
        key = f"source:{uid}"
        if t_new:
            article_uid = p_article_uid_by_id[p_claims[claim_uid]["article_id"]]
            conflict(
                key,
                "source",
                article_uid,
                t_claims[claim_uid]["number"],
                _values(theirs),
                _values(values),
                t_new,
                p_new,
            )
            plan.steps.append(("source_values", (uid, values, key)))
        else:
            plan.changed.append(f"source {values['url'] or values['title']}")
            plan.changes.append(
                Change(
                    titles.get(p_article_uid_by_id[p_claims[claim_uid]["article_id"]], ""),
                    t_claims[claim_uid]["number"],
                    "source",
                    str(values["url"] or values["title"] or ""),
                )
            )
            plan.steps.append(("source_values", (uid, values, None)))
    for uid, row in t_sources.items():
        claim_uid = t_claim_uid_by_id.get(row["claim_id"])
        if uid in p_sources or uid not in p_knows_source or claim_uid not in p_claims:
            continue
        if any(e.new is None and e.field == "source" for e in part_by_source.get(uid, [])):
            plan.removed_sources += 1
            plan.changes.append(
                Change(
                    titles.get(t_article_uid_by_id.get(t_claims[claim_uid]["article_id"], ""), ""),
                    t_claims[claim_uid]["number"],
                    "removed source",
                    str(row.get("url") or row.get("title") or ""),
                )
            )
            plan.steps.append(("source_removal", uid))
    return plan


def _plan_revisions(
    target: Database,
    part: Database,
    plan: MergePlan,
    uid: str,
    mine: dict[str, Any],
    theirs: dict[str, Any],
    conflict: Any,
) -> None:
    t_revs = _revisions(target, mine["id"])
    p_revs = _revisions(part, theirs["id"])
    t_shas, p_shas = [sha for _, sha in t_revs], [sha for _, sha in p_revs]
    if p_shas == t_shas or p_shas == t_shas[: len(p_shas)]:
        return  # nothing new in the part
    if t_shas == p_shas[: len(t_shas)]:
        plan.changed.append(f"{mine['title']}: new version {len(p_shas)}")
        plan.changes.append(Change(mine["title"], None, "revision", str(len(p_shas))))
        plan.steps.append(("revisions", (uid, None)))
        return
    key = f"revision:{uid}"
    conflict(
        key,
        "revision",
        uid,
        None,
        f"version {len(t_shas)}: {mine['title']}",
        f"version {len(p_shas)}: {theirs['title']}",
        (),
        (),
    )
    plan.steps.append(("revisions", (uid, key)))


def _revisions(db: Database, article_id: int) -> list[tuple[int, str]]:
    rows = db.execute(
        "SELECT revision, sha256 FROM revisions WHERE article_id = ? ORDER BY revision",
        [article_id],
    ).fetchall()
    return [(int(number), str(sha)) for number, sha in rows]


def _groups(part: Database, target: Database) -> dict[str, tuple[str, ...]]:
    theirs = set(columns(part, "claims"))
    shared = [name for name in columns(target, "claims") if name in theirs]
    groups = {
        group: tuple(name for name in names if name in shared)
        for group, names in _GROUP_COLUMNS.items()
    }
    grouped = {name for names in groups.values() for name in names}
    groups["other"] = tuple(n for n in shared if n not in grouped and n not in _NEVER_MERGED)
    return groups


def _group(history_field: str) -> str | None:
    if (
        history_field in DESK_FIELDS
        or history_field == "claim"
        or history_field.startswith("source")
    ):
        return None
    return _GROUP_OF_FIELD.get(history_field, "other")


def _by(found: Iterable[Entry], attribute: str) -> dict[str, list[Entry]]:
    grouped: dict[str, list[Entry]] = defaultdict(list)
    for entry in found:
        uid = getattr(entry, attribute)
        if uid is not None:
            grouped[uid].append(entry)
    return grouped


def _values(values: Mapping[str, Any]) -> str:
    if len(values) == 1:
        return _shown(next(iter(values.values())))
    return json.dumps(dict(values), ensure_ascii=False, sort_keys=True)


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


# -- carrying it out ---------------------------------------------------------------------------


def _apply(
    db: Database, part: Database, plan: MergePlan, decided: Mapping[str, Side], who: str
) -> None:
    def takes_part(key: str | None) -> bool:
        return key is None or decided[key] == "part"

    for kind, value in plan.steps:
        if kind == "article":
            _copy_article(db, part, value)
        elif kind == "revisions":
            uid, key = value
            if takes_part(key):
                _take_revisions(db, part, uid)
        elif kind == "claim":
            _copy_claim(db, part, value)
        elif kind == "claim_back":
            uid, key = value
            if takes_part(key):
                _copy_claim(db, part, uid)
        elif kind == "claim_values":
            uid, values, key = value
            if takes_part(key):
                _update(db, "claims", uid, values)
        elif kind == "claim_removal":
            uid, key = value
            if takes_part(key):
                db.execute(
                    "DELETE FROM sources WHERE claim_id = (SELECT id FROM claims WHERE uid = ?)",
                    [uid],
                )
                db.execute("DELETE FROM claims WHERE uid = ?", [uid])
        elif kind == "source":
            _copy_source(db, part, value)
        elif kind == "source_values":
            uid, values, key = value
            if takes_part(key):
                _update(db, "sources", uid, values)
        elif kind == "source_removal":
            db.execute("DELETE FROM sources WHERE uid = ?", [value])
    # The part's history, with who did what, in the order it was written.
    for entry in plan.new_history:
        insert_entry(
            db,
            entry,
            _local(db, "claims", entry.claim_uid),
            _local(db, "articles", entry.article_uid),
            _local(db, "sources", entry.source_uid),
        )
    for conflict in plan.conflicts:
        side = decided[conflict.key]
        kept = conflict.part_value if side == "part" else conflict.target_value
        log_change(
            db,
            who,
            _local(db, "claims", conflict.key.split(":")[1]),
            None,
            "merge.conflict",
            f"{conflict.what}: target «{conflict.target_value}», part «{conflict.part_value}»",
            f"kept the {side}'s: {kept}",
        )
    log_change(
        db, who, None, None, "merge", None, f"merged {plan.part_path.name}: {plan.summary()}"
    )


def _local(db: Database, table: str, uid: str | None) -> int | None:
    if uid is None:
        return None
    row = db.execute(f"SELECT id FROM {table} WHERE uid = ?", [uid]).fetchone()
    return None if row is None else int(row[0])


def _update(db: Database, table: str, uid: str, values: Mapping[str, Any]) -> None:
    if not values:
        return
    assignments = ", ".join(f'"{name}" = ?' for name in values)
    db.execute(f"UPDATE {table} SET {assignments} WHERE uid = ?", [*values.values(), uid])


def _shared_columns(db: Database, part: Database, table: str) -> list[str]:
    mine = set(columns(db, table))
    return [name for name in columns(part, table) if name in mine and name != "id"]


def _insert(db: Database, table: str, row: Mapping[str, Any], names: list[str]) -> int:
    quoted = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" * len(names))
    cursor = db.execute(
        f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', [row[name] for name in names]
    )
    return int(cursor.lastrowid or 0)


def _copy_article(db: Database, part: Database, uid: str) -> None:
    row = part.execute("SELECT * FROM articles WHERE uid = ?", [uid]).fetchone()
    names = [d[0] for d in part.execute("SELECT * FROM articles LIMIT 0").description]
    source = dict(zip(names, row, strict=True))
    position = db.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM articles").fetchone()[0]
    article_id = _insert(
        db, "articles", {**source, "position": position}, _shared_columns(db, part, "articles")
    )
    for revision in _rows(part, "SELECT * FROM revisions WHERE article_id = ?", [source["id"]]):
        _insert(
            db,
            "revisions",
            {**revision, "article_id": article_id},
            _shared_columns(db, part, "revisions"),
        )
    for claim in _rows(part, "SELECT uid FROM claims WHERE article_id = ?", [source["id"]]):
        _copy_claim(db, part, claim["uid"])


def _copy_claim(db: Database, part: Database, uid: str) -> None:
    claim = _rows(part, "SELECT * FROM claims WHERE uid = ?", [uid])[0]
    article_uid = part.execute(
        "SELECT uid FROM articles WHERE id = ?", [claim["article_id"]]
    ).fetchone()[0]
    article_id = _local(db, "articles", article_uid)
    assert article_id is not None, article_uid  # its article is copied before its claims
    number = claim["number"]
    # Taken: a live claim has it, or the target gave it since (to a claim removed there) and
    # this claim is not that one coming back.
    taken = db.execute(
        "SELECT EXISTS (SELECT 1 FROM claims WHERE article_id = ?1 AND number = ?2) OR ("
        "?2 <= (SELECT claim_numbers_given FROM articles WHERE id = ?1) AND NOT EXISTS ("
        "SELECT 1 FROM identities_of_removed WHERE tbl = 'claims' AND uid = ?3))",
        [article_id, number, uid],
    ).fetchone()[0]
    if taken:  # both sides added a claim: the part's gets a number neither side ever gave
        number = next_claim_number(db, article_id)
    _insert(
        db,
        "claims",
        {**claim, "article_id": article_id, "number": number},
        _shared_columns(db, part, "claims"),
    )
    for source in _rows(part, "SELECT uid FROM sources WHERE claim_id = ?", [claim["id"]]):
        _copy_source(db, part, source["uid"])


def _copy_source(db: Database, part: Database, uid: str) -> None:
    source = _rows(part, "SELECT * FROM sources WHERE uid = ?", [uid])[0]
    claim_uid = part.execute(
        "SELECT uid FROM claims WHERE id = ?", [source["claim_id"]]
    ).fetchone()[0]
    if db.execute("SELECT 1 FROM sources WHERE uid = ?", [uid]).fetchone():
        return
    _insert(
        db,
        "sources",
        {**source, "claim_id": _local(db, "claims", claim_uid)},
        _shared_columns(db, part, "sources"),
    )


def _take_revisions(db: Database, part: Database, uid: str) -> None:
    """The part's versions of the article after the target's last one, and its current text."""
    article_id = _local(db, "articles", uid)
    theirs = _rows(part, "SELECT * FROM articles WHERE uid = ?", [uid])[0]
    last = db.execute(
        "SELECT COALESCE(MAX(revision), 0) FROM revisions WHERE article_id = ?", [article_id]
    ).fetchone()[0]
    known = {
        sha
        for (sha,) in db.execute(
            "SELECT sha256 FROM revisions WHERE article_id = ?", [article_id]
        ).fetchall()
    }
    names = _shared_columns(db, part, "revisions")
    for revision in _rows(
        part, "SELECT * FROM revisions WHERE article_id = ? ORDER BY revision", [theirs["id"]]
    ):
        if revision["sha256"] in known:
            continue
        last += 1
        _insert(db, "revisions", {**revision, "article_id": article_id, "revision": last}, names)
    values = {name: theirs[name] for name in _ARTICLE_COLUMNS if name in theirs}
    values["revision"] = last
    _update(db, "articles", uid, values)
    # The claims' places belong to that text: take them all from the part.
    for claim in _rows(part, "SELECT * FROM claims WHERE article_id = ?", [theirs["id"]]):
        if _local(db, "claims", claim["uid"]) is not None:
            _update(
                db,
                "claims",
                claim["uid"],
                {name: claim[name] for name in _GROUP_COLUMNS["place"] if name in claim},
            )


def _rows(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


__all__ = [
    "Change",
    "Conflict",
    "MergePlan",
    "UnresolvedConflicts",
    "merge",
    "plan_merge",
]
