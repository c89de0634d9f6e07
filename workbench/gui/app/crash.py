"""The one handler for bugs: writes the traceback to a log file and shows where it is."""

from __future__ import annotations

import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox


class CrashHandler:
    """Installed as sys.excepthook. With `show_dialogs=False` (tests) it only logs and records."""

    def __init__(self, log_dir: Path, show_dialogs: bool = True) -> None:
        self.log_dir = log_dir
        self.show_dialogs = show_dialogs
        self.crashes: list[Path] = []
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, trace)
            return
        text = "".join(traceback.format_exception(kind, error, trace))
        log = self._write(text)
        self.crashes.append(log)
        print(text, file=sys.stderr)
        if self.show_dialogs and QApplication.instance() is not None:
            translate = QCoreApplication.translate
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                translate("CrashHandler", "Workbench hit a bug"),
                translate(
                    "CrashHandler",
                    "Something went wrong inside Workbench. Your work is saved: every edit is "
                    "written to the project at once.\n\nThe details were written to:\n{0}",
                ).format(log),
            )
            box.setDetailedText(text)
            box.exec()

    def _write(self, text: str) -> Path:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        log = self.log_dir / f"crash-{stamp}.log"
        log.write_text(text, encoding="utf-8")
        return log
