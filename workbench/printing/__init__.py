"""Printing reports with Qt's text engine, without a window: used by the window and the CLI.

Qt is allowed here (the core must not import it), but nothing of the window: the command line
prints a PDF without loading `workbench.gui`.
"""

from workbench.printing.pdf import export_pdf, write_pdf

__all__ = ["export_pdf", "write_pdf"]
