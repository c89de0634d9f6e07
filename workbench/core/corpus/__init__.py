"""The corpus as evidence: the same claim across articles, verdicts reused, names checked."""
