"""Loading the interface translations (ours and Qt's own), following the system or a choice."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from workbench.core.resources import resource_path

LANGUAGES = ("en", "fr")  # English is the source language


class Translations(QObject):
    """Installs the translators for one language; switching sends LanguageChange to every window."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, code: str) -> str:
        """Use `code` ("" = the system's language); returns the language now in use."""
        language = code or QLocale.system().name().split("_")[0]
        if language not in LANGUAGES:
            language = "en"
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        if language != "en":
            ours = QTranslator(self)
            if ours.load(str(resource_path("translations", f"workbench_{language}.qm"))):
                self._install(ours)
            qt = QTranslator(self)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{language}", qt_dir):
                self._install(qt)
        QLocale.setDefault(QLocale(language))
        self.language = language
        return language

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
