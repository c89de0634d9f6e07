"""The claim detector on text written for these tests: segmentation, offsets, types, atoms, scores."""

from __future__ import annotations

import subprocess
import sys

import pytest

from workbench.core.detection import DEFAULT_THRESHOLD, Detector, available_french_models
from workbench.core.model import AtomKind, ClaimType, Priority

ARTICLE = (
    "Le maire de Lyon aurait reçu 2 millions d'euros d'une société de travaux\n"
    "Le maire de Lyon, Jean Dupont, aurait reçu 2 millions d'euros de la société Bâtir, selon le "
    "journal Le Progrès. «Je n'ai jamais touché un centime», a déclaré Jean Dupont mardi. "
    "L'enquête, ouverte en mars 2023, vise aussi son adjoint.\n"
    "Le chômage a baissé de 3 % en un an à cause de la reprise, précise l'Insee. "
    "Le président promet que la ville construira 500 logements d'ici 2026.\n"
    "Il faisait beau et les enfants jouaient dans le parc qui entourait la mairie."
)


@pytest.fixture(scope="module")
def detector() -> Detector:
    if not available_french_models():
        pytest.skip("no French spaCy pipeline installed")
    return Detector()


@pytest.fixture(scope="module")
def analysis(detector: Detector):
    return detector.analyze(ARTICLE)


def _claim(analysis, beginning: str):
    return next(claim for claim in analysis.claims if claim.text.startswith(beginning))


def test_importing_loads_no_model() -> None:
    code = (
        "import sys, workbench.core.detection as d; d.Detector(); "
        "print(any(name.startswith('fr_core_news') for name in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_claims_slice_exactly_and_stay_inside_paragraphs(analysis) -> None:
    paragraphs = ARTICLE.split("\n")
    assert analysis.language == "fr"
    assert analysis.model in available_french_models()
    assert len(analysis.claims) == 7
    for claim in analysis.claims:
        assert ARTICLE[claim.start : claim.end] == claim.text == claim.text.strip()
        assert "\n" not in claim.text
        assert any(claim.text in paragraph for paragraph in paragraphs)
        for atom in claim.atoms:
            assert claim.start <= atom.start < atom.end <= claim.end
            assert ARTICLE[atom.start : atom.end] == atom.text
    starts = [claim.start for claim in analysis.claims]
    assert starts == sorted(starts)


def test_quote_stays_in_its_sentence(analysis) -> None:
    claim = _claim(analysis, "«Je n'ai jamais")
    assert claim.text.endswith("a déclaré Jean Dupont mardi.")
    assert ClaimType.QUOTE in claim.types
    assert ClaimType.ATTRIBUTION in claim.types
    assert claim.source == "Jean Dupont"
    assert any(
        atom.kind is AtomKind.QUOTE and atom.text == "Je n'ai jamais touché un centime"
        for atom in claim.atoms
    )


def test_conditional_is_an_allegation_and_imperfect_is_not(analysis) -> None:
    allegations = [
        claim.text[:30] for claim in analysis.claims if ClaimType.ALLEGATION in claim.types
    ]
    assert allegations == [ARTICLE[:30], "Le maire de Lyon, Jean Dupont,"]
    for claim in analysis.claims:
        if ClaimType.ALLEGATION in claim.types:
            assert claim.checkworthy
            assert any("aurait" in reason for reason in claim.reasons)


def test_attribution_names_its_source(analysis) -> None:
    # The source as written, with the words that say what it is (issue 13).
    assert _claim(analysis, "Le maire de Lyon, Jean").source == "le journal Le Progrès"
    assert _claim(analysis, "Le chômage").source == "l'Insee"


def test_types_and_atoms(analysis) -> None:
    money = _claim(analysis, "Le maire de Lyon, Jean")
    assert {ClaimType.QUANTITY, ClaimType.ENTITY} <= set(money.types)
    assert any(
        atom.kind is AtomKind.NUMBER and atom.text.startswith("2 millions") for atom in money.atoms
    )
    assert any(atom.kind is AtomKind.PERSON and atom.text == "Jean Dupont" for atom in money.atoms)
    inquiry = _claim(analysis, "L'enquête")
    assert any(atom.kind is AtomKind.DATE and atom.text == "mars 2023" for atom in inquiry.atoms)
    unemployment = _claim(analysis, "Le chômage")
    assert {ClaimType.QUANTITY, ClaimType.CAUSAL, ClaimType.COMPARISON} <= set(unemployment.types)
    assert any(atom.text == "3 %" for atom in unemployment.atoms)
    promise = _claim(analysis, "Le président promet")
    assert ClaimType.PREDICTION in promise.types
    assert any(atom.text == "500 logements" for atom in promise.atoms)


def test_scores_rank_facts_above_scenery(analysis) -> None:
    scenery = _claim(analysis, "Il faisait beau")
    assert scenery.types == ()
    # French scores are calibrated on real news, where most sentences are worth checking: the
    # scenery ranks last and is not in the must-check tier, which facts with numbers are.
    assert scenery.priority is not Priority.MUST_CHECK
    assert _claim(analysis, "Le chômage").priority is Priority.MUST_CHECK
    for claim in analysis.claims:
        assert 0.0 <= claim.score <= 1.0
        assert claim.reasons or claim is scenery
        # A quoted denial can score near the scenery (quotes in news are mostly opinions): the
        # claims that carry numbers, dates or allegations are the ones that must outrank it.
        if claim.priority is Priority.MUST_CHECK:
            assert claim.score > scenery.score


def test_score_sentences_gives_one_claim_per_sentence(detector: Detector) -> None:
    sentences = ["Le chômage a baissé de 3 % en 2023. Il faisait beau.", "", "Bonjour à tous."]
    claims = detector.score_sentences(sentences, language="fr")
    assert len(claims) == 3
    assert claims[0].text == sentences[0]
    assert claims[1].text == "" and not claims[1].checkworthy
    assert claims[0].score > claims[2].score


def test_english_works_without_an_english_package(detector: Detector) -> None:
    text = (
        "The unemployment rate fell to 3.5 percent in 2019, according to the Labor Department. "
        "I think we should all be grateful."
    )
    analysis = detector.analyze(text)
    assert analysis.language == "en"
    assert analysis.model.startswith(("blank:", "en_"))
    assert [claim.text[:8] for claim in analysis.claims] == ["The unem", "I think "]
    fact, opinion = analysis.claims
    assert fact.source == "the Labor Department"
    assert fact.score > opinion.score
    assert fact.checkworthy and not opinion.checkworthy


def test_threshold_moves_the_decision(detector: Detector) -> None:
    sentence = ["Le chômage a baissé de 3 % en 2023 selon l'Insee."]
    strict = Detector(threshold=1.0)
    assert detector.score_sentences(sentence, "fr")[0].checkworthy
    assert not strict.score_sentences(sentence, "fr")[0].checkworthy
    assert 0.0 < DEFAULT_THRESHOLD < 1.0


def test_unknown_french_model_is_refused() -> None:
    with pytest.raises(ValueError, match="not installed"):
        Detector(french_model="fr_core_news_xl")


def _analyse_in_worker(text: str):
    return Detector().analyze(text, language="en")


def test_detector_runs_in_a_spawned_worker_process() -> None:
    import multiprocessing
    import pickle
    from concurrent.futures import ProcessPoolExecutor

    pickle.dumps(Detector())  # nothing loaded yet: cheap to hand to a worker
    text = "The city spent 40 million dollars on roads in 2023, the mayor said."
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        analysis = pool.submit(_analyse_in_worker, text).result(timeout=120)
    assert [claim.text for claim in analysis.claims] == [text]
    assert analysis.claims[0].source == "the mayor"


def test_empty_and_blank_paragraphs(detector: Detector) -> None:
    assert detector.analyze("", language="fr").claims == ()
    text = "  Le chômage a baissé de 3 % en 2023.  \n\n   \nIl pleut."
    claims = detector.analyze(text, language="fr").claims
    assert [claim.text for claim in claims] == ["Le chômage a baissé de 3 % en 2023.", "Il pleut."]
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text


def test_pronoun_source_alone_is_said_to_be_unresolved(detector: Detector) -> None:
    claim = detector.score_sentences(["«Nous n'avons rien signé», explique-t-elle."], "fr")[0]
    assert claim.source is None
    assert "attributed to: elle (unresolved)" in claim.reasons
