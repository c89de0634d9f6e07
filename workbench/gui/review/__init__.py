"""Reviewing an article: the text, the claims list and its model, the details, the navigator, how
verdicts look."""
