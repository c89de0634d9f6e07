"""The corpus at a glance: one row per article for the navigator (index, date, source, progress,
must-check claims left) and the whole project's counts by date, source, tier and verdict.

Each is one SQL statement over every article or claim, never one per article: on the 1,366-article
benchmark project (25,954 claims) each takes about 110-120 ms on a busy 2-core machine, one
article's row 0.1 ms (tests/benchmarks/bench_overview.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from sqlite_utils import Database

from workbench.core.model import ANONYMOUS_SOURCE_MARK, ClaimType, Priority, Standing

# The SQL twins of `priority_from` and `Standing.of`, on a claim's stored columns (alias `c`);
# tests/test_project_overview.py checks them against the records' own properties.
MUST_CHECK_SQL = (
    f"(c.types LIKE '%\"{ClaimType.ALLEGATION.value}\"%' "
    f"OR c.types LIKE '%\"{ClaimType.QUANTITY.value}\"%' "
    f"OR c.reasons LIKE '%{ANONYMOUS_SOURCE_MARK}%')"
)
TIER_SQL = (
    f"CASE WHEN {MUST_CHECK_SQL} THEN '{Priority.MUST_CHECK.value}' "
    f"WHEN c.checkworthy THEN '{Priority.CHECKWORTHY.value}' ELSE '{Priority.LOW.value}' END"
)
STANDING_SQL = (
    "CASE WHEN c.verdict != 'unchecked' AND COALESCE(c.anchor_status, '') = 'changed' "
    f"THEN '{Standing.TO_RECHECK.value}' ELSE c.verdict END"
)
CHECKED_SQL = "(c.verdict != 'unchecked' AND COALESCE(c.anchor_status, '') != 'changed')"

_ROWS = f"""SELECT a.id, a.title, a.position, a.source_path,
    json_extract(a.metadata, '$.index') AS corpus_index,
    json_extract(a.metadata, '$.date') AS date,
    json_extract(a.metadata, '$.site') AS site,
    json_extract(a.metadata, '$.format') AS format,
    COUNT(c.id) AS claim_count,
    COALESCE(SUM({CHECKED_SQL}), 0) AS checked_count,
    COALESCE(SUM({MUST_CHECK_SQL} AND NOT {CHECKED_SQL}), 0) AS must_check_left
    FROM articles a LEFT JOIN claims c ON c.article_id = a.id AND c.is_dismissed = 0"""

_DAY_FIRST = re.compile(r"(\d{2})[-/.](\d{2})[-/.](\d{4})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?")
_YEAR_FIRST = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?")


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """An article as the navigator lists it: no text, no claims, only what is shown."""

    id: int
    title: str
    position: int  # reading order in the project
    corpus_index: int | None  # the entry's number in its corpus export ("1061/1366")
    day: str  # ISO (2024-10-25), "" when the article states no date readable as one
    date: str  # as the article states it, time included
    source: str  # the site, else the file it was read from, else how it came ("paste")
    claim_count: int
    checked_count: int
    must_check_left: int  # must-check claims without a verdict on their present wording

    @property
    def is_finished(self) -> bool:
        return self.checked_count >= self.claim_count


@dataclass(frozen=True, slots=True)
class Tally:
    """Articles (or claims) in a group, and how many of them are finished (or checked)."""

    count: int = 0
    done: int = 0


@dataclass(frozen=True, slots=True)
class CorpusOverview:
    articles: Tally
    claims: Tally
    must_check_left: int
    articles_with_must_check_left: int
    by_day: list[tuple[str, Tally]]  # oldest first; "" (no date) last
    by_source: list[tuple[str, Tally]]  # most articles first
    by_tier: dict[Priority, Tally] = field(default_factory=dict)  # claims, checked
    by_standing: dict[Standing, int] = field(default_factory=dict)


def article_rows(db: Database, ids: Iterable[int] | None = None) -> list[ArticleRow]:
    """Every article (or those of `ids`) in reading order, as the navigator shows them."""
    if ids is None:
        rows = db.execute(f"{_ROWS} GROUP BY a.id ORDER BY a.position, a.id").fetchall()
    else:
        wanted = sorted(set(ids))
        if not wanted:
            return []
        marks = ", ".join("?" * len(wanted))
        rows = db.execute(
            f"{_ROWS} WHERE a.id IN ({marks}) GROUP BY a.id ORDER BY a.position, a.id", wanted
        ).fetchall()
    return [_row(*row) for row in rows]


def corpus_overview(db: Database, rows: Sequence[ArticleRow] | None = None) -> CorpusOverview:
    """The project's counts: the articles' from `rows` (read if not given), the claims' by tier
    and standing in one grouped statement."""
    if rows is None:
        rows = article_rows(db)
    by_tier: dict[Priority, Tally] = {tier: Tally() for tier in Priority}
    by_standing: dict[Standing, int] = dict.fromkeys(Standing, 0)
    grouped = db.execute(
        f"SELECT {TIER_SQL} AS tier, {STANDING_SQL} AS standing, COUNT(*), "
        f"SUM({CHECKED_SQL}) FROM claims c WHERE c.is_dismissed = 0 GROUP BY tier, standing"
    ).fetchall()
    for tier, standing, count, checked in grouped:
        before = by_tier[Priority(tier)]
        by_tier[Priority(tier)] = Tally(before.count + count, before.done + int(checked or 0))
        by_standing[Standing(standing)] += count
    return CorpusOverview(
        articles=Tally(len(rows), sum(row.is_finished for row in rows)),
        claims=Tally(sum(r.claim_count for r in rows), sum(r.checked_count for r in rows)),
        must_check_left=sum(row.must_check_left for row in rows),
        articles_with_must_check_left=sum(row.must_check_left > 0 for row in rows),
        by_day=sorted(_tallies(rows, "day").items(), key=lambda item: (not item[0], item[0])),
        by_source=sorted(_tallies(rows, "source").items(), key=lambda item: -item[1].count),
        by_tier=by_tier,
        by_standing=by_standing,
    )


def next_with_must_check(rows: Sequence[ArticleRow], after: int | None) -> int | None:
    """The first article after `after` (in the order of `rows`, wrapping round) that still has
    unchecked must-check claims; `after` itself only when it is the only one."""
    if not rows:
        return None
    start = next((i for i, row in enumerate(rows) if row.id == after), -1)
    for step in range(1, len(rows) + 1):
        row = rows[(start + step) % len(rows)]
        if row.must_check_left > 0:
            return row.id
    return None


def iso_day(date: str) -> str:
    """2024-10-25 for "25-10-2024 20:32:03", "2024-10-25T08:00", "25/10/2024"; else ""."""
    text = date.strip()
    found = _YEAR_FIRST.match(text)
    if found:
        return f"{found[1]}-{found[2]}-{found[3]}"
    found = _DAY_FIRST.match(text)
    if found:
        return f"{found[3]}-{found[2]}-{found[1]}"
    return ""


def _row(
    identifier: int,
    title: str,
    position: int | None,
    source_path: str | None,
    corpus_index: object,
    date: object,
    site: object,
    how: object,
    claim_count: int,
    checked_count: int,
    must_check_left: int,
) -> ArticleRow:
    stated = str(date) if isinstance(date, str | int) else ""
    if isinstance(site, str) and site.strip():
        source = site.strip()
    elif source_path:
        source = PurePath(source_path).name
    else:
        source = str(how) if isinstance(how, str) else ""
    return ArticleRow(
        id=int(identifier),
        title=str(title),
        position=int(position or 0),
        corpus_index=corpus_index if isinstance(corpus_index, int) else None,
        day=iso_day(stated),
        date=stated,
        source=source,
        claim_count=int(claim_count),
        checked_count=int(checked_count),
        must_check_left=int(must_check_left),
    )


def _tallies(rows: Iterable[ArticleRow], key: str) -> dict[str, Tally]:
    found: dict[str, Tally] = {}
    for row in rows:
        name = str(getattr(row, key))
        before = found.get(name, Tally())
        found[name] = Tally(before.count + 1, before.done + int(row.is_finished))
    return found
