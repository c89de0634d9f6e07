"""What the analysis worker process does: read files, run the claim detector, and for a new
version find the articles it may revise. No Qt here (see `workbench.gui.background.tasks`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.core.model import Analysis, ArticleDraft

if TYPE_CHECKING:  # the readers and the store are imported by the worker process only
    from workbench.core.project.importing import Analyzer

AnalyzerFactory = Callable[[], "Analyzer"]


@dataclass(slots=True)
class WorkResult:
    analysed: list[tuple[ArticleDraft, Analysis]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # one message per file, naming it
    already_present: int = 0  # texts skipped because the project already holds them
    # Texts recognised as an earlier revision of an article: one sentence each, naming the file.
    earlier_revisions: list[str] = field(default_factory=list)
    # Per analysed draft, in order: the articles it may revise, as (article id, similarity).
    matches: list[list[tuple[int, float]]] = field(default_factory=list)


def detector_factory(pipeline: str = "") -> Analyzer:
    """The real claim detector; imported here so only the worker process loads spaCy."""
    from workbench.core.detection import Detector

    return Detector(pipeline or None)


def run_import(
    on_progress: Callable[[int, int], None],
    paths: Sequence[str],
    known_fingerprints: Mapping[str, str],
    make_analyzer: AnalyzerFactory,
    encoding: str | None = None,
    given: Sequence[ArticleDraft] = (),
    match_in: str | None = None,
) -> WorkResult:
    """Read every file (as `encoding`, if given), add the articles `given` ready-made (a paste),
    drop texts the project already holds, analyse the rest. `known_fingerprints` maps the
    import key of every text the project holds to "" for a current text, or to what it is for
    an earlier revision (`queries.earlier_revisions`), which is said rather than added. With `match_in`, a project file,
    also rank its articles by likeness to each text (read-only: the window keeps writing it)."""
    from workbench.core.operations import analyze_drafts, read_all
    from workbench.core.project.articles import draft_keys

    drafts, failures = read_all([Path(p) for p in paths], encoding)
    drafts = [*drafts, *given]
    known = dict(known_fingerprints)
    new_drafts, earlier = [], []
    for draft in drafts:
        lookups, keys = draft_keys(draft)
        found = [known[key] for key in lookups if key in known]
        if not found:  # new; a second copy of it in these files is not
            new_drafts.append(draft)
            known.update(dict.fromkeys(keys, ""))
        elif any(found):
            note = next(note for note in found if note)
            earlier.append(
                f"{draft.source_path or draft.title}: this text is {note}; not added again"
            )
    result = WorkResult(
        failures=[str(failure) for failure in failures],
        already_present=len(drafts) - len(new_drafts) - len(earlier),
        earlier_revisions=earlier,
    )
    on_progress(0, len(new_drafts))
    if new_drafts:
        result.analysed = analyze_drafts(new_drafts, make_analyzer(), on_progress)
    if match_in is not None and result.analysed:
        result.matches = suggest_revised(Path(match_in), [d for d, _ in result.analysed])
    return result


def suggest_revised(
    project_path: Path, drafts: Sequence[ArticleDraft]
) -> list[list[tuple[int, float]]]:
    """For each draft, the articles of the project it may be a new version of (best first)."""
    from workbench.core.project import Project
    from workbench.core.revisions import suggest_matches

    with Project.open(project_path, read_only=True) as project:
        return [suggest_matches(project, draft, limit=10) for draft in drafts]
