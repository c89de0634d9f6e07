"""Which spaCy pipeline serves which language, and how the claim components go on top of it."""

from __future__ import annotations

import spacy
from spacy.language import Language

# Importing these modules registers the workbench_* factories and the misc registry entries.
from workbench.core.detection import claims as _claims  # noqa: F401
from workbench.core.detection import conditional as _conditional  # noqa: F401
from workbench.core.detection import scorer as _scorer  # noqa: F401
from workbench.core.detection import sentences as _sentences  # noqa: F401

FRENCH_MODELS = ("fr_core_news_sm", "fr_core_news_md", "fr_core_news_lg", "fr_dep_news_trf")
# Chosen by tests/benchmarks/bench_detection_models.py: see README "Claim detection".
PREFERRED_FRENCH_MODEL = "fr_core_news_sm"
ENGLISH_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")
BLANK_PREFIX = "blank:"
CLAIM_COMPONENTS = (
    "workbench_conditional",
    "workbench_sentences",
    "workbench_claims",
    "workbench_checkworthiness",
)


def installed_models() -> list[str]:
    return sorted(spacy.util.get_installed_models())


def available_french_models() -> list[str]:
    """The French pipelines installed here, in the order of FRENCH_MODELS."""
    installed = set(installed_models())
    return [name for name in FRENCH_MODELS if name in installed]


def default_french_model() -> str | None:
    available = available_french_models()
    if PREFERRED_FRENCH_MODEL in available:
        return PREFERRED_FRENCH_MODEL
    return available[0] if available else None


def model_for(language: str, french_model: str | None) -> str:
    """The pipeline name for a language: an installed package, else "blank:<lang>"."""
    if language == "fr":
        chosen = french_model or default_french_model()
        return chosen if chosen else f"{BLANK_PREFIX}fr"
    installed = set(installed_models())
    if language == "en":
        for name in ENGLISH_MODELS:
            if name in installed:
                return name
    prefix = f"{language}_core_"
    for name in installed_models():
        if name.startswith(prefix):
            return name
    return f"{BLANK_PREFIX}{language}"


def _config_name(model_name: str) -> str:
    package = spacy.util.get_package_path(model_name)
    folders = [path for path in package.iterdir() if (path / "config.cfg").is_file()]
    return str((folders[0] if folders else package).relative_to(package) / "config.cfg")


def load_base(model_name: str) -> Language:
    """The bare pipeline (no claim components), set up to split sentences well paragraph by paragraph.

    fr_core_news_sm's parser splits sentences badly inside quotes and on "en février 2022", while its
    `senter` gets them right. The parse is needed (attribution, allegations), so with sm the senter
    runs first and the parser, which keeps sentence starts already set, after it. Pipelines without
    any sentence splitter get spaCy's rule-based sentencizer.
    """
    if model_name.startswith(BLANK_PREFIX):
        try:
            nlp = spacy.blank(model_name[len(BLANK_PREFIX) :])
        except (ImportError, KeyError):
            nlp = spacy.blank("xx")
    elif model_name.endswith("_sm") and model_name.startswith("fr_"):
        # The senter goes before the parser, which then keeps the senter's sentences.
        config = spacy.util.load_config(
            spacy.util.get_package_path(model_name) / _config_name(model_name)
        )
        order = [name for name in config["nlp"]["pipeline"] if name != "senter"]
        if "parser" in order and "senter" in config["components"]:
            order.insert(order.index("parser"), "senter")
        nlp = spacy.load(model_name, config={"nlp": {"pipeline": order, "disabled": []}})
    else:
        nlp = spacy.load(model_name)
    splitters = {"parser", "senter", "sentencizer"}
    if not splitters & set(nlp.pipe_names):
        nlp.add_pipe("sentencizer")
    return nlp


def add_claim_components(
    nlp: Language, threshold: float | None = None, with_scorer: bool = True
) -> Language:
    for name in CLAIM_COMPONENTS if with_scorer else CLAIM_COMPONENTS[:-1]:
        config = (
            {"threshold": threshold}
            if name == "workbench_checkworthiness" and (threshold is not None)
            else {}
        )
        nlp.add_pipe(name, config=config)
    return nlp


def load_pipeline(model_name: str, threshold: float | None = None) -> Language:
    return add_claim_components(load_base(model_name), threshold)
