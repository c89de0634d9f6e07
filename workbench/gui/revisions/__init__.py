"""New versions of an article: reading one, confirming what it revises, the claims it moved,
comparing revisions, and undoing the answers."""
