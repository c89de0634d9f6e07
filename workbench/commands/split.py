"""`workbench split PROJECT --articles 1-3,7 --to PART --checker NAME`: give a checker a part."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from workbench.core.desk.parts import give_part
from workbench.core.project import Project, ProjectError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "split",
        help="give a checker some articles of a project as a project file of their own",
        description=(
            "Write the chosen articles, with their claims, verdicts, sources and history, to a "
            "new project file that remembers where it came from. The checker works on it "
            "offline; `workbench merge` brings the work back."
        ),
    )
    parser.add_argument("project", type=Path, help="the desk's project file")
    parser.add_argument(
        "--articles",
        required=True,
        metavar="IDS",
        help="article ids or ranges, e.g. 1-400 or 3,5,9-12 (see `workbench report`)",
    )
    parser.add_argument("--to", required=True, type=Path, dest="part", help="the part's new file")
    parser.add_argument("--checker", required=True, help="who the part is for")
    parser.add_argument("--who", default="", help="who gives it (recorded in the history)")
    parser.set_defaults(run=run)


def parse_ids(text: str) -> list[int]:
    """Article ids from "1-3,7" (1, 2, 3 and 7); ValueError names a bad piece."""
    ids: list[int] = []
    for piece in filter(None, (p.strip() for p in text.split(","))):
        first, dash, last = piece.partition("-")
        if not first.isdigit() or (dash and not last.isdigit()):
            raise ValueError(f"not an article id or range: {piece!r}")
        ids.extend(range(int(first), int(last or first) + 1))
    return ids


def run(args: argparse.Namespace) -> int:
    try:
        ids = parse_ids(args.articles)
    except ValueError as error:
        print(f"workbench: {error}", file=sys.stderr)
        return 2
    try:
        with Project.open(args.project) as project:
            give_part(project, ids, args.part, checker=args.checker, who=args.who)
    except ProjectError as error:
        print(f"workbench: {error}", file=sys.stderr)
        return 1
    print(f"wrote {args.part}: {len(set(ids))} article(s) for {args.checker}")
    return 0
