"""Workbench's bundled resources: sample articles, report templates, icons, translations."""
