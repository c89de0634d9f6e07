"""Why a project file could not be opened or written. Each message names the file."""

from __future__ import annotations


class ProjectError(Exception):
    """Base of every expected project-file problem; the message is meant for the checker."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class NotAProject(ProjectError):
    """The file is not SQLite, or is an SQLite file of another program."""


class NewerSchema(ProjectError):
    """The file was written by a newer Workbench; opening it could lose data."""


class DamagedProject(ProjectError):
    """The file is a Workbench project but SQLite reports corruption."""


class ProjectLocked(ProjectError):
    """Another window or process is writing this project."""


class WriteFailed(ProjectError):
    """A change could not be saved (disk full, read-only medium, file removed)."""


class ReadOnlyLocation(ProjectError):
    """The file or its folder cannot be written (read-only medium, permissions); open it read-only."""


class RefusedEdit(ValueError):
    """An edit the project refuses (a span outside the text, a bad URL); nothing was changed."""


class RefusedURL(RefusedEdit):
    """A source URL that reports and the window must never turn into a link."""

    def __init__(self, url: str, problem: str) -> None:
        self.url = url
        self.problem = problem
        super().__init__(f"source address {url!r} refused: {problem}")
