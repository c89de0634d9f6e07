"""A desk of checkers: parts of a project handed out, worked on apart, merged back.

`parts.give_part` writes chosen articles to a project file of their own that remembers where it
came from; `merging.plan_merge` and `merging.merge` bring a checker's file back (or combine two
checkers' files), matching rows by identity and deciding what changed from the history.
"""
