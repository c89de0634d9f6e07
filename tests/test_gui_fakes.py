"""The stand-in detector of the GUI tests keeps the offsets of the text exact."""

from __future__ import annotations

from helpers.fakes import RegexAnalyzer


def test_fake_analyzer_keeps_offsets_exact() -> None:
    text = "Premier point. Il y a 3 chats!\nSecond paragraphe 😀 ici."
    analysis = RegexAnalyzer().analyze(text)
    assert [claim.text for claim in analysis.claims] == [
        "Premier point.",
        "Il y a 3 chats!",
        "Second paragraphe 😀 ici.",
    ]
    for claim in analysis.claims:
        assert text[claim.start : claim.end] == claim.text
