"""The Workbench window, built with PySide6 over the core."""
