"""Driving the window as a person would: keys where the focus is, selections, file dialogs."""

from __future__ import annotations


def press(qtbot, key, modifier=None) -> None:  # type: ignore[no-untyped-def]
    """A key press where the keyboard focus is."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "no window has the keyboard focus"
    qtbot.keyClick(target, key, modifier or Qt.KeyboardModifier.NoModifier)


def refocus(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The offscreen platform has no window manager to give the focus back after a dialog."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def select_in_text(qtbot, window, start: int, length: int) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+T to the text, put the caret at `start`, then Shift+Right `length` times."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from workbench.gui.review.offsets import Utf16Offsets

    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    view = window.article_view
    assert QApplication.focusWidget() is view
    cursor = view.textCursor()
    cursor.setPosition(Utf16Offsets(view.toPlainText()).to_qt(start))
    view.setTextCursor(cursor)
    for _ in range(length):
        press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def type_in_file_dialog(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    """In the window's (non-native) file dialog: type in the name field, then Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

    from workbench.gui.dialogs.file_chooser import NameOnlyIcons

    dialog = window.dialog
    assert isinstance(dialog, QFileDialog)
    # Qt's own provider reads the files it lists, the project's -shm among them (see NameOnlyIcons)
    assert isinstance(dialog.iconProvider(), NameOnlyIcons)
    qtbot.waitExposed(dialog)
    name_field = dialog.findChild(QLineEdit, "fileNameEdit")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name_field)
    qtbot.keyClicks(name_field, text)
    qtbot.keyClick(name_field, Qt.Key.Key_Return)
