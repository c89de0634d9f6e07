#!/usr/bin/env python3
"""Smoke test of the frozen program: version, analysis, import, reports, window shown.

    python3 installer/smoke_test.py [--executable dist/workbench/workbench] [--window-runs 5]

Runs the program as a user would, with a fresh home and no locale set (the bundle's runtime hook
must supply one), and fails on a wrong answer, a non-zero exit or anything unexpected on stderr.
Needs only the Python standard library, so it runs on the machine the .deb was installed on.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
DEFAULT_SAMPLE = REPOSITORY / "resources" / "samples" / "exemple-article.txt"
FRENCH_MODEL = "fr_core_news_sm"
PROJECT_APPLICATION_ID = 0x57424E43  # workbench/core/project/schema.py
# The window contract (workbench.gui.app.run): with this variable set to 1 the program shows its
# window, prints WINDOW_SHOWN on stdout once the window is on screen, and quits with status 0.
QUIT_AFTER_SHOWN = "WORKBENCH_QUIT_AFTER_SHOWN"
WINDOW_SHOWN = "workbench: window shown"
MISSING_GUI = "No module named 'workbench.gui.app'"
# stderr lines that are not a fault of the program: Qt's offscreen platform says it cannot do
# what only a window manager does. Anything else on stderr fails the test.
BENIGN_STDERR = (
    re.compile(r"^This plugin does not support propagateSizeHints\(\)$"),
    # The CLI's progress on a slow run is meant for the user, not a fault.
    re.compile(r"^workbench: analysed [\d,]+ of [\d,]+ articles \(\d+ %\)(, .* left)?$"),
    re.compile(r"^workbench: analysed [\d,]+ article\(s\) in \d+ s \([\d.]+ articles/s\)$"),
)
_X11_VARIABLES = ("DISPLAY", "XAUTHORITY")  # what xvfb-run gives its command
TIMEOUT_S = 180  # analysing the sample takes about 10 s here
WINDOW_TIMEOUT_S = 60  # the window shows in about 1 s


class SmokeFailure(Exception):
    """A step gave a wrong answer; the message says which and shows what the program printed."""


class SmokeSkip(Exception):
    """A step cannot run against this build; the message says why."""


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    elapsed_s: float
    shown_s: float | None = None  # launch to the WINDOW_SHOWN line, for window runs


def main() -> int:
    args = _parse_args()
    executable = _find_executable(args.executable)
    with tempfile.TemporaryDirectory(prefix="workbench-smoke-") as scratch:
        environment = _clean_environment(Path(scratch), args.platform)
        steps = [
            ("version", lambda: _check_version(executable, environment, args.expect_version)),
            ("analyze", lambda: _check_analyze(executable, environment, args.sample)),
            ("import", lambda: _check_import(executable, environment, args.sample, Path(scratch))),
            ("report", lambda: _check_report(executable, environment, Path(scratch))),
            (
                "window",
                lambda: _check_window(executable, environment, Path(scratch), args.window_runs),
            ),
        ]
        counts = {"passed": 0, "failed": 0, "skipped": 0}
        for name, step in steps:
            try:
                print(f"ok    {name}: {step()}", flush=True)
                counts["passed"] += 1
            except SmokeSkip as skip:
                print(f"SKIP  {name}: {skip}", flush=True)
                counts["skipped"] += 1
            except SmokeFailure as failure:
                print(f"FAIL  {name}: {failure}", flush=True)
                counts["failed"] += 1
    print(
        f"smoke: {counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped"
    )
    return 1 if counts["failed"] else 0


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--executable", help="the frozen program (default: dist/workbench/workbench)"
    )
    parser.add_argument("--sample", type=Path, default=DEFAULT_SAMPLE, help="a French article")
    parser.add_argument("--expect-version", help="the version --version must print")
    parser.add_argument(
        "--platform",
        choices=("offscreen", "xcb"),
        default="offscreen",
        help="Qt platform for the window: xcb needs an X server in DISPLAY (e.g. xvfb-run)",
    )
    parser.add_argument(
        "--window-runs",
        type=int,
        default=1,
        help="open the window this many times and print the median start-up time",
    )
    return parser.parse_args()


def _find_executable(given: str | None) -> Path:
    candidate = given or str(REPOSITORY / "dist" / "workbench" / "workbench")
    found = shutil.which(candidate)
    if found is None:
        sys.exit(f"smoke_test: no executable program at {candidate}")
    return Path(found)


def _clean_environment(scratch: Path, platform: str) -> dict[str, str]:
    """A new user's environment: fresh home and XDG folders, no locale; a display only for xcb."""
    home = scratch / "home"
    runtime = scratch / "runtime"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": platform,
        **{
            name: os.environ[name]
            for name in _X11_VARIABLES
            if platform == "xcb" and name in os.environ
        },
    }


def _run(command: list[str], environment: dict[str, str]) -> Run:
    start = time.perf_counter()
    completed = subprocess.run(
        command,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=TIMEOUT_S,
        check=False,
    )
    return Run(
        completed.returncode, completed.stdout, completed.stderr, time.perf_counter() - start
    )


def _expect_clean(run: Run, what: str) -> None:
    unexpected = [
        line
        for line in run.stderr.splitlines()
        if line.strip() and not any(p.match(line.strip()) for p in BENIGN_STDERR)
    ]
    if run.returncode != 0 or unexpected:
        raise SmokeFailure(
            f"{what} exited with {run.returncode}"
            + (
                ", with unexpected output on stderr:\n" + "\n".join(unexpected)
                if unexpected
                else ""
            )
            + (f"\nstdout: {run.stdout[-2000:]}" if run.stdout.strip() else "")
        )


def _check_version(executable: Path, environment: dict[str, str], expected: str | None) -> str:
    run = _run([str(executable), "--version"], environment)
    _expect_clean(run, "--version")
    printed = run.stdout.strip()
    match = re.fullmatch(r"workbench (\S+)", printed)
    if match is None or "+source" in printed:
        raise SmokeFailure(f"--version printed {printed!r}: the package metadata is missing")
    if expected is not None and match.group(1) != expected:
        raise SmokeFailure(f"--version printed {match.group(1)}, expected {expected}")
    return f"{printed} ({run.elapsed_s:.1f} s)"


def _check_analyze(executable: Path, environment: dict[str, str], sample: Path) -> str:
    run = _run([str(executable), "analyze", str(sample), "--format", "json"], environment)
    _expect_clean(run, "analyze")
    try:
        result = json.loads(run.stdout)
    except json.JSONDecodeError as error:
        raise SmokeFailure(f"analyze printed no JSON ({error}): {run.stdout[:300]!r}") from None
    articles = result.get("articles") or []
    if not articles:
        raise SmokeFailure("analyze found no article in the sample")
    first = articles[0]
    if first.get("language") != "fr":
        raise SmokeFailure(f"the sample was read as {first.get('language')!r}, not French")
    if FRENCH_MODEL not in str(first.get("model")):
        raise SmokeFailure(
            f"analyze used {first.get('model')!r}, not {FRENCH_MODEL}: "
            "the model package is missing from the bundle"
        )
    claims = sum(len(article.get("claims") or []) for article in articles)
    if claims == 0:
        raise SmokeFailure("analyze found no claim in the sample")
    return (
        f"{len(articles)} article(s), {claims} claims, model {first.get('model')} "
        f"({run.elapsed_s:.1f} s)"
    )


def _check_import(
    executable: Path, environment: dict[str, str], sample: Path, scratch: Path
) -> str:
    project = scratch / "smoke.wbproj"
    run = _run([str(executable), "import", str(sample), "--project", str(project)], environment)
    _expect_clean(run, "import")
    if not project.is_file():
        raise SmokeFailure(f"import did not create {project}")
    with sqlite3.connect(f"file:{project}?mode=ro", uri=True) as connection:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    if application_id != PROJECT_APPLICATION_ID:
        raise SmokeFailure(
            f"{project} is not a Workbench project (application_id {application_id:#x})"
        )
    return f"{project.name} created ({run.elapsed_s:.1f} s)"


def _check_report(executable: Path, environment: dict[str, str], scratch: Path) -> str:
    """HTML through the templates, PDF through Qt's text layout and the bundled fonts path."""
    project = scratch / "smoke.wbproj"
    if not project.is_file():
        raise SmokeFailure("no project to report on: the import step failed")
    written = []
    for report_format, header in (("html", b"<!DOCTYPE html"), ("pdf", b"%PDF-")):
        report = scratch / f"report.{report_format}"
        command = [str(executable), "report", str(project), "--format", report_format]
        run = _run([*command, "--output", str(report)], environment)
        _expect_clean(run, f"report --format {report_format}")
        if not report.is_file() or not report.read_bytes().lstrip()[:20].upper().startswith(
            header.upper()
        ):
            raise SmokeFailure(f"report --format {report_format} wrote no {report_format} file")
        written.append(
            f"{report_format} {report.stat().st_size // 1024} kB ({run.elapsed_s:.1f} s)"
        )
    return ", ".join(written)


def _check_window(executable: Path, environment: dict[str, str], scratch: Path, runs: int) -> str:
    project = scratch / "smoke.wbproj"
    command = [str(executable)] + ([str(project)] if project.is_file() else [])
    window_environment = {**environment, QUIT_AFTER_SHOWN: "1"}
    timings = [_open_window(command, window_environment) for _ in range(max(runs, 1))]
    shown = [run.shown_s for run in timings if run.shown_s is not None]
    elapsed = statistics.median(run.elapsed_s for run in timings)
    return (
        f"shown and closed ({environment['QT_QPA_PLATFORM']}), {len(timings)} run(s): "
        "launch to window shown "
        f"median {statistics.median(shown):.2f} s (runs: "
        + ", ".join(f"{s:.2f}" for s in shown)
        + f"), launch to exit median {elapsed:.2f} s"
    )


def _open_window(command: list[str], environment: dict[str, str]) -> Run:
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as stderr_file:
        start = time.perf_counter()
        process = subprocess.Popen(
            command,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=stderr_file,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        # A window that never quits would block the read below: kill it after the time limit.
        watchdog = threading.Timer(WINDOW_TIMEOUT_S, process.kill)
        watchdog.start()
        shown_s = None
        stdout_lines = []
        assert process.stdout is not None
        for line in process.stdout:  # the GUI prints WINDOW_SHOWN once, then quits
            stdout_lines.append(line)
            if shown_s is None and line.strip() == WINDOW_SHOWN:
                shown_s = time.perf_counter() - start
        returncode = process.wait()
        elapsed_s = time.perf_counter() - start
        timed_out = not watchdog.is_alive()
        watchdog.cancel()
        stderr_file.seek(0)
        run = Run(returncode, "".join(stdout_lines), stderr_file.read(), elapsed_s, shown_s)
    if timed_out:
        raise SmokeFailure(
            f"the window did not quit within {WINDOW_TIMEOUT_S} s: is "
            f"{QUIT_AFTER_SHOWN} honoured by workbench.gui.app.run?"
        )
    if MISSING_GUI in run.stderr:
        raise SmokeSkip(
            "this build has no window yet (workbench.gui.app is not in the "
            "program): only the command line was tested"
        )
    _expect_clean(run, "the window")
    if shown_s is None:
        raise SmokeFailure(
            f"the program quit without printing {WINDOW_SHOWN!r}: the window was "
            "not shown, or run() does not honour " + QUIT_AFTER_SHOWN
        )
    return run


if __name__ == "__main__":
    sys.exit(main())
