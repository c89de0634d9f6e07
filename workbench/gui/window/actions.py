"""Every command of the window as a QAction, with its shortcut, shown in menus and tooltips."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from workbench.core.model import Verdict
from workbench.gui.review.verdicts import LOOKS, key_text

translate = QCoreApplication.translate
# The keys of the answers to a revision, also named on the buttons that make them.
KEEP_VERDICT_KEY = "K"
PLACE_CLAIM_KEY = "Ctrl+Shift+P"
DISMISS_CLAIM_KEY = "Delete"


# The key of a standard command on platforms that define none for it (Ctrl+, as GNOME and KDE
# applications do for their settings).
_FALLBACK_KEYS = {QKeySequence.StandardKey.Preferences: "Ctrl+,"}


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
        self.give_part = make("give_part", None)
        self.merge_work = make("merge_work", None)
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
        self.next_must_check = make("next_must_check", "Ctrl+M")
        self.corpus_overview = make("corpus_overview", "Ctrl+Shift+O")
        self.focus_search = make("focus_search", QKeySequence.StandardKey.Find)
        self.focus_claims = make("focus_claims", "Ctrl+L")
        self.focus_article = make("focus_article", "Ctrl+T")
        self.focus_rationale = make("focus_rationale", "R")
        self.add_claim = make("add_claim", "A")
        self.change_span = make("change_span", "S")
        self.dismiss_claim = make("dismiss_claim", DISMISS_CLAIM_KEY)
        self.keep_verdict = make("keep_verdict", KEEP_VERDICT_KEY)
        self.place_claim = make("place_claim", PLACE_CLAIM_KEY)
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
            if not action.shortcuts() and shortcut in _FALLBACK_KEYS:
                # Linux desktops define no Preferences key: a keyboard user still needs one.
                action.setShortcut(QKeySequence(_FALLBACK_KEYS[shortcut]))
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
            self.new_project: (
                translate("WindowActions", "&New project…"),
                translate("WindowActions", "Create an empty project file"),
            ),
            self.open_project: (
                translate("WindowActions", "&Open…"),
                translate("WindowActions", "Open a project, or an article to check"),
            ),
            self.import_articles: (
                translate("WindowActions", "&Import articles…"),
                translate("WindowActions", "Add text or corpus files"),
            ),
            self.import_with_encoding: (
                translate("WindowActions", "Import &with encoding…"),
                translate(
                    "WindowActions",
                    "Add text files read as the encoding you choose, not the detected one",
                ),
            ),
            self.paste_article: (
                translate("WindowActions", "&Paste as new article"),
                translate(
                    "WindowActions", "Analyse the text on the clipboard and add it as an article"
                ),
            ),
            self.import_revision: (
                translate("WindowActions", "Import new &version of article…"),
                translate(
                    "WindowActions",
                    "Re-import a revised draft: verdicts stay on the claims found again",
                ),
            ),
            self.compare_revisions: (
                translate("WindowActions", "Compare with previous re&vision"),
                translate(
                    "WindowActions",
                    "Show what the open article's last revision deleted and inserted",
                ),
            ),
            self.export_report: (
                translate("WindowActions", "&Export report…"),
                translate("WindowActions", "Write a verification report"),
            ),
            self.save_as: (
                translate("WindowActions", "Save &as…"),
                translate("WindowActions", "Copy the project to another file and edit the copy"),
            ),
            self.save_copy: (
                translate("WindowActions", "Save a &copy…"),
                translate("WindowActions", "Copy the project to another file"),
            ),
            self.restore_backup: (
                translate("WindowActions", "Restore a &backup…"),
                translate("WindowActions", "Put back the project as it was when opened earlier"),
            ),
            self.give_part: (
                translate("WindowActions", "&Give articles to a checker…"),
                translate(
                    "WindowActions", "Write chosen articles to a project file a checker works on"
                ),
            ),
            self.merge_work: (
                translate("WindowActions", "&Merge a checker's work…"),
                translate(
                    "WindowActions",
                    "Bring a checker's project file back: preview, then decide each conflict",
                ),
            ),
            self.quit: (
                translate("WindowActions", "&Quit"),
                translate("WindowActions", "Close Workbench; everything is already saved"),
            ),
            self.settings: (
                translate("WindowActions", "&Settings…"),
                translate("WindowActions", "Checker name, pipeline, threshold"),
            ),
            self.next_claim: (
                translate("WindowActions", "&Next claim"),
                translate("WindowActions", "Select the next claim in the list"),
            ),
            self.previous_claim: (
                translate("WindowActions", "&Previous claim"),
                translate("WindowActions", "Select the previous claim"),
            ),
            self.next_unchecked: (
                translate("WindowActions", "Next &unchecked claim"),
                translate("WindowActions", "Jump to the next unchecked claim"),
            ),
            self.next_article: (
                translate("WindowActions", "Next &article"),
                translate("WindowActions", "Open the next article"),
            ),
            self.previous_article: (
                translate("WindowActions", "Previous a&rticle"),
                translate("WindowActions", "Open the previous article"),
            ),
            self.next_must_check: (
                translate("WindowActions", "Next article with &must-check claims"),
                translate(
                    "WindowActions",
                    "Open the next article with must-check claims not checked yet, on the first",
                ),
            ),
            self.corpus_overview: (
                translate("WindowActions", "Corpus &overview"),
                translate(
                    "WindowActions",
                    "Articles by date and source, claims by tier and verdict, progress",
                ),
            ),
            self.focus_search: (
                translate("WindowActions", "&Search the claims"),
                translate("WindowActions", "Type to filter the claims"),
            ),
            self.focus_claims: (
                translate("WindowActions", "Go to the claims &list"),
                translate("WindowActions", "Move the focus to the claims"),
            ),
            self.focus_article: (
                translate("WindowActions", "Go to the article &text"),
                translate("WindowActions", "Move the focus to the text"),
            ),
            self.focus_rationale: (
                translate("WindowActions", "Write the &rationale"),
                translate("WindowActions", "Edit the current claim's note"),
            ),
            self.add_claim: (
                translate("WindowActions", "&Add claim from selection"),
                translate("WindowActions", "Make the selected text a claim"),
            ),
            self.change_span: (
                translate("WindowActions", "C&hange span to selection"),
                translate("WindowActions", "Make the current claim cover the selection"),
            ),
            self.dismiss_claim: (
                translate("WindowActions", "&Dismiss or restore claim"),
                translate("WindowActions", "Hide a detected claim, or bring it back"),
            ),
            self.keep_verdict: (
                translate("WindowActions", "&Keep the verdict / confirm the place"),
                translate(
                    "WindowActions",
                    "After a revision: keep the verdict for the new wording, or confirm the place",
                ),
            ),
            self.place_claim: (
                translate("WindowActions", "Place the &lost claim on the selected text"),
                translate(
                    "WindowActions",
                    "After a revision: put the claim it lost, or placed unsure, on the selection",
                ),
            ),
            self.add_source: (
                translate("WindowActions", "Add a &source…"),
                translate("WindowActions", "Add a source to the current claim"),
            ),
            self.cancel_analysis: (
                translate("WindowActions", "&Cancel analysis"),
                translate("WindowActions", "Stop the running import"),
            ),
            self.shortcuts: (
                translate("WindowActions", "&Keyboard shortcuts"),
                translate("WindowActions", "Show every shortcut"),
            ),
            self.language_system: (
                translate("WindowActions", "&System language"),
                translate("WindowActions", "Follow the system language"),
            ),
            self.language_en: ("&English", "English"),
            self.language_fr: ("&Français", "Français"),
        }
        for verdict, action in self.verdict.items():
            label = LOOKS[verdict].label()
            texts[action] = (
                translate("WindowActions", "Mark %1").replace("%1", label),
                translate("WindowActions", "Set the verdict of the current claim to %1").replace(
                    "%1", label
                ),
            )
        for verdict, action in self.verdict_next.items():
            label = LOOKS[verdict].label()
            texts[action] = (
                translate("WindowActions", "Mark %1 and go to the next").replace("%1", label),
                translate(
                    "WindowActions", "Set the verdict to %1, then jump to the next unchecked claim"
                ).replace("%1", label),
            )
        for action, (text, tip) in texts.items():
            action.setText(text)
            keys = key_text(action.shortcut())
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
