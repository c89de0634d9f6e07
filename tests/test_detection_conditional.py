"""The French conditional rule layer, on conditionals and imperfects of many verbs."""

from __future__ import annotations

import pytest

# (infinitive, conditional 3rd singular, imperfect 3rd singular), written out by hand: regular
# verbs of the three groups, stem-changing -er verbs, and the irregular futures. Verbs whose
# imperfect stem ends in "r" (entrer, ouvrir, courir, mourir...) are the traps.
VERBS = [
    ("parler", "parlerait", "parlait"),
    ("entrer", "entrerait", "entrait"),
    ("montrer", "montrerait", "montrait"),
    ("déclarer", "déclarerait", "déclarait"),
    ("préparer", "préparerait", "préparait"),
    ("durer", "durerait", "durait"),
    ("tirer", "tirerait", "tirait"),
    ("espérer", "espérerait", "espérait"),
    ("ignorer", "ignorerait", "ignorait"),
    ("mesurer", "mesurerait", "mesurait"),
    ("serrer", "serrerait", "serrait"),
    ("errer", "errerait", "errait"),
    ("assurer", "assurerait", "assurait"),
    ("demander", "demanderait", "demandait"),
    ("utiliser", "utiliserait", "utilisait"),
    ("appeler", "appellerait", "appelait"),
    ("jeter", "jetterait", "jetait"),
    ("acheter", "achèterait", "achetait"),
    ("lever", "lèverait", "levait"),
    ("employer", "emploierait", "employait"),
    ("payer", "paierait", "payait"),
    ("envoyer", "enverrait", "envoyait"),
    ("finir", "finirait", "finissait"),
    ("choisir", "choisirait", "choisissait"),
    ("ouvrir", "ouvrirait", "ouvrait"),
    ("offrir", "offrirait", "offrait"),
    ("souffrir", "souffrirait", "souffrait"),
    ("couvrir", "couvrirait", "couvrait"),
    ("courir", "courrait", "courait"),
    ("mourir", "mourrait", "mourait"),
    ("acquérir", "acquerrait", "acquérait"),
    ("conquérir", "conquerrait", "conquérait"),
    ("partir", "partirait", "partait"),
    ("sortir", "sortirait", "sortait"),
    ("dormir", "dormirait", "dormait"),
    ("cueillir", "cueillerait", "cueillait"),
    ("venir", "viendrait", "venait"),
    ("tenir", "tiendrait", "tenait"),
    ("entretenir", "entretiendrait", "entretenait"),
    ("obtenir", "obtiendrait", "obtenait"),
    ("devenir", "deviendrait", "devenait"),
    ("prévenir", "préviendrait", "prévenait"),
    ("être", "serait", "était"),
    ("avoir", "aurait", "avait"),
    ("aller", "irait", "allait"),
    ("faire", "ferait", "faisait"),
    ("refaire", "referait", "refaisait"),
    ("pouvoir", "pourrait", "pouvait"),
    ("vouloir", "voudrait", "voulait"),
    ("devoir", "devrait", "devait"),
    ("savoir", "saurait", "savait"),
    ("voir", "verrait", "voyait"),
    ("revoir", "reverrait", "revoyait"),
    ("prévoir", "prévoirait", "prévoyait"),
    ("falloir", "faudrait", "fallait"),
    ("valoir", "vaudrait", "valait"),
    ("recevoir", "recevrait", "recevait"),
    ("apercevoir", "apercevrait", "apercevait"),
    ("pleuvoir", "pleuvrait", "pleuvait"),
    ("prendre", "prendrait", "prenait"),
    ("comprendre", "comprendrait", "comprenait"),
    ("mettre", "mettrait", "mettait"),
    ("permettre", "permettrait", "permettait"),
    ("dire", "dirait", "disait"),
    ("écrire", "écrirait", "écrivait"),
    ("lire", "lirait", "lisait"),
    ("croire", "croirait", "croyait"),
    ("boire", "boirait", "buvait"),
    ("rire", "rirait", "riait"),
    ("vivre", "vivrait", "vivait"),
    ("suivre", "suivrait", "suivait"),
    ("connaître", "connaîtrait", "connaissait"),
    ("paraître", "paraîtrait", "paraissait"),
    ("naître", "naîtrait", "naissait"),
    ("conclure", "conclurait", "concluait"),
    ("battre", "battrait", "battait"),
    ("perdre", "perdrait", "perdait"),
    ("rendre", "rendrait", "rendait"),
    ("répondre", "répondrait", "répondait"),
    ("craindre", "craindrait", "craignait"),
    ("produire", "produirait", "produisait"),
    ("conduire", "conduirait", "conduisait"),
    ("plaire", "plairait", "plaisait"),
    ("s'asseoir", "assiérait", "asseyait"),
]

# Words ending like a conditional that are no verb form at all.
LOOK_ALIKES = [
    "portrait",
    "retrait",
    "extrait",
    "attrait",
    "distrait",
    "abstrait",
    "paraît",
    "apparaît",
    "disparaît",
    "entrain",
]


def _persons(third_singular: str) -> list[str]:
    """The six persons of a tense built on imperfect endings, from its 3rd person singular."""
    stem = third_singular[: -len("ait")]
    return [stem + ending for ending in ("ais", "ais", "ait", "ions", "iez", "aient")]


def _tagger_inputs(nlp, form: str) -> tuple[str, str]:
    doc = nlp(f"Il {form}.")
    token = next(t for t in doc if t.text == form)
    return token.text, token.lemma_


@pytest.fixture(scope="module")
def french():
    spacy = pytest.importorskip("spacy")
    from workbench.core.detection.pipelines import available_french_models, load_pipeline

    models = available_french_models()
    if not models:
        pytest.skip("no French spaCy pipeline installed")
    del spacy
    return load_pipeline(models[0])


def conditional_scores(nlp) -> tuple[float, float, list[str], list[str]]:
    """Precision and recall of the rule on every person of VERBS, with the misses and false alarms."""
    from workbench.core.detection.conditional import is_conditional_form, known_infinitives
    from workbench.core.detection.lexicons import load_lexicons

    infinitives = known_infinitives(nlp)
    stems = load_lexicons("fr").future_stems
    lemmatizer = nlp.get_pipe("lemmatizer")
    missed, false_alarms = [], []
    true_positives = 0
    for infinitive, conditional, imperfect in VERBS:
        lemma = infinitive.removeprefix("s'")
        for form in _persons(conditional):
            if is_conditional_form(form, lemma, infinitives, stems):
                true_positives += 1
            else:
                missed.append(form)
        for form in _persons(imperfect):
            if is_conditional_form(form, lemma, infinitives, stems):
                false_alarms.append(form)
    for word in LOOK_ALIKES:
        lemma = lemmatizer.lookups.get_table("lemma_lookup").get(word, word)
        if is_conditional_form(word, lemma if isinstance(lemma, str) else word, infinitives, stems):
            false_alarms.append(word)
    precision = true_positives / (true_positives + len(false_alarms))
    recall = true_positives / (true_positives + len(missed))
    return precision, recall, missed, false_alarms


def test_rule_separates_conditionals_from_imperfects(french) -> None:
    precision, recall, missed, false_alarms = conditional_scores(french)
    assert not false_alarms, f"imperfects or look-alikes taken for conditionals: {false_alarms}"
    assert not missed, f"conditionals missed: {missed}"
    assert precision == recall == 1.0


def test_rule_without_lemma_relies_on_known_infinitives(french) -> None:
    from workbench.core.detection.conditional import is_conditional_form, known_infinitives
    from workbench.core.detection.lexicons import load_lexicons

    infinitives = known_infinitives(french)
    stems = load_lexicons("fr").future_stems
    assert is_conditional_form("entretiendrait", "", infinitives, stems)
    assert is_conditional_form("appellerait", "", infinitives, stems)
    assert not is_conditional_form("entretenait", "", infinitives, stems)
    assert not is_conditional_form("montrait", "", infinitives, stems)
    assert not is_conditional_form("serait", "", frozenset(), ())  # needs the irregular table


def test_future_is_not_conditional_and_passe_simple_is_not_future(french) -> None:
    from workbench.core.detection.conditional import (
        is_conditional_form,
        is_future_form,
        known_infinitives,
    )
    from workbench.core.detection.lexicons import load_lexicons

    infinitives = known_infinitives(french)
    stems = load_lexicons("fr").future_stems
    for form, lemma in [("annoncera", "annoncer"), ("viendront", "venir"), ("sera", "être")]:
        assert is_future_form(form, lemma, infinitives, stems)
        assert not is_conditional_form(form, lemma, infinitives, stems)
    for form, lemma in [("entra", "entrer"), ("tira", "tirer"), ("montrons", "montrer")]:
        assert not is_future_form(form, lemma, infinitives, stems)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Le ministre entretiendrait des liens avec la mafia.", "entretiendrait"),
        ("Selon nos informations, elle aurait quitté le parti.", "aurait"),
        ("Les soldats se seraient mis à utiliser ces terminaux.", "seraient"),
        ("Le ministre entretenait des liens avec la mafia.", None),
        ("Il s'agirait d'un détournement de fonds.", "agirait"),
        ("Il entrait dans la salle quand le président parlait.", None),
    ],
)
def test_component_marks_conditional_tokens_in_context(french, sentence: str, flagged) -> None:
    doc = french(sentence)
    marked = [token.text for token in doc if token._.wb_conditional]
    assert marked == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("sentence", "is_allegation"),
    [
        ("Il s'agirait d'un détournement de fonds publics.", True),
        ("Le ministre aurait menti aux enquêteurs.", True),
        ("Si le ministre partait, il perdrait son immunité.", False),
        ("S'il avait su, il serait resté chez lui.", False),
        ("Je voudrais un café.", False),
    ],
)
def test_allegation_needs_a_third_person_conditional_outside_hypotheses(
    french, sentence: str, is_allegation: bool
) -> None:
    from workbench.core.model import ClaimType

    doc = french(sentence)
    (claim,) = doc._.wb_claims
    assert (ClaimType.ALLEGATION in claim.types) is is_allegation
