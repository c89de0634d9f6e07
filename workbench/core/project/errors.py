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
