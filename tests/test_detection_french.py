"""French claims on the traps of real journalism (issue 13): junk refused, numbers whole,
allegations by grammar, sources as written, priority tiers."""

from __future__ import annotations

import pytest

from workbench.core.detection import Detector, available_french_models
from workbench.core.model import AtomKind, ClaimType, DetectedClaim, Priority

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


@pytest.fixture(scope="module")
def detector() -> Detector:
    if not available_french_models():
        pytest.skip("no French spaCy pipeline installed")
    return Detector()


def _one(detector: Detector, text: str) -> DetectedClaim:
    claims = detector.analyze(text, language="fr").claims
    assert len(claims) == 1, [claim.text for claim in claims]
    return claims[0]


def _assert_source(detector: Detector, text: str, source: str | None) -> None:
    """The one claim of `text` is attributed to `source`, or is no report when it is None."""
    claim = _one(detector, text)
    assert claim.source == source
    assert (ClaimType.ATTRIBUTION in claim.types) == (source is not None)


def _assert_last_source(detector: Detector, text: str, source: str) -> None:
    """The last claim of `text` is a report attributed to `source` (earlier sentences say who a
    pronoun or "ce dernier" is)."""
    last = detector.analyze(text, language="fr").claims[-1]
    assert ClaimType.ATTRIBUTION in last.types
    assert last.source == source


def _atoms(claim: DetectedClaim, kind: AtomKind) -> list[str]:
    return [atom.text for atom in claim.atoms if atom.kind is kind]


@pytest.mark.parametrize("separator", [" ", NBSP, NNBSP, THIN])
def test_numbers_and_dates_stay_whole_whatever_space_separates_them(
    detector: Detector, separator: str
) -> None:
    claim = _one(
        detector,
        f"La ville compte 350{separator}000 habitants et le chômage a reculé de "
        f"20{separator}% le 14{separator}mars.",
    )
    assert _atoms(claim, AtomKind.NUMBER) == [f"350{separator}000 habitants", f"20{separator}%"]
    assert _atoms(claim, AtomKind.DATE) == [f"14{separator}mars"]


def test_first_of_the_month_is_a_date_and_no_comparison(detector: Detector) -> None:
    claim = _one(detector, "Le défilé du 1er mai a réuni 3 000 personnes à Lyon.")
    assert _atoms(claim, AtomKind.DATE) == ["1er mai"]
    assert _atoms(claim, AtomKind.NUMBER) == ["3 000 personnes"]
    assert ClaimType.COMPARISON not in claim.types


def test_periods_durations_and_ranges(detector: Detector) -> None:
    claim = _one(
        detector,
        "Les travaux doivent s'achever mi-2022, après près d'un an et demi de retard, "
        "et les prix ont augmenté de 3 à 5 % entre 2021 et 2023.",
    )
    assert _atoms(claim, AtomKind.DATE) == ["mi-2022", "entre 2021 et 2023"]
    assert _atoms(claim, AtomKind.NUMBER) == ["près d'un an et demi", "3 à 5 %"]


def test_until_now_is_no_date_and_names_keep_their_digits(detector: Detector) -> None:
    claim = _one(detector, "Jusqu'à présent, la fusée Falcon 9 a emporté 521 kg de matériel.")
    assert _atoms(claim, AtomKind.DATE) == []
    assert _atoms(claim, AtomKind.NUMBER) == ["521 kg"]


@pytest.mark.parametrize(
    "line",
    [
        "Menu",
        "Reset",
        "S'abonner",
        "Version imprimable",
        "Vos réactions (11)",
        "Crédits photos : Bestimage",
        "© AFP",
        "Par Jean Dupont",
        "Lire aussi : Le gouvernement présente son budget 2025",
        "Partager sur Facebook",
        "Publié le 14 mars 2024 à 10h02",
        "BERTRAND GUAY / AFP",
        "Emmanuel Macron à l'Elysée, le 29 août 2023.",
        "1. Ouverture de la séance",
    ],
)
def test_page_furniture_is_no_claim(detector: Detector, line: str) -> None:
    assert detector.analyze(line, language="fr").claims == ()


def test_prose_that_mentions_buttons_stays_a_claim(detector: Detector) -> None:
    text = "Le ministre a refusé de partager ses notes avec la commission d'enquête."
    assert _one(detector, text).text == text


@pytest.mark.parametrize(
    "sentence",
    [
        "Il faudrait revoir ce dossier avant l'été.",
        "Mieux vaudrait attendre les résultats officiels.",
        "On voudrait savoir combien cette opération a coûté.",
        "Le ministre a fait savoir qu'il ne démissionnerait pas.",
        "Le porte-parole a indiqué que la réforme serait présentée en juin.",
        "Il n'a pas fourni ne serait-ce qu'un début de preuve.",
        "Le prix du gaz devrait augmenter de 5 % l'an prochain.",
        "Cette mesure pourrait coûter 2 millions d'euros à la commune.",
        "Si la loi était votée, les loyers baisseraient.",
        "Il aurait fallu agir plus tôt.",
        "Le conseil a voté une résolution qui permettrait de saisir la Cour.",
    ],
)
def test_conditionals_that_are_no_allegation(detector: Detector, sentence: str) -> None:
    assert ClaimType.ALLEGATION not in _one(detector, sentence).types


@pytest.mark.parametrize(
    ("sentence", "verb", "why"),
    [
        ("Le suspect aurait pris la fuite vers l'Espagne.", "aurait pris", "main clause"),
        (
            "Le ministre affirme qu'il aurait reçu des menaces de mort.",
            "aurait reçu",
            "reported after «affirme»",
        ),
        ("Le texte qui serait un amendement à la loi a été retiré.", "serait", "relative clause"),
    ],
)
def test_allegations_say_which_verb_and_why(
    detector: Detector, sentence: str, verb: str, why: str
) -> None:
    claim = _one(detector, sentence)
    assert ClaimType.ALLEGATION in claim.types
    reason = next(
        reason for reason in claim.reasons if reason.startswith("conditional (allegation)")
    )
    assert verb in reason and why in reason
    assert claim.priority is Priority.MUST_CHECK


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Selon un proche d'Edouard Philippe, l'ancien Premier ministre envisagerait de se présenter.",
            "un proche d'Edouard Philippe",
        ),
        (
            "Selon le naturopathe Olivier Panisset, le gluten serait responsable de nombreux maux.",
            "le naturopathe Olivier Panisset",
        ),
        ("C'est ce qu'a annoncé Éric Alan Caldwell lundi.", "Éric Alan Caldwell"),
        ("Le chômage va repartir à la hausse, peut-on lire dans Les Échos.", "Les Échos"),
        ("À en croire la presse locale, le maire serait sur le départ.", "la presse locale"),
        (
            "« Ces actes sont inadmissibles », juge le ministère de l'Intérieur.",
            "le ministère de l'Intérieur",
        ),
        (
            "Arié Bensemhoun, président de la communauté juive de Toulouse, a déclaré que la situation empirait.",
            "Arié Bensemhoun",
        ),
        (
            "Les syndicats de la fonction publique, dont la CFDT, ont dénoncé cette réforme.",
            "Les syndicats de la fonction publique",
        ),
        (
            "Claire Morel, directrice de Airbus Toulouse, a indiqué que les cadences baisseraient.",
            "Claire Morel",
        ),
    ],
)
def test_sources_are_whole_noun_phrases(detector: Detector, sentence: str, source: str) -> None:
    claim = _one(detector, sentence)
    assert ClaimType.ATTRIBUTION in claim.types
    assert claim.source == source


@pytest.mark.parametrize(
    "sentence",
    [
        "Après avoir signalé une panne au-dessus de la Manche, le pilote a fait demi-tour.",
        "Les pompiers ont été avertis de l'incendie vers minuit.",
        "Le groupe accuse une baisse de 12 % de ses ventes au premier trimestre.",
        "Cette taxe rapporterait 800 millions d'euros par an.",
        "Le site se trouve hors de la zone inondable, c'est-à-dire la partie haute de la ville.",
    ],
)
def test_reporting_verbs_that_report_nothing(detector: Detector, sentence: str) -> None:
    assert ClaimType.ATTRIBUTION not in _one(detector, sentence).types


def test_a_glued_inverted_pronoun_makes_a_report(detector: Detector) -> None:
    claim = _one(detector, "Les otages, dit-on, auraient été libérés dans la nuit.")
    assert ClaimType.ATTRIBUTION in claim.types


def test_selon_les_domaines_is_no_source(detector: Detector) -> None:
    assert (
        ClaimType.ATTRIBUTION
        not in _one(detector, "Les résultats varient selon les domaines.").types
    )
    assert (
        ClaimType.ATTRIBUTION
        not in _one(detector, "Selon toute vraisemblance, le scrutin sera reporté.").types
    )
    assert (
        _one(detector, "Cette rumeur n'a pas été confirmée de source indépendante.").source is None
    )


def test_a_pronoun_is_resolved_to_the_person_just_named_or_said_unresolved(
    detector: Detector,
) -> None:
    text = (
        "Le Premier ministre Jean Castex a visité l'usine de Fos-sur-Mer.\n"
        "Il a assuré que tous les emplois seraient préservés."
    )
    second = detector.analyze(text, language="fr").claims[1]
    assert second.source == "Jean Castex"
    assert ClaimType.ALLEGATION not in second.types  # future in the past
    alone = _one(detector, "« Nous ne reculerons pas », a-t-il lâché devant la presse.")
    assert ClaimType.ATTRIBUTION in alone.types
    assert alone.source is None
    assert "attributed to: il (unresolved)" in alone.reasons


def test_a_pronoun_does_not_take_a_name_of_the_other_gender(detector: Detector) -> None:
    text = "M. Dupont a reçu la délégation mardi.\n« Nous attendons des actes », a-t-elle déclaré."
    assert detector.analyze(text, language="fr").claims[1].source is None


def test_places_and_institutions_are_no_people(detector: Detector) -> None:
    claim = _one(detector, "Mais Washington dépend fortement de SpaceX, propriété d’Elon Musk.")
    kinds = {atom.text: atom.kind for atom in claim.atoms}
    assert kinds["Washington"] is not AtomKind.PERSON
    assert kinds["Elon Musk"] is AtomKind.PERSON
    elysee = _one(detector, "L'Elysée a démenti toute rencontre avec l'opposant.")
    assert all(atom.kind is not AtomKind.PERSON for atom in elysee.atoms)


def test_priority_tiers(detector: Detector) -> None:
    assert (
        _one(detector, "Le chômage a atteint 7,3 % au premier trimestre.").priority
        is Priority.MUST_CHECK
    )
    anonymous = _one(detector, "Un proche du dossier affirme que la décision est déjà prise.")
    assert anonymous.priority is Priority.MUST_CHECK
    assert "anonymous source" in " ".join(anonymous.reasons)
    named = _one(detector, "Le ministre de la Santé a inauguré le nouvel hôpital de Nantes.")
    assert named.priority is Priority.CHECKWORTHY
    strict = Detector(threshold=0.99)
    below = _one(strict, "Le ministre de la Santé a inauguré le nouvel hôpital de Nantes.")
    assert not below.checkworthy and below.priority is Priority.LOW
    assert _one(strict, "Le suspect aurait pris la fuite.").priority is Priority.MUST_CHECK


def test_the_page_describing_itself_is_no_claim_but_a_person_taking_stock_is(
    detector: Detector,
) -> None:
    for line in ("Libération fait le point sur la grève.", "On vous explique ce qui change."):
        assert not any(claim.checkworthy for claim in detector.analyze(line, "fr").claims)
    event = "Emmanuel Macron fait le point sur la guerre en Ukraine."
    assert any(claim.checkworthy for claim in detector.analyze(event, "fr").claims)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Le ministre de l'Intérieur a pour sa part condamné une attaque inacceptable.",
            "Le ministre de l'Intérieur",
        ),
        ("La maire de Lyon a de son côté dénoncé la décision du préfet.", "La maire de Lyon"),
        ("Le syndicat a par ailleurs indiqué que la grève continuerait.", "Le syndicat"),
        ("La ministre, de son côté, a estimé que le texte était prêt.", "La ministre"),
    ],
)
def test_an_adverbial_phrase_inside_the_verb_group_is_no_source(
    detector: Detector, text: str, source: str
) -> None:
    claim = _one(detector, text)
    assert ClaimType.ATTRIBUTION in claim.types
    assert claim.source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "L'Agence nationale de sécurité recommande aux voyageurs de ne pas boire l'eau.",
            "L'Agence nationale de sécurité",
        ),
        (
            "La présidente de l'association en appelle à la responsabilité des élus.",
            "La présidente de l'association",
        ),
        ("Le directeur a mis l'accent sur la sécurité des salariés.", "Le directeur"),
        ("Le médecin a mis en garde contre les fortes chaleurs.", "Le médecin"),
    ],
)
def test_advice_and_appeals_report_their_speaker(
    detector: Detector, text: str, source: str
) -> None:
    claim = _one(detector, text)
    assert ClaimType.ATTRIBUTION in claim.types
    assert claim.source == source


def test_a_participle_and_its_complements_belong_to_the_source(detector: Detector) -> None:
    claim = _one(
        detector,
        "Selon des conclusions d'analyses ayant été effectuées sur place, l'eau est polluée.",
    )
    assert claim.source == "des conclusions d'analyses ayant été effectuées sur place"
    dated = _one(
        detector, "D'après le rapport publié jeudi dernier par le ministère, le chômage a baissé."
    )
    assert dated.source == "le rapport publié jeudi dernier par le ministère"


def test_ce_dernier_is_the_last_person_named(detector: Detector) -> None:
    claims = detector.analyze(
        "Le Premier ministre Jean Castex a reçu le maire de Marseille Benoît Payan à Matignon. "
        "Ce dernier affirme que l'État a promis 2 milliards d'euros.",
        language="fr",
    ).claims
    assert claims[-1].source == "Benoît Payan"


def test_a_name_cut_by_the_parser_and_a_closing_guillemet_keep_their_sentences(
    detector: Detector,
) -> None:
    claims = detector.analyze(
        "Bruno Le Roux, président du groupe, est intervenu : « Le procédé est choquant. » "
        "« Il y a là une volonté de pourrir le débat ! », a-t-il affirmé.",
        language="fr",
    ).claims
    assert [claim.text[:12] for claim in claims] == ["Bruno Le Rou", "« Il y a là "]


@pytest.mark.parametrize(
    "line",
    [
        "Vie de quartier",
        "Sécurité routière",
        "Marchés publics et travaux",
        "Politique de confidentialité",
        "Accéder aux archives du journal",
        "À voir également",
        "Incendie à Marseille : les pompiers ont maîtrisé le feu, les informations à suivre ici",
    ],
)
def test_topic_headings_links_and_live_links_are_no_claims(detector: Detector, line: str) -> None:
    assert not any(claim.checkworthy for claim in detector.analyze(line, "fr").claims)


@pytest.mark.parametrize(
    "line",
    [
        "Nouvelle hausse du chômage",
        "Démission du ministre de la Santé",
        "Syrie : nouvelle avancée des rebelles",
        "Le chômage a baissé de 2 % en mars",
    ],
)
def test_verbless_headlines_that_state_an_event_stay_claims(detector: Detector, line: str) -> None:
    claims = detector.analyze(line, "fr").claims
    assert claims and not any("not prose" in " ".join(claim.reasons) for claim in claims)


def test_selon_lui_or_eux_is_the_subject_of_the_sentence(detector: Detector) -> None:
    claim = _one(
        detector,
        "Les manifestants ont bloqué la route car selon eux, le projet menace la forêt.",
    )
    assert claim.source == "Les manifestants"


def test_qui_after_an_apposition_speaks_for_it(detector: Detector) -> None:
    claim = _one(
        detector,
        "Le maire s'est opposé à Paul Durand, le directeur de l'usine, qui lui a répondu "
        "que le site fermerait.",
    )
    assert claim.source == "le directeur de l'usine"


def test_a_passive_reporting_verb_without_agent_reports_nothing(detector: Detector) -> None:
    claim = _one(detector, "Le moteur est pensé pour rouler à l'essence.")
    assert ClaimType.ATTRIBUTION not in claim.types


def test_a_forecast_reports_only_before_que(detector: Detector) -> None:
    forecast = _one(detector, "L'institut prévoit que la croissance ralentira en 2025.")
    assert forecast.source == "L'institut"
    plan = _one(detector, "La commune prévoit une nouvelle piscine pour 2025.")
    assert ClaimType.ATTRIBUTION not in plan.types


def test_a_gerund_of_speech_speaks_with_the_main_subject(detector: Detector) -> None:
    claim = _one(
        detector,
        "Le ministre a relevé ses prévisions en affirmant que la croissance atteindrait 2 %.",
    )
    assert claim.source == "Le ministre"
    pointed = _one(detector, "Le syndicat pointe du doigt les choix de la direction.")
    assert pointed.source == "Le syndicat"


def test_il_goes_on_with_the_subject_of_the_sentence_before(detector: Detector) -> None:
    claims = detector.analyze(
        "Jean Martin a appris la nouvelle alors qu'il devait rencontrer Pierre Dubois. "
        "Il confie au journal que la réunion était prévue depuis longtemps.",
        language="fr",
    ).claims
    assert claims[-1].source == "Jean Martin"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("« Il faut agir », glisse un proche du ministre.", "un proche du ministre"),
        ("« Ce n'est pas acceptable », a réagi la maire de Lille.", "la maire de Lille"),
        ("La Commission a, de son côté, estimé que le plan était solide.", "La Commission"),
        ("Le ministre a lui-même reconnu que la réforme était impopulaire.", "Le ministre"),
        ("Les enquêteurs soupçonnent un incendie criminel.", "Les enquêteurs"),
        ("Le procureur a requis dix ans de prison.", "Le procureur"),
    ],
)
def test_incise_verbs_commas_and_emphatic_pronouns(
    detector: Detector, text: str, source: str
) -> None:
    assert _one(detector, text).source == source


def test_incise_verbs_report_only_after_a_quote(detector: Detector) -> None:
    for text in ("La Bourse de Paris a réagi à la hausse.", "L'entreprise poursuit sa route."):
        assert ClaimType.ATTRIBUTION not in _one(detector, text).types


def test_a_sentence_cut_inside_a_name_is_joined(detector: Detector) -> None:
    claim = _one(
        detector,
        "« Nous ne céderons pas », a déclaré mardi le ministre de l'Économie, Bruno Le Maire, "
        "sur TF1.",
    )
    # the name set off after the role is the source, as when it comes before the verb
    assert claim.source == "Bruno Le Maire"


def test_a_sentence_ends_before_an_opening_guillemet(detector: Detector) -> None:
    claims = detector.analyze(
        "La police a ouvert une enquête. « Nous recueillons des témoignages », a déclaré "
        "le porte-parole de la police.",
        language="fr",
    ).claims
    assert [claim.source for claim in claims] == [None, "le porte-parole de la police"]


def test_words_inside_a_quotation_that_spans_sentences_are_no_report(detector: Detector) -> None:
    claims = detector.analyze(
        "« Le président a promis le changement. Il a annoncé une réforme qui a échoué », "
        "a affirmé le candidat.",
        language="fr",
    ).claims
    assert ClaimType.ATTRIBUTION not in claims[0].types
    assert claims[1].source == "le candidat"


def test_selon_lui_at_the_head_and_a_titled_subject_resolve_pronouns(detector: Detector) -> None:
    claims = detector.analyze(
        "Le porte-parole du gouvernement, Paul Durand, a démenti toute négociation. "
        "Selon lui, Paris n'a reçu aucune proposition.",
        language="fr",
    ).claims
    assert claims[-1].source == "Paul Durand"
    titled = detector.analyze(
        "La Première ministre a reçu les syndicats à Matignon. "
        "« Le dialogue continue », a-t-elle assuré.",
        language="fr",
    ).claims
    assert titled[-1].source == "La Première ministre"
    other_gender = detector.analyze(
        "Le maire a visité l'usine. « Elle rouvrira », a-t-elle affirmé.", language="fr"
    ).claims
    assert other_gender[-1].source is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Les riverains redoutent une hausse des loyers.", "Les riverains"),
        ("Le directeur a réitéré son refus de fermer le site.", "Le directeur"),
        ("La défense fait valoir que le prévenu était absent.", "La défense"),
    ],
)
def test_more_speech_and_cognition_verbs(detector: Detector, text: str, source: str) -> None:
    assert _one(detector, text).source == source


def test_findings_report_only_a_content_clause(detector: Detector) -> None:
    found = _one(detector, "Les chercheurs ont déterminé que la comète venait d'un autre système.")
    assert found.source == "Les chercheurs"
    shown = _one(detector, "La photo montre le ministre devant l'usine.")
    assert ClaimType.ATTRIBUTION not in shown.types
    restricted = _one(detector, "La loi ne prévoit qu'une amende de 100 euros.")
    assert ClaimType.ATTRIBUTION not in restricted.types


def test_pronouns_reach_titled_names_and_people_inside_a_source(detector: Detector) -> None:
    titled = detector.analyze(
        "« Les migrants sont un besoin », a affirmé M. Durand. "
        "« Nous vivons dans un grand pays », a-t-il expliqué.",
        language="fr",
    ).claims
    assert titled[-1].source == "M. Durand"
    inside = detector.analyze(
        "La ville est tombée, affirme Paul Durand de l'Observatoire des droits de l'homme. "
        "« Le gouvernement doit faire des détours », a-t-il souligné.",
        language="fr",
    ).claims
    assert inside[-1].source == "Paul Durand"


def test_a_pronoun_skips_a_name_a_title_gives_the_other_gender(detector: Detector) -> None:
    claims = detector.analyze(
        "Marie Durand a soigné un jeune homme, Paul Martin, pendant des mois. "
        "Elle affirme que le traitement a fonctionné.",
        language="fr",
    ).claims
    assert claims[-1].source == "Marie Durand"


def test_lacher_reports_only_a_quote(detector: Detector) -> None:
    said = _one(detector, "« C'est fini », a lâché le ministre.")
    assert said.source == "le ministre"
    dropped = _one(detector, "Les habitants se sentent lâchés par les pouvoirs publics.")
    assert ClaimType.ATTRIBUTION not in dropped.types


def test_appeals_report_before_an_infinitive_only(detector: Detector) -> None:
    advice = _one(detector, "Le ministère invite les habitants à limiter leurs déplacements.")
    assert advice.source == "Le ministère"
    guests = _one(detector, "Le maire a invité les journalistes à la mairie.")
    assert ClaimType.ATTRIBUTION not in guests.types


def test_a_participle_inside_pour_x_and_an_adverb_inside_a_locution(detector: Detector) -> None:
    pour = _one(
        detector,
        "Pour l'association militant contre la faim, la crise est la pire depuis 1945.",
    )
    assert pour.source == "l'association militant contre la faim"
    cause = _one(detector, "Le syndicat met également en cause la direction.")
    assert cause.source == "Le syndicat"


def test_no_first_person_without_a_first_person_pronoun(detector: Detector) -> None:
    claim = _one(detector, "Anne Martin a sollicité la mairie afin d'obtenir une aide.")
    assert claim.source == "Anne Martin"


def test_the_writer_publications_and_expectations(detector: Detector) -> None:
    assert (
        ClaimType.ATTRIBUTION
        not in _one(
            detector, "Selon nos informations, le directeur va quitter ses fonctions."
        ).types
    )
    assert (
        ClaimType.ATTRIBUTION
        not in _one(
            detector, "Le constructeur a publié jeudi des résultats meilleurs que prévu."
        ).types
    )
    assert _one(detector, "L'ONG a publié un rapport accablant sur les prisons.").source == "L'ONG"
    agent = _one(detector, "Ce chiffre, publié mardi par l'Insee, est le plus bas depuis 2008.")
    assert agent.source == "l'Insee"
    assert _one(detector, "Les analystes s'attendent à une baisse des marges.").source == (
        "Les analystes"
    )
    assert (
        ClaimType.ATTRIBUTION
        not in _one(detector, "Le public attend les résultats avec impatience.").types
    )


def test_a_name_after_a_medium_and_a_subject_before_a_relative_incise(detector: Detector) -> None:
    medium = _one(
        detector, "« La situation est grave », a déclaré à l'AFP Marie Durand, porte-parole."
    )
    assert medium.source == "Marie Durand"
    incise = _one(
        detector,
        "Le président de la région, Xavier Bertrand, qui a visité le site, a promis une aide.",
    )
    assert incise.source == "Xavier Bertrand"


def test_a_role_subject_and_a_medium_with_aupres(detector: Detector) -> None:
    claims = detector.analyze(
        "Le chef de l'État s'est exprimé mardi soir. « Nous tiendrons », a-t-il affirmé.",
        language="fr",
    ).claims
    assert claims[-1].source == "Le chef de l'État"
    aupres = _one(detector, "« C'est un échec », reconnaît auprès du Monde un conseiller du maire.")
    assert aupres.source == "un conseiller du maire"


def test_ils_is_the_plural_group_of_the_sentence_before(detector: Detector) -> None:
    claims = detector.analyze(
        "Environ 2 000 habitants ont manifesté samedi à Lyon. "
        "Ils revendiquent notamment la réouverture de la gare.",
        language="fr",
    ).claims
    assert claims[-1].source == "Environ 2 000 habitants"
    said = detector.analyze(
        "« Nous ne céderons pas », ont déclaré les syndicats. Ils affirment que la grève continuera.",
        language="fr",
    ).claims
    assert said[-1].source == "les syndicats"
    singular = detector.analyze(
        "Le ministre a reçu le maire. Ils ont affirmé que rien n'était réglé.", language="fr"
    ).claims
    assert singular[-1].source is None


def test_aux_yeux_de_and_a_reporting_incise_between_commas(detector: Detector) -> None:
    eyes = _one(detector, "Aux yeux de Marine Dupont, la réforme est indispensable.")
    assert eyes.source == "Marine Dupont"
    incise = _one(detector, "Le texte, a précisé le rapporteur, sera voté mardi.")
    assert incise.source == "le rapporteur"
    groups = _one(detector, "Les ONG, dont Amnesty International, ont condamné ces attaques.")
    assert groups.source == "Les ONG"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a possessive stays with its noun after the verb; "de son côté" is still stepped over
        ("« Nous allons porter plainte », répond sa mère.", "sa mère"),
        ("« Il n'y a aucune preuve », rétorque leur avocat.", "leur avocat"),
        ("« Le site restera ouvert », a assuré de son côté le directeur.", "le directeur"),
        # the one asked speaks, not the medium that asked
        (
            "Les experts interrogés par Le Monde jugent ce calendrier irréaliste.",
            "Les experts interrogés par Le Monde",
        ),
        # a reporting verb the small tagger reads as a noun, before a quotation
        ("La ministre dénonce « une campagne de désinformation ».", "La ministre"),
    ],
)
def test_speakers_after_the_verb_keep_their_determiner_and_askers_are_no_source(
    detector: Detector, text: str, source: str
) -> None:
    assert _one(detector, text).source == source


def test_a_source_after_the_verb_ends_before_lors(detector: Detector) -> None:
    claims = detector.analyze(
        "Le sénateur Paul Martin a quitté son parti en mai. "
        "« Je ne me représenterai pas », a annoncé ce dernier lors d'une conférence de presse.",
        language="fr",
    ).claims
    assert claims[-1].source == "Paul Martin"


def test_a_subject_the_tagger_took_for_an_adjective_is_the_source(detector: Detector) -> None:
    claim = _one(detector, "Mardi, la procureure a détaillé les charges retenues.")
    assert claim.source == "la procureure"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Josep Borrell, chef de la diplomatie européenne, a qualifié de « crime » la frappe.",
            "Josep Borrell",
        ),
        ("Le ministre a qualifié la décision d'« inacceptable ».", "Le ministre"),
        ("L'équipe de France s'est qualifiée pour la finale.", None),
        ("Il manque 5 000 ouvriers qualifiés dans le bâtiment.", None),
    ],
)
def test_qualifier_de_reports_a_judgement(
    detector: Detector, text: str, source: str | None
) -> None:
    _assert_source(detector, text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "La Commission européenne a ouvert une enquête. Elle soupçonne le groupe d'abus.",
            "La Commission européenne",
        ),
        (
            "Le Conseil constitutionnel a censuré l'article 3. Il estime qu'il est contraire au droit.",
            "Le Conseil constitutionnel",
        ),
        # the determiner says the body is feminine: "il" is someone else
        (
            "La Commission européenne a ouvert une enquête. Il estime que le groupe a triché.",
            None,
        ),
    ],
)
def test_a_pronoun_goes_on_with_a_named_body_of_its_gender(
    detector: Detector, text: str, source: str | None
) -> None:
    _assert_last_source(detector, text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("« Il faut rester prudent », tempère un analyste d'Oddo BHF.", "un analyste d'Oddo BHF"),
        ("« Tout ira bien », rassure le maire.", "le maire"),
        ("Le ministre a garanti que les retraites seraient versées.", "Le ministre"),
        (
            "« Il n'y aura pas de hausse d'impôts », a garanti mardi sur France Inter le ministre.",
            "le ministre",
        ),
        ("Le président a juré que la réforme serait adoptée.", "Le président"),
        ("Le FMI prédit que la croissance ralentira.", "Le FMI"),
        # the same verbs that report nothing
        ("La loi garantit le droit de grève.", None),
        ("Le vent souffle à 120 km/h sur la côte.", None),
        ("Le ministre a rassuré les agriculteurs sur le calendrier.", None),
        ("Les trois physiciens l'ayant prédite en 1964 ont reçu le prix.", None),
    ],
)
def test_incise_verbs_of_reassurance_and_forecasts_before_que(
    detector: Detector, text: str, source: str | None
) -> None:
    _assert_source(detector, text, source)


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        ("Contrairement aux discours, appuie-t-il, le français est la troisième langue.", True),
        ("« On verra bien », sourit-il.", True),
        ("« Les salaires augmenteront », a-t-il insisté, avant de quitter la salle.", True),
        ("Le ministre, semble-t-il, a démissionné.", False),
        ("Faut-il augmenter les impôts ?", False),
    ],
)
def test_any_verb_with_a_glued_pronoun_after_a_comma_is_a_reporting_incise(
    detector: Detector, text: str, reports: bool
) -> None:
    assert (ClaimType.ATTRIBUTION in _one(detector, text).types) == reports


def test_markers_are_found_with_a_typeset_apostrophe(detector: Detector) -> None:
    claim = _one(detector, "De l’avis de l’Américain Pete Selleck, le français est une exigence.")
    assert claim.source == "l’Américain Pete Selleck"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "La médaillée d'argent se plaint de la politique des deux poids.",
            "La médaillée d'argent",
        ),
        ("On ne peut pas le plaindre.", None),
        ("« Nous ne lâcherons rien », lance le secrétaire général.", "le secrétaire général"),
        ("Après la guerre, il lance le programme ACE.", None),
        # a negation inside the quote does not negate the verb that reports it
        ("« Je ne sais pas », reconnaît le ministre.", "le ministre"),
        ("Le ministre n'a pas confirmé cette information.", None),
    ],
)
def test_complaints_are_reflexive_and_lancer_reports_only_in_an_incise(
    detector: Detector, text: str, source: str | None
) -> None:
    _assert_source(detector, text, source)


def test_typeset_apostrophes_read_as_straight_ones_and_shown_as_written(
    detector: Detector,
) -> None:
    text = "Les forces russes ont pris le contrôle du village, rapporte l’agence Reuters."
    claim = _one(detector, text)
    assert claim.source == "l’agence Reuters"
    assert claim.text == text
    assert "attributed to: l’agence Reuters" in claim.reasons
    said = _one(detector, "Le ministre s’est dit favorable à une hausse du salaire minimum.")
    assert said.source == "Le ministre"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            (
                "« Nous restons prudents », a averti jeudi 12 octobre lors d’une conférence "
                "téléphonique le directeur financier du groupe."
            ),
            "le directeur financier du groupe",
        ),
        (
            (
                "« Le modèle est à bout de souffle », reconnaissait en 2019 dans nos colonnes "
                "l'ancien PDG de la SNCF."
            ),
            "l'ancien PDG de la SNCF",
        ),
        (
            (
                "« Il faut une pause », a estimé dimanche dans un entretien au Journal du "
                "dimanche le président du Sénat."
            ),
            "le président du Sénat",
        ),
        (
            "« Les joueurs ont tout donné », a souligné après la rencontre l'entraîneur de l'OM.",
            "l'entraîneur de l'OM",
        ),
    ],
)
def test_dates_places_and_media_between_the_verb_and_its_subject_are_stepped_over(
    detector: Detector, text: str, source: str
) -> None:
    assert _one(detector, text).source == source


def test_a_titled_subject_is_not_the_place_its_complement_names(detector: Detector) -> None:
    claims = detector.analyze(
        "Le procureur de Paris a tenu une conférence de presse vendredi. "
        "Il a indiqué que deux suspects étaient en fuite.",
        language="fr",
    ).claims
    assert claims[-1].source == "Le procureur de Paris"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a present the tagger reads as a participle, a noun before a name or a partitive
        ("Le syndicat craint que la fermeture du site entraîne 400 licenciements.", "Le syndicat"),
        ("« Les frappes vont se poursuivre », prévient Israël.", "Israël"),
        ("Pyongyang dénonce des manœuvres « provocatrices » menées par Washington.", "Pyongyang"),
        (
            "Le représentant de la Russie a accusé les Occidentaux d'« hypocrisie ».",
            "Le représentant de la Russie",
        ),
        ("Le ministre a déclaré que l'état d'urgence serait levé.", "Le ministre"),
        ("L'ONU a condamné l'attaque contre le convoi humanitaire.", "L'ONU"),
        # acts, not words
        ("Le gouvernement a déclaré l'état de catastrophe naturelle dans 45 communes.", None),
        ("Le tribunal a condamné l'ancien maire à deux ans de prison avec sursis.", None),
        ("La lance des pompiers était percée.", None),
    ],
)
def test_reporting_verbs_the_tagger_misreads_and_verbs_of_acts(
    detector: Detector, text: str, source: str | None
) -> None:
    _assert_source(detector, text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "La Cour des comptes a rendu public un rapport. Elle y juge que les aides sont vaines.",
            "La Cour des comptes",
        ),
        (
            "Carlo Ancelotti a remporté la Ligue des champions. « C'est un grand jour », a-t-il confié.",
            "Carlo Ancelotti",
        ),
        # the recogniser stops at "Bruno" and the parser reads "Le Roux" as a noun
        (
            (
                "Denis Baupin a défendu sa décision. Bruno Le Roux, président du groupe socialiste, "
                "est ensuite intervenu. « C'est scandaleux ! », a-t-il affirmé."
            ),
            "Bruno Le Roux",
        ),
        # the latter is the role the sentence before names after its subject
        (
            "Le ministre a reçu mardi le patron du Medef. Ce dernier a jugé les mesures insuffisantes.",
            "le patron du Medef",
        ),
        (
            "Selon l’OMS, l’épidémie s’étend. L’organisation craint une propagation rapide.",
            "L’organisation",
        ),
    ],
)
def test_subjects_the_recogniser_missed_and_an_unsure_latter(
    detector: Detector, text: str, source: str | None
) -> None:
    _assert_last_source(detector, text, source)


def test_pour_opens_a_source_with_a_role_noun(detector: Detector) -> None:
    claim = _one(detector, "Pour le délégué syndical, la direction veut fermer le site.")
    assert claim.source == "le délégué syndical"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Paris et Berlin ont salué l'accord conclu dans la nuit.", "Paris et Berlin"),
        ("La France et l'Allemagne ont affirmé leur soutien à Kiev.", "La France et l'Allemagne"),
        (
            "L'information a été confirmée par une source au sein de la police.",
            "une source au sein de la police",
        ),
        ("Cette hypothèse est jugée « peu probable » par les enquêteurs.", "les enquêteurs"),
        (
            "L’Ukraine a abattu 45 drones, a affirmé l’armée de l’air ukrainienne.",
            "l’armée de l’air ukrainienne",
        ),
    ],
)
def test_two_names_one_subject_and_sources_the_tagger_cut(
    detector: Detector, text: str, source: str
) -> None:
    assert _one(detector, text).source == source


def test_a_speaker_goes_on_over_a_paragraph_that_names_no_one(detector: Detector) -> None:
    claims = detector.analyze(
        "Paul Martin, maire de Lille, a annoncé la fermeture de la piscine.\n"
        "La ville compte 200 000 habitants.\n"
        "« Nous n'avons plus les moyens », ajoute-t-il.",
        language="fr",
    ).claims
    assert claims[-1].source == "Paul Martin"


def test_a_kind_word_with_an_agent_is_a_source(detector: Detector) -> None:
    claim = _one(detector, "Selon le modèle émis par les scientifiques, la particule a une masse.")
    assert claim.source == "le modèle émis par les scientifiques"
    assert ClaimType.ATTRIBUTION not in _one(detector, "Selon le modèle, le prix varie.").types


def test_a_ses_yeux_and_pour_eux_are_views(detector: Detector) -> None:
    view = _one(detector, "À ses yeux, l’accord conclu à Bruxelles reste « très insuffisant ».")
    assert ClaimType.ATTRIBUTION in view.types and view.source is None
    assert ClaimType.ATTRIBUTION not in _one(detector, "Ce film est un régal pour les yeux.").types
    claims = detector.analyze(
        "Les députés ont adopté le texte en première lecture. Pour eux, il s’agit d’une avancée.",
        language="fr",
    ).claims
    assert claims[-1].source == "Les députés"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "« Il faut tout reprendre à zéro », s'emporte un élu de l'opposition.",
            "un élu de l'opposition",
        ),
        (
            "« C'est du vol », grince un commerçant du centre-ville.",
            "un commerçant du centre-ville",
        ),
        ("« On verra », s'amuse Marc Durand.", "Marc Durand"),
        ("« Les travaux ont commencé », puis la pluie est arrivée.", None),
    ],
)
def test_any_verb_between_a_closing_quote_and_its_subject_is_an_incise(
    detector: Detector, text: str, source: str | None
) -> None:
    _assert_source(detector, text, source)


def test_a_quote_closed_after_a_no_break_space_ends_its_sentence(detector: Detector) -> None:
    claims = detector.analyze(
        "«\u00a0Nous avons tenu partout ailleurs.\u00a0» Le dirigeant a précisé que les ventes baissaient.",
        language="fr",
    ).claims
    assert [claim.text for claim in claims] == [
        "«\u00a0Nous avons tenu partout ailleurs.\u00a0»",
        "Le dirigeant a précisé que les ventes baissaient.",
    ]
    assert claims[-1].source == "Le dirigeant"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("« Ce n'est pas une grève de confort, poursuit-il, les collègues sont à bout. »", None),
        ("« Nous voterons ce texte », a-t-il promis.", None),
        (
            "12 h 45 - Le ministre de l'Intérieur a annoncé le déploiement de 500 gendarmes.",
            "Le ministre de l'Intérieur",
        ),
        ("Rami Abd al-Rahman a fait état de 28 morts.", "Rami Abd al-Rahman"),
        ("Moscou, de son côté, affirme avoir repoussé l'attaque.", "Moscou"),
        (
            "« Ils sont partis », a déclaré, en larmes, la mère de deux des victimes.",
            "la mère de deux des victimes",
        ),
        ("Une habitante témoigne : « Nous avons tout perdu. »", "Une habitante"),
    ],
)
def test_tags_inside_quotes_live_entries_and_phrases_set_off_by_commas(
    detector: Detector, text: str, source: str | None
) -> None:
    claim = _one(detector, text)
    assert ClaimType.ATTRIBUTION in claim.types
    assert claim.source == source


def test_a_sign_is_no_testimony(detector: Detector) -> None:
    claim = _one(detector, "Ces chiffres témoignent de l'intensité des combats.")
    assert ClaimType.ATTRIBUTION not in claim.types


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # names the small recogniser labels a body or "other" are still the person speaking
        (
            (
                "« J'ai dû annuler le séjour », raconte Nadia, une mère de famille. "
                "« Qui va rembourser ? », s'interroge-t-elle."
            ),
            "Nadia",
        ),
        (
            (
                "La maire de Brest, Mélanie Kerguen, a dénoncé un manque d’anticipation. "
                "Elle affirme que les habitants n’ont pas été prévenus."
            ),
            "Mélanie Kerguen",
        ),
        (
            (
                "Trois morts, selon le gouverneur régional, Oleh Marchenko. "
                "« Des immeubles ont été touchés », a écrit ce dernier sur Telegram."
            ),
            "Oleh Marchenko",
        ),
    ],
)
def test_pronouns_reach_names_the_recogniser_mislabels(
    detector: Detector, text: str, source: str
) -> None:
    assert detector.analyze(text, language="fr").claims[-1].source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "08 h 10 - Enedis fait/NOUN état de 1,2 million de foyers privés d’électricité.",
            "Enedis",
        ),
        ("L'accusé, qui a toujours nié les faits, aura la parole vendredi.", "L'accusé"),
        ("Pour le pénaliste, l'enquête s'est focalisée sur son client.", "le pénaliste"),
    ],
)
def test_locutions_tagged_as_nouns_auxiliaries_tagged_as_verbs_and_more_role_nouns(
    detector: Detector, text: str, source: str
) -> None:
    assert _one(detector, text.replace("/NOUN", "")).source == source


@pytest.mark.parametrize(
    "text",
    [
        "Selon la CFE-CGC, la décision « n’a pas été présentée ». « On apprend la fermeture. »",
        "Le dividende est en hausse de 5 %. « Nous restons prudents », a conclu la directrice.",
    ],
)
def test_a_sentence_ends_before_a_quote_after_a_percent_or_a_closed_quote(
    detector: Detector, text: str
) -> None:
    assert len(detector.analyze(text, language="fr").claims) == 2


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Le syndicat craint par ailleurs que la fermeture entraîne 400 licenciements.",
            "Le syndicat",
        ),
        (
            "Plusieurs spécialistes extérieurs à l'étude jugent ces résultats fragiles.",
            "Plusieurs spécialistes extérieurs à l'étude",
        ),
        ("Selon un communiqué publié lundi, le site fermera.", "un communiqué publié lundi"),
        (
            "« Nous partons », a déclaré le président sortant dans un entretien.",
            "le président sortant",
        ),
        ("« Ce plan, affirme Laurent Vasseur, n'est pas négociable. »", "Laurent Vasseur"),
        ("« Nous avons perdu trois élections, a-t-il rappelé.", None),
        ("Le ministre promet de présenter un plan.", "Le ministre"),
        (
            "« On a bien défendu », a calculé l'entraîneur avant de quitter la salle.",
            "l'entraîneur",
        ),
    ],
)
def test_adverbs_after_par_tags_inside_open_quotes_and_sources_that_end_right(
    detector: Detector, text: str, source: str | None
) -> None:
    claim = _one(detector, text)
    assert ClaimType.ATTRIBUTION in claim.types
    assert claim.source == source


def test_patients_admitted_are_no_admission(detector: Detector) -> None:
    assert ClaimType.ATTRIBUTION not in _one(detector, "Nos équipes ont admis 300 enfants.").types


@pytest.mark.parametrize(
    "text",
    [
        "Il a parlé au micro de Canal+. « Je n'ai pas réfléchi », a ajouté Enzo.",
        "Les données viennent de MSF. « Nous observons une hausse », explique Camille Berthier.",
        "Il était sur France 2. « Je reste », a-t-il dit.",
    ],
)
def test_a_sentence_ends_before_a_quote_after_an_acronym_or_a_number(
    detector: Detector, text: str
) -> None:
    claims = detector.analyze(text, language="fr").claims
    assert len(claims) == 2
    assert ClaimType.ATTRIBUTION in claims[-1].types


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "« Les stocks sont vides », a averti sa représentante au Tchad, Mariam Touré.",
            "Mariam Touré",
        ),
        ("Selon son porte-parole, Yann Le Bihan, la grève est suivie.", "Yann Le Bihan"),
        (
            "« Il faut agir », a lancé la présidente de la Commission, Ursula von der Leyen.",
            "Ursula von der Leyen",
        ),
        ("Selon le ministère, Paris a reçu 300 demandes.", "le ministère"),
    ],
)
def test_a_name_set_off_after_a_role_is_the_source(
    detector: Detector, text: str, source: str
) -> None:
    assert _one(detector, text).source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "L’armée a confirmé la frappe. Elle affirme avoir visé un centre de commandement.",
            "L’armée",
        ),
        (
            "L’ancien ministre a affirmé qu’il ne savait rien. Il a ajouté qu’il porterait plainte.",
            "L’ancien ministre",
        ),
        (
            "L’entreprise a annoncé 200 embauches. Elle a précisé que les postes seraient à Rennes.",
            "L’entreprise",
        ),
        # the noun's ending says the pronoun is someone else
        ("L’entraîneur a critiqué l’arbitrage. Elle a jugé la décision injuste.", None),
    ],
)
def test_after_an_elided_determiner_the_noun_tells_the_pronoun_its_gender(
    detector: Detector, text: str, source: str | None
) -> None:
    _assert_last_source(detector, text, source)


def test_open_quote_tags_aupres_de_and_celle_ci(detector: Detector) -> None:
    tag = _one(detector, "« Les voix n’ont pas encore été comptées, a-t-elle déclaré à la presse.")
    assert ClaimType.ATTRIBUTION in tag.types
    said = _one(
        detector, "La Région a réduit sa subvention, a-t-on appris auprès de la collectivité."
    )
    assert said.source == "la collectivité"
    claims = detector.analyze(
        "Hélène Vautrin, directrice de l'agence, a été entendue. "
        "Celle-ci rappelle que l'agence conseille de limiter les boissons.",
        language="fr",
    ).claims
    assert claims[-1].source == "Hélène Vautrin"


def test_a_pronoun_after_a_description_takes_the_name_it_stands_for(detector: Detector) -> None:
    claims = detector.analyze(
        "« Nous avons tout perdu », raconte Léa Marchand, une infirmière de Lyon. "
        "« Personne ne nous aide », poursuit la Française. Elle dénonce l'indifférence des autorités.",
        language="fr",
    ).claims
    assert [claim.source for claim in claims] == ["Léa Marchand", "la Française", "Léa Marchand"]


def test_a_named_body_after_l_gives_the_pronoun_its_gender(detector: Detector) -> None:
    claims = detector.analyze(
        "L'Association internationale des édulcorants affirme que le produit est sûr. "
        "Elle rappelle que l'aspartame reste autorisé.",
        language="fr",
    ).claims
    assert claims[-1].source == "L'Association internationale des édulcorants"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Le ministre a reçu mardi le patron du Medef. Ce dernier a jugé les mesures insuffisantes.",
            "le patron du Medef",
        ),
        (
            "Sandrine Rousseau a interpellé la Première ministre. Celle-ci lui a répondu que le plan avançait.",
            "la Première ministre",
        ),
        (
            "Le juge a entendu l’ancien ministre et son avocat. Selon ce dernier, son client est innocent.",
            "son avocat",
        ),
        (
            "Le sénateur Paul Martin a quitté son parti. « Je pars », a annoncé ce dernier.",
            "Paul Martin",
        ),
    ],
)
def test_the_latter_is_the_role_named_last(detector: Detector, text: str, source: str) -> None:
    _assert_last_source(detector, text, source)


def test_a_pronoun_takes_the_name_inside_a_described_speaker(detector: Detector) -> None:
    claims = detector.analyze(
        "« Le vote rural compte », explique le politologue Ricardo Mamani. "
        "Il estime qu’un recomptage est probable.",
        language="fr",
    ).claims
    assert [claim.source for claim in claims] == ["le politologue Ricardo Mamani", "Ricardo Mamani"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # unquoted words before a writer's tag: the tag's subject speaks, not the words
        ("Ces déclarations ne changent rien, affirme le ministère.", "le ministère"),
        (
            (
                "D'autres enquêtes visent TikTok, Meta et le site chinois Temu, a rappelé lundi "
                "la Commission."
            ),
            "la Commission",
        ),
        (
            "Ces déclarations ne changent rien à notre détermination, fait valoir le Quai d'Orsay.",
            "le Quai d'Orsay",
        ),
        (
            "« C’est un texte d’équilibre », a fait valoir la ministre de la santé.",
            "la ministre de la santé",
        ),
        # "se révéler" turns out, it does not tell
        (
            (
                "Elle a été soumise à un dépistage, qui s'est révélé négatif, a indiqué le parquet "
                "de Fontainebleau."
            ),
            "le parquet de Fontainebleau",
        ),
        # acts, not reports
        ("Un violent incendie s'est déclaré dans la nuit dans un immeuble.", None),
        ("Il fait valoir ses droits à la retraite.", None),
        (
            "Les groupes de défense, dont Amnesty International, ont condamné mardi ces attaques.",
            "Les groupes de défense",
        ),
        ("Le maire s'est déclaré favorable au projet.", "Le maire"),
    ],
)
def test_writers_tags_after_unquoted_words_and_acts(
    detector: Detector, text: str, source: str | None
) -> None:
    _assert_source(detector, text, source)


def test_a_name_the_parser_cut_from_its_clause_stays_in_the_sentence(detector: Detector) -> None:
    _assert_source(
        detector,
        "« Ce pacte est un compromis », estime l'eurodéputée française Fabienne Keller (Renew), "
        "rapporteure du texte.",
        "l'eurodéputée française Fabienne Keller (Renew)",
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            (
                "Yanis Belkacem a fondé la compagnie en 2015. À ses yeux, le théâtre doit "
                "« rendre une voix à ceux qu’on n’entend jamais »."
            ),
            "Yanis Belkacem",
        ),
        (
            "Les deux chercheurs ont présenté leurs travaux. À leurs yeux, le risque est réel.",
            "Les deux chercheurs",
        ),
        # the role and the name set off after it are one speaker
        (
            (
                "« C'est une victoire », s'est félicité le Premier ministre sortant, Tomislav "
                "Marinić, dimanche soir. Il a indiqué qu'il entamerait des consultations."
            ),
            "Tomislav Marinić",
        ),
    ],
)
def test_whose_eyes_and_a_role_with_its_name(detector: Detector, text: str, source: str) -> None:
    _assert_last_source(detector, text, source)


def test_whose_eyes_with_no_one_before_stays_unresolved(detector: Detector) -> None:
    claim = _one(detector, "À ses yeux, l'accord reste insuffisant.")
    assert ClaimType.ATTRIBUTION in claim.types
    assert claim.source is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # two common nouns, one subject, when the first opens the clause
        (
            "Les policiers et les gendarmes appellent les victimes à se manifester.",
            "Les policiers et les gendarmes",
        ),
        (
            "L'usine emploie 300 salariés et les syndicats dénoncent un plan social.",
            "les syndicats",
        ),
        # an incise between the verb and "que", the verb read as an adjective
        ("Le ministère assure, pour sa part, que les garde-côtes ont tiré.", "Le ministère"),
        (
            "L'ONG Human Rights Watch affirme, elle, que les garde-côtes ont tiré.",
            "L'ONG Human Rights Watch",
        ),
        ("Les soignants, eux, craignent un report de charge sur les urgences.", "Les soignants"),
        # where they spoke is not who they are
        (
            "« Nous avons bien joué », a déclaré Carlo Ancelotti en conférence de presse.",
            "Carlo Ancelotti",
        ),
        ("« Le dossier avance », a assuré le ministre en marge du sommet.", "le ministre"),
        (
            "« Nous avons bien joué », a déclaré le rédacteur en chef du journal.",
            "le rédacteur en chef du journal",
        ),
    ],
)
def test_coordinated_subjects_incises_and_circumstances(
    detector: Detector, text: str, source: str
) -> None:
    _assert_source(detector, text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the latter: a role named without a name, "un" as well as "le"
        (
            (
                "Le chef de l'Etat s'est entretenu avec ses homologues, selon un conseiller de "
                "l'Elysée. « On s'en rapproche », confie ce dernier."
            ),
            "un conseiller de l'Elysée",
        ),
        # no role inside a quote; the speaker named before stays
        (
            (
                "Le sous-préfet, Arnaud Mercier, a indiqué que des prélèvements avaient été faits. "
                "« Il est trop tôt pour désigner un responsable », a-t-il ajouté. Ce dernier a "
                "également confirmé qu'une entreprise avait signalé un incident."
            ),
            "Arnaud Mercier",
        ),
        # the body is the role's, not a role of its own
        (
            (
                "La porte-parole de la Commission pour le commerce, qui s'exprimait à Bruxelles, a "
                "jugé ces critiques « infondées ». Celle-ci a rappelé que des clauses existaient."
            ),
            "La porte-parole de la Commission pour le commerce",
        ),
        # a speaker given by what they are
        (
            (
                "« On a entendu des cris », raconte une riveraine. Celle-ci affirme avoir déjà "
                "signalé des problèmes."
            ),
            "une riveraine",
        ),
        (
            (
                "L'accusé a toujours nié avoir voulu donner la mort. « Je ne voulais pas le tuer », "
                "a-t-il répété à la barre."
            ),
            "L'accusé",
        ),
        # a description goes to the name the article gave
        (
            (
                "« Nous n'avons jamais vu ça », a réagi le maire de Redon, Pascal Guillou. L'élu a "
                "pris un arrêté. Il demande que « toute la lumière soit faite »."
            ),
            "Pascal Guillou",
        ),
    ],
)
def test_the_latter_and_described_speakers(detector: Detector, text: str, source: str) -> None:
    _assert_last_source(detector, text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a main clause between the subject and a final writer's tag
        (
            (
                "Les diplomates concernés, en poste à Moscou, disposent de sept jours pour quitter le "
                "territoire, indique le texte."
            ),
            "le texte",
        ),
        ("Le journal, qui paraît le jeudi, révèle que le ministre a menti.", "Le journal"),
        # a participle and its complement belong to the source
        (
            "Selon un diplomate européen cité par l'AFP, les sanctions seront adoptées.",
            "un diplomate européen cité par l'AFP",
        ),
        (
            "Selon un diplomate s'exprimant sous couvert d'anonymat, les sanctions seront adoptées.",
            "un diplomate s'exprimant sous couvert d'anonymat",
        ),
    ],
)
def test_final_tags_after_a_clause_and_participle_phrases(
    detector: Detector, text: str, source: str
) -> None:
    _assert_source(detector, text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # names the small tagger reads as words
        ("Emmanuel Macron estime que la France doit réarmer.", "Emmanuel Macron"),
        ("Hillary Clinton a estimé que le vote était une honte.", "Hillary Clinton"),
        ("Ensuite le ministre a déclaré que tout allait bien.", "le ministre"),
        (
            (
                "Alger a rappelé son ambassadeur pour consultations, dénonçant une décision "
                "« inamicale »."
            ),
            "Alger",
        ),
        ("Selon l'exécutif européen, la plateforme a failli.", "l'exécutif européen"),
        # the words before a lone tag are what was said
        ("Le groupe construit une usine à Lyon, a indiqué Vestalis.", "Vestalis"),
        ("Le groupe vise 8 % de croissance, ont indiqué ses dirigeants.", "ses dirigeants"),
        (
            "Arié Bensemhoun, président de l'association, a dénoncé le gouvernement.",
            "Arié Bensemhoun",
        ),
        # "s'est dit « horrifié » par": a cause, not an agent
        (
            "Le chef de l'ONU, Volker Türk, s'est dit « horrifié » par les informations reçues.",
            "Volker Türk",
        ),
        # present forms with a stressed stem
        ("Les prix ont ralenti, relève l'Insee.", "l'Insee"),
        ("Les prix ont ralenti, rappelle l'Insee.", "l'Insee"),
        # acts, not reports
        ("Vestalis relève ses objectifs.", None),
        ("Les agences de notation observent attentivement la trajectoire.", None),
        ("Le programme s'ajoute au dividende.", None),
        ("Emmanuel Macron a appelé plusieurs dirigeants européens ce week-end.", None),
        ("Il a parlé à la presse française mardi.", None),
        ("Le tribunal d'Oslo a condamné vendredi Anders Behring Breivik.", None),
        ("Plusieurs pays arabes ont rappelé leurs ambassadeurs en poste à Damas.", None),
        ("Le Royaume-Uni et le Canada ont reconnu dimanche l'État de Palestine.", None),
        ("La CGT appelle les salariés à la grève.", "La CGT"),
        ("L'ONU a condamné les frappes.", "L'ONU"),
    ],
)
def test_misread_names_lone_tags_and_more_acts(
    detector: Detector, text: str, source: str | None
) -> None:
    _assert_source(detector, text, source)


def test_a_tags_pronoun_is_its_own_sentences_named_subject(detector: Detector) -> None:
    _assert_source(
        detector,
        "Thomas Véron a bouclé une levée de fonds de 40 millions d'euros, a-t-il confirmé.",
        "Thomas Véron",
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("« Ce n'est pas leur rôle », déplore au contraire Sophie Vénétitay.", "Sophie Vénétitay"),
        (
            "L'association a d'ores et déjà annoncé son intention de saisir le Conseil d'Etat.",
            "L'association",
        ),
        ("Les experts mettent toutefois en garde contre l'emballement médiatique.", "Les experts"),
        (
            "« C'est un pacte avec le diable », a même lancé l'eurodéputée Tineke Strik.",
            "l'eurodéputée Tineke Strik",
        ),
        (
            "Les écologistes et La France insoumise réclament, eux, un plan pour les écoles.",
            "Les écologistes et La France insoumise",
        ),
        (
            "Israël accuse une douzaine d'employés de l'agence d'avoir participé aux attaques.",
            "Israël",
        ),
        (
            "Le ministère des Affaires étrangères a, lui, regretté une décision « prématurée ».",
            "Le ministère des Affaires étrangères",
        ),
        (
            "Les organisations patronales, Medef en tête, dénoncent une mesure « pénalisante ».",
            "Les organisations patronales",
        ),
        ("La CFE-CGC juge pour sa part que le calendrier est trop serré.", "La CFE-CGC"),
        (
            "Selon le conseiller à la sécurité nationale, les frappes continueront.",
            "le conseiller à la sécurité nationale",
        ),
        ("« Rien ne change », a dit le conseiller à l'AFP.", "le conseiller"),
        ("Bruxelles menace de suspendre le programme de récompenses.", "Bruxelles"),
        # a copula after a quoted nickname is no writer's tag
        ("Le variant EG.5, surnommé « Eris », est désormais majoritaire en France.", None),
        ("Le groupe accuse une baisse de 5 % de ses ventes.", None),
        ("La dette menace la croissance.", None),
    ],
)
def test_adverbs_in_tags_fields_of_roles_and_threats(
    detector: Detector, text: str, source: str | None
) -> None:
    _assert_source(detector, text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            (
                "Des associations de défense des libertés ont dénoncé le texte. Celles-ci ont "
                "annoncé leur intention de saisir la Cour de justice de l'UE."
            ),
            "Des associations de défense des libertés",
        ),
        # a quote's first word is no subject for the tag's pronoun
        (
            (
                "La sociologue Claire Vasseur dénonce le texte. « Interdire un vêtement ouvre la "
                "voie à l'arbitraire », poursuit-elle."
            ),
            "Claire Vasseur",
        ),
    ],
)
def test_plural_demonstratives_and_quoted_subjects(
    detector: Detector, text: str, source: str
) -> None:
    _assert_last_source(detector, text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an object set off by a comma after the verb is no inverted speaker
        (
            (
                "Le ministre de la Défense, Jean-Yves Le Drian, a annoncé samedi la mort d'un "
                "pilote, le lieutenant Damien Boiteux, touché par des tirs."
            ),
            "Jean-Yves Le Drian",
        ),
        ("Le texte, a précisé le rapporteur, sera voté mardi.", "le rapporteur"),
        # the names after "dont" belong to the subject before them
        (
            (
                "Plusieurs pays africains, dont le Nigeria, le Niger et le Burkina Faso, ont promis "
                "d'envoyer des troupes."
            ),
            "Plusieurs pays africains",
        ),
        # what belongs to the source
        (
            (
                "Selon des habitants joints par téléphone par l'Agence France-Presse, les combats "
                "ont fait des victimes."
            ),
            "des habitants joints par téléphone par l'Agence France-Presse",
        ),
        (
            "Le fonds a apporté la moitié des fonds, d'après un document consulté par « Les Echos ».",
            "un document consulté par « Les Echos »",
        ),
        (
            "Deux fonds ont renoncé, d'après plusieurs personnes au fait des négociations.",
            "plusieurs personnes au fait des négociations",
        ),
    ],
)
def test_objects_dont_lists_and_what_belongs_to_a_source(
    detector: Detector, text: str, source: str
) -> None:
    _assert_source(detector, text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # causes and props, not reports
        ("Le retard s'explique principalement par la pénurie de pièces forgées.", None),
        (
            "La production d'EDF, qui a atteint 170 térawattheures, explique en grande partie ce reflux.",
            None,
        ),
        (
            "Les tensions soutiennent les cours, note Pierre-Yves Hamon, analyste chez Norden.",
            "Pierre-Yves Hamon",
        ),
        ("Le syndicat soutient que la réforme est injuste.", "Le syndicat"),
        ("Le texte, adopté grâce à l'article 49.3, relève l'âge légal de départ à 64 ans.", None),
        (
            "Nicolas Sarkozy aurait appelé les deux hommes au téléphone, rapporte Le Figaro.",
            "Le Figaro",
        ),
        # a gerund the tagger fixed to "en" speaks with the subject before it
        (
            "Alain Juppé a jeté l'éponge dimanche en estimant que les conditions n'étaient pas réunies.",
            "Alain Juppé",
        ),
        # a body's name in quotes belongs to the source
        (
            "Selon un communiqué du collectif « La Manif pour tous », 340 000 personnes ont défilé.",
            "un communiqué du collectif « La Manif pour tous »",
        ),
        (
            "Plusieurs experts du secteur doutent toutefois que ce calendrier soit tenu.",
            "Plusieurs experts du secteur",
        ),
        ("Pour les organisateurs, l'enjeu est de taille.", "les organisateurs"),
    ],
)
def test_causes_gerunds_quoted_bodies_and_doubt(
    detector: Detector, text: str, source: str | None
) -> None:
    _assert_source(detector, text, source)


def test_a_role_tagged_as_a_person_gives_way_to_the_name(detector: Detector) -> None:
    claims = detector.analyze(
        "Le président de la République, Emmanuel Macron, s'est rendu à Nanterre. "
        "Il a dénoncé « une instrumentalisation inacceptable ».",
        language="fr",
    ).claims
    assert claims[-1].source == "Emmanuel Macron"


def test_a_semicolon_does_not_end_the_claim_nor_its_source(detector: Detector) -> None:
    _assert_source(
        detector,
        "Selon le modèle émis par les scientifiques, cette particule donne leur masse aux "
        "autres ; cependant, ce mécanisme n'a jamais été observé.",
        "le modèle émis par les scientifiques",
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "Bruno/PROPN Le Maire", the recogniser missing him or stopping at "Bruno"
        (
            (
                "Bruno Le Maire a présenté mardi le budget. « Nous tiendrons nos engagements », "
                "a-t-il assuré."
            ),
            "Bruno Le Maire",
        ),
        ("Budget 2024 : Bruno Le Maire promet 16 milliards d'euros d'économies", "Bruno Le Maire"),
    ],
)
def test_names_with_le_after_a_first_name(detector: Detector, text: str, source: str) -> None:
    _assert_last_source(detector, text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # words between an inverted verb and its speaker
        ("« Rien n'a changé », a écrit sur Facebook M. Bertrand.", "M. Bertrand"),
        ("« Rien n'a changé », a rappelé d'emblée Marie Lenoir.", "Marie Lenoir"),
        ("« Rien n'a changé », notait il y a deux semaines Paul Girard.", "Paul Girard"),
        ("« Rien n'a changé », a tweeté dans la soirée la maire de Lille.", "la maire de Lille"),
        ("« Rien n'a changé », en conclut la secrétaire générale.", "la secrétaire générale"),
        ("« Rien n'a changé », a déclaré à l'AFP Ludivine Carrel, 52 ans.", "Ludivine Carrel"),
        # where the source ends
        ("« Rien n'a changé », a déclaré M. Girard le 3 février.", "M. Girard"),
        (
            "« Rien n'a changé », confie cet instituteur à la retraite.",
            "cet instituteur à la retraite",
        ),
        ("« Rien n'a changé », a réagi Paul Girard auprès du Parisien.", "Paul Girard"),
        (
            "Selon un sondage pour Le Journal du dimanche, 40 % approuvent.",
            "un sondage pour Le Journal du dimanche",
        ),
        ("« Rien n'a changé », hurle un passant en agitant une pancarte.", "un passant"),
        (
            (
                "Le cortège a grossi, selon des images publiées sur les réseaux sociaux et qui "
                "montrent la foule."
            ),
            "des images publiées sur les réseaux sociaux",
        ),
        # adverbs between the auxiliary and a participle the tagger read as a noun
        ("Le préfet a en particulier dénoncé des tirs de mortiers.", "Le préfet"),
        ("La ministre s'est aussi félicitée de la baisse du chômage.", "La ministre"),
    ],
)
def test_words_between_a_tag_and_its_speaker_and_where_the_source_ends(
    detector: Detector, text: str, source: str
) -> None:
    _assert_source(detector, text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "qui" stands for the noun before it that agrees with the verb
        ("Il a longtemps lu Tocqueville, qui écrivait que l'égalité progresse.", "Tocqueville"),
        (
            (
                "L'accord est venu après la libération de trois otages belges détenus au Mali, qui "
                "ont raconté leur captivité."
            ),
            "trois otages belges détenus au Mali",
        ),
        # a place before the name, a "dont" list before a main clause
        (
            (
                "À Lyon, Karim Benali, 35 ans, chauffeur routier, a expliqué qu'il bloquait le "
                "dépôt depuis lundi."
            ),
            "Karim Benali",
        ),
        (
            (
                "Quelque 200 gendarmes, dont 40 plongeurs, sont mobilisés autour du lac, a indiqué le "
                "préfet."
            ),
            "le préfet",
        ),
    ],
)
def test_relative_antecedents_places_and_lists_before_the_speaker(
    detector: Detector, text: str, source: str
) -> None:
    _assert_source(detector, text, source)


@pytest.mark.parametrize(
    "text",
    [
        "Le déroulement de l'incendie se précise.",
        "Le bilan de la tempête se confirme.",
        "Les départs s'annoncent difficiles sur l'autoroute A7.",
        "Les partis qui se réclament du gaullisme ont perdu.",
        "Les supporters ont répondu présent.",
        "Les policiers répliquent avec des gaz lacrymogènes.",
        "Le maire a tweeté une photo du chantier.",
        "Le prix du billet varie selon l'angle que l'on choisit.",
    ],
)
def test_more_acts_that_are_no_reports(detector: Detector, text: str) -> None:
    _assert_source(detector, text, None)


def test_stressed_pronoun_after_a_quote_is_not_the_quote_subject(detector: Detector) -> None:
    _assert_last_source(
        detector,
        "Christophe Castaner a reçu les syndicats. « Le temps est venu du dialogue », selon lui.",
        "Christophe Castaner",
    )


def test_a_determiner_inside_the_quote_says_nothing_of_the_speaker_gender(
    detector: Detector,
) -> None:
    _assert_last_source(
        detector,
        "« Il faut sortir de cette impasse », rappelle Daniel Morel. « Nous ne céderons pas », "
        "ajoute-t-il.",
        "Daniel Morel",
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "ce"/"cette" ends a source only when it dates the words
        (
            "« Nous resterons vigilants », a déclaré le directeur de cet hôpital.",
            "le directeur de cet hôpital",
        ),
        ("« Nous resterons vigilants », a déclaré la préfète cette semaine.", "la préfète"),
        # one place or medium phrase after another before the speaker
        (
            (
                "« Nous resterons vigilants », a indiqué à l'AFP depuis Rennes le secrétaire "
                "départemental du syndicat."
            ),
            "le secrétaire départemental du syndicat",
        ),
        # "auprès" opens whom one spoke to, except in a role
        (
            "La secrétaire d'État auprès du ministre des Armées a déclaré que le calendrier tenait.",
            "La secrétaire d'État auprès du ministre des Armées",
        ),
        # "en septembre" dates an agent
        ("Le plan, annoncé par le gouvernement en mars, est compromis.", "le gouvernement"),
        # a quoted title inside a subject; an apposition that does not agree with the verb
        (
            (
                'Les animateurs de "Télématin", l\'émission de France 2, ont raconté mardi leur '
                "arrivée."
            ),
            'Les animateurs de "Télématin"',
        ),
        (
            "Le gouvernement, toutefois, a estimé que la réforme restait nécessaire.",
            "Le gouvernement",
        ),
        # an act of someone's after the verb is what was done, not who did it
        (
            "Les otages ont été libérés après que l'Espagne, notamment, a exigé leur libération.",
            "l'Espagne",
        ),
        ("« Il est innocent », répond son avocate.", "son avocate"),
        ("Les salariés sont choqués, a indiqué leur direction.", "leur direction"),
    ],
)
def test_where_speakers_start_and_end_around_dates_places_and_appositions(
    detector: Detector, text: str, source: str
) -> None:
    _assert_source(detector, text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a reflexive tag right after the quote, with no comma
        ("« Vous méprisez les élus » s'est emporté le sénateur.", "le sénateur"),
        # the headline form: a name, a colon, a quote
        ("Marine Tondelier : « Nous ne voterons pas ce budget »", "Marine Tondelier"),
        # a reporting verb's participle opening the sentence speaks for the subject
        (
            "Dénonçant une « mascarade », le maire a quitté la séance.",
            "le maire",
        ),
        ("« Nous sommes là », renchérissent d'autres commerçants.", "d'autres commerçants"),
    ],
)
def test_tags_in_open_quotes_headlines_and_opening_participles(
    detector: Detector, text: str, source: str | None
) -> None:
    _assert_source(detector, text, source)


@pytest.mark.parametrize(
    "text",
    [
        "Retraites : « Nous ne céderons pas »",
        "Coupe du monde : « Nous voulons gagner »",
        "Affirmant son autorité sur le dossier, l'exécutif reste prudent",
    ],
)
def test_topics_before_a_quote_name_no_speaker(detector: Detector, text: str) -> None:
    _assert_source(detector, text, None)


def test_a_tag_may_end_a_sentence_of_an_open_quote(detector: Detector) -> None:
    claims = detector.analyze(
        "« Nous sommes une trentaine de familles, raconte la présidente de l'association. "
        "Personne ne nous écoute. »",
        language="fr",
    ).claims
    assert claims[0].source == "la présidente de l'association"
    assert ClaimType.ATTRIBUTION in claims[0].types


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a relative clause between the subject and its verb
        ("Les riverains qui habitent le quartier ont dénoncé le projet.", "Les riverains"),
        (
            "Le député que les militants ont investi a estimé que la campagne serait dure.",
            "Le député",
        ),
        # a named learner in the writer's tag
        ("Le ministre va démissionner, a appris l'AFP de sources concordantes.", "l'AFP"),
    ],
)
def test_relative_clauses_in_subjects_and_a_named_learner(
    detector: Detector, text: str, source: str
) -> None:
    _assert_source(detector, text, source)


def test_learning_news_reports_nothing(detector: Detector) -> None:
    _assert_source(detector, "La ministre a appris la nouvelle à la radio.", None)
