"""PDF import: text in reading order with each page's span; scanned, locked, damaged refused."""

from __future__ import annotations

import re
import zlib
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.core.importers import ImportFailure, page_at, read_articles
from workbench.core.importers.pdf_file import _paragraph

_SPACES = re.compile(r"\s+")


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A PDF file from its numbered objects (1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def scanned_pdf(pages: int = 2) -> bytes:
    """Pages that are each one full-page picture and no text, as a scanner writes them."""
    picture = zlib.compress(bytes((x * 7 + y * 3) % 256 for y in range(60) for x in range(80)))
    kids = " ".join(f"{3 + 2 * index} 0 R" for index in range(pages)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
    ]
    content = b"q 595 0 0 842 0 0 cm /Scan Do Q"
    image_number = 3 + 2 * pages
    for index in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
            b"<< /XObject << /Scan %d 0 R >> >> /Contents %d 0 R >>" % (image_number, 4 + 2 * index)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(
        b"<< /Type /XObject /Subtype /Image /Width 80 /Height 60 /ColorSpace "
        b"/DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
        % len(picture)
        + picture
        + b"\nendstream"
    )
    return pdf_bytes(objects)


def text_pdf(lines: list[str]) -> bytes:
    """One page of text in Helvetica, one line per entry, top to bottom."""
    commands = (
        b"BT /F1 12 Tf 72 770 Td 14 TL "
        + b" ".join(b"(" + line.encode("latin-1") + b") Tj T*" for line in lines)
        + b" ET"
    )
    return pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            (
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R"
                b" >> >> /Contents 4 0 R >>"
            ),
            b"<< /Length %d >>\nstream\n" % len(commands) + commands + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- without the shared files ------------------------------------------------------------------


def test_a_scanned_pdf_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = write(tmp_path, "scan.pdf", scanned_pdf(2))
    with pytest.raises(ImportFailure, match=r"no text layer: 2 pages of scanned images.*OCR"):
        read_articles(path)


def test_a_damaged_pdf_is_refused_clearly(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Cat" + b"\x00garbage" * 50)
    with pytest.raises(ImportFailure) as caught:
        read_articles(path)
    assert str(caught.value).startswith(str(path)) and "damaged" in caught.value.problem


def test_a_text_pdf_keeps_its_page_and_is_found_whatever_its_name(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "communique.txt",
        text_pdf(["Le conseil a vote le budget.", "Il s'eleve a 3 millions d'euros."]),
    )
    [article] = read_articles(path)
    assert article.metadata["format"] == "pdf"
    assert "Le conseil a vote le budget." in article.text
    assert article.metadata["pages"] == [
        {"page": 1, "label": "1", "start": 0, "end": len(article.text)}
    ]
    assert page_at(article.metadata, len(article.text) - 1) == "1"
    assert page_at({"format": "text"}, 0) is None


def test_a_word_cut_at_a_line_end_is_joined_again() -> None:
    assert _paragraph(["La com-\n", "mission a voté.\n"], Counter()) == ("La commission a voté.", 1)
    # The document writes "procès-verbal" with its hyphen elsewhere: the hyphen stays.
    assert _paragraph(["Le procès-\n", "verbal de la séance\n"], Counter({"procès-verbal": 1})) == (
        "Le procès-verbal de la séance",
        1,
    )
    # Numbers and capitals after a line-end hyphen are not a cut word.
    assert _paragraph(["la demande 2023-\n", "0379 et Jean-\n", "Pierre\n"], Counter()) == (
        "la demande 2023- 0379 et Jean- Pierre",
        0,
    )


# -- the real PDFs -----------------------------------------------------------------------------


@pytest.fixture
def pdf_dir(shared_dir: Path) -> Path:
    folder = shared_dir / "realdocs" / "pdf"
    if not folder.is_dir():
        pytest.skip(f"needs {folder}, which is absent")
    return folder


def _flat(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


@pytest.mark.parametrize(
    "name",
    [
        "pdfplumber-federal-register-2020-17221.pdf",
        pytest.param(
            "pdfplumber-WARN-Report-for-7-1-2015-to-03-25-2016.pdf", marks=pytest.mark.slow
        ),
        "pdfplumber-2023-06-20-PV.pdf",
        "pdfplumber-issue-33-lorem-ipsum.pdf",
    ],
)
def test_each_page_span_holds_that_pages_text(pdf_dir: Path, name: str) -> None:
    from pdfminer.high_level import extract_text

    path = pdf_dir / name
    [article] = read_articles(path)
    pages = article.metadata["pages"]
    assert [page["page"] for page in pages] == list(range(1, len(pages) + 1))
    assert article.metadata["page_count"] == len(pages)
    checked = {0, 1, len(pages) // 2, len(pages) - 1}  # each pdfminer pass reads the whole file
    for page in (pages[index] for index in sorted(checked) if index < len(pages)):
        span = _flat(article.text[page["start"] : page["end"]])
        # The page read on its own, by pdfminer directly: its longest plain lines are in the span.
        own = extract_text(str(path), page_numbers=[page["page"] - 1])
        lines = sorted(
            (
                _flat(line)
                for line in own.splitlines()
                if len(line.strip()) > 20 and not line.rstrip().endswith("-")
            ),
            key=len,
            reverse=True,
        )[:3]
        assert lines, f"page {page['page']} has no line to look for"
        assert any(line in span for line in lines), (page["page"], lines)
        assert page_at(article.metadata, page["start"]) == page["label"]


def test_federal_register_reads_in_columns_with_words_rejoined(pdf_dir: Path) -> None:
    [article] = read_articles(pdf_dir / "pdfplumber-federal-register-2020-17221.pdf")
    assert article.metadata["page_count"] == 15
    repaired = [
        item for item in article.metadata["notices"] if item["kind"] == "hyphenation_repaired"
    ]
    assert repaired and repaired[0]["count"] > 0
    assert not re.search(r"\b[a-z]+- [a-z]+\b", article.text.replace("- -", ""))


def test_court_transcript_and_french_record(pdf_dir: Path) -> None:
    [transcript] = read_articles(pdf_dir / "pdfplumber-scotus-transcript-p1.pdf")
    assert "IN THE SUPREME COURT OF THE UNITED STATES" in transcript.text.split("\n")
    assert transcript.metadata["date"] == "2009-01-13T15:23:05-05:00"
    [record] = read_articles(pdf_dir / "pdfplumber-2023-06-20-PV.pdf")
    assert record.title == (
        "Comité de démolition - Procès-verbal de la séance publique du 20 juin 2023"
    )
    assert "IL EST RÉSOLU À L’UNANIMITÉ" in record.text
    assert "  " not in record.text  # justified lines' runs of spaces are one space
    second = record.metadata["pages"][1]
    assert "La séance est levée à 16h05." in record.text[second["start"] : second["end"]]


def test_a_sideways_page_reads_like_the_upright_one(pdf_dir: Path) -> None:
    [upright] = read_articles(pdf_dir / "pdfplumber-nics-background-checks-2015-11.pdf")
    [sideways] = read_articles(pdf_dir / "pdfplumber-nics-background-checks-2015-11-rotated.pdf")
    assert "Alabama" in sideways.text
    assert Counter(sideways.text.split()) == Counter(upright.text.split())


def test_locked_and_malformed_pdfs_are_refused_clearly(pdf_dir: Path) -> None:
    locked = pdf_dir / "pdfplumber-password-example.pdf"
    with pytest.raises(ImportFailure, match="protected by a password") as caught:
        read_articles(locked)
    assert str(caught.value).startswith(str(locked))
    malformed = pdf_dir / "pdfplumber-malformed-from-issue-932.pdf"
    with pytest.raises(ImportFailure, match="no text layer"):
        read_articles(malformed)  # a broken file holding one scanned page and 9 stray letters


_FLIPS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_FLIPS
@given(data=st.data())
def test_any_damaged_pdf_is_read_or_refused_never_a_traceback(
    tmp_path: Path, data: st.DataObject
) -> None:
    damaged = bytearray(text_pdf(["Le conseil a vote le budget.", "Il augmente de 3 %."]))
    for _ in range(data.draw(st.integers(1, 12))):
        damaged[data.draw(st.integers(0, len(damaged) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(5, len(damaged)))
    path = write(tmp_path, "damaged.pdf", bytes(damaged[:cut]))
    try:
        articles = read_articles(path)
    except ImportFailure as failure:
        assert str(failure).startswith(str(path))
    else:
        assert all(article.text.strip() for article in articles)
