"""The one error every importer raises (or, when streaming, yields) for input it cannot read."""

from __future__ import annotations


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
        places = [path]
        if line is not None:
            places.append(f"line {line}")
        if index is not None:
            places.append(f"article {index}")
        elif entry is not None:
            places.append(f"entry {entry}")
        super().__init__(f"{', '.join(places)}: {problem}")

    def __reduce__(
        self,
    ) -> tuple[type[ImportFailure], tuple[str, str, int | None, int | None, int | None]]:
        # Failures cross process boundaries (imports may run in a worker process).
        return type(self), (self.path, self.problem, self.line, self.index, self.entry)
