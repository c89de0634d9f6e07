"""Alt+letter reaches one field: no two labels of a dialog share a mnemonic, in either language."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from workbench.core.project import Project
from workbench.gui.app.i18n import Translations
from workbench.gui.app.settings import Settings
from workbench.gui.dialogs.common import SettingsDialog

# Offscreen, a dialog shown over the window says its platform cannot pass size hints on.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(dialog: QDialog) -> list[str]:
    letters = []
    for widget in [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]:
        found = _MNEMONIC.search(widget.text().replace("&&", ""))
        if found:
            letters.append(found.group(1).lower())
    return letters


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translations = Translations(qapp)
    translations.apply(request.param)
    yield request.param
    translations.apply("en")


def test_the_settings_dialog_with_its_publisher_fields_has_one_field_per_letter(
    qtbot: QtBot, tmp_path: Path, gui_settings: Settings, language: str
) -> None:
    with Project.create(tmp_path / "desk.wbproj") as project:
        dialog = SettingsDialog(gui_settings, project=project)
        qtbot.addWidget(dialog)
        letters = mnemonics(dialog)
        assert len(letters) >= 6, letters
        shared = [letter for letter, count in Counter(letters).items() if count > 1]
        assert not shared, f"{language}: Alt+{shared} reaches more than one field: {letters}"


def test_the_settings_open_by_a_key_even_where_the_platform_defines_none(make_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeySequence

    window = make_window()
    keys = [key.toString() for key in window.commands.settings.shortcuts()]
    assert keys, "no key opens the settings"
    if not QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences):
        assert keys == ["Ctrl+,"]
