"""The report message catalogues: the same keys in every language, each one used."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from workbench.core.model import ClaimType, Verdict
from workbench.core.reports.messages import LANGUAGES, load_messages

REPORTS = Path(__file__).resolve().parents[1] / "resources" / "reports"
CORE = Path(__file__).resolve().parents[1] / "workbench" / "core" / "reports"


def catalogue(language: str) -> dict[str, str]:
    return json.loads((REPORTS / "messages" / f"{language}.json").read_text(encoding="utf-8"))


def test_every_language_has_the_same_keys() -> None:
    keys = [set(catalogue(language)) for language in LANGUAGES]
    assert all(found == keys[0] for found in keys)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_verdict_rating_and_claim_type_has_words(language: str) -> None:
    messages = load_messages(language)
    for verdict in Verdict:
        assert messages.verdict(verdict)
        assert messages.rating(verdict) if verdict != Verdict.UNCHECKED else True
    for kind in ClaimType:
        assert f"type_{kind}" in messages.strings


def test_every_key_is_used_somewhere() -> None:
    used_text = (REPORTS / "report.html.j2").read_text(encoding="utf-8") + "".join(
        path.read_text(encoding="utf-8") for path in CORE.glob("*.py")
    )
    prefixes = ("verdict_", "rating_", "type_", "field_", "scope_", "anchor_", "part_")
    for key in catalogue("en"):
        if key.startswith(prefixes):
            continue  # looked up by a computed name
        assert re.search(rf"\bm(\.|\[['\"]){key}\b", used_text), key
