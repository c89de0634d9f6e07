"""The text encodings a checker can choose when importing, and their names as people know them."""

from __future__ import annotations

import codecs

from PySide6.QtCore import QCoreApplication

# The encodings a newsroom is sent, as Python codec names; None detects. The first is the default.
ENCODING_CHOICES: tuple[str | None, ...] = (
    None,
    "utf_8",
    "utf_16",
    "cp1252",
    "latin_1",
    "iso8859_15",
    "mac_roman",
)


def encoding_labels() -> list[str]:
    """What the checker reads for each of ENCODING_CHOICES, in the same order."""
    translate = QCoreApplication.translate
    return [
        translate("Importing", "Automatic (detect it)"),
        "UTF-8",
        translate("Importing", "UTF-16 (with or without byte-order mark)"),
        translate("Importing", "Windows-1252 (Western Europe, Windows)"),
        "Latin-1 (ISO 8859-1)",
        translate("Importing", "Latin-9 (ISO 8859-15, with €)"),
        "Mac Roman",
    ]


# How the codecs the importers report are known to people.
_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "cp1252": "Windows-1252",
    "iso8859-1": "Latin-1",
    "iso8859-15": "Latin-9",
    "mac-roman": "Mac Roman",
}


def encoding_name(codec: str) -> str:
    """`utf_8` as "UTF-8", `cp1252` as "Windows-1252"; an unknown codec as Python names it."""
    try:
        canonical = codecs.lookup(codec).name
    except LookupError:
        return codec
    return _ENCODING_NAMES.get(canonical, canonical)
