"""The report strings in each supported language, from one small JSON catalogue per language."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from workbench.core.resources import resource_path

LANGUAGES = ("en", "fr")


class UnknownLanguage(ValueError):
    """A report was asked for in a language that has no catalogue."""


@dataclass(frozen=True, slots=True)
class Messages:
    """One language's report strings; `messages["verdict"]` or `messages.verdict(Verdict.DENIED)`."""

    language_code: str  # not `language`: that is a message key, looked up as an attribute
    strings: Mapping[str, str]

    def __getitem__(self, key: str) -> str:
        return self.strings[key]

    def get(self, key: str, default: str) -> str:
        return self.strings.get(key, default)

    def verdict(self, verdict: str) -> str:
        return self.strings[f"verdict_{verdict}"]

    def rating(self, verdict: str) -> str:
        return self.strings[f"rating_{verdict}"]

    def claim_type(self, kind: str) -> str:
        return self.strings.get(f"type_{kind}", kind)

    def field(self, name: str) -> str:
        return self.strings.get(f"field_{name}", name)


def load_messages(language: str) -> Messages:
    """The catalogue for `language` ("en" or "fr")."""
    if language not in LANGUAGES:
        raise UnknownLanguage(
            f"no report language {language!r}; choose one of: {', '.join(LANGUAGES)}"
        )
    path = resource_path("reports", "messages") / f"{language}.json"
    strings = json.loads(path.read_text(encoding="utf-8"))
    return Messages(language, strings)
