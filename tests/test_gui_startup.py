"""What the window imports to start: nothing slow that it does not need to show itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_PROBE = """
import sys
import {module}
{then}
print(" ".join(sorted(name for name in {names} if name in sys.modules)))
"""
_HEAVY = ["workbench.core.revisions", "workbench.core.importers", "docx", "importlib.metadata"]


def _loaded(module: str, names: list[str], then: str = "", home: Path | None = None) -> list[str]:
    """Which of `names` are imported once `module` is (and `then` ran), in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    if home is not None:  # settings and data of its own, never the user's
        env.update(
            HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data")
        )
    probe = _PROBE.format(module=module, names=names, then=then)
    result = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.split()


def test_the_window_modules_leave_the_revisions_core_and_importers_for_later() -> None:
    assert _loaded("workbench.gui.app.startup", _HEAVY) == []


def test_an_empty_window_shows_without_them(tmp_path: Path) -> None:
    shown = (
        "app, window = workbench.gui.app.startup.start(None); app.processEvents(); window.close()"
    )
    assert _loaded("workbench.gui.app.startup", _HEAVY, shown, tmp_path) == []


def test_the_version_is_found_when_asked_for() -> None:
    import workbench

    assert _loaded("workbench", ["importlib.metadata"]) == []
    assert isinstance(workbench.__version__, str) and workbench.__version__[0].isdigit()
    assert workbench.__version__ == vars(workbench)["__version__"]  # looked up once, then kept


def test_a_missing_attribute_is_still_an_attribute_error() -> None:
    import workbench

    assert not hasattr(workbench, "no_such_thing")
