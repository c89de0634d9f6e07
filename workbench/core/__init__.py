"""The Workbench core: articles, claims, projects and reports, with no Qt import."""
