"""Importing articles from the window: files, pasted text, a chosen encoding."""
