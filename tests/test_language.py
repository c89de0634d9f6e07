"""Language identification: langdetect for real text, stop words for short text, never an error."""

from __future__ import annotations

import pytest

from workbench.core.language import detect_language


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
