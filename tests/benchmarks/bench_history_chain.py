"""What the history's hash chain costs: a verdict's commit with and without it, in one run, and
checking the whole chain (done at open, at close and by `workbench verify`).

    PYTHONPATH=. /work/venv/bin/python tests/benchmarks/bench_history_chain.py [--edits 400]

"Without" writes the history line as the program did before the chain: the same one INSERT,
with no hashes. The two are interleaved edit by edit on two copies of the same project, so the
disk and the machine's load weigh on both alike.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script
    sys.path.insert(0, str(ROOT))

from sqlite_utils import Database

from tests.benchmarks.bench_project_data import build_project
from workbench.core.model import Verdict
from workbench.core.project import Project, rows
from workbench.core.project.records import HistoryEntry

VERDICTS = [Verdict.CONFIRMED, Verdict.DENIED, Verdict.UNVERIFIED, Verdict.UNCHECKED]


def _uid_of(table: str) -> str:
    return (
        f"COALESCE((SELECT uid FROM {table} WHERE id = ?), "
        f"(SELECT uid FROM identities_of_removed WHERE tbl = '{table}' AND local_id = ?))"
    )


def unchained_log_changes(
    db: Database, who: str, changes: Sequence[rows.HistoryChange]
) -> tuple[HistoryEntry, ...]:
    """The history write as it was before the chain (main at 435fb10)."""
    if not changes:
        return ()
    at = rows.now()
    row = (
        "(?, ?, ?, ?, ?, ?, ?, ?, lower(hex(randomblob(16))), "
        f"{_uid_of('claims')}, {_uid_of('articles')}, {_uid_of('sources')})"
    )
    parameters: list[object] = []
    for change in changes:
        claim_id, article_id, _field, _old, _new, source_id = change
        parameters += [at, who, *change, claim_id, claim_id, article_id, article_id]
        parameters += [source_id, source_id]
    cursor = db.execute(
        "INSERT INTO history (at, who, claim_id, article_id, field, old, new, source_id, "
        f"uid, claim_uid, article_uid, source_uid) VALUES {', '.join([row] * len(changes))} "
        "RETURNING *",
        parameters,
    )
    return tuple(rows.history_entry(r) for r in sorted(rows.dicts(cursor), key=lambda r: r["id"]))


@contextmanager
def without_chain() -> Iterator[None]:
    from workbench.core.project import claims

    chained = claims.log_changes
    claims.log_changes = unchained_log_changes  # type: ignore[assignment]
    try:
        yield
    finally:
        claims.log_changes = chained  # type: ignore[assignment]


def one_verdict(project: Project, rng: random.Random, claim_ids: list[int]) -> float:
    claim_id = rng.choice(claim_ids)
    current = VERDICTS.index(project.claim(claim_id).verdict)
    started = time.perf_counter()
    project.set_verdict(claim_id, VERDICTS[(current + 1) % 4], who="bench")
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=400)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        chained_path = build_project(work / "chained.wbproj", articles=20, claims_total=400)
        plain_path = build_project(work / "plain.wbproj", articles=20, claims_total=400)
        with (
            Project.open(chained_path, keep_backups=0) as chained,
            Project.open(plain_path, keep_backups=0) as plain,
        ):
            ids = [claim.id for claim in chained.claims()]
            rng_a, rng_b = random.Random(0), random.Random(0)
            with_times, without_times = [], []
            for _ in range(arguments.edits):
                with_times.append(one_verdict(chained, rng_a, ids))
                with without_chain():
                    without_times.append(one_verdict(plain, rng_b, ids))
            print(
                f"verdict commit with the chain:    median {statistics.median(with_times):.2f} ms "
                f"(p95 {sorted(with_times)[int(0.95 * len(with_times))]:.2f})"
            )
            print(
                f"verdict commit without the chain: median "
                f"{statistics.median(without_times):.2f} ms "
                f"(p95 {sorted(without_times)[int(0.95 * len(without_times))]:.2f})"
            )
            entries = chained.verify_history().entries
            started = time.perf_counter()
            check = chained.verify_history()
            verify_ms = (time.perf_counter() - started) * 1000
            print(
                f"verify the chain: {entries} entries in {verify_ms:.1f} ms, ok={check.is_verified}"
            )
        # A long history: 100,000 entries, as a big desk project might reach.
        big = Project.create(work / "big.wbproj")
        with big.file.transaction("bench") as db:
            for start in range(0, 100_000, 500):
                rows.log_changes(
                    db,
                    "bench",
                    [(None, None, "note", None, str(start + i), None) for i in range(500)],
                )
        started = time.perf_counter()
        check = big.verify_history()
        print(
            f"verify the chain: {check.entries} entries in "
            f"{(time.perf_counter() - started) * 1000:.0f} ms, ok={check.is_verified}"
        )
        big.close()


if __name__ == "__main__":
    main()
