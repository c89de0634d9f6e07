"""`workbench matches PROJECT`: the claims stated in more than one place, and verdicts reused."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from workbench.core.model import Verdict
from workbench.core.project import Project, ProjectError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "matches",
        help="find the claims that recur across a project's articles (and earlier projects)",
        description="Group the claims of a project that state the same thing: verbatim copies, "
        "rewordings and French-English translations. With --library, also suggest the verdicts "
        "of matching claims in earlier projects. Read-only unless --apply or --take-over.",
    )
    parser.add_argument("project", type=Path, help="the project file")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--no-translations",
        action="store_true",
        help="skip the French-English stage (it loads a 30 MB sentence encoder)",
    )
    parser.add_argument(
        "--library", type=Path, metavar="FOLDER", help="a folder of earlier project files"
    )
    parser.add_argument(
        "--apply",
        type=int,
        metavar="CLAIM",
        help="give the other claims of CLAIM's group CLAIM's verdict (one transaction)",
    )
    parser.add_argument(
        "--to",
        type=int,
        action="append",
        metavar="CLAIM",
        help="with --apply: only these claims of the group (repeatable)",
    )
    parser.add_argument(
        "--take-over",
        type=int,
        metavar="CLAIM",
        help="with --library: give CLAIM the verdict of its best earlier match",
    )
    parser.add_argument("--who", default="", help="who makes the change, for the history")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    writing = args.apply is not None or args.take_over is not None
    if args.take_over is not None and args.library is None:
        print("workbench: --take-over needs --library FOLDER", file=sys.stderr)
        return 2
    if args.to and args.apply is None:
        print("workbench: --to needs --apply CLAIM", file=sys.stderr)
        return 2
    try:
        project = Project.open(args.project, read_only=not writing)
    except ProjectError as error:
        print(f"workbench: {error}", file=sys.stderr)
        return 1
    with project:
        try:
            return _run(project, args)
        except ProjectError as error:
            print(f"workbench: {error}", file=sys.stderr)
            return 1


def _run(project: Project, args: argparse.Namespace) -> int:
    from workbench.core.corpus.as_json import groups_json, suggestion_json
    from workbench.core.corpus.groups import project_groups
    from workbench.core.corpus.library import VerdictLibrary, project_suggestions
    from workbench.core.corpus.translation import MultilingualEncoder

    encoder = None if args.no_translations else MultilingualEncoder()
    groups = project_groups(project, encoder=encoder)
    applied: list[str] = []
    if args.apply is not None:
        message = _apply(project, groups, args)
        if message.startswith("workbench:"):
            print(message, file=sys.stderr)
            return 1
        applied.append(message)
        groups = project_groups(project, encoder=encoder)
    suggestions = []
    problems: list[str] = []
    if args.library is not None:
        library = VerdictLibrary.from_folder(args.library, exclude=project.path)
        problems = [f"{problem.path}: {problem.problem}" for problem in library.problems]
        suggestions = project_suggestions(project, library, encoder=encoder)
        if args.take_over is not None:
            message = _take_over(project, suggestions, args)
            if message.startswith("workbench:"):
                print(message, file=sys.stderr)
                return 1
            applied.append(message)
            suggestions = project_suggestions(project, library, encoder=encoder)
    for problem in problems:
        print(f"workbench: skipped {problem}", file=sys.stderr)
    if args.format == "json":
        json.dump(
            {
                "project": str(project.path),
                "groups": groups_json(groups),
                "suggestions": [suggestion_json(found) for found in suggestions],
                "applied": applied,
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
        return 0
    for message in applied:
        print(message)
    conflicting = len(groups.conflicting())
    print(
        f"{len(groups.groups)} claims stated in more than one place"
        + (f", {conflicting} with conflicting verdicts" if conflicting else "")
    )
    for group in groups.groups:
        kinds = ", ".join(sorted(group.kinds))
        flag = "  CONFLICTING VERDICTS" if group.is_conflicting else ""
        print(
            f"\ngroup {group.id}: {len(group.members)} claims in "
            f"{len(group.article_ids)} articles ({kinds}){flag}"
        )
        for member in group.members:
            print(f"  {member.reference():<24} [{member.verdict.value}] {_short(member.text)}")
    if suggestions:
        print(f"\n{len(suggestions)} verdicts from earlier projects to consider:")
        claims = {claim.id: claim for claim in project.claims()}
        for found in suggestions:
            claim = claims[found.claim_id]
            print(f"  article {claim.article_id}, claim {claim.number}: {found.past.describe()}")
            print(f"      earlier: {_short(found.past.text)}")
    return 0


def _apply(project: Project, groups: Any, args: argparse.Namespace) -> str:
    from workbench.core.corpus.group_verdicts import apply_group_verdict

    group = groups.group_of(args.apply)
    if group is None:
        return f"workbench: claim {args.apply} states nothing found elsewhere in the project"
    targets = args.to or [member.claim_id for member in group.others(args.apply)]
    outside = [claim_id for claim_id in targets if claim_id not in group.claim_ids]
    if outside:
        return f"workbench: claims {outside} are not in claim {args.apply}'s group"
    source = project.claim(args.apply)
    if source.verdict == Verdict.UNCHECKED:
        return f"workbench: claim {args.apply} has no verdict to reuse; give it one first"
    change = apply_group_verdict(project, args.apply, targets, who=args.who)
    return (
        f"{source.verdict.value}: given to {len(change.claim_ids)} claims of group {group.id}, "
        f"reused from {change.reused_note}"
    )


def _take_over(project: Project, suggestions: list[Any], args: argparse.Namespace) -> str:
    from workbench.core.corpus.library import take_over

    offered = [found for found in suggestions if found.claim_id == args.take_over]
    if not offered:
        return f"workbench: no earlier verdict matches claim {args.take_over}"
    take_over(project, offered[0], who=args.who)
    return f"claim {args.take_over}: took over {offered[0].past.describe()}"


def _short(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
