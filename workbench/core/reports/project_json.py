"""The JSON dump of a project (every row of every table) and its import into a new project file.

The format is documented in resources/reports/README.md ("JSON export"). Rows are read straight
from the project's tables rather than through the records, so every column (claim anchors' context,
dismissed claims, reading position) is kept, including columns added by later schema versions.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

import workbench
from workbench.core.model import Standing, Verdict
from workbench.core.project import Project, chain
from workbench.core.project.errors import RefusedURL
from workbench.core.project.opening import connect_reader
from workbench.core.project.urls import check_url
from workbench.core.reports.content import STANDING_ORDER, ReportScope

FORMAT = "workbench-project"
_VERDICTS = frozenset(verdict.value for verdict in Verdict)
FORMAT_VERSION = 1
MIGRATION_SET = "workbench"

# Columns holding JSON text in the database; the export writes them as JSON values.
JSON_COLUMNS = {
    ("articles", "metadata"),
    ("claims", "types"),
    ("claims", "reasons"),
    ("claims", "atoms"),
    ("claims", "anchor_alternatives"),
    ("annotations", "extra"),
}
# Tables in an order that satisfies their foreign keys; any other table follows, by name.
TABLE_ORDER = ("articles", "claims", "sources", "history", "state", "annotations")


class JsonImportError(ValueError):
    """A JSON file that cannot become a project; the message names the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


def project_dump(
    project: Project, scope: ReportScope | None = None, *, exported_at: str
) -> dict[str, Any]:
    """Everything `project` holds (or the part `scope` selects), as JSON-ready data."""
    scope = scope or ReportScope()
    with closing(_read_only(project.path)) as connection:
        tables = _tables(connection)
        rows = {name: _rows(connection, name) for name in tables}
        migrations = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY applied_at, name",
                [MIGRATION_SET],
            )
        ]
    if scope.kind != "project":
        rows = _restrict(rows, scope)
    in_scope = None if scope.kind == "project" else {row["id"] for row in rows.get("claims", [])}
    from workbench.core.corpus.report_section import corpus_evidence, corpus_json  # loaded late

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "program_version": workbench.__version__,
        "exported_at": exported_at,
        "project": Path(project.path).stem,
        "scope": {
            "kind": scope.kind,
            "article_id": scope.article_id,
            "claim_ids": None if scope.claim_ids is None else sorted(scope.claim_ids),
        },
        "schema_migrations": migrations,
        # The whole history's hash chain as checked when exporting (not imported back).
        "history_check": _history_check(project),
        "tables": {name: [_decoded(name, row) for row in table] for name, table in rows.items()},
        # Derived, not imported back: the claims stated in several places, and the name flags.
        "corpus": corpus_json(corpus_evidence(project), in_scope),
        # Derived too: where each claim stands (its verdict, or "to_recheck" when it was given
        # on a wording since changed), and the counts every report's summary shows.
        **_standings(rows.get("claims", [])),
    }


def _standings(claims: list[dict[str, Any]]) -> dict[str, Any]:
    standings = {
        row["id"]: Standing.of(Verdict(row["verdict"]), row.get("anchor_status")) for row in claims
    }
    summary = dict.fromkeys((str(standing) for standing in STANDING_ORDER), 0)
    for row in claims:
        if not row["is_dismissed"]:
            summary[standings[row["id"]]] += 1
    return {
        "standings": {str(claim_id): str(value) for claim_id, value in standings.items()},
        "summary": summary,
    }


def _history_check(project: Project) -> dict[str, Any]:
    check = project.verify_history()
    return {
        "verified": check.is_verified,
        "entries": check.entries,
        "chain_head": check.head,
        "problem": check.problem,
    }


def render_project_json(
    project: Project, scope: ReportScope | None = None, *, exported_at: str
) -> str:
    dump = project_dump(project, scope, exported_at=exported_at)
    return json.dumps(dump, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def import_json(json_path: str | Path, project_path: str | Path) -> Path:
    """Create the project `project_path` holding exactly what the JSON export `json_path` holds.

    Refuses an existing `project_path`; on any failure the new file is removed and nothing else
    was touched.
    """
    json_path, project_path = Path(json_path), Path(project_path)
    dump = _load(json_path)
    Project.create(project_path).close()  # applies this program's schema; refuses an existing file
    try:
        with closing(sqlite3.connect(project_path)) as connection:
            _fill(connection, dump, json_path)
        Project.open(project_path).close()  # the result must open like any project
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{project_path}{suffix}").unlink(missing_ok=True)
        raise
    return project_path


# -- reading -------------------------------------------------------------------------------------


def _read_only(path: Path) -> sqlite3.Connection:
    return connect_reader(Path(path))


def _tables(connection: sqlite3.Connection) -> list[str]:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != '_sqlite_migrations'"
        )
    ]
    return sorted(
        names,
        key=lambda name: (
            TABLE_ORDER.index(name) if name in TABLE_ORDER else len(TABLE_ORDER),
            name,
        ),
    )


def _rows(connection: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    cursor = connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _restrict(
    rows: dict[str, list[dict[str, Any]]], scope: ReportScope
) -> dict[str, list[dict[str, Any]]]:
    """Keep the articles, claims, sources and history `scope` covers; other tables are dropped."""
    claims = [
        row
        for row in rows.get("claims", [])
        if (scope.article_id is None or row["article_id"] == scope.article_id)
        and (scope.claim_ids is None or row["id"] in scope.claim_ids)
    ]
    claim_ids = {row["id"] for row in claims}
    if scope.claim_ids is not None:
        article_ids = {row["article_id"] for row in claims}
    else:
        article_ids = {scope.article_id}
    return {
        "articles": [row for row in rows.get("articles", []) if row["id"] in article_ids],
        "annotations": [
            row for row in rows.get("annotations", []) if row["article_id"] in article_ids
        ],
        "claims": claims,
        "sources": [row for row in rows.get("sources", []) if row["claim_id"] in claim_ids],
        "history": [
            row
            for row in rows.get("history", [])
            if row["claim_id"] in claim_ids
            or (row["claim_id"] is None and row["article_id"] in article_ids)
        ],
    }


def _decoded(table: str, row: dict[str, Any]) -> dict[str, Any]:
    result = dict(row)
    for column, value in row.items():
        if (table, column) in JSON_COLUMNS and isinstance(value, str):
            result[column] = json.loads(value)
    return result


# -- writing -------------------------------------------------------------------------------------


def _load(path: Path) -> dict[str, Any]:
    try:
        dump = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise JsonImportError(path, f"cannot be read ({error.strerror})") from None
    except UnicodeDecodeError:
        raise JsonImportError(path, "is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise JsonImportError(
            path, f"is not valid JSON (line {error.lineno}: {error.msg})"
        ) from None
    if not isinstance(dump, dict) or dump.get("format") != FORMAT:
        raise JsonImportError(
            path, 'is not a Workbench project export (no "format": "workbench-project")'
        )
    if dump.get("format_version") != FORMAT_VERSION:
        raise JsonImportError(
            path,
            f"format version {dump.get('format_version')!r} is not one this program reads "
            f"(it reads version {FORMAT_VERSION})",
        )
    if not isinstance(dump.get("tables"), dict):
        raise JsonImportError(path, 'has no "tables" object')
    return dump


def _fill(connection: sqlite3.Connection, dump: dict[str, Any], path: Path) -> None:
    known = {
        row[0]
        for row in connection.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        )
    }
    unknown = set(dump.get("schema_migrations") or []) - known
    if unknown:
        raise JsonImportError(
            path,
            "was exported by a newer Workbench; update the program to import it "
            f"(unknown schema changes: {', '.join(sorted(unknown))})",
        )
    with _transaction(connection):
        connection.execute("DELETE FROM state")  # a new project may hold defaults; the dump wins
        for table, rows in dump["tables"].items():
            _insert(connection, table, rows, path)
        _check_history(connection, dump, path)
        problems = connection.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            table, rowid, parent, _ = problems[0]
            raise JsonImportError(
                path, f"row {rowid} of {table} points to a missing row of {parent}"
            )


def _check_history(connection: sqlite3.Connection, dump: dict[str, Any], path: Path) -> None:
    """A whole-project export keeps its history's chain, which must match; an article or
    selection export (part of the chain) or an export older than the chain is chained anew."""
    db = Database(connection)
    hashed = connection.execute("SELECT COUNT(entry_hash) FROM history").fetchone()[0]
    scope = dump.get("scope")
    kind = scope.get("kind", "project") if isinstance(scope, dict) else "project"
    if hashed == 0 or kind != "project":
        chain.chain_existing(db)
        connection.execute("DELETE FROM state WHERE key = ?", [chain.CHECKPOINT_KEY])
        return
    check = chain.verify(db)
    if not check.is_verified:
        raise JsonImportError(
            path, f"its history does not verify ({check.problem}); it was changed after export"
        )


def _insert(connection: sqlite3.Connection, table: str, rows: Any, path: Path) -> None:
    columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
    if not columns:
        raise JsonImportError(path, f"has a table {table!r} that projects do not have")
    if not isinstance(rows, list):
        raise JsonImportError(path, f"table {table!r} is not a list of rows")
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise JsonImportError(path, f"row {number} of {table!r} is not an object")
        extra = set(row) - columns
        if extra:
            raise JsonImportError(
                path, f"row {number} of {table!r} has unknown fields: {', '.join(sorted(extra))}"
            )
        if table == "claims" and "verdict" in row and row["verdict"] not in _VERDICTS:
            raise JsonImportError(
                path, f"row {number} of 'claims' has an unknown verdict: {row['verdict']!r}"
            )
        if table == "sources" and "url" in row:
            if not isinstance(row["url"], str):
                raise JsonImportError(
                    path, f"row {number} of 'sources' has an address that is not text"
                )
            try:
                check_url(row["url"])
            except RefusedURL as error:
                raise JsonImportError(
                    path, f"row {number} of 'sources' has a refused address: {error.problem}"
                ) from None
        names = list(row)
        values = [_encoded(table, name, row[name], path) for name in names]
        placeholders = ", ".join("?" for _ in names)
        quoted = ", ".join(f'"{name}"' for name in names)
        try:
            connection.execute(f'INSERT INTO "{table}" ({quoted}) VALUES ({placeholders})', values)
        except sqlite3.Error as error:
            raise JsonImportError(
                path, f"row {number} of {table!r} was refused ({error})"
            ) from None


def _encoded(table: str, column: str, value: Any, path: Path) -> Any:
    if (table, column) in JSON_COLUMNS and value is not None:
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (dict, list)):
        raise JsonImportError(path, f"{table}.{column} holds a list or object, not a plain value")
    return value


@contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    connection.execute("BEGIN")
    try:
        yield
    except BaseException:
        connection.rollback()
        raise
    connection.commit()
