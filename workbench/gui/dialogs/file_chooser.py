"""The window's file dialogs, which must never open the files they list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

translate = QCoreApplication.translate


class NameOnlyIcons(QFileIconProvider):
    """Icons and types from the file name alone.

    Qt's default provider reads unknown files to guess their type, the project's -shm among
    them; closing that descriptor drops the SQLite locks this process holds on it (POSIX), and
    another process opening the project would then reset the index under the open project.
    """

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return translate("FileChooser", "Folder")
        suffix = info.suffix()
        if not suffix:
            return translate("FileChooser", "File")
        return translate("FileChooser", "{0} file").format(suffix.upper())


# Qt 6 gave two labels of its own file dialog a mnemonic; the qtbase_fr.qm that PySide6 ships
# still has them without one ("Look in:", "Files of type:"), so Qt finds no French for them and
# they stayed English beside French ones. Our catalogue (searched after Qt's) has them.
QT_STRINGS_QT_LACKS_IN_FRENCH = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

_icons: list[NameOnlyIcons] = []  # one for the whole program: dialogs do not own their provider


def file_chooser(parent: QWidget, title: str) -> QFileDialog:
    """A non-native dialog (driveable, the same everywhere) that looks only at names."""
    if not _icons:
        _icons.append(NameOnlyIcons())
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(_icons[0])
    return dialog
