"""`workbench merge PROJECT PART...`: bring checkers' work back into a project."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from workbench.core.desk.merging import Conflict, MergePlan, UnresolvedConflicts, merge, plan_merge
from workbench.core.project import Project, ProjectError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "merge",
        help="merge checkers' project files (parts) into a project",
        description=(
            "Merge each PART into PROJECT in one transaction. Changes made on one side only "
            "merge by themselves; the same thing changed on both sides is a conflict: the merge "
            "then stops, changes nothing and lists the conflicts, side by side with both "
            "histories, until each is decided with --take KEY=part|target or --prefer."
        ),
    )
    parser.add_argument("project", type=Path, help="the project that receives the work")
    parser.add_argument("parts", type=Path, nargs="+", help="checkers' project files")
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would change; write nothing"
    )
    parser.add_argument(
        "--take",
        action="append",
        default=[],
        metavar="KEY=SIDE",
        help="decide one conflict: part or target (repeatable)",
    )
    parser.add_argument(
        "--prefer", choices=["part", "target"], help="decide every remaining conflict for this side"
    )
    parser.add_argument("--who", default="", help="who merges (recorded in the history)")
    parser.add_argument("--json", action="store_true", help="print the plan as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    resolutions: dict[str, Any] = {}
    for item in args.take:
        key, _, side = item.rpartition("=")
        if side not in ("part", "target") or not key:
            print(f"workbench: --take wants KEY=part or KEY=target, not {item!r}", file=sys.stderr)
            return 2
        resolutions[key] = side
    status = 0
    try:
        with Project.open(args.project) as project:
            for part in args.parts:
                try:
                    if args.dry_run:
                        plan = plan_merge(project, part)
                    else:
                        plan = merge(
                            project, part, who=args.who, resolutions=resolutions, prefer=args.prefer
                        )
                except UnresolvedConflicts as refused:
                    _show(refused.plan, args.json, done=False)
                    print(
                        f"workbench: {part}: {refused.plan.summary()}; nothing was merged. "
                        "Decide each conflict with --take KEY=part|target, or --prefer.",
                        file=sys.stderr,
                    )
                    status = 3
                    continue
                _show(plan, args.json, done=not args.dry_run)
    except ProjectError as error:
        print(f"workbench: {error}", file=sys.stderr)
        return 1
    return status


def _show(plan: MergePlan, as_json: bool, *, done: bool) -> None:
    if as_json:
        print(json.dumps(_plan_dict(plan), ensure_ascii=False, indent=2))
        return
    if done and plan.is_empty:
        print(f"{plan.part_path}: nothing new")
        return
    print(f"{plan.part_path}: {'merged' if done else 'would merge'}: {plan.summary()}")
    for line in plan.changed:
        print(f"  changed: {line}")
    for title in plan.new_articles:
        print(f"  new article: {title}")
    for conflict in plan.conflicts:
        _show_conflict(conflict)


def _show_conflict(conflict: Conflict) -> None:
    where = conflict.article_title + (
        f", claim {conflict.claim_number}" if conflict.claim_number is not None else ""
    )
    print(f"  CONFLICT {conflict.key}: {where}: {conflict.what}")
    print(f"    target: {conflict.target_value}")
    for entry in conflict.target_entries:
        print(f"      {entry.at} {entry.who or '?'}: {entry.field} {entry.old} → {entry.new}")
    print(f"    part:   {conflict.part_value}")
    for entry in conflict.part_entries:
        print(f"      {entry.at} {entry.who or '?'}: {entry.field} {entry.old} → {entry.new}")


def _plan_dict(plan: MergePlan) -> dict[str, Any]:
    def entry(e: Any) -> dict[str, Any]:
        return {"at": e.at, "who": e.who, "field": e.field, "old": e.old, "new": e.new}

    return {
        "part": str(plan.part_path),
        "new_articles": plan.new_articles,
        "new_claims": plan.new_claims,
        "removed_claims": plan.removed_claims,
        "changed": plan.changed,
        "new_sources": plan.new_sources,
        "removed_sources": plan.removed_sources,
        "new_history_entries": plan.new_entries,
        "conflicts": [
            {
                "key": c.key,
                "what": c.what,
                "article": c.article_title,
                "claim_number": c.claim_number,
                "target": {
                    "value": c.target_value,
                    "history": [entry(e) for e in c.target_entries],
                },
                "part": {"value": c.part_value, "history": [entry(e) for e in c.part_entries]},
            }
            for c in plan.conflicts
        ],
    }
