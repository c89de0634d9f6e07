"""PDF reports: printed by `workbench.printing`, which the command line shares with the window."""

from workbench.printing.pdf import export_pdf, write_pdf

__all__ = ["export_pdf", "write_pdf"]
