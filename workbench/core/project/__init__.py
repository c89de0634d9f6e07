"""The project file: one SQLite database holding articles, claims, verdicts and their history."""

from workbench.core.project.backups import backups_folder, list_backups, restore_backup
from workbench.core.project.errors import (
    DamagedProject,
    NewerSchema,
    NotAProject,
    ProjectError,
    ProjectLocked,
    ReadOnlyLocation,
    RefusedEdit,
    RefusedURL,
    WriteFailed,
)
from workbench.core.project.file import ProjectFile
from workbench.core.project.overview import ArticleRow, CorpusOverview, Tally, next_with_must_check
from workbench.core.project.records import (
    AnchorState,
    ArticleProgress,
    ArticleRecord,
    ArticleSummary,
    BackupInfo,
    ClaimChange,
    ClaimField,
    ClaimPlace,
    ClaimRecord,
    ClaimSnapshot,
    HistoryEntry,
    SourceChange,
    SourceRecord,
)
from workbench.core.project.store import PROJECT_SUFFIX, Project
from workbench.core.project.urls import check_url

__all__ = [
    "PROJECT_SUFFIX",
    "AnchorState",
    "ArticleProgress",
    "ArticleRecord",
    "ArticleRow",
    "ArticleSummary",
    "BackupInfo",
    "ClaimChange",
    "ClaimField",
    "ClaimPlace",
    "ClaimRecord",
    "ClaimSnapshot",
    "CorpusOverview",
    "DamagedProject",
    "HistoryEntry",
    "NewerSchema",
    "NotAProject",
    "Project",
    "ProjectError",
    "ProjectFile",
    "ProjectLocked",
    "ReadOnlyLocation",
    "RefusedEdit",
    "RefusedURL",
    "SourceChange",
    "SourceRecord",
    "Tally",
    "WriteFailed",
    "backups_folder",
    "check_url",
    "list_backups",
    "next_with_must_check",
    "restore_backup",
]
