"""The one error an analysis engine raises: the analysis could not finish, and why."""


class AnalysisError(Exception):
    """The analysis stopped before the end (workers lost, a cluster gone); the message names the
    articles that were not analysed, for the checker to import again."""
