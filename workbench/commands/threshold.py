"""The `--threshold` option that `score` and `eval` share: its declaration and its range check."""

from __future__ import annotations

import argparse
import sys

from workbench.core.detection import DEFAULT_THRESHOLD


def add_threshold(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help=f"check-worthy from this score on (default {DEFAULT_THRESHOLD})",
    )


def threshold_refused(command: str, threshold: float) -> bool:
    """True, after saying why on standard error, when `threshold` is not between 0 and 1."""
    if 0.0 <= threshold <= 1.0:
        return False
    print(
        f"workbench {command}: --threshold must be between 0 and 1, not {threshold}",
        file=sys.stderr,
    )
    return True
