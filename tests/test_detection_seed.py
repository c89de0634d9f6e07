"""The detector on the seed article, judged against the fact-checker's guide (seed-article.claims.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.detection import Detector, available_french_models
from workbench.core.importers import read_articles
from workbench.core.model import AtomKind, ClaimType, Priority

pytestmark = pytest.mark.shared

# Sentence numbers of the guide: 0 is the title, 1-18 the body sentences.
HIGH = [0, 1, 2, 6, 7, 8, 9, 11, 13, 14, 18]
LOW = [3, 16]
CONDITIONALS = [0, 1, 2, 13]


@pytest.fixture(scope="module")
def analyses() -> dict[Path, object]:
    """Analyses already made in this module: the model loads and the seed is analysed once."""
    if not available_french_models():
        pytest.skip("no French spaCy pipeline installed")
    return {}


@pytest.fixture
def seed(seed_article: Path, analyses: dict[Path, object]):
    if seed_article not in analyses:
        [article] = read_articles(seed_article)
        analyses[seed_article] = (article.text, Detector().analyze(article.text))
    return analyses[seed_article]


def test_title_and_eighteen_sentences(seed) -> None:
    text, analysis = seed
    claims = analysis.claims
    assert len(claims) == 19
    assert claims[0].text == text.split("\n")[0]
    paragraphs = text.split("\n")[1:]
    assert len(paragraphs) == 6
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.text.count("«") == claim.text.count("»")
        assert any(claim.text in paragraph for paragraph in text.split("\n"))
    for claim in claims[1:]:
        assert claim.text[-1] in ".!?"
    # Quotes stay inside their sentence.
    assert claims[4].text.startswith("«Les discussions") and claims[4].text.endswith(
        "le quotidien."
    )
    assert claims[16].text == "«Ils n’aiment pas ça», explique-t-elle."


def test_only_the_conditional_sentences_are_allegations(seed) -> None:
    _, analysis = seed
    allegations = [
        index for index, claim in enumerate(analysis.claims) if ClaimType.ALLEGATION in claim.types
    ]
    assert allegations == CONDITIONALS
    assert any("entretiendrait" in reason for reason in analysis.claims[1].reasons)


def test_attributions_name_their_source(seed) -> None:
    _, analysis = seed
    claims = analysis.claims
    for index in (1, 5, 12):
        assert ClaimType.ATTRIBUTION in claims[index].types
        assert "Wall Street Journal" in (claims[index].source or "")
        assert any("Wall Street Journal" in reason for reason in claims[index].reasons)
    assert claims[7].source == "Dmitri Peskov"
    assert claims[2].source == "Le journal"
    assert claims[14].source == "les services de renseignements ukrainiens"
    assert claims[15].source == "un responsable"


def test_high_sentences_rank_above_low_ones(seed) -> None:
    _, analysis = seed
    scores = [claim.score for claim in analysis.claims]
    assert min(scores[index] for index in HIGH) > max(scores[index] for index in LOW)


def test_fact_atoms_of_the_guide(seed) -> None:
    _, analysis = seed
    atoms = {
        index: {atom.text for atom in claim.atoms} for index, claim in enumerate(analysis.claims)
    }
    assert {"Elon Musk", "Vladimir Poutine"} <= atoms[0]
    assert {
        "Donald Trump",
        "Vladimir Poutine",
        "depuis fin 2022",
        "The Wall Street Journal",
    } <= atoms[1]
    assert {"Evan Gershkovich", "août dernier", "Moscou", "Taïwan"} <= atoms[2]
    assert "octobre 2022" in atoms[6]
    assert {"février 2022", "milliers de terminaux"} <= atoms[8]
    assert "24 heures" in atoms[11]
    assert "des communications sécurisées" in atoms[13]


def test_washington_is_a_place_not_a_person(seed) -> None:
    _, analysis = seed
    kinds = {atom.text: atom.kind for atom in analysis.claims[17].atoms}
    assert kinds["Washington"] is not AtomKind.PERSON
    people = {
        atom.text
        for claim in analysis.claims
        for atom in claim.atoms
        if atom.kind is AtomKind.PERSON
    }
    assert "Washington" not in people
    assert {"Elon Musk", "Dmitri Peskov"} <= people


def test_sources_are_named_as_the_guide_names_them(seed) -> None:
    _, analysis = seed
    claims = analysis.claims
    assert claims[1].source == "le quotidien américain The Wall Street Journal"
    assert claims[4].source == "le quotidien"
    assert claims[5].source == claims[12].source == "le Wall Street Journal"
    # "explique-t-elle" after "un responsable": no person the pronoun can be, so it stays unresolved.
    assert ClaimType.ATTRIBUTION in claims[16].types and claims[16].source is None
    assert any("anonymous source" in reason for reason in claims[15].reasons)


def test_allegations_say_which_verb_and_why(seed) -> None:
    _, analysis = seed
    reasons = {
        index: next(r for r in analysis.claims[index].reasons if r.startswith("conditional"))
        for index in CONDITIONALS
    }
    assert "serait" in reasons[0] and "main clause" in reasons[0]
    assert "entretiendrait" in reasons[1]
    assert "aurait demandé" in reasons[2] and "révèle" in reasons[2]
    assert "seraient mises" in reasons[13]
    assert all(analysis.claims[index].priority is Priority.MUST_CHECK for index in CONDITIONALS)
