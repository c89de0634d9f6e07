"""Language identification: langdetect for real text, stop words for short text, never an error."""

from __future__ import annotations

import pytest

from workbench.core.language import SAMPLE_CHARACTERS, detect_language, language_sample


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Elon Musk entretiendrait des contacts réguliers avec le président russe depuis 2022.",
            "fr",
        ),
        ("The senator said that unemployment had fallen to its lowest level in a decade.", "en"),
        ("Der Hund ist sehr groß und die Katze ist klein, das wissen wir alle hier.", "de"),
    ],
)
def test_long_texts_use_langdetect(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Il pleut.", "fr"), ("Elle a dit non.", "fr"), ("It rains.", "en"), ("He said no.", "en")],
)
def test_short_texts_fall_back_to_stop_words(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "1234 5678", "!!!", "Xyzzy"])
def test_no_language_is_unknown(text: str) -> None:
    assert detect_language(text) == "unknown"


def test_same_text_same_answer() -> None:
    text = "Le gouvernement a annoncé une hausse de 3 % du budget de la défense en 2025."
    assert {detect_language(text) for _ in range(5)} == {"fr"}


def test_a_long_text_is_told_by_its_opening_cut_at_a_word_end() -> None:
    opening = "Le gouvernement a annoncé une hausse du budget de la santé pour l'année prochaine. "
    article = opening * 20 + "The rest of this text is written in English, at length. " * 40
    sample = language_sample(article)
    assert SAMPLE_CHARACTERS <= len(sample) < SAMPLE_CHARACTERS + 20
    assert article.startswith(sample) and article[len(sample)].isspace()
    assert detect_language(article) == "fr"
    assert language_sample("Court texte.") == "Court texte."


def test_the_seed_article_is_told_alike_from_its_opening_and_whole(seed_article) -> None:  # type: ignore[no-untyped-def]
    from workbench.core import language
    from workbench.core.importers import read_articles

    [draft] = read_articles(seed_article)
    assert len(draft.text) > 2 * SAMPLE_CHARACTERS
    sampled = detect_language(draft.text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(language, "SAMPLE_CHARACTERS", len(draft.text))
        assert detect_language(draft.text) == sampled == "fr"


FRENCH_LEAD = (
    "Le conseil municipal a voté mardi une hausse de 4 % du prix de l'eau, une décision prise "
    "après deux ans de débats. Selon le maire, cette hausse est nécessaire pour financer les "
    "travaux du réseau, qui sont en retard depuis 2019 et dont le coût a été revu à la hausse."
)
ENGLISH_LEAD = (
    "The city council voted on Tuesday for a 4% rise in the price of water, a decision that was "
    "taken after two years of debate. The mayor said the rise is needed to pay for work on the "
    "network, which has been late since 2019 and whose cost would have to be revised upwards."
)
# Neighbours that share some French or English function words ("les", "mais", "is", "of").
NEIGHBOURS = [
    (
        "El consejo municipal votó el martes una subida del precio del agua, y les dijo a los vecinos "
        "que la decisión se tomó tras dos años de debates sobre el sur de la ciudad y sus obras."
    ),
    (
        "O conselho municipal votou na terça-feira um aumento do preço da água, mais uma decisão "
        "tomada depois de dois anos de debates; o presidente disse que as obras estão atrasadas."
    ),
    (
        "Il consiglio comunale ha votato martedì un aumento del prezzo dell'acqua, una decisione presa "
        "dopo due anni di dibattiti; il sindaco ne ha parlato con i cittadini del quartiere."
    ),
    (
        "De gemeenteraad stemde dinsdag voor een hogere waterprijs. Het is een besluit dat na twee "
        "jaar debat is genomen, of het nu was gewenst of niet, en de kosten zijn gestegen."
    ),
    (
        "El consell municipal va votar dimarts una pujada del preu de l'aigua: les obres i les "
        "despeses de la xarxa, que van amb retard, no es pas la primera vegada que es discuteixen."
    ),
]


def test_a_lead_full_of_french_or_english_function_words_is_told_without_langdetect() -> None:
    from workbench.core import language

    assert language.unmistakable_language(FRENCH_LEAD) == "fr"
    assert language.unmistakable_language(ENGLISH_LEAD) == "en"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(language, "detect_langs", lambda text: pytest.fail("langdetect was asked"))
        assert detect_language(FRENCH_LEAD) == "fr"
        assert detect_language(ENGLISH_LEAD) == "en"


@pytest.mark.parametrize("text", NEIGHBOURS)
def test_a_neighbouring_language_is_left_to_langdetect(text: str) -> None:
    from workbench.core.language import unmistakable_language

    assert unmistakable_language(text) is None
    assert detect_language(text) not in {"fr", "en"}


def test_a_mixed_sample_is_left_to_langdetect() -> None:
    from workbench.core.language import unmistakable_language

    half = len(FRENCH_LEAD) // 2
    assert unmistakable_language(FRENCH_LEAD[:half] + " " + ENGLISH_LEAD[:half]) is None
