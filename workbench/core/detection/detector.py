"""The claim detector: the right pipeline per language, fed paragraph by paragraph."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from workbench.core.detection.claims import ClaimFinder, ClaimFinding
from workbench.core.detection.matching import doc_strings
from workbench.core.detection.pipelines import (
    available_french_models,
    load_pipeline,
    model_for,
)
from workbench.core.detection.pronouns import resolve_pronoun_sources
from workbench.core.detection.prose import non_prose_reason
from workbench.core.detection.scorer import CheckworthinessScorer
from workbench.core.detection.threshold import DEFAULT_THRESHOLD
from workbench.core.language import detect_language
from workbench.core.model import Analysis, Atom, DetectedClaim, Priority, priority_from

_PIPE_BATCH_SIZE = 64


# spaCy refuses a text over its max_length (1,000,000 characters; error E088) and its parser needs
# about 1 GB per 100,000 characters: a longer paragraph is fed in pieces of at most this many.
MAX_PIECE_CHARS = 100_000
_SENTENCE_END = re.compile(r"[.!?…][»\")\]]*\s+")


# The French models learnt the straight apostrophe and the plain space: "l’agence" (typeset) is
# tagged a noun where "l'agence" is a determiner and a noun, and after "." and a no-break space
# a closing "»" is left in the next sentence. The pipeline reads the plain characters; each is one
# character for one, so every offset holds, and what a checker sees is taken from the text as
# written.
_AS_READ = str.maketrans({"’": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " "})


def as_read(piece: str) -> str:
    """`piece` as the pipeline reads it: typeset apostrophes and spaces made plain, offsets kept."""
    return piece.translate(_AS_READ)


def _as_written(fragment: str | None, read: str, written: str, near: int = 0) -> str | None:
    """`fragment` of `read` (the text the pipeline read) spelled as in `written`."""
    if not fragment or read == written:
        return fragment
    at = read.find(fragment, near)
    if at < 0:
        at = read.find(fragment)
    return written[at : at + len(fragment)] if at >= 0 else fragment


def analysis_pieces(text: str) -> list[tuple[int, str, int]]:
    """What the pipeline is fed: (offset in `text`, piece, paragraph number) for each non-empty
    paragraph ("\n"-separated), a paragraph over MAX_PIECE_CHARS cut into pieces at a sentence
    end (else a space, else anywhere). A piece never crosses a paragraph, so neither does a
    claim, and offsets stay exact. Paragraphs are numbered among the non-empty ones."""
    pieces: list[tuple[int, str, int]] = []
    position, number = 0, 0
    for paragraph in text.split("\n"):
        if paragraph.strip():
            start = 0
            while len(paragraph) - start > MAX_PIECE_CHARS:
                end = _cut(paragraph, start, start + MAX_PIECE_CHARS)
                pieces.append((position + start, paragraph[start:end], number))
                start = end
            pieces.append((position + start, paragraph[start:], number))
            number += 1
        position += len(paragraph) + 1
    return pieces


def _cut(paragraph: str, start: int, limit: int) -> int:
    """Where to end a piece that must end by `limit`: after a sentence, else after a space."""
    floor = start + MAX_PIECE_CHARS // 2
    ends = [match.end() for match in _SENTENCE_END.finditer(paragraph, floor, limit)]
    if ends:
        return ends[-1]
    space = paragraph.rfind(" ", floor, limit)
    return space + 1 if space >= 0 else limit


class Detector:
    """Finds claims in texts. Pipelines load on first use per language and stay cached.

    Keeps no module-level state, so a worker process can build its own Detector.
    """

    def __init__(
        self, french_model: str | None = None, threshold: float = DEFAULT_THRESHOLD
    ) -> None:
        if french_model is not None and french_model not in available_french_models():
            raise ValueError(
                f"French model {french_model!r} is not installed; installed: "
                f"{', '.join(available_french_models()) or 'none'}"
            )
        self.french_model = french_model
        self.threshold = threshold
        self._pipelines: dict[str, Language] = {}

    def model_name(self, language: str) -> str:
        return model_for(language, self.french_model)

    def pipeline(self, language: str) -> Language:
        name = self.model_name(language)
        if name not in self._pipelines:
            self._pipelines[name] = load_pipeline(name, self.threshold)
        return self._pipelines[name]

    def _language(self, text: str, language: str | None) -> str:
        if language:
            return language
        detected = detect_language(text)
        # An unknown language is read with the French pipeline: the product is French first.
        return detected if detected != "unknown" else "fr"

    def analyze(self, text: str, language: str | None = None) -> Analysis:
        """Claims of a whole article (paragraphs separated by "\\n"), offsets into `text`."""
        language = self._language(text, language)
        nlp = self.pipeline(language)
        pieces = analysis_pieces(text)
        paragraphs = [piece for _, piece, _ in pieces]
        claims: list[DetectedClaim] = []
        pronouns: list[str | None] = []
        subjects: list[str | None] = []
        paragraph_numbers: list[int] = []
        read = (as_read(piece) for piece in paragraphs)
        for (offset, piece, number), doc in zip(
            pieces, nlp.pipe(read, batch_size=_PIPE_BATCH_SIZE), strict=False
        ):
            for finding in doc._.wb_claims or ():
                claims.append(_to_claim(doc, finding, offset, piece))
                pronouns.append(finding.source_pronoun)
                subjects.append(_as_written(finding.subject_name, doc.text, piece, finding.start))
                paragraph_numbers.append(number)
        claims = resolve_pronoun_sources(
            claims, pronouns, paragraph_numbers, subjects, _role_nouns(nlp)
        )
        return Analysis(language=language, model=self.model_name(language), claims=tuple(claims))

    def analyze_many(self, texts: Sequence[str], language: str | None = None) -> list[Analysis]:
        """`analyze` of each text, their paragraphs fed through one `nlp.pipe` per language.

        The same claims as one `analyze` per text, cheaper: spaCy batches across articles, and a
        memory zone frees the words each batch adds to the pipeline's vocabulary, so a long corpus
        runs in bounded memory (workbench.core.analysis feeds batches of articles here).
        """
        languages = [self._language(text, language) for text in texts]
        claims: list[list[DetectedClaim]] = [[] for _ in texts]
        pronouns: list[list[str | None]] = [[] for _ in texts]
        subjects: list[list[str | None]] = [[] for _ in texts]
        numbers: list[list[int]] = [[] for _ in texts]
        for chosen in dict.fromkeys(languages):
            owners: list[int] = []
            offsets: list[int] = []
            paragraphs: list[str] = []
            paragraph_numbers: list[int] = []
            for index, text in enumerate(texts):
                if languages[index] != chosen:
                    continue
                for offset, piece, number in analysis_pieces(text):
                    owners.append(index)
                    offsets.append(offset)
                    paragraphs.append(piece)
                    paragraph_numbers.append(number)
            nlp = self.pipeline(chosen)
            with nlp.memory_zone():
                docs = nlp.pipe(
                    (as_read(piece) for piece in paragraphs), batch_size=_PIPE_BATCH_SIZE
                )
                for owner, offset, number, piece, doc in zip(
                    owners, offsets, paragraph_numbers, paragraphs, docs, strict=True
                ):
                    for finding in doc._.wb_claims or ():
                        claims[owner].append(_to_claim(doc, finding, offset, piece))
                        pronouns[owner].append(finding.source_pronoun)
                        subjects[owner].append(
                            _as_written(finding.subject_name, doc.text, piece, finding.start)
                        )
                        numbers[owner].append(number)
        roles = {chosen: _role_nouns(self.pipeline(chosen)) for chosen in set(languages)}
        claims = [
            resolve_pronoun_sources(
                found,
                pronouns[index],
                numbers[index],
                subjects[index],
                roles[languages[index]],
            )
            for index, found in enumerate(claims)
        ]
        names = {chosen: self.model_name(chosen) for chosen in set(languages)}
        return [
            Analysis(language=chosen, model=names[chosen], claims=tuple(found))
            for chosen, found in zip(languages, claims, strict=True)
        ]

    def score_sentences(
        self, sentences: list[str], language: str | None = None
    ) -> list[DetectedClaim]:
        """One claim per input sentence (offsets relative to it), even when the splitter disagrees."""
        if not sentences:
            return []
        language = self._language(" ".join(sentences[:50]), language)
        nlp = self.pipeline(language)
        finder = nlp.get_pipe("workbench_claims")
        scorer = nlp.get_pipe("workbench_checkworthiness")
        assert isinstance(finder, ClaimFinder) and isinstance(scorer, CheckworthinessScorer)
        results: list[DetectedClaim] = []
        names = [
            name
            for name in nlp.pipe_names
            if name not in {"workbench_sentences", "workbench_claims", "workbench_checkworthiness"}
        ]
        with nlp.select_pipes(enable=names):
            docs = nlp.pipe((as_read(s) for s in sentences), batch_size=_PIPE_BATCH_SIZE * 4)
            for sentence, doc in zip(sentences, docs, strict=True):
                if not sentence.strip():
                    results.append(DetectedClaim(0, 0, "", 0.0, False))
                    continue
                finding = finder.find(doc[:])
                scorer.score_finding(finding, as_read(sentence))
                furniture = non_prose_reason(doc) if doc.has_annotation("POS") else None
                if furniture is not None:
                    # A menu or credit line scored alone: no claim worth a look, and it says why.
                    finding.score, finding.checkworthy = 0.0, False
                    finding.types = []
                    finding.reasons.append(f"not prose: {furniture}")
                results.append(_to_claim(doc, finding, 0, sentence))
        return results


def _role_nouns(nlp: Language) -> frozenset[str]:
    """The source nouns of the pipeline's own word lists, the roles a "ce dernier" may be."""
    finder = nlp.get_pipe("workbench_claims")
    assert isinstance(finder, ClaimFinder)
    return finder.lexicons["source_nouns"].words


def priority_of(finding: ClaimFinding) -> Priority:
    """Allegations, numbers and anonymous sources first; then what the scorer finds check-worthy."""
    return priority_from(finding.types, finding.checkworthy, finding.anonymous_source)


def _to_claim(doc: Doc, finding: ClaimFinding, offset: int, doc_text: str = "") -> DetectedClaim:
    """The claim of `finding`, its words taken from `doc_text`, the text as written (`doc` read
    it with straight apostrophes)."""
    read = doc_strings(doc).text
    doc_text = doc_text or read
    source = _as_written(finding.source, read, doc_text, finding.start)
    reasons = tuple(finding.reasons)
    if source != finding.source and finding.source:
        reasons = tuple(reason.replace(finding.source, source or "") for reason in reasons)
    return DetectedClaim(
        priority=priority_of(finding),
        start=finding.start + offset,
        end=finding.end + offset,
        text=doc_text[finding.start : finding.end],
        score=round(finding.score, 4),
        checkworthy=finding.checkworthy,
        types=tuple(dict.fromkeys(finding.types)),
        reasons=reasons,
        atoms=tuple(
            Atom(start=start + offset, end=end + offset, kind=kind, text=doc_text[start:end])
            for start, end, kind in finding.atoms
        ),
        source=source,
    )
