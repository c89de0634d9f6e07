"""Check-worthiness scorer: a linear model over hashed word n-grams and claim features, from JSON.

Two weight sets ship in one file: "lexical" (English word n-grams plus the claim features) for
English, and "universal" (claim features only: types, atoms, length, opinion words, questions),
trained on the same English data, which serves French and any other language, since its features
mean the same in every language the word lists cover. Scores are shifted so that the default
threshold, 0.5, is the cut that gave the best F1 in cross-validation on the training data.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from workbench.core.detection.lexicons import resources_dir
from workbench.core.detection.matching import doc_strings
from workbench.core.detection.threshold import DEFAULT_THRESHOLD
from workbench.core.model import ClaimType

if TYPE_CHECKING:
    from workbench.core.detection.claims import ClaimFinding

MODEL_FORMAT = "workbench-checkworthiness/1"
DEFAULT_MODEL_FILE = "checkworthiness.json"
_DIGITS = re.compile(r"\d")
_WORD = re.compile(r"[\w$%€£']+|[?!]", re.UNICODE)


def lexical_features(text: str, hash_bits: int) -> list[int]:
    """Hashed lower-case word unigrams and bigrams (digits folded to 0), as feature indices."""
    words = [_DIGITS.sub("0", word) for word in _WORD.findall(text.lower())]
    grams = [f"w:{word}" for word in words]
    grams += [
        f"b:{first} {second}"
        for first, second in zip(["<s>", *words], [*words, "</s>"], strict=True)
    ]
    mask = (1 << hash_bits) - 1
    return [zlib.crc32(gram.encode("utf-8")) & mask for gram in grams]


@dataclass(frozen=True)
class LinearWeights:
    """Weights of one linear model: a bias, named features and (optionally) hashed n-grams."""

    bias: float
    features: dict[str, float]
    hashed: dict[int, float]
    hash_bits: int
    threshold: float = DEFAULT_THRESHOLD

    def logit(self, text: str, features: dict[str, float]) -> float:
        total = self.bias
        for name, value in features.items():
            total += self.features.get(name, 0.0) * value
        if self.hashed:
            hashed = self.hashed
            for index in set(lexical_features(text, self.hash_bits)):
                total += hashed.get(index, 0.0)
        return total

    def score(self, text: str, features: dict[str, float]) -> float:
        return _sigmoid(self.logit(text, features))


def _sigmoid(value: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, value))))


@dataclass(frozen=True)
class CheckworthinessModel:
    """The shipped weight sets and what they were trained and measured on."""

    lexical: LinearWeights
    universal: LinearWeights
    lexical_languages: frozenset[str]
    info: dict[str, object]
    # French weights stacked on the universal ones: the universal logit is one of their features.
    french: LinearWeights | None = None

    def weights_for(self, language: str) -> LinearWeights:
        if language == "fr" and self.french is not None:
            return self.french
        return self.lexical if language in self.lexical_languages else self.universal

    def weights_name(self, language: str) -> str:
        if language == "fr" and self.french is not None:
            return "french"
        return "lexical" if language in self.lexical_languages else "universal"

    def score(self, language: str, text: str, features: dict[str, float]) -> float:
        """The check-worthiness of a claim, 0-1."""
        if language == "fr" and self.french is not None:
            stacked = dict(features)
            stacked["universal_logit"] = self.universal.logit(text, features)
            return self.french.score(text, stacked)
        return self.weights_for(language).score(text, features)


def _weights(data: dict[str, object], hash_bits: int) -> LinearWeights:
    hashed = data.get("hashed") or {}
    assert isinstance(hashed, dict)
    features = data.get("features") or {}
    assert isinstance(features, dict)
    return LinearWeights(
        bias=float(data["bias"]),  # type: ignore[arg-type]
        features={str(name): float(value) for name, value in features.items()},
        hashed={int(index): float(value) for index, value in hashed.items()},
        hash_bits=hash_bits,
        threshold=float(data.get("threshold", DEFAULT_THRESHOLD)),  # type: ignore[arg-type]
    )


def load_model(path: Path) -> CheckworthinessModel:
    """Read a model file; a missing or foreign file raises ValueError naming it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"{path}: cannot read the check-worthiness model ({error})") from error
    if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
        raise ValueError(f"{path}: not a check-worthiness model (format {MODEL_FORMAT} expected)")
    hash_bits = int(data["hash_bits"])
    return CheckworthinessModel(
        lexical=_weights(data["lexical"], hash_bits),
        universal=_weights(data["universal"], hash_bits),
        lexical_languages=frozenset(data.get("lexical_languages", ["en"])),
        info=dict(data.get("info", {})),
        french=_weights(data["french"], hash_bits) if "french" in data else None,
    )


def default_model_path() -> Path:
    return resources_dir() / "models" / DEFAULT_MODEL_FILE


def make_model_loader(path: str = "") -> CheckworthinessModel:
    """Registry entry: the model at `path`, or the shipped one in resources/models/."""
    return load_model(Path(path) if path else default_model_path())


registry.misc.register("workbench.checkworthiness_model.v1", func=make_model_loader)


class CheckworthinessScorer:
    """Pipeline component: sets `score` and `checkworthy` on every claim of `doc._.wb_claims`."""

    def __init__(
        self, model: CheckworthinessModel, language: str, threshold: float, check_allegations: bool
    ) -> None:
        self.model = model
        self.language = language
        self.weights = model.weights_for(language)
        # The default cut means the weight set's own: the French weights are calibrated
        # probabilities whose best cut, chosen on documents held out in turn, need not be 0.5.
        self.threshold = self.weights.threshold if threshold == DEFAULT_THRESHOLD else threshold
        self.check_allegations = check_allegations

    def __call__(self, doc: Doc) -> Doc:
        doc_text = doc_strings(doc).text
        for finding in doc._.wb_claims or ():
            self.score_finding(finding, doc_text)
        return doc

    def score_finding(self, finding: ClaimFinding, doc_text: str) -> None:
        finding.score = self.model.score(
            self.language, doc_text[finding.start : finding.end], finding.features
        )
        # An allegation is unconfirmed by the article's own words: a checker always looks at it.
        finding.checkworthy = finding.score >= self.threshold or (
            self.check_allegations and ClaimType.ALLEGATION in finding.types
        )


def make_scorer(
    nlp: Language,
    name: str,
    model: CheckworthinessModel,
    threshold: float,
    check_allegations: bool,
) -> CheckworthinessScorer:
    return CheckworthinessScorer(model, nlp.lang or "", threshold, check_allegations)


Language.factory(
    "workbench_checkworthiness",
    assigns=["doc._.wb_claims"],
    requires=["doc._.wb_claims"],
    default_config={
        "model": {"@misc": "workbench.checkworthiness_model.v1"},
        "threshold": DEFAULT_THRESHOLD,
        "check_allegations": True,
    },
    func=make_scorer,
)
