"""What an import left out or changed, said on the imported article (metadata["notices"]).

Each notice is a plain JSON object {"kind", "count", "message"} so that it survives the project
file, the JSON report and a process boundary as it is; `message` is the sentence shown to the
checker ("3 comments imported", "1 image skipped").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

NOTICES_KEY = "notices"


def notice(kind: str, count: int, message: str) -> dict[str, Any]:
    """One notice; `kind` is a stable key (e.g. "comments", "images_skipped") for programs."""
    return {"kind": kind, "count": count, "message": message}


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """ "1 comment", "3 comments" """
    return f"{count:,} {singular if count == 1 else plural or singular + 's'}"


def notices_of(metadata: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The notices stored on an article (an empty list for articles imported before them)."""
    found = metadata.get(NOTICES_KEY)
    return [item for item in found if isinstance(item, dict)] if isinstance(found, list) else []


def notice_summary(metadata: Mapping[str, Any]) -> str:
    """All the notices of an article as one line, for `workbench import` and the status bar."""
    return "; ".join(str(item.get("message", "")) for item in notices_of(metadata))


def code_blocks_notice(count: int) -> dict[str, Any]:
    return notice(
        "code_blocks",
        count,
        f"{counted(count, 'code block')} kept as text, not analysed for claims",
    )
