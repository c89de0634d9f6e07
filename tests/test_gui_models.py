"""The item models, the offset conversion and the highlights, tested without a window."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.fakes import RegexAnalyzer
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from workbench.core.model import ArticleDraft, Verdict
from workbench.core.project import ClaimRecord, Project
from workbench.gui.review.article_view import ArticleView
from workbench.gui.review.claims_model import (
    CLAIM_ID_ROLE,
    SCORE,
    VERDICT,
    ClaimsFilter,
    ClaimsModel,
)
from workbench.gui.review.navigator import PROGRESS, ArticlesModel, ArticlesNavigator
from workbench.gui.review.offsets import Utf16Offsets

TEXT = (
    "Titre avec 😀 emoji ;\n"
    "Le ministre a annoncé 3 milliards 🇫🇷 pour 2025. Il serait parti hier!\n"
    "Selon le journal, la ville compte 40 000 habitants."
)


@pytest.fixture
def project(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Project.create(tmp_path / "models.wbproj") as project:
        drafts = [ArticleDraft(f"Article {n}", TEXT) for n in range(3)]
        project.add_articles([(d, RegexAnalyzer().analyze(d.text)) for d in drafts])
        yield project


def test_offsets_count_utf16_units() -> None:
    offsets = Utf16Offsets("a😀b🇫🇷c")
    assert [offsets.to_qt(i) for i in range(6)] == [0, 1, 3, 4, 6, 8]
    assert [offsets.from_qt(p) for p in range(9)] == [0, 1, 1, 2, 3, 3, 4, 4, 5]
    plain = Utf16Offsets("abc")
    assert plain.to_qt(2) == 2 and plain.from_qt(2) == 2


def test_claims_model_passes_the_model_tester(qtmodeltester, project) -> None:  # type: ignore[no-untyped-def]
    model = ClaimsModel()
    model.set_claims(project.claims(1))
    qtmodeltester.check(model)
    proxy = ClaimsFilter()
    proxy.setSourceModel(model)
    proxy.set_search("ministre")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_articles_model_passes_the_model_tester(qtbot, qtmodeltester, project) -> None:  # type: ignore[no-untyped-def]
    navigator = ArticlesNavigator()
    navigator.set_articles(project.article_rows())
    qtmodeltester.check(navigator.model)
    navigator.filter.setText("article 2")
    qtmodeltester.check(navigator.proxy)
    assert navigator.proxy.rowCount() == 1


def test_an_edit_repaints_exactly_its_row(qtbot, project) -> None:  # type: ignore[no-untyped-def]
    model = ClaimsModel()
    claims = project.claims(1)
    model.set_claims(claims)
    change = project.set_verdict(claims[1].id, Verdict.DENIED)
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.update_claim(change.claim)
    top_left, bottom_right = changed.args[:2]
    assert (top_left.row(), top_left.column()) == (1, 0)
    assert (bottom_right.row(), bottom_right.column()) == (1, model.columnCount() - 1)
    assert model.index(1, VERDICT).data() == "✗"  # one mark; the word is in the tooltip
    assert "Denied" in model.index(1, VERDICT).data(Qt.ItemDataRole.ToolTipRole)
    assert "Denied" in model.index(1, VERDICT).data(Qt.ItemDataRole.AccessibleTextRole)


def test_articles_model_updates_only_the_row_of_the_article(qtbot, project) -> None:  # type: ignore[no-untyped-def]
    model = ArticlesModel()
    model.set_articles(project.article_rows())
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.update_progress(2, 1, 4, 0)
    assert changed.args[0].row() == changed.args[1].row() == 1
    assert (changed.args[0].column(), changed.args[1].column()) == (0, model.columnCount() - 1)
    assert model.index(1, PROGRESS).data() == "1/4"


def test_filter_by_verdict_type_threshold_and_search(project) -> None:  # type: ignore[no-untyped-def]
    claims = project.claims(1)
    project.set_verdict(claims[0].id, Verdict.CONFIRMED)
    model = ClaimsModel()
    model.set_claims(project.claims(1))
    proxy = ClaimsFilter()
    proxy.setSourceModel(model)

    def visible() -> list[int]:
        return [proxy.index(row, 0).data(CLAIM_ID_ROLE) for row in range(proxy.rowCount())]

    assert len(visible()) == len(claims)
    proxy.set_verdicts([Verdict.CONFIRMED])
    assert visible() == [claims[0].id]
    proxy.set_verdicts([])
    proxy.set_types(["quantity"])
    assert visible() == [c.id for c in claims if any(t.value == "quantity" for t in c.types)]
    proxy.set_types([])
    proxy.set_threshold(0.2)
    assert visible() == [c.id for c in claims if c.score >= 0.2]
    proxy.set_threshold(0.0)
    proxy.set_search("JOURNAL")
    assert visible() == [c.id for c in claims if "journal" in c.text.lower()]


def test_sorting_by_score_sorts_numbers(project) -> None:  # type: ignore[no-untyped-def]
    model = ClaimsModel()
    model.set_claims(project.claims(1))
    proxy = ClaimsFilter()
    proxy.setSourceModel(model)
    proxy.sort(SCORE, Qt.SortOrder.DescendingOrder)
    scores = [float(proxy.index(row, SCORE).data()) for row in range(proxy.rowCount())]
    assert scores == sorted(scores, reverse=True)


def _highlighted_text(view: ArticleView, claim: ClaimRecord) -> str:
    for selection in view.extraSelections():
        if selection.format.property(0x100000) == claim.id:  # QTextFormat.UserProperty
            cursor: QTextCursor = selection.cursor
            return cursor.selectedText()
    raise AssertionError(f"claim {claim.id} is not highlighted")


def test_highlights_cover_exactly_each_claim_past_emoji(qtbot, project) -> None:  # type: ignore[no-untyped-def]
    view = ArticleView()
    qtbot.addWidget(view)
    claims = project.claims(1)
    view.show_article(TEXT, claims)
    assert any("🇫🇷" in claim.text for claim in claims)
    for claim in claims:
        assert _highlighted_text(view, claim) == claim.text


def test_caret_in_a_claim_after_an_emoji_selects_that_claim(qtbot, project) -> None:  # type: ignore[no-untyped-def]
    view = ArticleView()
    qtbot.addWidget(view)
    claims = project.claims(1)
    view.show_article(TEXT, claims)
    last = claims[-1]
    cursor = view.textCursor()
    cursor.setPosition(Utf16Offsets(TEXT).to_qt(last.start + 3))
    with qtbot.waitSignal(view.claim_clicked) as clicked:
        view.setTextCursor(cursor)
    assert clicked.args == [last.id]
    cursor.setPosition(Utf16Offsets(TEXT).to_qt(last.start))
    cursor.setPosition(Utf16Offsets(TEXT).to_qt(last.end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.selected_span() == (last.start, last.end)


def test_the_current_claim_is_scrolled_wholly_into_view(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join(
        f"Paragraphe {n}. " + "Le ministre a parlé longtemps. " * 12 for n in range(12)
    )
    with Project.create(tmp_path / "long.wbproj") as project:
        project.add_articles([(ArticleDraft("Long", text), RegexAnalyzer().analyze(text))])
        claims = project.claims(1)
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(420, 260)
    view.show()
    qtbot.waitExposed(view)
    view.show_article(text, claims)
    for claim in (claims[-1], claims[0], claims[len(claims) // 2], claims[-3]):
        view.set_current_claim(claim.id)
        start, end = QTextCursor(view.document()), QTextCursor(view.document())
        start.setPosition(claim.start)
        end.setPosition(claim.end)
        assert view.cursorRect(start).top() >= 0, claim.number
        assert view.cursorRect(end).bottom() <= view.viewport().height(), claim.number


def test_hovering_a_claim_names_it(qtbot, project) -> None:  # type: ignore[no-untyped-def]
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    claims = project.claims(1)
    view.show_article(TEXT, claims)
    rect = view.claim_rect(claims[1].id)
    claim = view.claim_at_point(rect.center() + QPoint(6, 0))
    assert claim is not None and claim.id == claims[1].id
    assert view.claim_tooltip(claim).startswith(f"Claim {claim.number}: ○ Unchecked")
