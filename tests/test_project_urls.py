"""Which source addresses are accepted: http(s) with a host, or none; never a disguised script."""

from __future__ import annotations

import pytest

from workbench.core.project import RefusedURL, check_url


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        (
            "https://www.insee.fr/fr/statistiques/1893198",
            "https://www.insee.fr/fr/statistiques/1893198",
        ),
        ("  http://example.org/a?b=c#d\n", "http://example.org/a?b=c#d"),
        ("HTTPS://Example.org/Chemin", "HTTPS://Example.org/Chemin"),  # stored as given
        (
            "https://fr.wikipedia.org/wiki/Économie_de_la_France",
            "https://fr.wikipedia.org/wiki/Économie_de_la_France",
        ),
        ("", ""),
        ("   ", ""),
    ],
)
def test_accepted_addresses_are_stored_as_given(given: str, stored: str) -> None:
    assert check_url(given) == stored


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ("javascript:alert(1)", "javascript: addresses can run code"),
        ("JaVaScRiPt:alert(1)", "javascript: addresses can run code"),
        ("java\tscript:alert(1)", "javascript: addresses can run code"),
        ("\x01javascript:alert(1)", "javascript: addresses can run code"),
        ("data:text/html;base64,PHNjcmlwdD4=", "data: addresses can run code"),
        ("vbscript:msgbox", "vbscript: addresses"),
        ("file:///etc/passwd", "file: addresses"),
        (
            "ftp://ftp.example.org/rapport.pdf",
            "only http:// and https:// addresses are accepted, not ftp:",
        ),
        ("mailto:redaction@example.org", "not mailto:"),
        ("www.lemonde.fr/article", "no http:// or https:// at the start; add it"),
        ("https://", "names no site"),
        ("https://exa mple.org", "contains spaces"),
        ("https://example.org/\x00", "control characters"),
        ("https://example.org:99999/", "not a valid address"),
    ],
)
def test_refused_addresses_say_why(given: str, reason: str) -> None:
    with pytest.raises(RefusedURL) as refused:
        check_url(given)
    assert reason in str(refused.value)
    assert refused.value.url == given
