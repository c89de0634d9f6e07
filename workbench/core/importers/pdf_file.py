"""PDF with a text layer: the text in reading order, page by page, each page's span kept.

Read with pdfminer.six (MIT, maintained): its layout analysis groups characters into lines and
text boxes and orders the boxes column by column, which is what reading order means on the
Federal Register's three columns or a court transcript's numbered lines; pypdf (BSD) extracts
faster but in content-stream order, and PyMuPDF is AGPL. pdfplumber is pdfminer underneath.

metadata["pages"] lists, for every page with text, its printed label (the PDF's own page labels
when it has them, else its number) and the [start, end) span of the text that came from it, so
a claim can say "p. 12" (see article_text.page_at).
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    LAParams,
    LTChar,
    LTFigure,
    LTImage,
    LTPage,
    LTTextBox,
    LTTextLine,
)
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.psparser import PSException

from workbench.core.importers.article_text import ArticleText
from workbench.core.importers.errors import ImportFailure
from workbench.core.importers.notices import counted, notice
from workbench.core.importers.paragraphs import clean_paragraph, one_line

MAX_PAGES = 2_000
_SCAN_COVER = 0.5
_SCAN_MAX_CHARACTERS = 40
# Justified lines come out with runs of spaces between words; no-break spaces are kept.
_SPACE_RUN = re.compile(" {2,}")
_TITLE_JUNK = re.compile(
    r"^(?:Microsoft (?:Word|PowerPoint|Excel) - )|\.(?:docx?|exe|pdf|indd|qxd|rtf)$", re.IGNORECASE
)
_WORD = re.compile(r"\w+(?:-\w+)*")
_HYPHENATED_END = re.compile(r"(\w+)[-\u00ad\u2010]$")
_LOWER_START = re.compile(r"^([^\W\d_][\w]*)")


@dataclass
class PdfArticle:
    text: ArticleText
    title: str | None
    metadata: dict[str, Any]


def read_pdf(data: bytes, path: str) -> PdfArticle:
    """The text of a PDF's pages in reading order, refused clearly when it has none to give."""
    document = _document(data, path)
    try:
        labels = list(islice(document.get_page_labels(), MAX_PAGES))
    except (PSException, KeyError, TypeError, ValueError, AssertionError):
        labels = []
    pages: list[list[list[str]]] = []  # page -> text boxes -> lines
    images = scanned = 0
    try:
        for number, layout in enumerate(_layouts(document), start=1):
            if number > MAX_PAGES:
                raise ImportFailure(path, f"refused: more than {MAX_PAGES:,} pages")
            boxes, page_images, covered = _boxes(layout)
            characters = sum(len(line.strip()) for lines in boxes for line in lines)
            # A page-sized picture with a few stray characters is a scan, not a text page.
            if covered >= _SCAN_COVER and characters < _SCAN_MAX_CHARACTERS:
                scanned += 1
                boxes = []
            pages.append(boxes)
            images += page_images
    except ImportFailure:
        raise
    except Exception as error:  # noqa: BLE001 - pdfminer's layers raise many kinds on bad input
        raise ImportFailure(
            path, f"the PDF is damaged ({type(error).__name__}: {str(error)[:200]})"
        ) from None
    if not any(pages):
        if images:
            raise ImportFailure(
                path,
                (
                    f"the PDF has no text layer: {counted(len(pages), 'page')} of scanned images. "
                    "Run it through OCR (e.g. OCRmyPDF) and import the result"
                ),
            )
        raise ImportFailure(path, "the PDF holds no text")
    hyphenated = _hyphenated_words(pages)
    text = ArticleText()
    spans: list[dict[str, Any]] = []
    repaired = 0
    for index, boxes in enumerate(pages):
        start = text.next_start()
        added = False
        for lines in boxes:
            paragraph, joined = _paragraph(lines, hyphenated)
            repaired += joined
            if paragraph:
                text.add(paragraph)
                added = True
        if added:
            label = labels[index] if index < len(labels) and labels[index] else str(index + 1)
            spans.append(
                {"page": index + 1, "label": str(label), "start": start, "end": text.length}
            )
    metadata: dict[str, Any] = {"pages": spans, "page_count": len(pages)}
    info = _info(document)
    metadata.update({key: value for key, value in info.items() if key != "title"})
    notices = [notice("pages", len(pages), f"{counted(len(pages), 'page')} read")]
    if repaired:
        notices.append(
            notice(
                "hyphenation_repaired",
                repaired,
                (f"{counted(repaired, 'word')} hyphenated at a line end joined again"),
            )
        )
    if images:
        notices.append(notice("images_skipped", images, f"{counted(images, 'image')} skipped"))
    empty = len(pages) - len(spans)
    if empty:
        notices.append(
            notice(
                "pages_without_text",
                empty,
                (f"{counted(empty, 'page')} without text (scanned or blank) skipped"),
            )
        )
    metadata["notices"] = notices
    return PdfArticle(text, info.get("title"), metadata)


def _document(data: bytes, path: str) -> PDFDocument:
    if not data.startswith(b"%PDF-"):
        raise ImportFailure(path, "not a PDF file (it does not start with %PDF-)")
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
    except PDFPasswordIncorrect:
        raise ImportFailure(
            path,
            "the PDF is protected by a password; open it, save a copy "
            "without the password, and import that",
        ) from None
    except PDFEncryptionError as error:
        raise ImportFailure(
            path, f"the PDF is encrypted in a way that cannot be read ({error})"
        ) from None
    except Exception as error:  # noqa: BLE001 - a damaged file fails in any of pdfminer's layers
        raise ImportFailure(
            path,
            f"the PDF is damaged and cannot be read ({type(error).__name__}: {str(error)[:200]})",
        ) from None
    # A PDF that forbids copying text out is still read: checking it is reading it, as on screen.
    return document


def _layouts(document: PDFDocument) -> Iterator[LTPage]:
    resources = PDFResourceManager(caching=True)
    # boxes_flow 0.5 (pdfminer's default) weighs horizontal position, so columns read in order.
    device = PDFPageAggregator(resources, laparams=LAParams())
    interpreter = PDFPageInterpreter(resources, device)
    plain = PDFPageAggregator(resources, laparams=None)
    plain_interpreter = PDFPageInterpreter(resources, plain)
    for page in PDFPage.create_pages(document):
        _turn_upright(page, plain, plain_interpreter)
        interpreter.process_page(page)
        layout = device.get_result()
        assert isinstance(layout, LTPage)
        yield layout


def _turn_upright(
    page: PDFPage, device: PDFPageAggregator, interpreter: PDFPageInterpreter
) -> None:
    """A page whose text is drawn turned a quarter (a table set sideways) is turned back:
    read sideways, each letter becomes a line of its own, and the layout analysis both
    scrambles the text and takes minutes over it."""
    interpreter.process_page(page)
    characters = list(_characters(device.get_result()))
    turned = [item for item in characters if not item.upright]
    if not characters or len(turned) * 2 < len(characters):
        return
    a, b = turned[0].matrix[0], turned[0].matrix[1]
    quarter = 90 if b > 0 and abs(a) < abs(b) else 270 if b < 0 and abs(a) < abs(b) else 180
    page.rotate = (page.rotate + quarter) % 360


def _characters(element: Any) -> Iterator[LTChar]:
    for child in element:
        if isinstance(child, LTChar):
            yield child
        elif isinstance(child, (LTFigure, LTTextBox, LTTextLine)) or hasattr(child, "__iter__"):
            yield from _characters(child)


def _boxes(layout: LTPage) -> tuple[list[list[str]], int, float]:
    """The text boxes of a page (each a list of lines), its images, and the share of the page
    the largest image covers."""
    boxes: list[list[str]] = []
    images = 0
    covered = 0.0
    page_area = max(layout.width * layout.height, 1.0)
    for element in layout:
        if isinstance(element, LTTextBox):
            lines = [
                _SPACE_RUN.sub(" ", line.get_text())
                for line in element
                if isinstance(line, LTTextLine)
            ]
            if any(line.strip() for line in lines):
                boxes.append(lines)
        elif isinstance(element, (LTFigure, LTImage)):
            count = _count_images(element)
            images += count
            if count:
                covered = max(covered, element.width * element.height / page_area)
    return boxes, images, covered


def _count_images(element: LTFigure | LTImage) -> int:
    if isinstance(element, LTImage):
        return 1
    return sum(_count_images(child) for child in element if isinstance(child, (LTFigure, LTImage)))


def _hyphenated_words(pages: list[list[list[str]]]) -> Counter[str]:
    """Words written with a hyphen inside a line somewhere in the document ("procès-verbal")."""
    found: Counter[str] = Counter()
    for boxes in pages:
        for lines in boxes:
            for line in lines:
                for word in _WORD.findall(line.strip().rstrip("-")):
                    if "-" in word:
                        found[word.lower()] += 1
    return found


def _paragraph(lines: list[str], hyphenated: Counter[str]) -> tuple[str, int]:
    """One text box as one paragraph; a word cut at a line end is joined again, keeping its
    hyphen only when the document writes it with one elsewhere."""
    pieces: list[str] = []
    repaired = 0
    for line in (clean_paragraph(line) for line in lines):
        if not line:
            continue
        if pieces:
            previous = pieces[-1]
            end, start = _HYPHENATED_END.search(previous), _LOWER_START.match(line)
            if end and start and start[1][0].islower():
                whole = f"{end[1]}-{start[1]}".lower()
                cut = previous[:-1] if whole not in hyphenated else previous[:-1] + "-"
                pieces[-1] = cut + line
                repaired += 1
                continue
            pieces[-1] = previous + " " + line
        else:
            pieces.append(line)
    return (pieces[0] if pieces else ""), repaired


def _info(document: PDFDocument) -> dict[str, str]:
    found: dict[str, str] = {}
    for info in document.info[:1]:
        for key, name in (("title", "Title"), ("author", "Author"), ("date", "CreationDate")):
            value = info.get(name)
            text = _pdf_string(value)
            if key == "title":
                # Producers often fill the title with a file name or "Microsoft Word - x.doc".
                text = _TITLE_JUNK.sub("", _TITLE_JUNK.sub("", text)).strip()
                if len(re.findall(r"[^\W\d_]{2,}", text)) < 2:
                    continue
            if key == "date":
                text = _pdf_date(text)
            if text:
                found[key] = text
    return found


_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2})?'?(\d{2})?")


def _pdf_date(text: str) -> str:
    """A PDF date ("D:20090113152305-05'00'") as ISO 8601 ("2009-01-13T15:23:05-05:00")."""
    match = _PDF_DATE.match(text)
    if not match:
        return text
    year, month, day, hour, minute, second, zone, zone_minutes = match.groups()
    date = f"{year}-{month or '01'}-{day or '01'}"
    if hour is None:
        return date
    offset = "" if zone is None else "Z" if zone == "Z" else f"{zone}:{zone_minutes or '00'}"
    return f"{date}T{hour}:{minute or '00'}:{second or '00'}{offset}"


def _pdf_string(value: object) -> str:
    if hasattr(value, "resolve"):
        value = value.resolve()
    if isinstance(value, bytes):
        if value.startswith((b"\xfe\xff", b"\xff\xfe")):
            decoded = value.decode("utf-16", errors="replace")
        else:
            decoded = value.decode("latin-1")
        return one_line(decoded)
    return one_line(value) if isinstance(value, str) else ""
