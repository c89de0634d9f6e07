"""A writer killed with SIGKILL at random moments loses nothing it reported as saved.

The full run (100 kills of a child making 1,000 edits) is tests/benchmarks/bench_project_crash.py.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from tests.benchmarks.bench_project_crash import crash_round
from tests.benchmarks.bench_project_data import build_project


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writer_leaves_a_sound_file_with_every_reported_edit(tmp_path: Path) -> None:
    project = build_project(tmp_path / "crash.wbproj", articles=5, claims_total=60)
    rng = random.Random(7)
    reported = 0
    for seed in range(1, 4):
        # More edits than the child can make before the kill: it always dies mid-run.
        result = crash_round(
            project, tmp_path, count=100_000, seed=seed, kill_after_s=rng.uniform(0.1, 0.6)
        )
        assert not result.finished
        assert result.integrity == "ok"
        assert result.problems == []
        reported += result.reported
    assert reported > 0
