"""Runtime hook of the bundle: give the program a UTF-8 locale when the environment has none.

A bundle started from a bare service, cron or a minimal desktop may have no LANG at all, or one
naming a locale that is not installed: Qt then falls back to ASCII for file names and warns on
stderr. Python itself is already in UTF-8 mode (see workbench.spec); this sets the locale that Qt
and the C libraries read, before they are loaded.
"""

import locale
import os

_UTF8_LOCALE = "C.UTF-8"  # built into glibc 2.35+ and shipped by Debian's libc-bin: always there


def _charset_is_utf8() -> bool:
    try:
        locale.setlocale(locale.LC_CTYPE, "")
    except locale.Error:  # the environment names a locale this machine does not have
        return False
    return locale.nl_langinfo(locale.CODESET).upper().replace("-", "") == "UTF8"


def _deciding_variable() -> str | None:
    """The variable that sets the character set, in the order POSIX setlocale() reads them."""
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        if os.environ.get(name):
            return name
    return None


def _ensure_utf8_locale() -> None:
    if _charset_is_utf8():
        return
    name = _deciding_variable()
    if name is None:
        os.environ["LANG"] = _UTF8_LOCALE
    elif name == "LANG":
        # Keep LANG: Qt takes the user's language from it; only the character set changes.
        os.environ["LC_CTYPE"] = _UTF8_LOCALE
    else:
        os.environ[name] = _UTF8_LOCALE
    locale.setlocale(locale.LC_CTYPE, "")


_ensure_utf8_locale()
