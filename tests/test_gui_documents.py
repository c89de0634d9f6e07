"""Real documents in the window: the formats the dialogs offer, each file's notices, the
reviewers' comments and notes beside the text, PDF pages, code left out of the claims, and the
article / whole page switch of a web page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from workbench.core.project import Project
from workbench.gui.importing.marks import KIND_PROPERTY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen, dialogs

REALDOCS = Path(__file__).resolve().parents[2] / "shared" / "realdocs"
STORY = (
    "Le conseil municipal a adopté mardi un budget de 12 millions d’euros, en hausse de 4 % sur "
    "un an, a indiqué la mairie dans un communiqué publié le soir même."
)
PAGE = (
    "<html><body><nav><p>Accueil Politique Sport Culture</p></nav><article>"
    f"<h1>Budget</h1><p>{STORY}</p><p>{STORY[:100]}, encore.</p></article>"
    "<footer><p>© La Gazette, tous droits réservés</p></footer></body></html>"
)


def realdoc(*parts: str) -> Path:
    path = REALDOCS.joinpath(*parts)
    if not path.is_file():
        pytest.skip(f"needs the real documents in {REALDOCS}")
    return path


def import_files(qtbot, window, *paths: Path) -> list[int]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.import_finished, timeout=180000):
        window.import_paths(list(paths))
    project = window.project
    assert project is not None
    return [article.id for article in project.articles()]


def overlay_kinds_at(window, offset: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The import marks (note, comment, code) covering a text offset, in drawing order."""
    kinds = []
    for selection in window.article_view.extraSelections():
        cursor = selection.cursor
        kind = selection.format.property(KIND_PROPERTY)
        if kind and cursor.selectionStart() <= offset < cursor.selectionEnd():
            kinds.append(kind)
    return kinds


def test_the_import_dialog_offers_every_supported_format(make_window, project: Project) -> None:  # type: ignore[no-untyped-def]
    window = make_window(project)
    window.commands.import_articles.trigger()
    dialog = window.dialog
    assert isinstance(dialog, QFileDialog)
    filters = dialog.nameFilters()
    assert filters[0].startswith("All supported files")
    offered = " ".join(filters)
    for suffix in ("*.html", "*.docx", "*.pdf", "*.md", "*.txt"):
        assert suffix in offered
    dialog.reject()
    window.commands.open_project.trigger()
    opened = window.dialog
    assert isinstance(opened, QFileDialog)
    assert ".wbproj" in opened.nameFilters()[0] or "*.docx" in " ".join(opened.nameFilters())
    assert "*.pdf" in " ".join(opened.nameFilters())
    opened.reject()


def test_a_file_of_another_kind_is_refused_by_name_and_nothing_is_added(  # type: ignore[no-untyped-def]
    make_window, project: Project, tmp_path: Path
) -> None:
    sheet = tmp_path / "budget.xlsx"
    sheet.write_bytes(b"PK\x03\x04 not an article")
    window = make_window(project)
    window.import_paths([sheet])
    box = window.dialog
    assert isinstance(box, QMessageBox)
    assert "budget.xlsx" in box.text() and "does not read this kind of file" in box.text()
    assert not window.importing.is_running()
    assert project.articles() == []
    box.close()


def test_markdown_code_is_kept_grey_and_never_highlighted_as_a_claim(  # type: ignore[no-untyped-def]
    qtbot, make_window, project: Project, tmp_path: Path
) -> None:
    page = tmp_path / "install.md"
    page.write_text(
        "# Installer\n\nLe projet compte 1 200 utilisateurs.\n\n```\npnpm install\n```\n",
        encoding="utf-8",
    )
    window = make_window(project)
    [article_id] = import_files(qtbot, window, page)
    box = window.dialog
    assert isinstance(box, QMessageBox)
    assert "install.md: 1 code block kept as text, not analysed for claims" in box.text()
    box.close()
    text = project.article(article_id).text
    code = text.index("pnpm install")
    assert all(not claim.start <= code < claim.end for claim in project.claims(article_id))
    # Even a claim the checker puts on the code by hand is drawn under the code's grey.
    project.add_claim(article_id, code, code + len("pnpm install"))
    window.show_article(article_id)
    assert overlay_kinds_at(window, code) == ["code"]
    last = [
        s
        for s in window.article_view.extraSelections()
        if s.cursor.selectionStart() <= code < s.cursor.selectionEnd()
    ][-1]
    assert last.format.property(KIND_PROPERTY) == "code"
    assert window.document.dock.isVisible()
    assert "code block" in window.document.panel.notices.text()


def test_a_word_draft_shows_its_comments_and_the_ones_on_the_current_claim(  # type: ignore[no-untyped-def]
    qtbot, make_window, project: Project
) -> None:
    draft = realdoc("docx", "docx2python-comments.docx")
    window = make_window(project)
    [article_id] = import_files(qtbot, window, draft)
    box = window.dialog
    assert isinstance(box, QMessageBox)
    assert "docx2python-comments.docx: 8 comments imported" in box.text()
    box.close()
    panel = window.document.panel
    assert window.document.dock.isVisible()
    assert panel.comments.count() == 8
    first = panel.comments.item(0).text()
    assert first.startswith("Randy Bartels, 2024-03-28: COMMENT")
    assert "on “Lorem ipsum dolor sit amet" in first
    assert "8 comments imported" in panel.notices.text()
    # The passage commented on is underlined; the claim there lists its comments.
    assert "comment" in overlay_kinds_at(window, 0)
    claims = project.claims(article_id)
    first_claim = min(claims, key=lambda claim: claim.start)
    window.select_claim(first_claim.id)
    assert "comment(s) on the current claim" in panel.claim_place.text()
    assert "Randy Bartels: COMMENT" in panel.claim_place.text()
    bold = [panel.comments.item(row).font().bold() for row in range(panel.comments.count())]
    assert bold[0] and not bold[-1]  # the last comment is on paragraph 5
    # Choosing a comment selects its passage and the claim there.
    last_claim = max(claims, key=lambda claim: claim.start)
    panel.comments.itemClicked.emit(panel.comments.item(7))
    assert window.current_claim() is not None and window.current_claim().id == last_claim.id
    assert window.article_view.selected_span() == (216, 267)


def test_footnotes_are_marked_as_notes_in_the_text(qtbot, make_window, project: Project) -> None:  # type: ignore[no-untyped-def]
    draft = realdoc("docx", "mammoth-footnotes.docx")
    window = make_window(project)
    [article_id] = import_files(qtbot, window, draft)
    window.dialog.close()
    notes = project.annotations(article_id, "note")
    assert len(notes) == 2
    for note in notes:
        assert overlay_kinds_at(window, note.start)[0] == "note"
    assert "2 note(s) placed in the text" in window.document.panel.notices.text()


def test_a_pdf_claim_says_its_page(qtbot, make_window, project: Project) -> None:  # type: ignore[no-untyped-def]
    pdf = realdoc("pdf", "pdfplumber-federal-register-2020-17221.pdf")
    window = make_window(project)
    [article_id] = import_files(qtbot, window, pdf)
    window.dialog.close()
    metadata = project.article(article_id).metadata
    last_page = metadata["pages"][-1]
    claim = next(c for c in project.claims(article_id) if c.start >= last_page["start"])
    window.select_claim(claim.id)
    assert window.document.panel.claim_place.text() == f"Current claim: p. {last_page['label']}"
    first = min(project.claims(article_id), key=lambda c: c.start)
    window.select_claim(first.id)
    assert window.document.panel.claim_place.text().startswith(
        f"Current claim: p. {metadata['pages'][0]['label']}"
    )


def test_a_web_page_switches_to_the_whole_page_and_back_and_stays_switched(  # type: ignore[no-untyped-def]
    qtbot, make_window, tmp_path: Path
) -> None:
    page = tmp_path / "budget.html"
    page.write_text(PAGE, encoding="utf-8")
    path = tmp_path / "pages.wbproj"
    window = make_window(Project.create(path))
    [article_id] = import_files(qtbot, window, page)
    project = window.project
    assert project is not None
    if isinstance(window.dialog, QMessageBox):
        window.dialog.close()
    switch = window.document.switch_view
    assert switch.isEnabled() and switch.text() == "Show the &whole page"
    assert window.document.panel.switch_button.isVisible()
    assert "Accueil" not in window.article_view.toPlainText()
    with qtbot.waitSignal(window.document.job.analysed, timeout=180000):
        switch.trigger()
    assert "Accueil Politique Sport Culture" in window.article_view.toPlainText()
    article = project.article(article_id)
    assert article.metadata["view"] == "whole_page" and article.revision == 2
    assert switch.text() == "Show the &article only"
    assert "switched to the whole page" in window.document.panel.notices.text()
    assert any("Accueil" in claim.text for claim in project.claims(article_id))
    shown = window.current_claim()  # the details show a claim of the new text, never a stale one
    assert shown is not None and article.text[shown.start : shown.end] == shown.text
    assert window.details.claim() is not None and window.details.claim().id == shown.id
    window.close()
    with Project.open(path) as reopened:  # the switch is in the project file
        assert reopened.article(article_id).metadata["view"] == "whole_page"
    again = make_window(Project.open(path))
    assert "Accueil" in again.article_view.toPlainText()
    with qtbot.waitSignal(again.document.job.analysed, timeout=180000):
        again.document.switch_view.trigger()
    article = again.project.article(article_id)
    assert article.metadata["view"] == "article" and "Accueil" not in article.text


def test_the_switch_is_off_for_an_article_that_is_not_a_web_page(  # type: ignore[no-untyped-def]
    qtbot, make_window, project: Project, tmp_path: Path
) -> None:
    plain = tmp_path / "note.txt"
    plain.write_text(STORY, encoding="utf-8")
    window = make_window(project)
    import_files(qtbot, window, plain)
    assert not window.document.switch_view.isEnabled()
    assert not window.document.panel.switch_button.isVisible()
    assert not window.document.dock.isVisible()  # nothing from the import to show
