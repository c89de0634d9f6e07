"""The corpus in the window: claim groups, earlier verdicts and name flags."""
