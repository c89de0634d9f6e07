"""Benchmarks of the window; prints medians. Offscreen unless QT_QPA_PLATFORM says otherwise.

    python tests/benchmarks/bench_gui.py [--runs 5] [--keys 60]

1. process start to window shown (empty window, and with a one-article project);
2. opening a project of 1,366 articles and ~26,000 claims (built once with the store API);
3. a verdict key to the change committed and the window repainted;
4. the longest event-loop stall while 50 articles are imported and analysed (real detector);
5. moving on the 1,366-article project once its corpus checks are in (every claim is stated in
   every article there, the worst case of "also in N articles"): the next article (navigator)
   and the next claim (Down or Up in the claims list), each to the window repainted.
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_gui_data import build_corpus_project, seed_draft
from PySide6.QtCore import QSettings, Qt, QTimer, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workbench.core.model import Verdict
from workbench.core.project import Project
from workbench.gui.app.settings import Settings
from workbench.gui.background.analysis import AnalysisRunner
from workbench.gui.background.tasks import ProcessRunner
from workbench.gui.background.worker import detector_factory
from workbench.gui.window.main_window import MainWindow

_CHILD = """
import sys, time
t0 = float(sys.argv[1])
from workbench.gui.app import start
app, window = start(sys.argv[2] or None)
while not (window.windowHandle() and window.windowHandle().isExposed()):
    app.processEvents()
app.processEvents()
print(time.time() - t0)
window.close()
"""


# The floor: Python, PySide6 and an empty QMainWindow, measured the same way in the same run.
_BARE = """
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
while not (window.windowHandle() and window.windowHandle().isExposed()):
    app.processEvents()
app.processEvents()
print(time.time() - t0)
"""


def median_ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f}, n={len(values)})"


def bench_start(runs: int, project: str, home: Path, child: str = _CHILD) -> list[float]:
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "PYTHONPATH": str(ROOT),
    }
    settings = home / "config" / "Workbench" / "Workbench.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    times = []
    for _ in range(runs):
        settings.write_text("[checker]\nname=Bench\n", encoding="utf-8")  # no last project
        t0 = time.time()
        out = subprocess.run(
            [sys.executable, "-c", child, str(t0), project],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        times.append(float(out.strip().splitlines()[-1]))
    return times


def make_window(settings_dir: Path, runner_factory=None, corpus_checks: bool = False) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = Settings(QSettings(str(settings_dir / "bench.ini"), QSettings.Format.IniFormat))
    settings.checker_name = "Bench"
    factory = runner_factory or (lambda parent: AnalysisRunner(detector_factory, parent))
    window = MainWindow(
        settings,
        factory,
        settings_dir / "projects",
        corpus_runner=ProcessRunner if corpus_checks else None,  # as the program starts it
    )
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    return window


def bench_open(
    app: QApplication, path: Path, runs: int, work: Path
) -> tuple[list[float], list[float]]:
    totals, store_only = [], []
    for _ in range(runs):
        window = make_window(work)
        t0 = time.perf_counter()
        project = Project.open(path)
        t1 = time.perf_counter()
        window.set_project(project)
        app.processEvents()  # the first paint of the article, the lists and details
        t2 = time.perf_counter()
        totals.append(t2 - t0)
        store_only.append(t1 - t0)
        window.close()
        app.processEvents()
    return totals, store_only


def bench_verdict_keys(app: QApplication, path: Path, keys: int, work: Path) -> list[float]:
    """Shift+C / Shift+D on claims that have no verdict yet (past the generated ones)."""
    window = make_window(work)
    window.set_project(Project.open(path))
    articles = window.navigator.model.article_ids()
    window.navigator.select_article(articles[len(articles) // 2])
    table = window.claims_panel.table
    table.setFocus()
    window.activateWindow()
    app.processEvents()
    times = []
    for index in range(keys):
        claim = window.current_claim()
        if claim is None or claim.verdict != Verdict.UNCHECKED:
            window.navigator.step(1)  # a fresh article: every key below is a change
            table.setFocus()
            app.processEvents()
            claim = window.current_claim()
        assert claim is not None
        key = (Qt.Key.Key_C, Qt.Key.Key_D)[index % 2]
        t0 = time.perf_counter()
        QTest.keyClick(table, key, Qt.KeyboardModifier.ShiftModifier)  # mark, then next unchecked
        app.processEvents()  # the posted update requests: the changed cells and text repainted
        times.append(time.perf_counter() - t0)
        assert window.project is not None
        assert window.project.claim(claim.id).verdict != Verdict.UNCHECKED
    window.close()
    app.processEvents()
    return times


def bench_moving(
    app: QApplication, path: Path, steps: int, work: Path
) -> tuple[list[float], list[float]]:
    window = make_window(work, corpus_checks=True)
    window.set_project(Project.open(path))
    started = time.perf_counter()
    # The corpus checks start in a worker soon after opening; what they bring is what moving
    # costs, so the steps wait for them.
    while time.perf_counter() - started < 3 or (
        window.corpus.is_running() and time.perf_counter() - started < 120
    ):
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
    articles = []
    for _ in range(steps):
        t0 = time.perf_counter()
        window.navigator.step(1)
        app.processEvents()
        articles.append(time.perf_counter() - t0)
    table = window.claims_panel.table
    table.setFocus()
    app.processEvents()
    claims = []
    for step in range(steps):
        t0 = time.perf_counter()
        # Down then Up: a claim change every time, never stuck at the end of the list.
        QTest.keyClick(table, (Qt.Key.Key_Down, Qt.Key.Key_Up)[step % 2])
        app.processEvents()
        claims.append(time.perf_counter() - t0)
    window.close()
    app.processEvents()
    return articles, claims


def bench_stall(
    app: QApplication, articles: int, work: Path, trace: bool = False
) -> tuple[float, float, float, int]:
    draft = seed_draft()
    files = []
    for index in range(articles):
        path = work / f"article-{index:02d}.txt"
        path.write_text(f"{draft.text}\nDépêche n° {index}.\n", encoding="utf-8")
        files.append(path)
    window = make_window(
        work, lambda parent: AnalysisRunner(functools.partial(detector_factory, ""), parent)
    )
    window.set_project(Project.create(work / "stall.wbproj"))
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        if trace and now - last[0] > 0.05:
            print(f"   stall of {(now - last[0]) * 1000:.0f} ms ending at {now - t0:.2f} s")
        last[0] = now

    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(tick)
    done: list[int] = []
    window.import_finished.connect(done.append)
    if trace:
        window.importer.progressed.connect(
            lambda d, n: print(f"   progress {d}/{n} at {time.perf_counter() - t0:.2f} s")
        )
    t0 = time.perf_counter()
    timer.start()
    last[0] = time.perf_counter()
    window.import_paths(files)
    while not done:
        app.processEvents()
        time.sleep(0)
    app.processEvents()
    timer.stop()
    elapsed = time.perf_counter() - t0
    window.close()
    return max(gaps), statistics.quantiles(gaps, n=100)[98], elapsed, done[0]


def _quiet_offscreen(kind, context, message: str) -> None:  # type: ignore[no-untyped-def]
    if "This plugin does not support" not in message:  # the offscreen platform's limits
        print(message, file=sys.stderr)


def main() -> None:
    qInstallMessageHandler(_quiet_offscreen)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keys", type=int, default=60)
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--trace", action="store_true", help="print each stall over 50 ms")
    parser.add_argument("--only-stall", action="store_true")
    args = parser.parse_args()
    print(f"platform: {os.environ['QT_QPA_PLATFORM']}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        if not args.only_stall:
            bench_all_but_stall(app, args, work)
        longest, p99, elapsed, added = bench_stall(app, args.articles, work, args.trace)
        print(
            f"4. import and analysis of {added} articles in {elapsed:.1f} s: longest event-loop "
            f"stall {longest * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms  (target <= 100 ms)"
        )


def bench_all_but_stall(app: QApplication, args: argparse.Namespace, work: Path) -> None:
    seed_project = work / "seed.wbproj"
    corpus = work / "corpus.wbproj"
    t0 = time.perf_counter()
    count, claims = build_corpus_project(corpus)
    print(
        f"built {corpus.name}: {count} articles, {claims} claims in "
        f"{time.perf_counter() - t0:.1f} s"
    )
    build_corpus_project(seed_project, articles=1, checked_articles=0)
    bare = bench_start(args.runs, "", work / "home", _BARE)
    empty = bench_start(args.runs, "", work / "home")
    print(f"1. start to window shown, empty window:       {median_ms(empty)}  (target <= 1000 ms)")
    print(
        f"   bare PySide6 QMainWindow, same run:         {median_ms(bare)}; ratio "
        f"{statistics.median(empty) / statistics.median(bare):.2f}"
    )
    seeded = bench_start(args.runs, str(seed_project), work / "home")
    print(f"   start to window shown, one-article project: {median_ms(seeded)}")
    totals, store_only = bench_open(app, corpus, args.runs, work)
    print(
        f"2. open the 1,366-article project, shown:      {median_ms(totals)}  (target <= 1500 ms)"
    )
    print(f"   of which Project.open (check, lock, backup): {median_ms(store_only)}")
    keys = bench_verdict_keys(app, corpus, args.keys, work)
    p90 = statistics.quantiles(keys, n=10)[8]
    print(
        f"3. verdict key to committed and repainted:    {median_ms(keys)}, "
        f"p90 {p90 * 1000:.0f} ms  (target median <= 30 ms)"
    )
    articles, claims = bench_moving(app, corpus, args.keys, work)
    print(
        f"5. next article, corpus checks in:            {median_ms(articles)}  (target median <= 100 ms)"
    )
    print(
        f"   next claim (Down/Up), corpus checks in:    {median_ms(claims)}  (target median <= 50 ms)"
    )


if __name__ == "__main__":
    main()
