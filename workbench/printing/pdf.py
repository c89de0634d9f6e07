"""PDF reports printed by Qt's own rich-text engine (QTextDocument onto a QPdfWriter), no browser."""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

import workbench
from workbench.core.project import Project
from workbench.core.reports import ReportFormat, ReportWriteFailed, render_report

RESOLUTION_DPI = 300
# QTextDocument.print_ adds its own 2 cm margin around an unpaginated document (and the page
# numbers in it), so the page layout itself has none.
MARGINS_MM = QMarginsF(0, 0, 0, 0)


def write_pdf(html: str, output: str | Path, *, title: str) -> Path:
    """Lay `html` out on A4 pages and write it to `output` as PDF.

    QTextDocument.print_ paginates (at the writer's resolution, so point sizes stay true) and
    numbers the pages. The document never loads anything:
    its resources would only come from `<img>` or style links, and the report has none.
    """
    output = Path(output)
    application = _gui_application()  # held until the PDF is written
    temporary = output.with_name(f".{output.name}.part")
    try:  # find out here, with a clear message, rather than from a failing QPainter
        temporary.open("wb").close()
    except OSError as error:
        raise ReportWriteFailed(
            f"{output}: the PDF could not be written ({error.strerror})"
        ) from None
    writer = QPdfWriter(str(temporary))
    writer.setTitle(title)
    writer.setCreator(f"Workbench {workbench.__version__}")
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    del writer, document  # finishes the file; the document goes before any application we made
    del application
    if not temporary.is_file() or temporary.stat().st_size == 0:
        temporary.unlink(missing_ok=True)
        raise ReportWriteFailed(f"{output}: the PDF could not be written")
    try:
        os.replace(temporary, output)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ReportWriteFailed(
            f"{output}: the PDF could not be written ({error.strerror})"
        ) from None
    return output


def export_pdf(
    project: Project,
    output: str | Path,
    *,
    language: str = "en",
    article_id: int | None = None,
    claim_ids: Collection[int] | None = None,
    reviewer: str | None = None,
) -> Path:
    """The verification report of `project` (or of one article, or of some claims) as a PDF."""
    html = render_report(
        project,
        ReportFormat.PDF,
        language=language,
        article_id=article_id,
        claim_ids=claim_ids,
        reviewer=reviewer,
    )
    return write_pdf(html, output, title=f"Workbench – {Path(project.path).stem}")


def _gui_application() -> QCoreApplication:
    """Text layout needs fonts, hence a QGuiApplication; the command line runs without a window."""
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([])
