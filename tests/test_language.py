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
