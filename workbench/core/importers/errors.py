"""The one error every importer raises (or, when streaming, yields) for input it cannot read."""

from __future__ import annotations

# A failure standing for many malformed entries names this many of them.
NAMED_ENTRIES = 20


class ImportFailure(Exception):
    """A file could not be read as articles. The message names the file, the place and the problem.

    `index` is the corpus index of the article concerned (the 12 of `12/1366`) when it is known;
    `entry` is its position in the file (1 for the first entry) when the index could not be read.
    """

    def __init__(
        self,
        path: str,
        problem: str,
        line: int | None = None,
        index: int | None = None,
        entry: int | None = None,
    ) -> None:
        self.path = path
        self.problem = problem
        self.line = line
        self.index = index
        self.entry = entry
        super().__init__(f"{', '.join([path, *self.places])}: {problem}")

    @property
    def places(self) -> list[str]:
        """Where in the file: `line 8`, `article 2` (or `entry 4` when no index was read)."""
        places = []
        if self.line is not None:
            places.append(f"line {self.line}")
        if self.index is not None:
            places.append(f"article {self.index}")
        elif self.entry is not None:
            places.append(f"entry {self.entry}")
        return places

    @classmethod
    def of_entries(cls, failures: list[ImportFailure]) -> ImportFailure:
        """One failure for a file's malformed entries (all from one file), naming each one up
        to NAMED_ENTRIES, so that a message box still fits on a screen."""
        if len(failures) == 1:
            return failures[0]
        each = [
            f"{', '.join(failure.places)}: {failure.problem}"
            for failure in failures[:NAMED_ENTRIES]
        ]
        if len(failures) > NAMED_ENTRIES:
            each.append(f"and {len(failures) - NAMED_ENTRIES} more")
        return cls(failures[0].path, f"{len(failures)} malformed entries: {'; '.join(each)}")

    def __reduce__(
        self,
    ) -> tuple[type[ImportFailure], tuple[str, str, int | None, int | None, int | None]]:
        # Failures cross process boundaries (imports may run in a worker process).
        return type(self), (self.path, self.problem, self.line, self.index, self.entry)
