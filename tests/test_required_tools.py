"""Tests that need an external program skip without it, except under CI, where they fail."""

from __future__ import annotations

import pytest
from helpers.tools import required_tool


def test_a_missing_tool_skips_the_test_on_a_developer_machine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no-such-tool-here"):
        required_tool("no-such-tool-here", install="apt-get install nothing")


def test_a_missing_tool_fails_the_test_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must have it"):
        required_tool("no-such-tool-here", install="apt-get install nothing")


def test_the_first_tool_found_is_the_one_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    assert required_tool("no-such-tool-here", "sh", install="it is POSIX").endswith("/sh")
