"""A checker's day by keyboard alone, in a real X server, with screenshots to look at.

    PYTHONPATH=. /work/venv/bin/python tests/benchmarks/keyboard_day.py PROJECT OUT_FOLDER \
        [--sizes 1366x768,1920x1080]

PROJECT is a project file (a 1,366-article one: `bench_detection.py`'s corpus, imported with
`workbench import`); it is copied, never changed. For each screen size, in its own Xvfb with no
window manager, the window opens on the copy and only keys reach it (xdotool): the checker gives
their name, marks claims in several articles with a rationale, adds a manual claim, imports a new
version of an article, exports every report format, switches the interface to French and opens the
keyboard sheet. Each step leaves a numbered PNG in OUT_FOLDER/<size>/, and the reports go to
OUT_FOLDER/<size>/reports/. Needs xvfb, xdotool and imagemagick (apt-get).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from workbench.core.project import Project

FORMATS = ("html", "pdf", "md", "csv", "json", "claimreview.json")
STEP_S = 0.4


class Session:
    """One Xvfb, one window, keys and screenshots."""

    def __init__(self, display: str, size: str, out: Path) -> None:
        self.display, self.size, self.out = display, size, out
        self.env = dict(os.environ, DISPLAY=display)
        self.env.pop("QT_QPA_PLATFORM", None)
        self.shots = 0
        self.processes: list[subprocess.Popen[bytes]] = []

    def start_x(self) -> None:
        xvfb = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", f"{self.size}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(xvfb)
        time.sleep(1.5)

    def start_window(self, project: Path, home: Path, log: Path) -> None:
        env = dict(self.env, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
        env["XDG_DATA_HOME"] = str(home / ".local" / "share")
        env["PYTHONPATH"] = str(ROOT)
        with log.open("wb") as output:
            window = subprocess.Popen(
                [sys.executable, "-m", "workbench", str(project)],
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        self.processes.append(window)

    def xdotool(self, *arguments: str) -> str:
        done = subprocess.run(
            ["xdotool", *arguments], env=self.env, capture_output=True, text=True, check=False
        )
        return done.stdout.strip()

    def wait_window(self, name: str = "Workbench", timeout_s: float = 90.0) -> str:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            found = self.xdotool("search", "--onlyvisible", "--name", name).split()
            if found:
                return found[0]
            time.sleep(0.5)
        raise SystemExit(f"no window named {name!r} after {timeout_s:.0f} s")

    def wait_file(self, path: Path, timeout_s: float = 120.0) -> bool:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if path.is_file() and path.stat().st_size > 0:
                time.sleep(0.5)
                return True
            time.sleep(0.5)
        print(f"  (no {path.name} after {timeout_s:.0f} s)")
        return False

    def fill_screen(self) -> None:
        width, height = self.size.split("x")
        for window in self.xdotool("search", "--onlyvisible", "--name", "Workbench").split():
            self.xdotool("windowmove", window, "0", "0")
            self.xdotool("windowsize", window, width, height)
        self.focus()

    def focus(self) -> None:
        """The keyboard to the newest visible window: the open dialog, else the main window.
        With no window manager, nobody else gives it back after a dialog closes."""
        visible = [
            int(window)
            for window in self.xdotool("search", "--onlyvisible", "--name", "").split()
            if self.xdotool("getwindowname", window)
        ]
        if visible:
            self.xdotool("windowfocus", str(max(visible)))
        time.sleep(STEP_S)

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.xdotool("key", "--clearmodifiers", key)
            time.sleep(STEP_S)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "25", text)
        time.sleep(STEP_S)

    def shot(self, what: str) -> Path:
        self.shots += 1
        path = self.out / f"{self.shots:02d}-{what}.png"
        subprocess.run(["/usr/bin/import", "-window", "root", str(path)], env=self.env, check=True)
        print(f"  {path}")
        return path

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


def revision_of(project: Path, folder: Path) -> Path:
    """A new version of the project's first article: its first figure changed, a sentence added."""
    with Project.open(project) as opened:
        article = opened.article(opened.articles()[0].id)
    text = article.text
    for old, new in (("24 heures", "48 heures"), ("2022", "2023"), ("mars", "avril")):
        if old in text:
            text = text.replace(old, new, 1)
            break
    text += "\nLa préfecture a publié un nouveau communiqué mardi soir."
    path = folder / "article-revised.txt"
    path.write_text(text, encoding="utf-8")
    return path


def day(project: Path, out: Path, size: str, display: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    reports = out / "reports"
    reports.mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="keyboard-day-"))
    copy = work / "desk.wbproj"
    shutil.copyfile(project, copy)
    revision = revision_of(copy, work)
    session = Session(display, size, out)
    print(f"{size}: window on a copy of {project.name}, screenshots in {out}")
    try:
        session.start_x()
        session.start_window(copy, work / "home", out / "window.log")
        session.wait_window()
        time.sleep(3)
        session.fill_screen()
        # A new checker is asked their name, which goes into every history entry.
        session.shot("who-is-checking")
        session.focus()
        session.keys("ctrl+a")
        session.type("Camille Martin")
        session.keys("Return")
        session.focus()
        session.shot("opened")
        session.keys("space", "c")
        session.keys("n", "d", "r")
        session.type("La préfecture dément ce chiffre (communiqué du 12 mars).")
        session.keys("Escape")
        session.keys("n", "u")
        session.shot("first-article-marked")
        for _ in range(3):
            session.keys("ctrl+Next")
        session.keys("space", "c", "space", "d")
        session.shot("fourth-article-marked")
        # A manual claim inside a detected one: a few words of the first sentence, then A.
        session.keys("ctrl+t", "ctrl+Home", "ctrl+Right", "ctrl+Right")
        session.keys(*(["ctrl+shift+Right"] * 5), "a")
        session.shot("manual-claim")
        # A new version of the first article.
        session.keys("ctrl+Prior", "ctrl+Prior", "ctrl+Prior")
        session.keys("ctrl+shift+i")
        session.wait_window("Import a new version of an article")
        time.sleep(1)
        session.focus()
        session.type(str(revision))
        session.keys("Return")
        time.sleep(2)  # the file dialog, of the same title, closes
        # Read and analysed in the worker process, then the dialog asks which article it revises.
        session.wait_window("Import a new version of an article", 180)
        time.sleep(2)
        session.focus()
        session.shot("revision-dialog")
        session.keys("Return")
        time.sleep(3)
        session.focus()
        session.shot("revision-recorded")
        # ClaimReview needs the desk's publisher: set in Settings (Ctrl+,), by its Alt letters.
        session.keys("ctrl+comma")
        time.sleep(1)
        session.focus()
        session.keys("alt+m", "ctrl+a")
        session.type("Le Quotidien - Vérification")
        session.keys("alt+a", "ctrl+a")
        session.type("https://verification.example.org/")
        session.shot("settings-publisher")
        session.keys("Return")
        session.focus()
        # Every report format, of the current article.
        for index, suffix in enumerate(FORMATS):
            session.keys("ctrl+e")
            time.sleep(1.5)
            session.focus()
            session.keys("Home", *(["Down"] * index))
            session.keys("alt+o", "Home", "Down")  # of: the current article
            session.keys("alt+t", "ctrl+a")
            session.type(str(reports / f"report.{suffix}"))
            if index == 0:
                session.shot("export-dialog")
            session.keys("Return")
            if not session.wait_file(reports / f"report.{suffix}", 90):
                session.focus()
                session.shot(f"export-{suffix}-refused")
                session.keys("Return")  # the message that says why
            session.focus()
        session.shot("after-exports")
        # French, from the View menu, by its mnemonics.
        session.keys("alt+v", "l")
        time.sleep(0.5)
        session.shot("language-menu")
        session.keys("f")
        time.sleep(1)
        session.focus()
        session.keys("n")
        session.shot("french")
        session.keys("F1")
        time.sleep(1)
        session.focus()
        session.shot("keyboard-sheet-french")
        session.keys("Escape")
        session.focus()
        session.keys("ctrl+q")
        time.sleep(2)
    finally:
        session.stop()
    print(f"  reports: {', '.join(sorted(path.name for path in reports.iterdir()))}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="1366x768,1920x1080")
    parser.add_argument(
        "--step", type=float, default=0.4, help="seconds after each key (more on a busy machine)"
    )
    args = parser.parse_args()
    global STEP_S
    STEP_S = args.step
    missing = [tool for tool in ("Xvfb", "xdotool", "/usr/bin/import") if not shutil.which(tool)]
    if missing:
        sys.exit(f"needs {', '.join(missing)}: apt-get install xvfb xdotool imagemagick")
    for number, size in enumerate(args.sizes.split(",")):
        day(args.project, args.out / size, size, f":{191 + number}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
