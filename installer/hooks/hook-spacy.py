"""PyInstaller hook for spaCy, replacing the stock one: leaves out its tests and unused languages.

The stock hook collects every submodule, so the test suite and all 70 languages' rules; the bundle
needs the French pipeline, blank fallbacks and what spacy.registrations imports.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

# Keep in step with SPACY_LANGUAGES in workbench.spec (which says why each is there).
_LANGUAGES = {"fr", "en", "xx", "ja", "ko", "th", "vi", "zh"}


def _wanted(name: str) -> bool:
    parts = name.split(".")
    if parts[:2] == ["spacy", "tests"]:
        return False
    return not (
        parts[:2] == ["spacy", "lang"]
        and len(parts) > 2
        and parts[2] not in _LANGUAGES
        and _is_language(parts[2])
    )


def _is_language(name: str) -> bool:
    # spacy.lang also holds shared modules (char_classes, punctuation, ...): those stay.
    import importlib.util

    spec = importlib.util.find_spec(f"spacy.lang.{name}")
    return spec is not None and spec.submodule_search_locations is not None


hiddenimports = collect_submodules("spacy", filter=_wanted)
datas = collect_data_files(
    "spacy", excludes=["tests/**", "**/*.pyx", "**/*.pxd", "**/*.cpp", "**/*.h"]
)
