"""The claim history reads in words, in English and French, for every field the core records."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.revisions import TEXT, add_article, claim_with, revise

from workbench.core.model import Verdict
from workbench.core.project import HistoryEntry, Project
from workbench.core.revisions import anchor_states, confirm_anchor, place_claim
from workbench.gui.app.i18n import Translations
from workbench.gui.review.details import ClaimDetails
from workbench.gui.review.history_labels import field_label, value_label


def every_kind_of_edit(path: Path) -> list[HistoryEntry]:
    """A project through every edit the core records, and its whole history."""
    with Project.create(path) as project:
        article_id = add_article(project)
        claim_id = claim_with(project, article_id, "Le directeur")
        project.set_verdict(claim_id, Verdict.CONFIRMED, "claire")
        project.set_rationale(claim_id, "Vu la fiche de paie.", "claire")
        source = project.add_source(claim_id, "https://example.org/a", "A", "", "2024-10-01")
        project.edit_source(
            source.source.id,
            url="https://example.org/b",
            title="B",
            excerpt="x",
            accessed="2024-10-02",
        )
        project.remove_source(source.source.id)
        added = project.add_claim(article_id, 0, 8)
        project.set_claim_span(added.claim.id, 0, 9)
        project.remove_claim(added.claim.id)
        dismissed = claim_with(project, article_id, "Une pétition")
        project.set_dismissed(dismissed, True)
        # a revision that rewords one claim and loses another
        second = TEXT.replace("2 000 euros", "2 500 euros").replace(
            "Le ministère aurait refusé une dérogation demandée en septembre.",
            "Aucune demande n'a été faite, selon la préfecture.",
        )
        revise(project, article_id, second)
        confirm_anchor(project, claim_id)
        lost = [c for c, s in anchor_states(project, article_id).items() if s.status == "orphan"]
        start = second.index("Aucune demande")
        place_claim(project, lost[0], start, start + len("Aucune demande"))
        return project.history()


def test_every_field_the_core_records_has_a_label(tmp_path: Path) -> None:
    history = every_kind_of_edit(tmp_path / "all.wbproj")
    fields = {entry.field for entry in history}
    assert {"anchor_status", "text", "revision", "source.url", "is_dismissed"} <= fields
    for field in fields:
        assert field_label(field) != field or field in {
            "verdict",
            "rationale",
            "claim",
            "source",
            "article",
            "revision",
        }
        assert "_" not in field_label(field) and "." not in field_label(field)
    assert field_label("anchor_status") == "place in the text"
    assert value_label("anchor_status", "changed") == "changed since verdict"
    assert value_label("verdict", "denied") == "Denied"
    assert value_label("is_dismissed", "true") == "yes"
    assert value_label("span", None) == "∅"


def test_the_history_list_shows_words_in_english_and_french(qtbot, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    history = every_kind_of_edit(tmp_path / "all.wbproj")
    details = ClaimDetails()
    qtbot.addWidget(details)
    translations = Translations(qapp)
    try:
        for language in ("en", "fr"):
            translations.apply(language)
            details.show_claim(None, [], history)
            lines = [details.history.item(row).text() for row in range(details.history.count())]
            assert len(lines) == len(history)
            for raw in ("anchor_status", "is_dismissed", "source.url", "changed →", "orphan"):
                assert not any(raw in line for line in lines), (language, raw)
            joined = "\n".join(lines)
            if language == "en":
                assert "place in the text changed since verdict → in place" in joined
                assert "dismissed no → yes" in joined
                assert "source address https://example.org/a → https://example.org/b" in joined
            else:
                assert "place dans le texte modifiée depuis le verdict → en place" in joined
                assert "écartée non → oui" in joined
                assert "verdict À vérifier → Confirmé" in joined
                assert "formulation " in joined
    finally:
        translations.apply("en")


@pytest.mark.parametrize("field", ["verdict", "is_dismissed", "anchor_status"])
def test_an_unknown_value_is_shown_as_it_is(field: str) -> None:
    assert value_label(field, "something-new") == "something-new"
