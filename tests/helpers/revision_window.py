"""A revised draft for the window's revision tests, and the steps that bring it in."""

from __future__ import annotations

from pathlib import Path

from helpers.driving import press, refocus, select_in_text, type_in_file_dialog
from helpers.fakes import RegexAnalyzer
from PySide6.QtCore import Qt

from workbench.core.project import Project
from workbench.gui.revisions.dialog import RevisionDialog

Key = Qt.Key
Mod = Qt.KeyboardModifier
ANALYSIS_TIMEOUT_MS = 60_000  # a spawned worker process, on a slow shared machine

TITLE = "Le budget de la ville augmentera en 2025"
KEPT = "Le conseil municipal a voté mardi un budget de 412 millions d'euros."
REWORDED_OLD = "Selon l'adjoint aux finances, la dette atteindrait 180 millions d'euros."
REWORDED_NEW = "Selon l'adjoint aux finances, la dette atteindrait 185 millions d'euros."
DELETED = "Ce chiffre serait en baisse de 12 millions par rapport à 2023."
ADDED = "Le préfet a confirmé l'information jeudi."
REPLACEMENT = "La dette a reculé depuis deux ans."
OLD_TEXT = "\n".join(
    [
        TITLE,
        f"{KEPT} La maire a défendu un budget de responsabilité. L'opposition a voté contre.",
        f"{REWORDED_OLD} {DELETED}",
        "Les impôts locaux ne changeront pas, a promis la maire.",
    ]
)
NEW_TEXT = "\n".join(
    [
        TITLE,
        f"{KEPT} {ADDED} La maire a défendu un budget de responsabilité. L'opposition a voté "
        + "contre.",
        f"{REWORDED_NEW} {REPLACEMENT}",
        "Les impôts locaux ne changeront pas, a promis la maire.",
    ]
)
OTHER_TEXT = "Un tout autre sujet\nLe club de football a gagné 3 matchs. Il reste 5 journées."


def claim_in_list(window, text: str):  # type: ignore[no-untyped-def]
    for claim in window.claims_panel.model.claims():
        if claim.text == text:
            return claim
    raise AssertionError(f"no claim {text!r} in the list")


def shown_text(window, claim_id: int) -> str:  # type: ignore[no-untyped-def]
    from workbench.gui.review.claims_model import TEXT

    model = window.claims_panel.model
    return str(model.index(model.row_of(claim_id), TEXT).data())


def import_through_dialog(qtbot, window, revised_file: Path) -> RevisionDialog:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+I, the file typed in the file dialog, then the worker's analysis."""
    refocus(qtbot, window)
    press(qtbot, Key.Key_I, Mod.ControlModifier | Mod.ShiftModifier)
    with qtbot.waitSignal(window.revision_import.analysed, timeout=ANALYSIS_TIMEOUT_MS):
        type_in_file_dialog(qtbot, window, str(revised_file))
    dialog = window.dialog
    assert isinstance(dialog, RevisionDialog)
    qtbot.waitExposed(dialog)
    return dialog


def record(qtbot, window, dialog: RevisionDialog):  # type: ignore[no-untyped-def]
    """Click the dialog's import button; returns the revision the window recorded."""
    with qtbot.waitSignal(window.revision_import.recorded) as recorded:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return recorded.args[0]


def revised_in_window(qtbot, make_window, project: Path, revised: Path):  # type: ignore[no-untyped-def]
    """A window on `project`, with `revised` recorded through the dialog."""
    window = make_window(Project.open(project))
    record(qtbot, window, import_through_dialog(qtbot, window, revised))
    return window


def select_replacement_for_the_orphan(qtbot, window, length: int):  # type: ignore[no-untyped-def]
    """Select `length` characters of the replacement sentence, then the only orphan; returns it."""
    (orphan,) = window.orphans_panel.orphans()
    refocus(qtbot, window)
    select_in_text(qtbot, window, NEW_TEXT.index(REPLACEMENT), length)
    window.orphans_panel.list.setCurrentRow(0)
    return orphan


def revise_in_core(path: Path, revised: Path) -> None:
    """Record the revision through the core, for tests about what comes after."""
    from workbench.core.importers import read_articles
    from workbench.core.revisions import import_revision

    with Project.open(path) as project:
        article_id = project.articles()[0].id
        (draft,) = read_articles(revised)
        import_revision(project, article_id, draft, RegexAnalyzer().analyze(draft.text), "Camille")
