"""Every command of the window as a QAction, with its shortcut, shown in menus and tooltips."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from workbench.core.model import Verdict
from workbench.gui.review.verdicts import LOOKS


class WindowActions(QObject):
    """Holds the actions; the window connects them. `retranslate()` sets every text again."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        make = self._make
        self.new_project = make("new_project", QKeySequence.StandardKey.New)
        self.open_project = make("open_project", QKeySequence.StandardKey.Open)
        self.import_articles = make("import_articles", "Ctrl+I")
        self.import_with_encoding = make("import_with_encoding", None)
        self.paste_article = make("paste_article", "Ctrl+Shift+V")
        self.import_revision = make("import_revision", "Ctrl+Shift+I")
        self.compare_revisions = make("compare_revisions", "Ctrl+Shift+D")
        self.export_report = make("export_report", "Ctrl+E")
        self.save_as = make("save_as", None)  # Ctrl+Shift+S was Save a copy's before Save as came
        self.save_copy = make("save_copy", "Ctrl+Shift+S")
        self.restore_backup = make("restore_backup", None)
        self.quit = make("quit", QKeySequence.StandardKey.Quit)
        self.settings = make("settings", QKeySequence.StandardKey.Preferences)
        self.verdict = {v: make(f"verdict_{v.value}", LOOKS[v].key) for v in Verdict}
        self.verdict_next = {
            v: make(f"verdict_next_{v.value}", f"Shift+{LOOKS[v].key}") for v in Verdict
        }
        self.next_claim = make("next_claim", "N")
        self.previous_claim = make("previous_claim", "P")
        self.next_unchecked = make("next_unchecked", "Space")
        self.next_article = make("next_article", "Ctrl+PgDown")
        self.previous_article = make("previous_article", "Ctrl+PgUp")
        self.focus_search = make("focus_search", QKeySequence.StandardKey.Find)
        self.focus_claims = make("focus_claims", "Ctrl+L")
        self.focus_article = make("focus_article", "Ctrl+T")
        self.focus_rationale = make("focus_rationale", "R")
        self.add_claim = make("add_claim", "A")
        self.change_span = make("change_span", "S")
        self.dismiss_claim = make("dismiss_claim", "Delete")
        self.add_source = make("add_source", "Ctrl+Shift+K")
        self.cancel_analysis = make("cancel_analysis", None)
        self.shortcuts = make("shortcuts", "F1")
        self.language_system = make("language_system", None, checkable=True)
        self.language_en = make("language_en", None, checkable=True)
        self.language_fr = make("language_fr", None, checkable=True)
        self.retranslate()

    def _make(
        self,
        name: str,
        shortcut: QKeySequence.StandardKey | str | None,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(self.parent())
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        return action

    def all(self) -> list[QAction]:
        return [value for value in vars(self).values() if isinstance(value, QAction)] + [
            action for group in (self.verdict, self.verdict_next) for action in group.values()
        ]

    def retranslate(self) -> None:
        texts = {
            self.new_project: (self.tr("&New project…"), self.tr("Create an empty project file")),
            self.open_project: (self.tr("&Open…"), self.tr("Open a project, or an article to check")),
            self.import_articles: (self.tr("&Import articles…"), self.tr("Add text or corpus files")),
            self.import_with_encoding: (
                self.tr("Import &with encoding…"),
                self.tr("Add text files read as the encoding you choose, not the detected one"),
            ),
            self.paste_article: (
                self.tr("&Paste as new article"),
                self.tr("Analyse the text on the clipboard and add it as an article"),
            ),
            self.import_revision: (
                self.tr("Import new &version of article…"),
                self.tr("Re-import a revised draft: verdicts stay on the claims found again"),
            ),
            self.compare_revisions: (
                self.tr("Compare with previous re&vision"),
                self.tr("Show what the open article's last revision deleted and inserted"),
            ),
            self.export_report: (self.tr("&Export report…"), self.tr("Write a verification report")),
            self.save_as: (
                self.tr("Save &as…"), self.tr("Copy the project to another file and edit the copy")
            ),
            self.save_copy: (self.tr("Save a &copy…"), self.tr("Copy the project to another file")),
            self.restore_backup: (
                self.tr("Restore a &backup…"),
                self.tr("Put back the project as it was when opened earlier"),
            ),
            self.quit: (self.tr("&Quit"), self.tr("Close Workbench; everything is already saved")),
            self.settings: (self.tr("&Settings…"), self.tr("Checker name, pipeline, threshold")),
            self.next_claim: (self.tr("&Next claim"), self.tr("Select the next claim in the list")),
            self.previous_claim: (self.tr("&Previous claim"), self.tr("Select the previous claim")),
            self.next_unchecked: (
                self.tr("Next &unchecked claim"), self.tr("Jump to the next unchecked claim")
            ),
            self.next_article: (self.tr("Next &article"), self.tr("Open the next article")),
            self.previous_article: (self.tr("Previous a&rticle"), self.tr("Open the previous article")),
            self.focus_search: (self.tr("&Search the claims"), self.tr("Type to filter the claims")),
            self.focus_claims: (self.tr("Go to the claims &list"), self.tr("Move the focus to the claims")),
            self.focus_article: (self.tr("Go to the article &text"), self.tr("Move the focus to the text")),
            self.focus_rationale: (self.tr("Write the &rationale"), self.tr("Edit the current claim's note")),
            self.add_claim: (self.tr("&Add claim from selection"), self.tr("Make the selected text a claim")),
            self.change_span: (
                self.tr("C&hange span to selection"), self.tr("Make the current claim cover the selection")
            ),
            self.dismiss_claim: (
                self.tr("&Dismiss or restore claim"), self.tr("Hide a detected claim, or bring it back")
            ),
            self.add_source: (self.tr("Add a &source…"), self.tr("Add a source to the current claim")),
            self.cancel_analysis: (self.tr("&Cancel analysis"), self.tr("Stop the running import")),
            self.shortcuts: (self.tr("&Keyboard shortcuts"), self.tr("Show every shortcut")),
            self.language_system: (self.tr("&System language"), self.tr("Follow the system language")),
            self.language_en: ("&English", "English"),
            self.language_fr: ("&Français", "Français"),
        }
        for verdict, action in self.verdict.items():
            label = LOOKS[verdict].label()
            texts[action] = (
                self.tr("Mark %1").replace("%1", label),
                self.tr("Set the verdict of the current claim to %1").replace("%1", label),
            )
        for verdict, action in self.verdict_next.items():
            label = LOOKS[verdict].label()
            texts[action] = (
                self.tr("Mark %1 and go to the next").replace("%1", label),
                self.tr("Set the verdict to %1, then jump to the next unchecked claim").replace(
                    "%1", label
                ),
            )
        for action, (text, tip) in texts.items():
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
