"""Helpers shared by several test modules; the fixtures built on them are in tests/conftest.py."""
