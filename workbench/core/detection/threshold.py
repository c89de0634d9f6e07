"""The default check-worthiness threshold, apart from the scorer so that reading it loads no spaCy."""

DEFAULT_THRESHOLD = 0.5
