"""Claim segmentation: the pipeline's sentences, re-joined where a split fell inside a quotation."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from workbench.core.detection.matching import doc_strings

_OPENING_QUOTES = frozenset("«“")
_CLOSING_QUOTES = frozenset("»”")
_SENTENCE_END = frozenset('.!?…:;»”"')
_ENDS = frozenset(".!?…")
_MIN_QUOTED_SENTENCE = 4  # words: "Non." or "Pourquoi ?" inside a quote stays with what follows

if not Doc.has_extension("wb_sentences"):
    Doc.set_extension("wb_sentences", default=None)


def _quote_depth_change(text: str) -> tuple[int, int]:
    """How the text changes the guillemet depth, and how many straight double quotes it has."""
    opening = sum(text.count(mark) for mark in _OPENING_QUOTES)
    closing = sum(text.count(mark) for mark in _CLOSING_QUOTES)
    return opening - closing, text.count('"')


# ". « Nous …": a sentence ends before an opening guillemet the parser often leaves attached.
# Also after "5 %." and after a quote closed before the stop ("… aux salariés ». « On …").
# And after an acronym, "Canal+" or a number ("à MSF. « Nous …", "sur France 2. « Je …"); a lone
# capital stays, for an initial ("M. « …").
_BEFORE_QUOTE = re.compile(
    r"(?:(?<=[a-zà-ÿ0-9)]{2}[.!?])|(?<=[%»”+0-9][.!?])|(?<=[A-ZÀ-Ý]{2}[.!?]))"
    r"\s+(?=[«“]\s?[A-ZÀ-Ý])"
)


def _split_before_quotes(doc: Doc, pieces: list[Span], doc_text: str) -> list[Span]:
    starts = []
    for match in _BEFORE_QUOTE.finditer(doc_text):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None:
            starts.append(span.start)
    if not starts:
        return pieces
    result: list[Span] = []
    for piece in pieces:
        begin = piece.start
        for start in starts:
            if begin < start < piece.end:
                result.append(doc[begin:start])
                begin = start
        result.append(doc[begin : piece.end])
    return result


def claim_sentences(doc: Doc) -> list[Span]:
    """Sentences of one paragraph, never split inside « » / “ ” / "..." quotes nor mid-clause."""
    doc_text = doc_strings(doc).text
    if doc.has_annotation("SENT_START"):
        pieces = _split_before_quotes(doc, list(doc.sents), doc_text)
    else:
        pieces = [doc[:]] if len(doc) else []
    merged: list[Span] = []
    depth = 0
    straight_open = False
    for piece in pieces:
        text = doc_text[piece.start_char : piece.end_char]
        if not text.strip():
            continue
        if (
            merged
            and len(piece) > 1
            and piece[0].text[:1] in _CLOSING_QUOTES
            and doc_text[merged[-1].start_char : merged[-1].end_char].rstrip()[-1:] in _ENDS
            and (piece[1].text[:1] in _OPENING_QUOTES or piece[1].text[:1].isupper())
        ):
            # ". » « Il y a là …", a-t-il affirmé": the split fell before the closing guillemet
            # of one quotation; it goes with its sentence, the next sentence starts after it.
            merged[-1] = doc[merged[-1].start : piece.start + 1]
            depth = max(0, depth - 1)
            piece = doc[piece.start + 1 : piece.end]
            text = doc_text[piece.start_char : piece.end_char]
        gap = doc_text[merged[-1].end_char : piece.start_char] if merged else ""
        if merged and (
            _continues(doc_text, merged[-1], text, depth, straight_open, gap)
            or _name_cut_from_clause(merged[-1], piece, gap)
        ):
            merged[-1] = doc[merged[-1].start : piece.end]
        else:
            merged.append(piece)
        change, straight = _quote_depth_change(text)
        depth = max(0, depth + change)
        straight_open ^= straight % 2 == 1
    return merged


def _continues(
    doc_text: str, previous: Span, text: str, depth: int, straight_open: bool, gap: str = ""
) -> bool:
    first = text.lstrip()
    last = doc_text[previous.start_char : previous.end_char].rstrip()
    if depth > 0 or straight_open:
        # Inside a quotation a whole sentence ends at ". ! ?" before a capital: each sentence of
        # a long quotation is a claim of its own, the speaker going with the one that names them.
        return not (
            len(previous) >= _MIN_QUOTED_SENTENCE
            and last[-1:] in {".", "!", "?", "…"}
            and first[:1].isupper()
            and len(text.split()) >= _MIN_QUOTED_SENTENCE
        )
    if first[0] in _CLOSING_QUOTES or first[0] in {",", ")"}:
        return True
    if last[-1:] == ";" and first[0].islower() and "\n" not in gap:
        # "Selon le modèle …, cette particule … ; cependant, ce mécanisme …": one sentence, whose
        # source and scope go on after the semicolon
        return True
    # A split after a word that ends no sentence, on the same line: a clause cut in two, before a
    # lower-case word or inside a name ("Bruno | Le Roux, président du groupe, est intervenu").
    return (
        bool(last)
        and last[-1] not in _SENTENCE_END
        and (
            first[0].islower()
            or (
                "\n" not in gap
                # a name cut in two: "…, Bruno | Le Maire, sur TF1."
                and (len(previous) <= 3 or last.split()[-1][:1].isupper())
            )
        )
    )


def _name_cut_from_clause(previous: Span, piece: Span, gap: str) -> bool:
    """ "…, estime l'eurodéputée française | Fabienne Keller (Renew).": the parser may end a
    sentence after a lower-case word that ends none when a name follows; a clause with a verb
    goes on with the name on the same line. Menus and lists have no verb."""
    last = previous[-1]
    return (
        "\n" not in gap
        and last.is_alpha
        and last.text.islower()
        and piece[0].pos_ == "PROPN"
        and piece[0].text[:1].isupper()
        and any(token.pos_ in {"VERB", "AUX"} for token in previous)
    )


class SentenceFixer:
    """Pipeline component: stores the claim sentences of the doc in `doc._.wb_sentences`."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.wb_sentences = claim_sentences(doc)
        return doc


def make_sentences(nlp: Language, name: str) -> SentenceFixer:
    return SentenceFixer()


Language.factory(
    "workbench_sentences",
    assigns=["doc._.wb_sentences"],
    default_config={},
    func=make_sentences,
)
