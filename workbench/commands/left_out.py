"""The closing line of `analyze` and `import` when files or corpus entries were left out."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.core.importers import ImportFailure

# The closing line names this many places; every failure has its own line above it anyway.
NAMED_PLACES = 20


def left_out_summary(failures: Sequence[ImportFailure], done: int, what: str) -> str:
    """`analysed 3 article(s); left out 2 malformed entries (c.txt: line 7, article 2; line 17,
    article 4)`: what was done, then each malformed entry by file, line and index, and the
    count of files that could not be read at all. `what` is the verb: analysed, imported."""
    entries = [failure for failure in failures if failure.entry is not None]
    files = len(failures) - len(entries)
    parts = []
    if entries:
        by_file: dict[str, list[str]] = {}
        for failure in entries[:NAMED_PLACES]:
            by_file.setdefault(failure.path, []).append(", ".join(failure.places))
        places = "; ".join(f"{path}: {'; '.join(each)}" for path, each in by_file.items())
        if len(entries) > NAMED_PLACES:
            places += f"; and {len(entries) - NAMED_PLACES} more"
        noun = "entry" if len(entries) == 1 else "entries"
        parts.append(f"{len(entries)} malformed corpus {noun} ({places})")
    if files:
        parts.append(f"{files} file(s) that could not be read")
    return (
        f"{what} {done} article(s); left out {' and '.join(parts)}, each named above with its "
        "problem"
    )
