"""A checker's day by keyboard alone, in the real window under Xvfb, on a 1,366-article project.

    PYTHONPATH=. python tests/benchmarks/keyboard_day.py OUT_FOLDER [--project P] [--sizes 1366x768,1920x1080]

Without --project, generates the corpus from the seed article (bench_detection's generator) and
imports it with `workbench import` (timed). Then, for each screen size, on a copy of the project:
marks claims in several articles, adds a claim from a selection, imports a revised version of the
open article through the file dialog, exports every report format from the Export dialog, and
switches the interface to French; a screenshot after each step goes to OUT_FOLDER/<size>/.
Drives the window with /work/shared/tools/xs and xdotool (keys only; no mouse). Prints the time
of the import and of each step, and which exports were written. Not collected by pytest.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))
XS = ROOT.parent / "shared" / "tools" / "xs"
PYTHON = sys.executable
FORMATS = ("html", "pdf", "md", "csv", "json", "claimreview.json")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="folder for the screenshots and reports")
    parser.add_argument("--project", type=Path, help="an imported 1,366-article project")
    parser.add_argument("--sizes", default="1366x768,1920x1080", help="screen sizes, WxH,...")
    parser.add_argument("--display", default=":95", help="the Xvfb display to use")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    project = args.project or import_corpus(args.out)
    revised = write_revision(project, args.out / "revised-article.txt")
    for size in args.sizes.split(","):
        width, height = (int(part) for part in size.split("x"))
        folder = args.out / size
        folder.mkdir(exist_ok=True)
        copy = folder / "day.wbproj"
        shutil.copyfile(project, copy)
        Session(args.display, width, height, folder).run(copy, revised)
    return 0


def import_corpus(out: Path) -> Path:
    from bench_detection import ARTICLES, SEED, generate_corpus

    corpus = generate_corpus(SEED, ARTICLES, out)
    project = out / "corpus.wbproj"
    for side in ("", "-wal", "-shm"):
        Path(f"{project}{side}").unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run(
        [PYTHON, "-m", "workbench", "import", str(corpus), "--project", str(project)],
        check=True,
        cwd=ROOT,
    )
    print(f"import of {ARTICLES} articles: {time.perf_counter() - started:.0f} s")
    return project


def write_revision(project: Path, target: Path) -> Path:
    """The first article with its first number changed and a sentence added: a revised draft.
    Also gives the project a ClaimReview publisher, as its Settings would."""
    import re

    from workbench.core.project import Project
    from workbench.core.reports.claimreview import save_publisher

    with Project.open(project) as opened:
        save_publisher(opened, "Rédaction test", "https://example.org/verifications")
        article = opened.article(opened.articles()[0].id)
        text = article.text
    lines = text.split("\n")
    title, body = lines[0], lines[1:]
    body = [
        re.sub(r"\d+", lambda number: str(int(number.group()) + 1), body[0], count=1),
        *body[1:],
    ]
    body.append("Le ministère a confirmé ces chiffres jeudi soir.")
    target.write_text("\n".join([title, *body]) + "\n", encoding="utf-8")
    return target


class Session:
    """One Xvfb screen, one window, one day's keys."""

    def __init__(self, display: str, width: int, height: int, folder: Path) -> None:
        self.display, self.width, self.height, self.folder = display, width, height, folder
        self.home = Path(tempfile.mkdtemp(prefix="keyboard-day-"))
        self.environment = dict(
            os.environ,
            DISPLAY=display,
            XS_DISPLAY=display,
            XS_STATE=str(self.home / "xs"),
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / "config"),
            XDG_DATA_HOME=str(self.home / "data"),
            PYTHONPATH=str(ROOT),
        )
        self.environment.pop("QT_QPA_PLATFORM", None)
        self.shots = 0
        self.step_started = time.perf_counter()

    # -- driving -------------------------------------------------------------------------------

    def xs(self, *words: str) -> str:
        done = subprocess.run(
            [str(XS), *words], env=self.environment, capture_output=True, text=True, check=False
        )
        return done.stdout

    def keys(self, *keys: str, pause_s: float = 0.35) -> None:
        for key in keys:
            subprocess.run(
                ["xdotool", "key", "--clearmodifiers", key], env=self.environment, check=False
            )
            time.sleep(pause_s)

    def type(self, text: str) -> None:
        subprocess.run(
            ["xdotool", "type", "--delay", "20", text], env=self.environment, check=False
        )

    def shot(self, name: str) -> None:
        self.shots += 1
        path = self.folder / f"{self.shots:02d}-{name}.png"
        self.xs("shot", str(path))
        took = time.perf_counter() - self.step_started
        print(f"{self.width}x{self.height} {path.name}: step took {took:.1f} s")
        self.step_started = time.perf_counter()

    def window_ids(self) -> list[str]:
        done = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "Workbench"],
            env=self.environment,
            capture_output=True,
            text=True,
            check=False,
        )
        return done.stdout.split()

    def fill_screen(self) -> None:
        for window in self.window_ids():
            subprocess.run(
                [
                    "xdotool",
                    "windowmove",
                    window,
                    "0",
                    "0",
                    "windowsize",
                    window,
                    str(self.width),
                    str(self.height),
                ],
                env=self.environment,
                check=False,
            )
        self.xs("focus")

    # -- the day -------------------------------------------------------------------------------

    def run(self, project: Path, revised: Path) -> None:
        settings = self.home / "config" / "Workbench" / "Workbench.conf"
        settings.parent.mkdir(parents=True)
        settings.write_text("[checker]\nname=Camille\n\n[interface]\nlanguage=en\n")
        xvfb = subprocess.Popen(
            [
                "Xvfb",
                self.display,
                "-screen",
                "0",
                f"{self.width}x{self.height}x24",
                "-nolisten",
                "tcp",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(1)
            app = subprocess.Popen(
                [PYTHON, "-m", "workbench", str(project)],
                env=self.environment,
                cwd=self.folder,
                stdout=(self.folder / "app.log").open("w"),
                stderr=subprocess.STDOUT,
            )
            try:
                self.day(revised)
            finally:
                self.keys("ctrl+q")
                try:
                    app.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    app.terminate()
                    app.wait(timeout=10)
        finally:
            xvfb.terminate()
            xvfb.wait(timeout=10)
            shutil.rmtree(self.home, ignore_errors=True)

    def day(self, revised: Path) -> None:
        for _ in range(60):  # a 1,366-article project: the window takes a few seconds
            if self.window_ids():
                break
            time.sleep(1)
        time.sleep(4)
        self.fill_screen()
        self.shot("opened")
        # marks in three articles: next unchecked, a verdict, the next one
        self.keys("ctrl+l", "space", "c", "space", "d", "shift+u", "space", "c")
        self.keys("ctrl+Next")
        self.keys("ctrl+l", "space", "d", "space", "c")
        self.keys("ctrl+Next")
        self.keys("ctrl+l", "space", "u", "r")
        self.type("Pas de source publique pour ce chiffre.")
        self.keys("Escape")
        self.shot("marked-three-articles")
        # a claim added from a selection of the text: the first twenty characters
        self.keys("ctrl+t", "ctrl+Home")
        self.keys(*["shift+Right"] * 20, pause_s=0.05)
        self.keys("a")
        self.shot("claim-added")
        # back to the first article, then its revised draft through the file dialog
        self.keys("ctrl+Prior", "ctrl+Prior")
        self.keys("ctrl+shift+i")
        time.sleep(1.5)
        self.type(str(revised))
        self.keys("Return")
        time.sleep(15)  # read and analysed in the worker process
        self.shot("revision-dialog")
        self.keys("alt+i")  # "&Import as revision 2"
        time.sleep(4)
        self.xs("focus")
        self.shot("revision-recorded")
        # every report format, from the Export dialog
        for index, suffix in enumerate(FORMATS):
            self.keys("ctrl+e")
            time.sleep(1.5)
            self.keys("alt+f", "Home", *["Down"] * index)
            self.keys("alt+t", "ctrl+a")
            self.type(str(self.folder / f"report.{suffix}"))
            self.keys("alt+e")
            time.sleep(4 if suffix == "pdf" else 2)
            self.xs("focus")
            if index == 0:
                self.shot("exported-html")
        written = sorted(path.name for path in self.folder.glob("report.*"))
        print(f"{self.width}x{self.height} files now in the folder: {', '.join(written)}")
        self.shot("exported-all")
        # the interface in French: View > Language > Français
        self.keys("alt+v", "l", "f")
        time.sleep(1)
        self.shot("french")
        self.keys("F1")
        time.sleep(1)
        self.shot("french-shortcuts")
        self.keys("Escape")
        self.xs("focus")
        self.keys("ctrl+i")
        time.sleep(1.5)
        self.shot("french-file-dialog")
        self.keys("Escape")


if __name__ == "__main__":
    sys.exit(main())
