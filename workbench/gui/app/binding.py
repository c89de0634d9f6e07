"""A start-up check of the Qt binding: PySide6 6.12.0 under Python 3.11 drops a reference to
True on every signal emitted from Python (and to None on many calls), so a long session ends in
"Fatal Python error: bool_dealloc". The window warns rather than crash hours later."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, Signal

_PROBES = 16


class _Probe(QObject):
    fired = Signal()


def binding_leaks_references() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.fired.emit()
    return sys.getrefcount(True) <= before - _PROBES


def binding_problem() -> str | None:
    """A sentence for the checker when this PySide6 build is known to crash long sessions."""
    if not binding_leaks_references():
        return None
    return QCoreApplication.translate(
        "Binding",
        "PySide6 {0} on Python {1} loses object references and will crash after a long "
        "session. Install another PySide6 version (6.11.3 works): "
        "pip install 'pyside6-essentials<6.12'.",
    ).format(PySide6.__version__, sys.version.split()[0])
