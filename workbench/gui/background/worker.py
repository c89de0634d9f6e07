"""The analysis worker process: reads files and runs the claim detector away from the window.

No Qt here. The window starts `work` in a spawned process and reads the messages it sends:
("progress", done, total), then ("done", WorkResult) or ("error", message).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.core.model import Analysis, ArticleDraft

if TYPE_CHECKING:  # the readers and the store are imported by the worker process only
    from workbench.core.operations import Analyzer

AnalyzerFactory = Callable[[], "Analyzer"]


@dataclass(slots=True)
class WorkResult:
    analysed: list[tuple[ArticleDraft, Analysis]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # one message per file, naming it
    already_present: int = 0  # texts skipped because the project already holds them


def detector_factory(pipeline: str = "") -> Analyzer:
    """The real claim detector; imported here so only the worker process loads spaCy."""
    from workbench.core.detection import Detector

    return Detector(pipeline or None)


def run_import(
    paths: Sequence[Path],
    known_fingerprints: set[str],
    make_analyzer: AnalyzerFactory,
    on_progress: Callable[[int, int], None],
    encoding: str | None = None,
    given: Sequence[ArticleDraft] = (),
) -> WorkResult:
    """Read every file (as `encoding`, if given), add the articles `given` ready-made (a paste),
    drop texts the project already holds, analyse the rest."""
    from workbench.core.operations import analyze_drafts, read_all
    from workbench.core.project.store import text_fingerprint

    drafts, failures = read_all(paths, encoding)
    drafts = [*drafts, *given]
    new_drafts = [d for d in drafts if text_fingerprint(d.text) not in known_fingerprints]
    result = WorkResult(
        failures=[str(failure) for failure in failures],
        already_present=len(drafts) - len(new_drafts),
    )
    on_progress(0, len(new_drafts))
    if new_drafts:
        result.analysed = analyze_drafts(new_drafts, make_analyzer(), on_progress)
    return result


def work(
    connection: Connection,
    paths: list[str],
    known_fingerprints: set[str],
    make_analyzer: AnalyzerFactory,
    encoding: str | None = None,
    given: Sequence[ArticleDraft] = (),
) -> None:
    """The worker process's entry point; every argument arrives pickled."""
    if hasattr(os, "nice"):
        os.nice(5)  # the window comes first when both want the processor
    try:
        result = run_import(
            [Path(p) for p in paths],
            known_fingerprints,
            make_analyzer,
            lambda done, total: connection.send(("progress", done, total)),
            encoding,
            given,
        )
        connection.send(("done", result))
    except Exception as error:  # noqa: BLE001 - the window shows it; the worker must not die silent
        connection.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        connection.close()
    # Tearing down a loaded spaCy pipeline takes about a second; nothing here needs it.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
