"""The claims' priority in the window: three highlights in the article, a must-check filter."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from workbench.core.model import ClaimOrigin, ClaimType, Priority, Verdict
from workbench.core.project import ClaimRecord
from workbench.gui.review.article_view import ArticleView
from workbench.gui.review.claims_panel import ClaimsPanel

SENTENCES = (
    "Le suspect aurait pris la fuite.",
    "Le maire a inauguré le pont.",
    "Il faisait beau.",
    "Le chômage a atteint 7,3 %.",
    "Selon une source proche du dossier, le contrat est signé.",
)
TEXT = " ".join(SENTENCES)


def _claims() -> list[ClaimRecord]:
    kinds: list[tuple[tuple[ClaimType, ...], bool, tuple[str, ...]]] = [
        ((ClaimType.ALLEGATION,), True, ("conditional (allegation): aurait pris",)),
        ((ClaimType.ENTITY,), True, ()),
        ((), False, ()),
        ((ClaimType.QUANTITY,), True, ("number: 7,3 %",)),
        (
            (ClaimType.ATTRIBUTION,),
            True,
            ("attributed to: une source proche du dossier (anonymous source)",),
        ),
    ]
    claims, start = [], 0
    for number, (sentence, (types, checkworthy, reasons)) in enumerate(
        zip(SENTENCES, kinds, strict=True), start=1
    ):
        claims.append(
            ClaimRecord(
                id=number,
                article_id=1,
                number=number,
                start=start,
                end=start + len(sentence),
                text=sentence,
                score=0.9 if checkworthy else 0.2,
                checkworthy=checkworthy,
                types=types,
                reasons=reasons,
                atoms=(),
                source=None,
                origin=ClaimOrigin.DETECTED,
                verdict=Verdict.UNCHECKED,
                rationale="",
                is_dismissed=False,
                updated_at="2026-12-02T12:00:00",
            )
        )
        start += len(sentence) + 1
    return claims


def test_records_carry_the_detector_priority() -> None:
    priorities = [claim.priority for claim in _claims()]
    assert priorities == [
        Priority.MUST_CHECK,
        Priority.CHECKWORTHY,
        Priority.LOW,
        Priority.MUST_CHECK,
        Priority.MUST_CHECK,
    ]


def _darkness(text_format: QTextCharFormat) -> int:
    colour = text_format.background().color()
    return 3 * 255 - (colour.red() + colour.green() + colour.blue())


def test_the_three_priorities_look_different_and_the_tooltip_says_why(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = ArticleView()
    qtbot.addWidget(view)
    claims = _claims()
    view.show_article(TEXT, claims)
    must, worthy, low = (view.claim_format(claim.id) for claim in claims[:3])
    assert must is not None and worthy is not None and low is not None
    # Darker background the higher the priority, with a clear step between tiers.
    assert _darkness(must) > _darkness(worthy) + 60
    assert _darkness(worthy) > _darkness(low) + 60
    # A second cue beside the colour: the wavy underline, and grey text for the quiet tier.
    assert must.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert worthy.underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline
    assert low.foreground().color().name() != worthy.foreground().color().name()
    assert "Must check" in view.claim_tooltip(claims[0])
    assert "anonymous source" in view.claim_tooltip(claims[0])
    assert "Check-worthy" in view.claim_tooltip(claims[1])
    assert "Low priority" in view.claim_tooltip(claims[2])


def test_the_current_claim_stays_marked_whatever_its_priority(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = ArticleView()
    qtbot.addWidget(view)
    claims = _claims()
    view.show_article(TEXT, claims)
    view.set_current_claim(claims[2].id)
    qtbot.waitUntil(
        lambda: (
            (current := view.claim_format(claims[2].id)) is not None
            and current.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
        )
    )


def test_must_check_filter_keeps_allegations_numbers_and_anonymous_sources(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ClaimsPanel()
    qtbot.addWidget(panel)
    panel.set_claims(_claims())
    assert [claim.number for claim in panel.shown_claims()] == [1, 2, 3, 4, 5]
    panel.must_check_only.setChecked(True)
    assert [claim.number for claim in panel.shown_claims()] == [1, 4, 5]
    panel.must_check_only.setChecked(False)
    assert [claim.number for claim in panel.shown_claims()] == [1, 2, 3, 4, 5]
