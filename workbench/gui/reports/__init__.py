"""Reports from the window: the export dialog and PDF printing."""
