"""Screenshots of the window for review: run under Xvfb, it opens a project, applies filters,
and saves the window to a PNG (the whole screen is grabbed with ImageMagick's `import` outside).

    python tests/benchmarks/bench_gui_screens.py PROJECT OUT.png --language fr --search Musk \
        --verdict confirmed --type attribution --threshold 0.4 --article 3
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer

from workbench.core.model import Verdict
from workbench.gui.app import start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("project")
    parser.add_argument("output")
    parser.add_argument("--language", default="en")
    parser.add_argument("--search", default="")
    parser.add_argument("--verdict", default="")
    parser.add_argument("--type", default="")
    parser.add_argument("--threshold", type=float, default=0.0)
    parser.add_argument("--article", type=int, default=0, help="move down this many articles")
    parser.add_argument("--claim", type=int, default=0, help="move down this many claims")
    parser.add_argument("--wait-ms", type=int, default=1500)
    args = parser.parse_args()
    app, window = start(args.project)
    window.choose_language(args.language)
    window.showMaximized()
    for _ in range(args.article):
        window.navigator.step(1)
    panel = window.claims_panel
    panel.search.setText(args.search)
    panel.set_verdict_filter(Verdict(args.verdict) if args.verdict else None)
    panel.set_type_filter(args.type or None)
    panel.threshold.setValue(args.threshold)
    panel.table.setFocus()
    panel.step(1)
    for _ in range(args.claim):
        panel.step(1)

    def grab() -> None:
        window.grab().save(args.output)
        window.close()

    QTimer.singleShot(args.wait_ms, grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
