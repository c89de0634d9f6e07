"""Merging a checker's work: what will change, and each conflict side by side to decide."""

from __future__ import annotations

import json
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.core.desk.identities import Entry
from workbench.core.desk.merging import Change, Conflict, MergePlan, Side
from workbench.gui.review.history_labels import field_label, value_label

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    """What a change or a conflict is about (`Change.kind`, `Conflict.kind`)."""
    labels = {
        "verdict": translate("MergeDialog", "verdict"),
        "rationale": translate("MergeDialog", "rationale"),
        "dismissal": translate("MergeDialog", "dismissal"),
        "place": translate("MergeDialog", "wording and place"),
        "other": translate("MergeDialog", "other details"),
        "source": translate("MergeDialog", "source"),
        "claim": translate("MergeDialog", "claim removed on one side, edited on the other"),
        "revision": translate("MergeDialog", "new version of the article on both sides"),
    }
    return labels.get(kind, kind)


def change_label(change: Change) -> str:
    if change.kind == "revision":
        return translate("MergeDialog", "{0}: new version {1}").format(
            change.article_title, change.detail
        )
    if change.kind == "new claim":
        # No number: the part's may already be taken here, and the claim then gets the next one.
        return translate("MergeDialog", "{0}: new claim: {1}").format(
            change.article_title, change.detail
        )
    if change.kind == "removed claim":
        return translate("MergeDialog", "{0}: claim {1} removed: {2}").format(
            change.article_title, change.claim_number, change.detail
        )
    if change.kind == "new source":
        return translate("MergeDialog", "{0}, claim {1}: new source {2}").format(
            change.article_title, change.claim_number, change.detail
        )
    if change.kind == "removed source":
        return translate("MergeDialog", "{0}, claim {1}: source removed {2}").format(
            change.article_title, change.claim_number, change.detail
        )
    if change.kind == "source":
        return translate("MergeDialog", "{0}, claim {1}: source {2}").format(
            change.article_title, change.claim_number, change.detail
        )
    return translate("MergeDialog", "{0}, claim {1}: {2}").format(
        change.article_title, change.claim_number, kind_label(change.kind)
    )


def history_text(entries: tuple[Entry, ...]) -> str:
    """Each entry on a line: when, who, what changed from what to what."""
    if not entries:
        return translate("MergeDialog", "(no history entry on this side)")
    unknown = translate("MergeDialog", "someone")
    return "\n".join(
        translate("MergeDialog", "{0}  {1}: {2} {3} → {4}").format(
            entry.at[:16].replace("T", " "),
            entry.who or unknown,
            field_label(entry.field),
            value_label(entry.field, entry.old),
            value_label(entry.field, entry.new),
        )
        for entry in entries
    )


def shown_value(kind: str, value: str) -> str:
    """A side's value of a conflict, in the checker's words."""
    if not value:
        return translate("MergeDialog", "(none: removed on this side)") if kind == "claim" else "∅"
    if kind == "verdict":
        return value_label("verdict", value)
    if kind == "dismissal":
        dismissed = value in ("1", "true")
        return (
            translate("MergeDialog", "dismissed") if dismissed else translate("MergeDialog", "kept")
        )
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    if not isinstance(decoded, dict):
        return value
    if kind == "place" and "text" in decoded:
        return translate("MergeDialog", "«{0}» (characters {1}–{2})").format(
            decoded["text"], decoded.get("start"), decoded.get("end")
        )
    return "\n".join(f"{name}: {item}" for name, item in decoded.items() if item not in (None, ""))


def plan_summary(plan: MergePlan) -> str:
    """What the merge does, counted."""
    return translate(
        "MergeDialog",
        "{0} new article(s), {1} new claim(s), {2} change(s), {3} new source(s), "
        "{4} history entries, {5} conflict(s)",
    ).format(
        len(plan.new_articles),
        plan.new_claims,
        len(plan.changed),
        plan.new_sources,
        plan.new_entries,
        len(plan.conflicts),
    )


class ConflictBox(QGroupBox):
    """One conflict: the project's value and history beside the part's, and the decision."""

    def __init__(self, conflict: Conflict, part_name: str, parent: QWidget | None = None) -> None:
        where = conflict.article_title
        if conflict.claim_number is not None:
            where = translate("MergeDialog", "{0}, claim {1}").format(where, conflict.claim_number)
        super().__init__(
            translate("MergeDialog", "{0}: {1}").format(
                where, kind_label(conflict.kind or conflict.what)
            ),
            parent,
        )
        self.conflict = conflict
        self.setObjectName("mergeConflict")
        grid = QGridLayout(self)
        self.keep_target = QRadioButton(translate("MergeDialog", "Keep this project's"))
        self.keep_target.setObjectName("keepMine")
        self.take_part = QRadioButton(translate("MergeDialog", "Take {0}'s").format(part_name))
        self.take_part.setObjectName("takeTheirs")
        self.choice = QButtonGroup(self)
        self.histories: list[QPlainTextEdit] = []
        sides = (
            (
                self.keep_target,
                conflict.target_value,
                conflict.target_entries,
                translate("MergeDialog", "History in this project"),
            ),
            (
                self.take_part,
                conflict.part_value,
                conflict.part_entries,
                translate("MergeDialog", "History in {0}'s file").format(part_name),
            ),
        )
        for column, (button, value, entries, history_name) in enumerate(sides):
            value_label_ = QLabel(shown_value(conflict.kind, value))
            value_label_.setObjectName("conflictValue")
            value_label_.setWordWrap(True)
            value_label_.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            history = QPlainTextEdit(history_text(entries))
            history.setReadOnly(True)
            history.setMaximumHeight(84)
            history.setAccessibleName(history_name)
            history.setToolTip(history_name)
            self.histories.append(history)
            self.choice.addButton(button)
            grid.addWidget(button, 0, column)
            grid.addWidget(value_label_, 1, column)
            grid.addWidget(history, 2, column)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.choice.setExclusive(True)

    def decision(self) -> Side | None:
        if self.keep_target.isChecked():
            return "target"
        if self.take_part.isChecked():
            return "part"
        return None


class MergeDialog(QDialog):
    """The preview of a merge; accepted only once every conflict has a decision.

    `resolutions()` gives the decisions by conflict key, for `workbench.core.desk.merging.merge`.
    `part_name` is the checker the part was given to (else the file's name).
    """

    def __init__(self, plan: MergePlan, part_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("mergeDialog")
        self.setWindowTitle(translate("MergeDialog", "Merge a checker's work"))
        part_name = part_name or plan.part_path.stem
        heading = QLabel(
            translate("MergeDialog", "Merging <b>{0}</b> ({1}) into this project: {2}.").format(
                escape(plan.part_path.name), escape(part_name), escape(self._summary())
            )
        )
        heading.setObjectName("mergeSummary")
        heading.setWordWrap(True)
        self.heading = heading
        changes = QListWidget()
        changes.setObjectName("mergeChanges")
        changes.setAccessibleName(translate("MergeDialog", "Changes the merge makes by itself"))
        changes.addItems(
            [
                translate("MergeDialog", "New article: {0}").format(title)
                for title in plan.new_articles
            ]
            + [change_label(change) for change in plan.changes]
        )
        self.changes = changes
        self.conflict_boxes = [ConflictBox(c, part_name) for c in plan.conflicts]
        conflicts = QWidget()
        column = QVBoxLayout(conflicts)
        for box in self.conflict_boxes:
            column.addWidget(box)
            box.choice.buttonToggled.connect(self._update_buttons)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("MergeDialog", "Conflicts to decide"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(conflicts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button: QPushButton = buttons.addButton(
            translate("MergeDialog", "&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("mergeNow")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if plan.is_empty:
            nothing = QLabel(
                translate(
                    "MergeDialog",
                    "Nothing new: everything in this file is already in the project.",
                )
            )
            nothing.setObjectName("mergeNothingNew")
            layout.addWidget(nothing)
        else:
            layout.addWidget(QLabel(translate("MergeDialog", "Merged by themselves:")))
            layout.addWidget(changes, 1)
        if self.conflict_boxes:
            all_row = QHBoxLayout()
            self.keep_all = QPushButton(translate("MergeDialog", "Keep this project's for all"))
            self.take_all = QPushButton(
                translate("MergeDialog", "Take {0}'s for all").format(part_name)
            )
            self.keep_all.clicked.connect(lambda: self._decide_all("target"))
            self.take_all.clicked.connect(lambda: self._decide_all("part"))
            all_row.addWidget(
                QLabel(translate("MergeDialog", "Changed on both sides — decide each one:")), 1
            )
            all_row.addWidget(self.keep_all)
            all_row.addWidget(self.take_all)
            layout.addLayout(all_row)
            layout.addWidget(scroll, 3)
        self.note = QLabel(
            translate(
                "MergeDialog",
                "The merge is one step, recorded in the history; it cannot be undone, but a "
                "backup of the project is taken first.",
            )
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._update_buttons()
        self.resize(960, 680 if self.conflict_boxes else 380)

    def _summary(self) -> str:
        return plan_summary(self.plan)

    def _decide_all(self, side: Side) -> None:
        for box in self.conflict_boxes:
            (box.keep_target if side == "target" else box.take_part).setChecked(True)

    def _update_buttons(self) -> None:
        undecided = sum(box.decision() is None for box in self.conflict_boxes)
        self.merge_button.setEnabled(not undecided and not self.plan.is_empty)
        self.merge_button.setToolTip(
            translate("MergeDialog", "{0} conflict(s) still need a decision").format(undecided)
            if undecided
            else ""
        )

    def resolutions(self) -> dict[str, Side]:
        return {
            box.conflict.key: decision
            for box in self.conflict_boxes
            if (decision := box.decision()) is not None
        }
