"""The file formats the window's dialogs offer and accept: the core's one list, and the refusal
of a file of another kind before anything is read."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def format_name(name: str) -> str:
    """A format's name (`InputFormat.name`, English in the core) in the interface's language."""
    # Literal calls, so that pyside6-lupdate finds every name.
    names = {
        "Text or corpus export": translate("ImportFormats", "Text or corpus export"),
        "Markdown": translate("ImportFormats", "Markdown"),
        "Web page": translate("ImportFormats", "Web page"),
        "Word document": translate("ImportFormats", "Word document"),
        "PDF with a text layer": translate("ImportFormats", "PDF with a text layer"),
    }
    return names.get(name, name)


def article_filters(extra: Sequence[str] = ()) -> str:
    """A file dialog's name filter: `extra` first (projects), then every importable format."""
    # The importers load lxml: when a dialog opens, not when the window starts.
    from workbench.core.importers import INPUT_FORMATS, SUPPORTED_SUFFIXES

    every = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
    filters = [translate("ImportFormats", "All supported files ({0})").format(every)]
    for input_format in INPUT_FORMATS:
        patterns = " ".join(f"*{suffix}" for suffix in input_format.suffixes)
        filters.append(f"{format_name(input_format.name)} ({patterns})")
    return ";;".join([*extra, *filters, translate("ImportFormats", "All files (*)")])


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
