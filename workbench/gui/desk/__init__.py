"""The desk in the window: giving a checker some articles, merging their work back."""
