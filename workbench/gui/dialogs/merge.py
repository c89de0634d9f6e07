"""Merging a checker's work: what will change, and each conflict side by side to decide."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
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
from workbench.core.desk.merging import Conflict, MergePlan, Side


def _history_text(entries: tuple[Entry, ...]) -> str:
    return "\n".join(
        f"{entry.at[:16].replace('T', ' ')}  {entry.who or '?'}: {entry.field} "
        f"{entry.old or '∅'} → {entry.new or '∅'}"
        for entry in entries
    )


class ConflictBox(QGroupBox):
    """One conflict: the project's value and history beside the part's, and the decision."""

    def __init__(self, conflict: Conflict, part_name: str, parent: QWidget | None = None) -> None:
        where = conflict.article_title
        if conflict.claim_number is not None:
            where = self.tr("{0}, claim {1}").format(where, conflict.claim_number)
        super().__init__(self.tr("{0}: {1}").format(where, conflict.what), parent)
        self.conflict = conflict
        self.setObjectName("mergeConflict")
        grid = QGridLayout(self)
        self.keep_target = QRadioButton(self.tr("Keep this project's"))
        self.take_part = QRadioButton(self.tr("Take {0}'s").format(part_name))
        self.choice = QButtonGroup(self)
        for column, (button, value, entries) in enumerate(
            (
                (self.keep_target, conflict.target_value, conflict.target_entries),
                (self.take_part, conflict.part_value, conflict.part_entries),
            )
        ):
            value_label = QLabel(_shown_value(value))
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            history = QPlainTextEdit(_history_text(entries))
            history.setReadOnly(True)
            history.setMaximumHeight(72)
            history.setAccessibleName(
                self.tr("History in this project")
                if column == 0
                else self.tr("History in the part")
            )
            self.choice.addButton(button)
            grid.addWidget(button, 0, column)
            grid.addWidget(value_label, 1, column)
            grid.addWidget(history, 2, column)
        self.choice.setExclusive(True)

    def decision(self) -> Side | None:
        if self.keep_target.isChecked():
            return "target"
        if self.take_part.isChecked():
            return "part"
        return None


def _shown_value(value: str) -> str:
    if not value:
        return "∅"
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    if isinstance(decoded, dict):
        return "\n".join(f"{name}: {item}" for name, item in decoded.items())
    return value


class MergeDialog(QDialog):
    """The preview of a merge; accepted only once every conflict has a decision.

    `resolutions()` gives the decisions by conflict key, for `workbench.core.desk.merging.merge`.
    """

    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge a checker's work"))
        part_name = plan.part_path.stem
        heading = QLabel(
            self.tr("Merging <b>{0}</b> into this project: {1}.").format(
                plan.part_path.name.replace("<", "&lt;"), self._summary()
            )
        )
        heading.setWordWrap(True)
        changes = QListWidget()
        changes.setObjectName("mergeChanges")
        changes.setAccessibleName(self.tr("Changes the merge makes by itself"))
        changes.addItems(
            [self.tr("New article: {0}").format(title) for title in plan.new_articles]
            + plan.changed
        )
        self.conflict_boxes = [ConflictBox(c, part_name) for c in plan.conflicts]
        conflicts = QWidget()
        column = QVBoxLayout(conflicts)
        for box in self.conflict_boxes:
            column.addWidget(box)
            box.choice.buttonToggled.connect(self._update_buttons)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(conflicts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button: QPushButton = buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("mergeNow")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("Merged by themselves:")))
        layout.addWidget(changes, 1)
        if self.conflict_boxes:
            all_row = QHBoxLayout()
            self.keep_all = QPushButton(self.tr("Keep this project's for all"))
            self.take_all = QPushButton(self.tr("Take {0}'s for all").format(part_name))
            self.keep_all.clicked.connect(lambda: self._decide_all("target"))
            self.take_all.clicked.connect(lambda: self._decide_all("part"))
            all_row.addWidget(QLabel(self.tr("Changed on both sides — decide each one:")), 1)
            all_row.addWidget(self.keep_all)
            all_row.addWidget(self.take_all)
            layout.addLayout(all_row)
            layout.addWidget(scroll, 3)
        layout.addWidget(buttons)
        self._update_buttons()
        self.resize(900, 640 if self.conflict_boxes else 360)

    def _summary(self) -> str:
        plan = self.plan
        return self.tr(
            "{0} new article(s), {1} new claim(s), {2} change(s), {3} new source(s), "
            "{4} history entries, {5} conflict(s)"
        ).format(
            len(plan.new_articles),
            plan.new_claims,
            len(plan.changed),
            plan.new_sources,
            plan.new_entries,
            len(plan.conflicts),
        )

    def _decide_all(self, side: Side) -> None:
        for box in self.conflict_boxes:
            (box.keep_target if side == "target" else box.take_part).setChecked(True)

    def _update_buttons(self) -> None:
        undecided = sum(box.decision() is None for box in self.conflict_boxes)
        self.merge_button.setEnabled(not undecided and not self.plan.is_empty)
        self.merge_button.setToolTip(
            self.tr("{0} conflict(s) still need a decision").format(undecided) if undecided else ""
        )

    def resolutions(self) -> dict[str, Side]:
        return {
            box.conflict.key: decision
            for box in self.conflict_boxes
            if (decision := box.decision()) is not None
        }
