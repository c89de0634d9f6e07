"""The PDF report, printed by Qt and read back with poppler's tools as text and as page images."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest
from helpers.reports import build_hostile_project, build_sample_project
from helpers.tools import required_tool
from PySide6.QtGui import QColor, QImage

from workbench.core.model import Verdict
from workbench.core.reports.common import VERDICT_COLOURS
from workbench.printing import export_pdf


def poppler(tool: str) -> str:
    return required_tool(tool, install="apt-get install poppler-utils")


def pdf_text(path: Path) -> str:
    """The PDF's text; NFKC undoes the typographic ligatures (ﬁ) the layout engine used."""
    return unicodedata.normalize(
        "NFKC",
        subprocess.run(
            [poppler("pdftotext"), "-layout", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout,
    )


def page_images(path: Path, folder: Path) -> list[QImage]:
    subprocess.run(
        [poppler("pdftoppm"), "-r", "50", "-png", str(path), str(folder / "page")],
        check=True,
        timeout=120,
    )
    return [QImage(str(page)) for page in sorted(folder.glob("page-*.png"))]


def near(colour: QColor, hex_colour: str, tolerance: int = 12) -> bool:
    target = QColor(hex_colour)
    return all(
        abs(a - b) <= tolerance
        for a, b in (
            (colour.red(), target.red()),
            (colour.green(), target.green()),
            (colour.blue(), target.blue()),
        )
    )


def colours_on(image: QImage, step: int = 2) -> list[QColor]:
    return [
        image.pixelColor(x, y)
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    ]


def test_pdf_holds_the_report(qapp: object, tmp_path: Path) -> None:
    project = build_sample_project(tmp_path / "sample.wbproj")
    with project:
        output = export_pdf(project, tmp_path / "report.pdf", language="fr")
        article = project.articles()[0]
    assert output.read_bytes().startswith(b"%PDF-")
    text = " ".join(pdf_text(output).split())
    for words in (
        "Rapport de vérification",
        article.title,
        "Synthèse",
        "Infirmé",
        "Délibération du conseil municipal du 12 novembre",
        "Camille Martin",
        "https://ville.example/deliberations/2026-11-12",
        article.sha256[:40],
    ):
        assert words in text, words


def test_pdf_pages_show_highlights_in_every_verdict_colour(qapp: object, tmp_path: Path) -> None:
    project = build_sample_project(tmp_path / "sample.wbproj")
    with project:
        output = export_pdf(project, tmp_path / "report.pdf")
    pages = page_images(output, tmp_path)
    assert len(pages) >= 2
    assert all(abs(page.width() - 413) <= 1 for page in pages)  # A4 at 50 dpi: 8.27 in
    pixels = [colour for page in pages[:2] for colour in colours_on(page)]
    for verdict in Verdict:  # the sample has no verdict to re-check
        colours = VERDICT_COLOURS[verdict]
        assert any(near(pixel, colours["tint"], 6) for pixel in pixels), verdict
        assert any(near(pixel, colours["strong"]) for pixel in pixels), verdict  # chart bars
    ink = sum(1 for pixel in colours_on(pages[0]) if pixel.lightness() < 128)
    assert ink > 500  # text was drawn, not an empty page


def test_hostile_content_is_printed_as_text(qapp: object, tmp_path: Path) -> None:
    project = build_hostile_project(tmp_path / "hostile.wbproj")
    with project:
        output = export_pdf(project, tmp_path / "hostile.pdf")
    text = " ".join(pdf_text(output).split())
    assert '=HYPERLINK("http://evil.example","Cliquez")' in text
    assert '<svg onload="alert(1)"></svg>' in text
    assert "<script>document.body.setAttribute(" in text
    assert "<img src=x onerror=" in text


def test_unwritable_output_is_a_clear_error(qapp: object, tmp_path: Path) -> None:
    from workbench.core.reports import ReportWriteFailed

    project = build_sample_project(tmp_path / "sample.wbproj")
    target = tmp_path / "missing-folder" / "report.pdf"
    with project, pytest.raises(ReportWriteFailed, match=r"report\.pdf"):
        export_pdf(project, target)
    assert not target.parent.exists()


def test_the_first_page_holds_the_summary_and_no_line_of_an_article(
    qapp: object, tmp_path: Path
) -> None:
    project = build_sample_project(tmp_path / "sample.wbproj")
    with project:
        output = export_pdf(project, tmp_path / "report.pdf")
        first_claim = project.claims()[0].text
    pages = pdf_text(output).split("\f")
    first = " ".join(pages[0].split())
    assert "Summary" in first and "Article 1" not in first
    assert first_claim[:30] not in first  # not one line of the article's text
    assert " ".join(pages[1].split()).startswith("Article 1:")
