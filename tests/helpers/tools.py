"""External programs some tests need: skipped on a developer's machine without them, but a
failure under CI (CI=true), where .ci/run installs them and a skip would hide a broken check."""

from __future__ import annotations

import os
import shutil

import pytest


def running_in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def required_tool(*names: str, install: str) -> str:
    """The path of the first of `names` on PATH; else skip, or fail under CI.

    `install` says how to get it, e.g. "apt-get install poppler-utils".
    """
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    reason = f"needs {' or '.join(names)} ({install})"
    if running_in_ci():
        pytest.fail(f"{reason}: CI must have it, so this test fails rather than skips")
    pytest.skip(reason)
