"""The merge dialog: what merges by itself, each conflict side by side, nothing until decided."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.helpers.desk import claim_of, give, make_project
from workbench.core.desk.merging import merge, plan_merge
from workbench.core.model import Verdict
from workbench.core.project.store import Project
from workbench.gui.dialogs.merge import MergeDialog


def conflicting_part(tmp_path: Path) -> tuple[Path, Path]:
    origin = make_project(tmp_path / "desk.wbproj")
    part = give(origin, ["Article 1", "Article 2"], tmp_path / "alice.wbproj", "Alice")
    with Project.open(part) as mine:
        mine.set_verdict(claim_of(mine, "Article 1", 2).id, Verdict.DENIED, who="Alice")
        mine.set_rationale(claim_of(mine, "Article 1", 2).id, "Chiffre de 2022.", who="Alice")
        mine.set_verdict(claim_of(mine, "Article 2", 1).id, Verdict.CONFIRMED, who="Alice")
    with Project.open(origin) as desk:
        desk.set_verdict(claim_of(desk, "Article 1", 2).id, Verdict.CONFIRMED, who="Bob")
    return origin, part


def test_merging_waits_for_every_conflict_then_carries_out_the_choice(
    qtbot: QtBot, tmp_path: Path
) -> None:
    origin, part = conflicting_part(tmp_path)
    with Project.open(origin) as desk:
        dialog = MergeDialog(plan_merge(desk, part))
        qtbot.addWidget(dialog)
        # The rationale, and the verdict of Article 2's claim.
        assert dialog.findChild(object, "mergeChanges").count() == 2
        (box,) = dialog.conflict_boxes
        assert box.conflict.what == "verdict" and "claim 2" in box.title()
        assert not dialog.merge_button.isEnabled()
        box.take_part.click()
        assert dialog.merge_button.isEnabled()
        assert dialog.resolutions() == {box.conflict.key: "part"}
        merge(desk, part, who="chief", resolutions=dialog.resolutions())
        assert claim_of(desk, "Article 1", 2).verdict is Verdict.DENIED
        assert claim_of(desk, "Article 1", 2).rationale == "Chiffre de 2022."


def test_one_button_decides_every_conflict_for_one_side(qtbot: QtBot, tmp_path: Path) -> None:
    origin, part = conflicting_part(tmp_path)
    with Project.open(origin) as desk:
        dialog = MergeDialog(plan_merge(desk, part))
        qtbot.addWidget(dialog)
        dialog.keep_all.click()
        assert set(dialog.resolutions().values()) == {"target"}
        assert dialog.merge_button.isEnabled()


def test_a_part_with_nothing_new_cannot_be_merged_again(qtbot: QtBot, tmp_path: Path) -> None:
    origin, part = conflicting_part(tmp_path)
    with Project.open(origin) as desk:
        merge(desk, part, who="chief", prefer="target")
        dialog = MergeDialog(plan_merge(desk, part))
        qtbot.addWidget(dialog)
        assert not dialog.conflict_boxes and not dialog.merge_button.isEnabled()
