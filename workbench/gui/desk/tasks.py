"""The desk's work off the GUI thread: reading a part for the preview, giving a part, merging.

Each task opens the project file with a connection of its own (the window's is bound to the GUI
thread). The preview reads the project read-only while the window goes on; giving a part and
merging write it, so the window lets go of the file first and opens it again afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from workbench.core.desk.merging import MergePlan, Side, UnresolvedConflicts, merge, plan_merge
from workbench.core.desk.parts import give_part
from workbench.core.project import Project, ProjectError
from workbench.gui.background.tasks import Report


@dataclass(frozen=True, slots=True)
class Preview:
    """What merging the part would do, or why it cannot be read (`problem`)."""

    plan: MergePlan | None
    checker: str = ""  # whom the part was given to, when it says so
    problem: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    """A merge carried out (`plan`) or a part written (`written`), or why not (`problem`): then
    the project is as it was."""

    plan: MergePlan | None = None
    written: str = ""
    problem: str = ""
    changed_since_preview: bool = False


def read_preview(_report: Report, project_path: Path, part_path: Path) -> Preview:
    try:
        with Project.open(project_path, read_only=True) as target:
            plan = plan_merge(target, part_path)
        with Project.open(part_path, read_only=True) as part:
            details = part.state("part_details")
    except ProjectError as error:
        return Preview(None, problem=f"{error.path}: {error.problem}")
    checker = ""
    if details:
        try:
            checker = str(json.loads(details).get("given_to") or "")
        except (ValueError, AttributeError):
            checker = ""
    return Preview(plan, checker)


def merge_part(
    _report: Report,
    project_path: Path,
    part_path: Path,
    who: str,
    resolutions: Mapping[str, Side],
) -> Outcome:
    """The merge, in one transaction; the project's opening takes a backup first."""
    try:
        with Project.open(project_path) as target:
            plan = merge(target, part_path, who=who, resolutions=resolutions)
    except UnresolvedConflicts as refused:
        return Outcome(problem=refused.problem, changed_since_preview=True)
    except ProjectError as error:
        return Outcome(problem=f"{error.path}: {error.problem}")
    return Outcome(plan=plan)


def give_articles(
    _report: Report,
    project_path: Path,
    article_ids: list[int],
    part_path: Path,
    checker: str,
    who: str,
) -> Outcome:
    try:
        with Project.open(project_path, keep_backups=0) as origin:
            written = give_part(origin, article_ids, part_path, checker=checker, who=who)
    except ProjectError as error:
        return Outcome(problem=f"{error.path}: {error.problem}")
    return Outcome(written=str(written))
