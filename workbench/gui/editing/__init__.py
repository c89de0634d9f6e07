"""Editing a project from the window: the session, its undo commands, and the edit commands."""
