"""`workbench verify PROJECT`: check that the project's history was not rewritten."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from workbench.core.project import Project, ProjectError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "verify",
        help="check that the project's history was not rewritten",
        description=(
            "Check the project's history entry by entry: each entry is chained to the one "
            "before it by a SHA-256 hash, so an entry rewritten, removed, inserted or moved "
            "breaks the chain there. Prints the chain head (the hash reports carry) when every "
            "entry matches; names the first entry that does not match otherwise. Exit code 0 "
            "when the history verified, 1 when it did not, 2 when the file cannot be read. "
            "The file is only read."
        ),
    )
    parser.add_argument("project", type=Path, help="the project file")
    parser.add_argument(
        "--head",
        metavar="HASH",
        help="also check that this chain head (from an earlier report) is still in the history",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        with Project.open(args.project, read_only=True) as project:
            check = project.verify_history()
            known = project.history_has_head(args.head) if args.head else True
    except ProjectError as error:
        print(f"workbench: {error}", file=sys.stderr)
        return 2
    if not check.is_verified:
        print(
            f"workbench: {args.project}: the history does not verify: {check.problem}",
            file=sys.stderr,
        )
        return 1
    if not known:
        print(
            f"workbench: {args.project}: the chain head {args.head} is not in the history: "
            "entries were removed or rewritten since the report that carries it",
            file=sys.stderr,
        )
        return 1
    print(f"{args.project}: history verified, {check.entries} entries, chain head {check.head}")
    return 0
