"""Offsets of paragraphs and sentences index the imported text exactly, however it was imported."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.importers import (
    ImportFailure,
    article_from_pasted_text,
    iter_articles,
    read_articles,
)
from workbench.core.model import ArticleDraft

Span = tuple[int, int, str]


@pytest.fixture(scope="module")
def sentencizer() -> spacy.language.Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    return nlp


def paragraph_spans(text: str) -> list[Span]:
    spans, start = [], 0
    for paragraph in text.split("\n"):
        spans.append((start, start + len(paragraph), paragraph))
        start += len(paragraph) + 1
    return spans


def sentence_spans(text: str, nlp: spacy.language.Language) -> list[Span]:
    """Sentences found paragraph by paragraph (as the detector feeds them), in text offsets."""
    paragraphs = paragraph_spans(text)
    spans = []
    for (start, _, _), doc in zip(paragraphs, nlp.pipe(p for _, _, p in paragraphs), strict=True):
        spans.extend(
            (start + sent.start_char, start + sent.end_char, sent.text) for sent in doc.sents
        )
    return spans


def variants(source_path: Path, folder: Path) -> dict[str, ArticleDraft]:
    """A corpus entry imported in every way a checker could receive it."""
    source = source_path.read_text(encoding="utf-8")
    found: dict[str, ArticleDraft] = {"strict": read_articles(source_path)[0]}
    streamed = list(iter_articles(source_path))
    assert isinstance(streamed[0], ArticleDraft)
    found["stream"] = streamed[0]
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        for newline in ("\r\n", "\r"):
            path = folder / f"{encoding}{len(newline)}.txt"
            # The seed's typographic apostrophes and quotes all exist in cp1252.
            path.write_bytes(source.replace("\n", newline).encode(encoding))
            found[f"{encoding} {newline!r}"] = read_articles(path)[0]
    found["paste"] = article_from_pasted_text(source)
    return found


# Written for the project, so these checks run without ../shared too.
OWN_ENTRY = """7/12
Date : 03-04-2025 08:15:00
La mairie aurait promis 40 nouvelles places de crèche ;
Selon l’adjointe chargée de la petite enfance, « 40 places » ouvriraient en septembre.   Le budget
atteindrait 1,2 million d’euros.

Le maire a confirmé la date : le 1er septembre 2025. L’opposition parle d’« effet d’annonce ».
|
"""


@pytest.fixture
def own_article(tmp_path: Path) -> Path:
    path = tmp_path / "own-article.txt"
    path.write_text(OWN_ENTRY, encoding="utf-8")
    return path


def test_own_article_paragraph_and_sentence_offsets_in_every_variant(
    own_article: Path, tmp_path: Path, sentencizer: spacy.language.Language
) -> None:
    found = variants(own_article, tmp_path)
    reference = found["strict"]
    assert reference.text.split("\n") == [
        "La mairie aurait promis 40 nouvelles places de crèche",
        (
            "Selon l’adjointe chargée de la petite enfance, « 40 places » ouvriraient en septembre."
            "   Le budget"
        ),
        "atteindrait 1,2 million d’euros.",
        (
            "Le maire a confirmé la date : le 1er septembre 2025. L’opposition parle d’« effet "
            "d’annonce »."
        ),
    ]
    sentences = sentence_spans(reference.text, sentencizer)
    assert "Le maire a confirmé la date : le 1er septembre 2025." in [s for _, _, s in sentences]
    for name, article in found.items():
        assert article.text == reference.text, name
        assert sentence_spans(article.text, sentencizer) == sentences, name
        assert all(article.text[start:end] == text for start, end, text in sentences), name


def test_seed_paragraph_offsets_are_exact_in_every_variant(
    seed_article: Path, tmp_path: Path
) -> None:
    source_paragraphs = [
        line.strip() for line in seed_article.read_text(encoding="utf-8").splitlines()[2:-1]
    ]
    source_paragraphs[0] = source_paragraphs[0].removesuffix(";").strip()
    for name, article in variants(seed_article, tmp_path).items():
        spans = paragraph_spans(article.text)
        assert [text for _, _, text in spans] == [p for p in source_paragraphs if p], name
        assert all(article.text[start:end] == text for start, end, text in spans), name


def test_seed_sentence_offsets_are_exact_and_identical_in_every_variant(
    seed_article: Path, tmp_path: Path, sentencizer: spacy.language.Language
) -> None:
    found = variants(seed_article, tmp_path)
    reference = sentence_spans(found["strict"].text, sentencizer)
    assert len(reference) > 10
    for name, article in found.items():
        spans = sentence_spans(article.text, sentencizer)
        assert spans == reference, name
        assert all(article.text[start:end] == text for start, end, text in spans), name
    # A sentence of the source is found, whole, at its offsets.
    needle = (
        "Elon Musk n’a pas répondu aux questions des journalistes, précise le Wall Street Journal."
    )
    assert any(text == needle for _, _, text in reference)


@settings(max_examples=40, deadline=None)
@given(text=st.text(max_size=300))
def test_offsets_of_any_imported_text_are_exact(
    text: str, sentencizer: spacy.language.Language
) -> None:
    try:
        article = article_from_pasted_text(text)
    except ImportFailure:
        return  # nothing to paste; tested elsewhere
    for start, end, sentence in sentence_spans(article.text, sentencizer):
        assert article.text[start:end] == sentence
        assert "\n" not in sentence  # a claim never crosses a paragraph


def test_bom_and_encoding_never_shift_offsets(tmp_path: Path) -> None:
    text = "Titre\nPremière phrase. Deuxième phrase."
    plain = tmp_path / "plain.txt"
    plain.write_bytes(text.encode("utf-8"))
    marked = tmp_path / "marked.txt"
    marked.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert read_articles(plain)[0].text == read_articles(marked)[0].text == text
