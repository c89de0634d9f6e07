"""The one error every importer raises for input it cannot read."""

from __future__ import annotations


class ImportFailure(Exception):
    """A file could not be read as articles. The message names the file, the place and the problem."""

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        self.path = path
        self.problem = problem
        self.line = line
        where = f"{path}, line {line}" if line is not None else path
        super().__init__(f"{where}: {problem}")
