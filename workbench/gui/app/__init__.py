"""Starting the program: application names, settings, translations, the crash handler.

`run` and `start` are the window's entry points (`workbench.cli` and the bundle's smoke test call
`workbench.gui.app.run`). They import the start-up module when called: the window's own modules
import `workbench.gui.app.settings`, and the start-up module imports the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from workbench.gui.window.main_window import MainWindow


def run(path: str | None) -> int:
    """Open the window on a project, an article, the last project, or nothing; run until closed."""
    from workbench.gui.app.startup import run as run_window

    return run_window(path)


def start(path: str | None) -> tuple[QApplication, MainWindow]:
    """Everything up to the window shown and its first project opening."""
    from workbench.gui.app.startup import start as start_window

    return start_window(path)
