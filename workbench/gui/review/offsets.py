"""Converting between Python string offsets and Qt text positions, which count UTF-16 units."""

from __future__ import annotations

from bisect import bisect_left


class Utf16Offsets:
    """For one text: a character outside the BMP (emoji…) is two Qt positions, one Python index."""

    def __init__(self, text: str) -> None:
        astral = [index for index, char in enumerate(text) if ord(char) > 0xFFFF]
        self._astral = astral
        self._qt_astral = [index + count for count, index in enumerate(astral)]
        self._length = len(text)

    def to_qt(self, index: int) -> int:
        return index + bisect_left(self._astral, index) if self._astral else index

    def from_qt(self, position: int) -> int:
        """A position inside a surrogate pair maps to the start of its character."""
        if not self._astral:
            return position
        return min(self._length, position - bisect_left(self._qt_astral, position))
