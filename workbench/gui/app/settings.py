"""The one typed wrapper over QSettings: every preference the window keeps between runs."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

_MAX_RECENT = 10


class Settings:
    """Preferences as typed properties. Tests pass a QSettings on a temporary file."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def sync(self) -> None:
        self._store.sync()

    # -- the checker ---------------------------------------------------------------------------

    @property
    def checker_name(self) -> str:
        return str(self._store.value("checker/name", "", str))

    @checker_name.setter
    def checker_name(self, name: str) -> None:
        self._store.setValue("checker/name", name.strip())

    # -- analysis ------------------------------------------------------------------------------

    @property
    def pipeline(self) -> str:
        """The French spaCy pipeline to use; empty means the best one installed."""
        return str(self._store.value("analysis/pipeline", "", str))

    @pipeline.setter
    def pipeline(self, name: str) -> None:
        self._store.setValue("analysis/pipeline", name)

    @property
    def threshold(self) -> float:
        """Claims scoring below this are hidden by default in the claims panel."""
        value = self._store.value("analysis/threshold", 0.0)
        try:
            return min(1.0, max(0.0, float(value)))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 0.0

    @threshold.setter
    def threshold(self, value: float) -> None:
        self._store.setValue("analysis/threshold", float(value))

    # -- the corpus -----------------------------------------------------------------------------

    @property
    def library_folder(self) -> str:
        """The folder of earlier projects whose verdicts are offered again; empty: none."""
        return str(self._store.value("corpus/library_folder", "", str))

    @library_folder.setter
    def library_folder(self, folder: str) -> None:
        self._store.setValue("corpus/library_folder", folder.strip())

    # -- interface -----------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """ "" follows the system; otherwise a language code such as "fr" or "en"."""
        return str(self._store.value("interface/language", "", str))

    @language.setter
    def language(self, code: str) -> None:
        self._store.setValue("interface/language", code)

    # -- projects ------------------------------------------------------------------------------

    @property
    def recent_projects(self) -> list[str]:
        value = self._store.value("projects/recent", [])
        if isinstance(value, str):  # QSettings flattens a one-item list
            return [value]
        return [str(item) for item in value] if isinstance(value, list) else []

    def add_recent_project(self, path: str) -> None:
        recent = [path] + [item for item in self.recent_projects if item != path]
        self._store.setValue("projects/recent", recent[:_MAX_RECENT])

    def forget_recent_project(self, path: str) -> None:
        self._store.setValue("projects/recent", [p for p in self.recent_projects if p != path])

    @property
    def last_project(self) -> str:
        recent = self.recent_projects
        return recent[0] if recent else ""

    # -- reports ------------------------------------------------------------------------------

    @property
    def export_folder(self) -> str:
        """Where the last report was written; empty before the first."""
        return str(self._store.value("reports/folder", "", str))

    @export_folder.setter
    def export_folder(self, folder: str) -> None:
        self._store.setValue("reports/folder", folder)

    # -- window geometry -----------------------------------------------------------------------

    def geometry(self, name: str) -> QByteArray | None:
        value = self._store.value(f"window/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._store.setValue(f"window/{name}", value)


def documents_folder() -> str:
    """The user's documents folder (the home folder if the system names none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return location or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
