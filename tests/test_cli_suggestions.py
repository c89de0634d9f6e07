"""A mistyped command is told apart from a file to open, and the likely command named."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main


def test_a_misspelt_command_names_the_command_meant(capsys, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert main(["analize", "x"]) == 2
    err = capsys.readouterr().err
    assert "did you mean 'analyze'" in err
    assert "usage: workbench [-h] [path]" not in err


@pytest.mark.parametrize("word", ["article.txt", "projet.wbproj"])
def test_a_file_name_is_never_taken_for_a_misspelt_command(word: str) -> None:
    from workbench.cli import _misspelt_command

    assert _misspelt_command(word) is None
