"""What each imported file left out or changed, as the checker reads it after an import."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from workbench.core.model import ArticleDraft

translate = QCoreApplication.translate

MAX_FILES_LISTED = 20  # a corpus of hundreds of pages lists the first ones, then a count


def file_notices(drafts: Sequence[ArticleDraft]) -> list[str]:
    """One line per imported article that has notices: its file's name, then what was said."""
    from workbench.core.importers import notice_summary  # the import loaded them already

    lines = []
    for draft in drafts:
        summary = notice_summary(draft.metadata)
        if summary:
            name = Path(draft.source_path).name if draft.source_path else draft.title
            lines.append(f"{name}: {summary}")
    return lines


def notices_text(lines: Sequence[str]) -> str:
    shown = "\n".join(f"• {line}" for line in lines[:MAX_FILES_LISTED])
    if len(lines) > MAX_FILES_LISTED:
        shown += "\n" + translate("ImportNotices", "… and {0} more file(s)").format(
            len(lines) - MAX_FILES_LISTED
        )
    return (
        translate("ImportNotices", "What the import left out or changed, file by file:")
        + "\n\n"
        + shown
    )
