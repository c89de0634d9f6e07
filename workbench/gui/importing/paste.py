"""The window's paste and encoding commands: paste as a new article, import with a chosen
encoding, and the open article's encoding in the status bar."""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLayout,
    QMessageBox,
    QStatusBar,
    QWidget,
)

from workbench.gui.dialogs.common import show_message

if TYPE_CHECKING:
    from workbench.gui.window.parts import WindowParts as _Base
else:
    _Base = object

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
        translate("PasteMixin", "Automatic (detect it)"),
        "UTF-8",
        translate("PasteMixin", "UTF-16 (with or without byte-order mark)"),
        translate("PasteMixin", "Windows-1252 (Western Europe, Windows)"),
        "Latin-1 (ISO 8859-1)",
        translate("PasteMixin", "Latin-9 (ISO 8859-15, with €)"),
        "Mac Roman",
    ]


class PasteMixin(_Base):
    """Part of MainWindow, kept apart to keep each module small."""

    def _build_paste(self) -> None:
        """Adds the paste and encoding commands to the window; called once, after the menus."""
        a = self.commands
        self.encoding_label = QLabel()
        self.encoding_label.setObjectName("encodingLabel")
        _insert_after(self.statusBar(), self.model_label, self.encoding_label)
        self.encoding_label.hide()
        self.edit_menu.insertAction(a.settings, a.paste_article)
        self.edit_menu.insertSeparator(a.settings)
        file_actions = self.file_menu.actions()
        after_import = file_actions[file_actions.index(a.import_articles) + 1]
        self.file_menu.insertAction(after_import, a.import_with_encoding)
        a.paste_article.triggered.connect(self.paste_as_new_article)
        a.import_with_encoding.triggered.connect(self._on_import_with_encoding_triggered)
        # These import too: enabled exactly when importing files is (a project open for writing,
        # no import running).
        a.import_articles.changed.connect(self._sync_paste_actions)
        self._sync_paste_actions()
        self.article_shown.connect(self._show_encoding)
        self.project_changed.connect(lambda: self._show_encoding(self._article_id))

    def _sync_paste_actions(self) -> None:
        enabled = self.commands.import_articles.isEnabled()
        self.commands.paste_article.setEnabled(enabled)
        self.commands.import_with_encoding.setEnabled(enabled)

    # -- paste ---------------------------------------------------------------------------------

    def paste_as_new_article(self) -> None:
        """The clipboard's plain text, analysed in the worker process, added as one article."""
        if self._refuse_import():
            return
        # The importers load lxml and docx: only when a checker pastes, not at start-up.
        from workbench.core.importers import ImportFailure, article_from_pasted_text

        text = QApplication.clipboard().text()
        try:
            draft = article_from_pasted_text(text)
        except ImportFailure:
            self.dialog = show_message(
                self,
                QMessageBox.Icon.Information,
                self.tr("Nothing to paste"),
                self.tr("The clipboard holds no text. Copy the article's text, then paste again."),
            )
            return
        if self.project is None:
            return
        self.importer.start(self.project, [], given=[draft])
        self.statusBar().showMessage(self.tr("Analysing the pasted text…"))

    def _refuse_import(self) -> bool:
        """Whether an import cannot start now; the checker is told why."""
        if self.importer.is_running():
            self.statusBar().showMessage(self.tr("An import is already running"), 4000)
            return True
        project = self.project
        if project is None or project.read_only:
            self.statusBar().showMessage(
                self.tr("Open a project you can change first (Ctrl+O or Ctrl+N)"), 6000
            )
            return True
        return False

    # -- import with a chosen encoding ---------------------------------------------------------

    def _on_import_with_encoding_triggered(self) -> None:
        dialog = self._file_dialog(
            self.tr("Import articles with an encoding"),
            QFileDialog.FileMode.ExistingFiles,
            self.tr("Articles (*.txt *.md *.html *.htm);;All files (*)"),
        )
        dialog.filesSelected.connect(lambda names: self.ask_encoding([Path(n) for n in names]))
        dialog.open()

    def ask_encoding(self, paths: Sequence[Path]) -> None:
        """Ask which encoding to read `paths` as, then import them."""
        if not paths:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("encodingDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Text encoding"))
        dialog.setLabelText(
            self.tr(
                "Read {0} file(s) as which text encoding?\n"
                "Choose another one when accents or quotes came out wrong."
            ).format(len(paths))
        )
        labels = encoding_labels()
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)
        dialog.setTextValue(labels[0])
        dialog.textValueSelected.connect(
            lambda label: self.import_paths(paths, ENCODING_CHOICES[labels.index(label)])
        )
        self.dialog = dialog
        dialog.open()

    # -- the open article's encoding -----------------------------------------------------------

    def _show_encoding(self, article_id: int | None) -> None:
        """The encoding the open article's file was read as; nothing for DOCX and pastes."""
        project = self.project
        name = None
        if project is not None and article_id is not None:
            try:
                name = project.article(article_id).metadata.get("encoding")
            except KeyError:
                name = None
        self.encoding_label.setVisible(bool(name))
        self.encoding_label.setText(
            self.tr("Encoding: {0}").format(encoding_name(name)) if name else ""
        )
        self.encoding_label.setToolTip(
            self.tr(
                "The text encoding the file was read as. If accents came out wrong, "
                "File ▸ Import with encoding… reads it again as another."
            )
        )


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


def _insert_after(status: QStatusBar, anchor: QWidget, widget: QWidget) -> None:
    """Put a permanent widget right after another; QStatusBar only inserts by index among its
    permanent widgets, which it does not list, so they are read from its layout, in order."""
    permanent = [w for w in _widgets_of(status.layout()) if w.parent() is status]
    permanent = [w for w in permanent if w.metaObject().className() != "QSizeGrip"]
    if anchor in permanent:
        status.insertPermanentWidget(permanent.index(anchor) + 1, widget)
    else:
        status.addPermanentWidget(widget)


def _widgets_of(layout: QLayout | None) -> list[QWidget]:
    found: list[QWidget] = []
    if layout is None:
        return found
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            found.append(widget)
        found.extend(_widgets_of(item.layout()))
    return found
