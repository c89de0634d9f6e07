"""The merge dialog: what merges by itself, each conflict side by side, nothing until decided."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.desk import claim_of, give, make_project
from workbench.core.desk.merging import merge, plan_merge
from workbench.core.model import Verdict
from workbench.core.project.store import Project
from workbench.gui.app.i18n import Translations
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
        dialog = MergeDialog(plan_merge(desk, part), "Alice")
        qtbot.addWidget(dialog)
        # The rationale, and the verdict of Article 2's claim.
        assert sorted(dialog.changes.item(row).text() for row in range(2)) == [
            "Article 1, claim 2: rationale",
            "Article 2, claim 1: verdict",
        ]
        (box,) = dialog.conflict_boxes
        assert box.conflict.kind == "verdict" and box.title() == "Article 1, claim 2: verdict"
        assert box.take_part.text() == "Take Alice's"
        assert not dialog.merge_button.isEnabled()
        assert dialog.merge_button.toolTip() == "1 conflict(s) still need a decision"
        box.take_part.click()
        assert dialog.merge_button.isEnabled()
        assert dialog.resolutions() == {box.conflict.key: "part"}
        merge(desk, part, who="chief", resolutions=dialog.resolutions())
        assert claim_of(desk, "Article 1", 2).verdict is Verdict.DENIED
        assert claim_of(desk, "Article 1", 2).rationale == "Chiffre de 2022."


def test_a_conflict_shows_both_values_and_both_histories_side_by_side(
    qtbot: QtBot, tmp_path: Path
) -> None:
    origin, part = conflicting_part(tmp_path)
    with Project.open(origin) as desk:
        dialog = MergeDialog(plan_merge(desk, part), "Alice")
        qtbot.addWidget(dialog)
        (box,) = dialog.conflict_boxes
        mine, theirs = box.histories
        assert "Bob: verdict" in mine.toPlainText() and "Confirmed" in mine.toPlainText()
        assert "Alice" not in mine.toPlainText()
        assert "Alice: verdict" in theirs.toPlainText() and "Denied" in theirs.toPlainText()
        assert "Bob" not in theirs.toPlainText()
        assert mine.accessibleName() == "History in this project"
        assert theirs.accessibleName() == "History in Alice's file"
        grid = box.layout()
        # Mine on the left, theirs on the right, in the same rows.
        assert grid.getItemPosition(grid.indexOf(mine))[:2] == (2, 0)  # type: ignore[union-attr]
        assert grid.getItemPosition(grid.indexOf(theirs))[:2] == (2, 1)  # type: ignore[union-attr]


def test_new_claims_and_sources_are_listed_among_the_changes(qtbot: QtBot, tmp_path: Path) -> None:
    origin = make_project(tmp_path / "desk.wbproj")
    part = give(origin, ["Article 1"], tmp_path / "alice.wbproj", "Alice")
    with Project.open(part) as mine:
        claim = claim_of(mine, "Article 1", 1)
        mine.add_source(
            claim.id, url="https://www.insee.fr/fr/statistiques", title="Insee", who="Alice"
        )
        mine.add_claim(claim.article_id, claim.start, claim.start + 10, who="Alice")
    with Project.open(origin) as desk:
        dialog = MergeDialog(plan_merge(desk, part), "Alice")
        qtbot.addWidget(dialog)
        listed = {dialog.changes.item(row).text() for row in range(dialog.changes.count())}
    assert "Article 1, claim 1: new source https://www.insee.fr/fr/statistiques" in listed
    assert "Article 1: new claim: Le chômage" in listed
    assert "1 new claim(s)" in dialog.heading.text() and "1 new source(s)" in dialog.heading.text()


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
        assert dialog.findChild(object, "mergeNothingNew") is not None


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translations = Translations(qapp)
    translations.apply("fr")
    yield
    translations.apply("en")


def test_the_dialog_speaks_french(qtbot: QtBot, tmp_path: Path, french: None) -> None:
    origin, part = conflicting_part(tmp_path)
    with Project.open(origin) as desk:
        dialog = MergeDialog(plan_merge(desk, part), "Alice")
        qtbot.addWidget(dialog)
        (box,) = dialog.conflict_boxes
        assert dialog.windowTitle() == "Fusionner le travail d’un vérificateur"
        assert box.keep_target.text() == "Garder la valeur de ce projet"
        assert box.histories[1].accessibleName() == "Historique dans le fichier reçu (Alice)"
        assert box.take_part.text() == "Prendre la valeur reçue (Alice)"
