"""The corpus in the window: groups in the claims list and the details, a verdict given to a
group in one undoable step, earlier projects' verdicts offered, misspelt names marked."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.corpus_projects import make_project
from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt
from PySide6.QtGui import QTextCharFormat

from workbench.core.corpus.group_verdicts import REUSED_FROM
from workbench.core.corpus.library import TAKEN_FROM
from workbench.core.model import Verdict
from workbench.core.project import Project
from workbench.gui.background.tasks import ProcessRunner, ThreadRunner
from workbench.gui.review.article_view import ArticleView, SpellingMark
from workbench.gui.review.claims_model import ALSO_IN
from workbench.gui.review.navigator import PROGRESS
from workbench.gui.review.verdicts import LOOKS

WIRE = "Les syndicats dénoncent une hausse de 12 % des cadences sur les quais du port."
OTHER = "Le maire a inauguré la nouvelle médiathèque du quartier nord."
XI = "Le président Xi Jinpin a reçu le ministre à Pékin pour parler du commerce."

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen's own note

ARTICLES = [
    ("Dépêche", f"{WIRE} {OTHER}"),
    ("Reprise", f"Le port se tait. {WIRE}"),
    ("Encore", f"{WIRE} {XI}"),
]


UNCHECKED = f"{LOOKS[Verdict.UNCHECKED].symbol} {LOOKS[Verdict.UNCHECKED].label()}"
DENIED = f"{LOOKS[Verdict.DENIED].symbol} {LOOKS[Verdict.DENIED].label()}"


def corpus_window(make_window, qtbot, project: Project):  # type: ignore[no-untyped-def]
    window = make_window(project, corpus_runner=ThreadRunner, check_words=False)
    qtbot.waitUntil(lambda: window.corpus.findings is not None, timeout=30000)
    return window


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return make_project(tmp_path / "wire.wbproj", ARTICLES, names=["Xi Jinpin"])


def wire_claims(project: Project) -> list[int]:
    """The wire sentence's claim in each article, in article order."""
    return [claim.id for claim in project.claims() if claim.text == WIRE]


def waved(view: ArticleView) -> list[tuple[int, int]]:
    """The passages the text underlines with waves (names to check)."""
    return [
        (selection.cursor.selectionStart(), selection.cursor.selectionEnd())
        for selection in view.extraSelections()
        if selection.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]


def show(window, claim_id: int) -> None:  # type: ignore[no-untyped-def]
    window.corpus.go_to_claim(claim_id)
    assert window.current_claim().id == claim_id


def test_a_claim_stated_elsewhere_says_so_in_the_list_and_in_its_details(
    qtbot,
    make_window,
    project,  # type: ignore[no-untyped-def]
) -> None:
    first, _second, third = wire_claims(project)
    window = corpus_window(make_window, qtbot, project)
    show(window, first)
    model = window.claims_panel.model
    assert model.headerData(ALSO_IN, Qt.Orientation.Horizontal) == "Also in"
    row = model.row_of(first)
    assert model.index(row, ALSO_IN).data() == "2 articles"
    other_row = model.row_of(next(c.id for c in project.claims() if c.text == OTHER))
    assert model.index(other_row, ALSO_IN).data() == ""

    pane = window.corpus.pane
    assert pane.isVisible()
    assert pane.group_heading.text() == "Also in 2 articles"
    rows = [pane.members.item(i).text() for i in range(pane.members.count())]
    assert rows == [
        f"{UNCHECKED} — Reprise, claim 2: {WIRE[:69]}…",
        f"{UNCHECKED} — Encore, claim 1: {WIRE[:69]}…",
    ]
    assert not pane.conflict.isVisible()

    # Going to a claim of the group shows it in its own article.
    pane.members.setCurrentRow(1)
    qtbot.mouseClick(pane.go_to, Qt.MouseButton.LeftButton)
    assert window.current_claim().id == third
    assert window.current.article_id == project.claim(third).article_id
    assert window.claims_panel.current_claim().id == third


def test_a_verdict_given_to_part_of_a_group_is_one_undo_step_recorded_in_each_history(
    qtbot,
    make_window,
    project,  # type: ignore[no-untyped-def]
) -> None:
    first, second, third = wire_claims(project)
    window = corpus_window(make_window, qtbot, project)
    show(window, first)
    window.mark(Verdict.DENIED)
    pane = window.corpus.pane
    assert pane.ticked() == (second, third)  # the claims still waiting for a verdict
    pane.members.item(1).setCheckState(Qt.CheckState.Unchecked)  # only "Reprise"
    assert pane.apply_to_group.isEnabled()
    stack = window.session.undo_stack
    before = stack.count()
    qtbot.mouseClick(pane.apply_to_group, Qt.MouseButton.LeftButton)
    assert stack.count() == before + 1
    assert stack.undoText() == "Give 1 claim(s) the verdict of claim 1"
    assert project.claim(second).verdict is Verdict.DENIED
    assert project.claim(third).verdict is Verdict.UNCHECKED
    # the other article's progress in the navigator, and the pane's own list, follow
    navigator = window.navigator.model
    reprise = project.claim(second).article_id
    assert navigator.index(navigator.row_of(reprise), PROGRESS).data().split()[0] == "1/2"
    assert pane.members.item(0).text().startswith(f"{DENIED} — Reprise")
    note = f"claim 1 (article {project.claim(first).article_id}: Dépêche)"
    entries = [(entry.field, entry.old, entry.new) for entry in project.history(second)]
    assert entries == [("verdict", "unchecked", "denied"), (REUSED_FROM, None, note)]

    stack.undo()
    assert project.claim(second).verdict is Verdict.UNCHECKED
    assert project.claim(first).verdict is Verdict.DENIED  # given by hand, its own step
    assert project.history(second)[-1].field == REUSED_FROM
    assert project.history(second)[-1].new is None
    assert pane.members.item(0).text().startswith(f"{UNCHECKED} — Reprise")
    assert navigator.index(navigator.row_of(reprise), PROGRESS).data().split()[0] == "0/2"
    stack.redo()
    assert project.claim(second).verdict is Verdict.DENIED


def test_a_whole_group_takes_the_verdict_and_one_undo_restores_every_claim(
    qtbot,
    make_window,
    project,  # type: ignore[no-untyped-def]
) -> None:
    first, second, third = wire_claims(project)
    window = corpus_window(make_window, qtbot, project)
    show(window, second)
    window.mark(Verdict.CONFIRMED)
    window.details.rationale.setPlainText("Chiffre du port, vérifié.")
    window.details.flush()
    qtbot.mouseClick(window.corpus.pane.apply_to_group, Qt.MouseButton.LeftButton)
    assert {project.claim(c).verdict for c in (first, third)} == {Verdict.CONFIRMED}
    assert project.claim(third).rationale == "Chiffre du port, vérifié."
    # the history shown for a member says where its verdict came from
    show(window, third)
    shown = [window.details.history.item(i).text() for i in range(window.details.history.count())]
    assert any("verdict reused from" in line and "claim 2" in line for line in shown)
    window.session.undo_stack.undo()
    assert {project.claim(c).verdict for c in (first, third)} == {Verdict.UNCHECKED}
    assert project.claim(third).rationale == ""
    assert project.claim(second).verdict is Verdict.CONFIRMED


def test_a_group_with_conflicting_verdicts_is_flagged_in_the_list_and_the_details(
    qtbot,
    make_window,
    project,  # type: ignore[no-untyped-def]
) -> None:
    first, _second, third = wire_claims(project)
    window = corpus_window(make_window, qtbot, project)
    show(window, first)
    window.mark(Verdict.CONFIRMED)
    show(window, third)
    window.mark(Verdict.DENIED)
    pane = window.corpus.pane
    assert pane.conflict.isVisible()
    assert pane.conflict.text() == ("⚠ Conflicting verdicts in this group: Confirmed ×1, Denied ×1")
    model = window.claims_panel.model
    assert model.index(model.row_of(third), ALSO_IN).data() == "⚠ 2 articles"
    tip = model.index(model.row_of(third), ALSO_IN).data(Qt.ItemDataRole.ToolTipRole)
    assert "conflicting verdicts" in tip
    assert len(window.corpus.conflicting()) == 1


def test_an_earlier_projects_verdict_is_offered_and_taken_over_only_when_asked(
    qtbot,
    make_window,
    tmp_path: Path,
    gui_settings,  # type: ignore[no-untyped-def]
) -> None:
    library = tmp_path / "library"
    library.mkdir()
    with make_project(library / "octobre.wbproj", [("Vieux", OTHER)]) as earlier:
        [old] = earlier.claims()
        earlier.set_verdict(old.id, Verdict.DENIED, who="Ana")
        earlier.set_rationale(old.id, "La médiathèque ouvre en 2026.", who="Ana")
    gui_settings.library_folder = str(library)
    project = make_project(tmp_path / "new.wbproj", ARTICLES)
    claim_id = next(c.id for c in project.claims() if c.text == OTHER)
    window = corpus_window(make_window, qtbot, project)
    show(window, claim_id)
    pane = window.corpus.pane
    assert pane.earlier.isVisible()
    offered = pane.earlier.item(0).text()
    day = QLocale().toString(QDate.currentDate(), "d MMM yyyy")
    assert offered.startswith(f"{DENIED} on {day} in project octobre by Ana, rationale: ")
    assert "rationale: La médiathèque ouvre en 2026." in offered
    assert project.claim(claim_id).verdict is Verdict.UNCHECKED  # never silently

    qtbot.mouseClick(pane.take_over, Qt.MouseButton.LeftButton)
    claim = project.claim(claim_id)
    assert claim.verdict is Verdict.DENIED
    assert claim.rationale == "La médiathèque ouvre en 2026."
    assert [entry.field for entry in project.history(claim_id)] == [
        "verdict",
        TAKEN_FROM,
        "rationale",
    ]
    assert window.details.buttons[Verdict.DENIED].isChecked()
    assert not pane.earlier.isVisible()  # the claim has its verdict now
    assert window.session.undo_stack.undoText().startswith("Take over on claim")
    window.session.undo_stack.undo()
    assert project.claim(claim_id).verdict is Verdict.UNCHECKED
    assert project.claim(claim_id).rationale == ""
    assert pane.earlier.isVisible()


def test_a_library_folder_that_is_gone_is_said_and_nothing_else_changes(
    qtbot,
    make_window,
    tmp_path: Path,
    gui_settings,  # type: ignore[no-untyped-def]
) -> None:
    gui_settings.library_folder = str(tmp_path / "nowhere")
    project = make_project(tmp_path / "new.wbproj", ARTICLES)
    window = corpus_window(make_window, qtbot, project)
    assert "the library folder does not exist" in window.corpus.findings.library_error
    assert len(window.corpus.groups.groups) == 1


def test_a_misspelt_name_is_marked_on_its_atom_with_the_likely_spelling(
    qtbot,
    make_window,
    project,  # type: ignore[no-untyped-def]
) -> None:
    window = corpus_window(make_window, qtbot, project)
    xi = next(c for c in project.claims() if c.text == XI)
    show(window, xi.id)
    atom = next(atom for atom in xi.atoms if atom.text == "Xi Jinpin")
    view = window.article_view
    mark = view.spelling_mark_at(atom.start + 3)
    assert mark is not None and mark.is_name
    assert "“Xi Jinpin” — probably “Xi Jinping”" in mark.tooltip
    qtbot.waitUntil(lambda: waved(view) == [(atom.start, atom.end)])
    # the tooltip over the name says it before the claim
    cursor = view.textCursor()
    cursor.setPosition(atom.start + 3)
    point = view.cursorRect(cursor).center()
    tip = view.tooltip_at(point)
    assert tip.startswith("Name to check: “Xi Jinpin” — probably “Xi Jinping”")
    assert "Claim 2" in tip
    assert "Name to check: “Xi Jinpin” → “Xi Jinping”?" in window.corpus.pane.spelling.text()
    # nothing else of this corpus is flagged
    assert [flag.text for flag in window.corpus.findings.names.flags] == ["Xi Jinpin"]


def test_ordinary_words_are_marked_lower_than_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = ArticleView()
    qtbot.addWidget(view)
    text = "Une faveur faîte à Xi Jinpin."
    view.show_article(text, [])
    view.set_spelling_marks(
        [
            SpellingMark(11, 16, "Spelling to check: “faîte”", is_name=False),
            SpellingMark(19, 28, "Name to check: “Xi Jinpin”", is_name=True),
        ]
    )
    qtbot.waitUntil(lambda: waved(view) == [(19, 28)])
    dashed = [
        (selection.cursor.selectionStart(), selection.cursor.selectionEnd())
        for selection in view.extraSelections()
        if selection.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
    ]
    assert dashed == [(11, 16)]
    assert view.spelling_mark_at(12).is_name is False
    view.show_article("Autre texte.", [])
    assert view.spelling_mark_at(2) is None  # marks belong to the text they were made for


@pytest.mark.slow
def test_ordinary_misspellings_follow_the_names_marked_lower_in_the_text_and_the_details(
    qtbot,
    make_window,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    text = "Une faveur faîte à Xi Jinpin par le gouvernement, selon le journal."
    project = make_project(tmp_path / "words.wbproj", [("Faveur", text)], names=["Xi Jinpin"])
    # in worker processes, as in the program: spaCy leaves a thread behind in a thread runner
    window = make_window(project, corpus_runner=ProcessRunner, check_words=True)
    [claim] = project.claims()
    show(window, claim.id)
    # the names come first; the words once the French pipeline has loaded in the worker
    qtbot.waitUntil(
        lambda: window.corpus.findings is not None and len(window.corpus.findings.names.flags) == 2,
        timeout=300000,  # two worker processes and the French pipeline, on a loaded machine
    )
    assert not window.corpus.is_running()
    levels = [(flag.text, flag.level.value) for flag in window.corpus.findings.names.flags]
    assert levels == [("Xi Jinpin", "name"), ("faîte", "word")]
    view = window.article_view
    word = view.spelling_mark_at(text.index("faîte") + 1)
    assert word is not None and not word.is_name
    assert word.tooltip.startswith("Spelling to check: “faîte” — probably “faite”")
    assert (
        window.corpus.pane.spelling.text()
        .splitlines()[1]
        .startswith("Spelling to check: “faîte” → “faite”?")
    )


def test_the_library_folder_is_chosen_in_the_settings(qtbot, gui_settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from workbench.gui.dialogs.common import SettingsDialog

    dialog = SettingsDialog(gui_settings)
    qtbot.addWidget(dialog)
    dialog.library_folder.path.setText(str(tmp_path))
    dialog.accept()
    assert gui_settings.library_folder == str(tmp_path)


def test_the_claims_model_with_its_also_in_column_passes_the_model_tester(
    qtmodeltester,
) -> None:  # type: ignore[no-untyped-def]
    from workbench.gui.review.claims_model import AlsoIn, ClaimsModel

    model = ClaimsModel()
    model.set_also_in({1: AlsoIn(3, "3 articles", "tip")})
    qtmodeltester.check(model)
    assert model.index(0, ALSO_IN, QModelIndex()).data() is None


def test_the_library_folder_is_chosen_in_a_dialog_that_looks_only_at_names(
    qtbot,
    gui_settings,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    from workbench.gui.dialogs.common import SettingsDialog
    from workbench.gui.dialogs.file_chooser import NameOnlyIcons

    dialog = SettingsDialog(gui_settings)
    qtbot.addWidget(dialog)
    field = dialog.library_folder
    qtbot.mouseClick(field.choose, Qt.MouseButton.LeftButton)
    chooser = field.dialog
    assert chooser is not None and isinstance(chooser.iconProvider(), NameOnlyIcons)
    chooser.fileSelected.emit(str(tmp_path))
    chooser.reject()
    assert field.folder() == str(tmp_path)
