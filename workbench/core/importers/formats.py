"""The one list of file formats Workbench imports: file dialogs, drag and drop, the CLI, README.

Files are recognised by content first where they say what they are (PDF, zip, HTML), so a
suffix is what a file dialog offers and what drag and drop accepts, not a promise.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class InputFormat:
    name: str  # as a checker knows it
    suffixes: tuple[str, ...]  # lower case, with the dot


INPUT_FORMATS: tuple[InputFormat, ...] = (
    InputFormat("Text or corpus export", (".txt", ".text")),
    InputFormat("Markdown", (".md", ".markdown", ".mdown", ".mkd")),
    InputFormat("Web page", (".html", ".htm", ".xhtml")),
    InputFormat("Word document", (".docx",)),
    InputFormat("PDF with a text layer", (".pdf",)),
)
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(
    suffix for input_format in INPUT_FORMATS for suffix in input_format.suffixes
)
SUPPORTED_FORMATS_HELP = "files to import: " + "; ".join(
    f"{input_format.name} ({', '.join(input_format.suffixes)})" for input_format in INPUT_FORMATS
)


def suffixes_of(name: str) -> frozenset[str]:
    """The suffixes of one format, by its name in INPUT_FORMATS."""
    for input_format in INPUT_FORMATS:
        if input_format.name == name:
            return frozenset(input_format.suffixes)
    raise KeyError(name)


def is_supported(path_name: str) -> bool:
    """Whether drag and drop should accept a file of this name (by suffix, case-insensitive)."""
    return path_name.lower().endswith(SUPPORTED_SUFFIXES)


def file_dialog_filters() -> list[str]:
    """Name filters for a file dialog: all supported files first, then one per format."""
    every = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
    return [f"All supported files ({every})"] + [
        f"{input_format.name} ({' '.join(f'*{suffix}' for suffix in input_format.suffixes)})"
        for input_format in INPUT_FORMATS
    ]
