"""Which source addresses a project accepts, and why the others are refused.

The rule: a source's URL is either empty (a source with no address: a phone call, a print
edition; its title and excerpt say what it is) or an absolute http:// or https:// address with a
host. Everything else is refused with a message saying why, in particular `javascript:` and
`data:` (they run code or carry content when a report or the window turns them into links),
`file:` (it points into the checker's machine) and addresses without a scheme ("www.example.org",
which a link would treat as a path; the message suggests adding https://). Accepted addresses
are stored as given, only surrounding whitespace removed: no normalisation, so the source says
exactly what the checker pasted.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from workbench.core.project.errors import RefusedURL

ACCEPTED_SCHEMES = ("http", "https")
# Schemes that run code or embed content when followed; named in the message.
_DANGEROUS_SCHEMES = ("javascript", "data", "vbscript", "file", "blob")
# Browsers drop ASCII tabs and newlines inside a URL, so "java\tscript:" is javascript:.
_IGNORED_BY_BROWSERS = re.compile(r"[\t\n\r]")
_LEADING_IGNORED = re.compile(r"^[\x00-\x20]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Characters that change the direction or visibility of text: an address can show one site and
# be another ("https://example.org/\u202egnp.exe" reads as ending in ".exe.png").
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")


def check_url(url: str) -> str:
    """Return the URL as it will be stored, or raise `RefusedURL` saying why it is refused."""
    stored = url.strip()
    if not stored:
        return ""
    # Judge the address as a browser would read it, so hidden characters cannot disguise a scheme.
    as_read = _LEADING_IGNORED.sub("", _IGNORED_BY_BROWSERS.sub("", stored))
    scheme_match = _SCHEME.match(as_read)
    scheme = scheme_match.group(1).lower() if scheme_match else ""
    if scheme in _DANGEROUS_SCHEMES:
        raise RefusedURL(url, f"{scheme}: addresses can run code or hide content; use http(s)")
    if _CONTROL.search(stored):
        raise RefusedURL(url, "it contains control characters (tabs, line breaks)")
    bidi = BIDI_CONTROLS.search(stored)
    if bidi:
        raise RefusedURL(
            url,
            f"it contains an invisible text-direction character (U+{ord(bidi.group()):04X}) that "
            "can make the address look like another one; type or paste it again",
        )
    if not _balanced(stored):
        raise RefusedURL(
            url, "its parentheses do not pair up; paste the address exactly as the browser shows it"
        )
    if any(character.isspace() for character in stored):
        raise RefusedURL(
            url, "it contains spaces; paste the address exactly as the browser shows it"
        )
    if not scheme:
        raise RefusedURL(url, "it has no http:// or https:// at the start; add it")
    if scheme not in ACCEPTED_SCHEMES:
        raise RefusedURL(url, f"only http:// and https:// addresses are accepted, not {scheme}:")
    try:
        parts = urlsplit(stored)
        parts.port  # noqa: B018  (raises on a malformed port)
    except ValueError as error:
        raise RefusedURL(url, f"it is not a valid address ({error})") from None
    if not parts.hostname:
        raise RefusedURL(url, "it names no site (nothing after //)")
    return stored


def _balanced(url: str) -> bool:
    """Parentheses in pairs, as in Wikipedia addresses: a lone ")" can end the PDF string a link
    is written in, and what follows it becomes PDF commands (a JavaScript action)."""
    depth = 0
    for character in url:
        depth += {"(": 1, ")": -1}.get(character, 0)
        if depth < 0:
            return False
    return depth == 0
