"""Crash test: a child applies verdict and rationale edits and is killed with SIGKILL at random.

After each kill the project must pass `PRAGMA integrity_check` and its history's hash chain must
verify, and every edit the child reported as done must be in the file, in order, in the history
and in the claims.

    PYTHONPATH=. /work/venv/bin/python tests/benchmarks/bench_project_crash.py [--kills 100]

The child side runs as `... bench_project_crash.py --child PROJECT REPORT COUNT SEED`.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script
    sys.path.insert(0, str(ROOT))

from workbench.core.model import Verdict
from workbench.core.project import Project

_NEXT_VERDICT = {
    Verdict.UNCHECKED: Verdict.CONFIRMED,
    Verdict.CONFIRMED: Verdict.DENIED,
    Verdict.DENIED: Verdict.UNVERIFIED,
    Verdict.UNVERIFIED: Verdict.CONFIRMED,
}


def run_child(project_path: Path, report_path: Path, count: int, seed: int) -> None:
    """Apply `count` edits, writing "done <claim> <field> <value>" once each one has returned."""
    rng = random.Random(seed)
    report = os.open(report_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    project = Project.open(project_path, keep_backups=0)
    claims = [claim.id for claim in project.claims()]
    os.write(report, b"ready\n")
    for index in range(count):
        claim_id = rng.choice(claims)
        if index % 2:
            verdict = _NEXT_VERDICT[project.claim(claim_id).verdict]
            project.set_verdict(claim_id, verdict, who="crash-child")
            line = f"done {claim_id} verdict {verdict.value}\n"
        else:
            rationale = f"seed {seed} edit {index}"
            project.set_rationale(claim_id, rationale, who="crash-child")
            line = f"done {claim_id} rationale {rationale}\n"
        # Unbuffered: once written, the line survives the child's death (it is in the kernel).
        os.write(report, line.encode())
    os.write(report, b"finished\n")
    project.close()


@dataclass
class Round:
    reported: int
    in_file: int
    integrity: str
    problems: list[str]
    finished: bool
    ran_s: float = 0.0


def child_command(project: Path, report: Path, count: int, seed: int) -> list[str]:
    return [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        str(project),
        str(report),
        str(count),
        str(seed),
    ]


def crash_round(
    project: Path,
    work: Path,
    count: int,
    seed: int,
    kill_after_s: float,
    kill_after_edits: int = 0,
) -> Round:
    """Start a child, kill it once it has reported `kill_after_edits` edits and `kill_after_s`
    more have passed, and check the file."""
    report = work / f"report-{seed}.txt"
    report.unlink(missing_ok=True)
    with Project.open(project, keep_backups=0) as before:
        history_start = len(before.history())
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(child_command(project, report, count, seed), env=env)
    try:
        deadline = time.monotonic() + 60
        while not (report.exists() and report.read_bytes().startswith(b"ready\n")):
            if child.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the child did not start (exit code {child.returncode})")
            time.sleep(0.005)
        ready_at = time.perf_counter()
        # Counting reported edits puts the kill inside the run whatever the machine's speed;
        # the random delay after it puts it at any point of an edit, not just after one.
        while report.read_bytes().count(b"\n") <= kill_after_edits and child.poll() is None:
            time.sleep(0.0005)
        try:
            child.wait(timeout=kill_after_s)
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
        ran_s = time.perf_counter() - ready_at
    finally:
        child.wait()
    lines = report.read_text().split("\n")[1:]  # the last item is "" or an unfinished line
    finished = "finished" in lines
    reported = [line.split(" ", 3)[1:] for line in lines if line.startswith("done ")]
    result = check_file(project, history_start, reported, finished)
    result.ran_s = ran_s
    return result


def check_file(
    project: Path, history_start: int, reported: list[list[str]], finished: bool
) -> Round:
    problems: list[str] = []
    with Project.open(project, keep_backups=0) as after:
        integrity = after.integrity_check()
        chain = after.verify_history()  # the hash chain survives the kill, entry for entry
        if not chain.is_verified:
            problems.append(f"the history does not verify: {chain.problem}")
        entries = [entry for entry in after.history()[history_start:] if entry.who == "crash-child"]
        logged = [[str(entry.claim_id), entry.field, entry.new or ""] for entry in entries]
        # Every reported edit is there, in order; at most one more (committed, not yet reported).
        if logged[: len(reported)] != reported:
            problems.append("a reported edit is missing from the history")
        if len(logged) > len(reported) + 1:
            problems.append(f"{len(logged) - len(reported)} edits in the file were never made")
        # The claims hold the last logged value of each field: claims and history agree.
        last: dict[tuple[int, str], str] = {}
        for entry in after.history():
            if entry.field in ("verdict", "rationale") and entry.claim_id is not None:
                last[(entry.claim_id, entry.field)] = entry.new or ""
        for (claim_id, field), value in last.items():
            held = after.claim(claim_id)
            now = held.verdict.value if field == "verdict" else held.rationale
            if now != value:
                problems.append(f"claim {claim_id} {field} is {now!r}, history says {value!r}")
    return Round(len(reported), len(logged), integrity, problems, finished)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--child", nargs=4, metavar=("PROJECT", "REPORT", "COUNT", "SEED"))
    arguments = parser.parse_args()
    if arguments.child:
        project, report, count, seed = arguments.child
        run_child(Path(project), Path(report), int(count), int(seed))
        return
    from bench_project_data import build_project  # beside this script

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        project = build_project(work / "crash.wbproj", articles=20, claims_total=400)
        full = crash_round(project, work, arguments.edits, seed=0, kill_after_s=600)
        full_run_s = full.ran_s
        print(
            f"uninterrupted child: {full.reported} edits in {full_run_s:.2f} s, "
            f"finished={full.finished}, integrity={full.integrity}, problems={full.problems}"
        )
        rng = random.Random(1)
        kills = mid_run = 0
        reported_total = 0
        failures: list[str] = []
        edit_s = full_run_s / max(full.reported, 1)
        for seed in range(1, arguments.kills + 1):
            result = crash_round(
                project,
                work,
                arguments.edits,
                seed,
                kill_after_s=rng.uniform(0, edit_s),
                kill_after_edits=rng.randrange(arguments.edits - 1),
            )
            kills += 1
            mid_run += not result.finished
            reported_total += result.reported
            if result.integrity != "ok" or result.problems:
                failures.append(f"kill {seed}: integrity={result.integrity!r} {result.problems}")
            if seed % 10 == 0:
                print(f"  {seed} kills, {len(failures)} failures", flush=True)
        print(f"kills: {kills}, of which mid-run: {mid_run}; edits reported done: {reported_total}")
        print(f"failures: {len(failures)}")
        for failure in failures:
            print("  " + failure)


if __name__ == "__main__":
    main()
