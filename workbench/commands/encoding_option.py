"""The `--encoding` option shared by `workbench import` and `workbench analyze`."""

from __future__ import annotations

import argparse
import codecs
from typing import Any


def add_encoding_option(parser: Any) -> None:
    parser.add_argument(
        "--encoding",
        type=_codec_name,
        help="read the files as this text encoding (e.g. cp1252, latin_1, utf_16) instead of "
        "detecting it",
    )


def _codec_name(value: str) -> str:
    """Checked at once, so a misspelt name is refused before any file is read or model loaded."""
    try:
        codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown text encoding {value!r}") from None
    return value
