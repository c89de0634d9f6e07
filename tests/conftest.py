"""Test set-up: offscreen Qt before any Qt import, the shared data folder, fresh state per test."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WORKBENCH_SHARED", PROJECT_ROOT.parent / "shared"))
SEED_ARTICLE = SHARED / "samples" / "seed-article.txt"


@pytest.fixture
def shared_dir() -> Path:
    """The ../shared folder; tests that need it skip with a reason when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"needs the shared data folder at {SHARED}, which is absent")
    return SHARED


@pytest.fixture
def seed_article(shared_dir: Path) -> Path:
    if not SEED_ARTICLE.is_file():
        pytest.skip(f"needs the seed article at {SEED_ARTICLE}")
    return SEED_ARTICLE
