"""The project file: one SQLite database holding articles, claims, verdicts and their history."""

from workbench.core.project.errors import (
    DamagedProject,
    NewerSchema,
    NotAProject,
    ProjectError,
    ProjectLocked,
    WriteFailed,
)
from workbench.core.project.records import (
    ArticleRecord,
    ClaimChange,
    ClaimRecord,
    HistoryEntry,
    SourceRecord,
)
from workbench.core.project.store import PROJECT_SUFFIX, Project

__all__ = [
    "PROJECT_SUFFIX",
    "ArticleRecord",
    "ClaimChange",
    "ClaimRecord",
    "DamagedProject",
    "HistoryEntry",
    "NewerSchema",
    "NotAProject",
    "Project",
    "ProjectError",
    "ProjectLocked",
    "SourceRecord",
    "WriteFailed",
]
