"""The file formats the window's dialogs offer and accept: the core's one list, and the refusal
of a file of another kind before anything is read."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def article_filters(extra: Sequence[str] = ()) -> str:
    """A file dialog's name filter: `extra` first (projects), then every importable format."""
    # The importers load lxml: when a dialog opens, not when the window starts.
    from workbench.core.importers import file_dialog_filters

    return ";;".join([*extra, *file_dialog_filters(), translate("ImportFormats", "All files (*)")])


def split_supported(paths: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """The paths Workbench can import, and those it cannot (by their suffix)."""
    from workbench.core.importers import is_supported

    supported = [path for path in paths if is_supported(path.name)]
    return supported, [path for path in paths if not is_supported(path.name)]


def refusal_text(refused: Sequence[Path]) -> str:
    """What the checker is told about files of a kind Workbench does not import."""
    from workbench.core.importers import SUPPORTED_SUFFIXES

    return translate(
        "ImportFormats",
        "{0} file(s) not imported: Workbench does not read this kind of file.\n\n{1}\n\n"
        "It imports web pages, Word documents (DOCX), PDF with a text layer, Markdown, plain "
        "text and corpus exports ({2}).",
    ).format(
        len(refused),
        "\n".join(str(path) for path in refused),
        " ".join(SUPPORTED_SUFFIXES),
    )
