"""A desk of three checkers on a 1,366-article project, then SIGKILLs during the merge.

1. Build the project (synthetic claims, no spaCy), copy it as "single".
2. Split it in three parts; each checker's edits run in a process of their own on their part;
   the same edits run one after the other on "single".
3. Merge the three parts back and compare with "single": every claim's verdict, rationale,
   dismissal and place, every source, every history entry (who, what, from, to).
4. Repeat: start the merge in a child process, SIGKILL it at a random moment, check that the
   target is intact and exactly as it was before a part or after it (each part is one
   transaction).

    PYTHONPATH=. /work/venv/bin/python tests/benchmarks/desk_scenario.py [--kills 20]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script
    sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_project_data import build_project
from workbench.core.desk.merging import merge
from workbench.core.desk.parts import give_part
from workbench.core.model import Verdict
from workbench.core.project import Project
from workbench.core.project.errors import RefusedEdit

ARTICLES = 1366
CLAIMS = 9562
CHECKERS = ("Alice", "Bob", "Chloé")
VERDICTS = (Verdict.CONFIRMED, Verdict.DENIED, Verdict.UNVERIFIED)


def script(checker: str, article_ids: list[int], edits: int, seed: int) -> list[list[object]]:
    """The checker's edits: [article id, claim number, what, value]."""
    rng = random.Random(seed)
    steps: list[list[object]] = []
    for _ in range(edits):
        article = rng.choice(article_ids)
        number = rng.randint(1, 7)
        what = rng.choice(["verdict", "verdict", "rationale", "source", "dismiss", "add"])
        steps.append([article, number, what, f"{checker} {rng.randint(0, 10**6)}"])
    return steps


def _number(value: object) -> int:
    return int(str(value).rsplit(" ", 1)[-1])


def carry_out(path: Path, who: str, steps: list[list[object]]) -> None:
    with Project.open(path, keep_backups=0) as project:
        for article_id, number, what, value in steps:
            claims = {c.number: c for c in project.claims(int(article_id))}  # type: ignore[arg-type]
            claim = claims.get(int(number))  # type: ignore[arg-type]
            if claim is None:
                continue
            try:
                if what == "verdict":
                    project.set_verdict(claim.id, VERDICTS[_number(value) % 3], who=who)
                elif what == "rationale":
                    project.set_rationale(claim.id, str(value), who=who)
                elif what == "source":
                    project.add_source(
                        claim.id,
                        url=f"https://example.org/{_number(value)}",
                        title=str(value),
                        who=who,
                    )
                elif what == "dismiss":
                    project.set_dismissed(claim.id, not claim.is_dismissed, who=who)
                else:
                    project.add_claim(claim.article_id, claim.start, claim.start + 12, who=who)
            except RefusedEdit:
                pass


def fingerprint(path: Path) -> dict[str, object]:
    """What the desk would compare: claims, sources and history, by content, not by ids."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    claims = sorted(
        conn.execute(
            'SELECT article_id, start, "end", origin, verdict, rationale, is_dismissed, text '
            "FROM claims"
        ).fetchall()
    )
    sources = sorted(
        conn.execute(
            'SELECT c.article_id, c.start, c."end", s.url, s.title '
            "FROM sources s JOIN claims c ON c.id = s.claim_id"
        ).fetchall()
    )
    history = Counter(
        conn.execute(
            "SELECT who, field, old, new, article_id FROM history "
            "WHERE field NOT IN ('part', 'merge', 'merge.conflict')"
        ).fetchall()
    )
    conn.close()
    return {"claims": claims, "sources": sources, "history": sorted(history.items())}


def digest(path: Path) -> str:
    return hashlib.sha256(json.dumps(fingerprint(path), default=str).encode()).hexdigest()


def child(target: Path, parts: list[Path]) -> None:
    with Project.open(target, keep_backups=0) as project:
        print("ready", flush=True)
        for part in parts:
            merge(project, part, who="chief", prefer="part")
            print(f"merged {part.name}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--edits", type=int, default=400, help="edits per checker")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), [Path(p) for p in args.child[1:]])
        return
    folder = Path(tempfile.mkdtemp(prefix="desk-"))
    origin = build_project(folder / "desk.wbproj", ARTICLES, CLAIMS)
    single = folder / "single.wbproj"
    shutil.copy(origin, single)
    thirds = [list(range(1, 456)), list(range(456, 911)), list(range(911, ARTICLES + 1))]
    parts = [folder / f"{name.lower()}.wbproj" for name in CHECKERS]
    started = time.perf_counter()
    with Project.open(origin, keep_backups=0) as project:
        for name, ids, part in zip(CHECKERS, thirds, parts, strict=True):
            give_part(project, ids, part, checker=name, who="chief")
    print(f"split in three: {time.perf_counter() - started:.2f} s")
    scripts = [
        script(name, ids, args.edits, seed)
        for seed, (name, ids) in enumerate(zip(CHECKERS, thirds, strict=True))
    ]
    started = time.perf_counter()
    workers = []
    for name, part, steps in zip(CHECKERS, parts, scripts, strict=True):
        code = (
            "import json,sys; from pathlib import Path; "
            "from tests.benchmarks.desk_scenario import carry_out; "
            "carry_out(Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3]))"
        )
        workers.append(
            subprocess.Popen(
                [sys.executable, "-c", code, str(part), name, json.dumps(steps)], cwd=ROOT
            )
        )
    for worker in workers:
        assert worker.wait() == 0
    print(f"three checkers' edits, each in its own process: {time.perf_counter() - started:.2f} s")
    for name, steps in zip(CHECKERS, scripts, strict=True):
        carry_out(single, name, steps)
    pristine = folder / "pristine.wbproj"
    shutil.copy(origin, pristine)
    stages = [digest(origin)]
    times = []
    with Project.open(origin, keep_backups=0) as project:
        for part in parts:
            started = time.perf_counter()
            plan = merge(project, part, who="chief")
            times.append(time.perf_counter() - started)
            print(f"merged {part.name}: {plan.summary()} in {times[-1]:.2f} s")
    stages.append(digest(origin))
    merged, expected = fingerprint(origin), fingerprint(single)
    for key in ("claims", "sources", "history"):
        same = merged[key] == expected[key]
        print(
            f"{key}: {'the same as' if same else 'DIFFERENT from'} the same edits in one file "
            f"({len(merged[key])} vs {len(expected[key])})"
        )  # type: ignore[arg-type]
    # The stages a killed merge may leave: before, after each part (each part one transaction).
    stage_digests = [stages[0]]
    staged = folder / "staged.wbproj"
    shutil.copy(pristine, staged)
    with Project.open(staged, keep_backups=0) as project:
        for part in parts:
            merge(project, part, who="chief")
            stage_digests.append(digest(staged))
    intact = 0
    reached: Counter[int] = Counter()
    for kill in range(args.kills):
        target = folder / f"kill-{kill}.wbproj"
        shutil.copy(pristine, target)
        proc = subprocess.Popen(
            [sys.executable, __file__, "--child", str(target), *map(str, parts)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        # Somewhere inside the three merges (they took sum(times) in the run above).
        time.sleep(random.Random(kill).uniform(0, 1.2 * sum(times)))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
        conn = sqlite3.connect(target)
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        stage = digest(target)
        if ok and stage in stage_digests:
            intact += 1
            reached[stage_digests.index(stage)] += 1
        else:
            print(f"kill {kill}: integrity {ok}, state not one of the merge's stages")
        for side in ("", "-wal", "-shm"):
            Path(f"{target}{side}").unlink(missing_ok=True)
    print(
        f"SIGKILL during the merge: {intact} of {args.kills} targets intact "
        "(integrity ok, exactly before or after a part)"
    )
    print(
        "parts merged when killed: "
        + ", ".join(f"{stage}: {reached[stage]}" for stage in range(len(stage_digests)))
    )
    print(f"merge time per part: median {statistics.median(times):.2f} s")
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
