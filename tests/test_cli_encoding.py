"""`--encoding` on `workbench import` and `workbench analyze`: the override wins, its absence detects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.model import Analysis
from workbench.core.operations import import_files
from workbench.core.project import Project
from workbench.core.project.importing import NewArticles, sequential

# Two lines of French in cp1252: é is 0xE9, € 0x80, the curly apostrophe 0x92. As Mac Roman every
# byte decodes, to other letters: the text an override names, not an error.
TEXT = "L’été à Paris\nLe café coûte 3 € de plus qu’en 2023, selon l’Insee.\n"
AS_MAC_ROMAN = "LíÈtÈ ‡ Paris\nLe cafÈ co˚te 3 Ä de plus quíen 2023, selon líInsee."


class FakeDetector:
    """Stands in for the spaCy detector: these tests are about reading the bytes."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model

    def analyze(self, text: str, language: str | None = None) -> Analysis:
        return Analysis(language="fr", model="fake", claims=())


@pytest.fixture
def cp1252_file(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_bytes(TEXT.encode("cp1252"))
    return path


@pytest.fixture(autouse=True)
def fake_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    import workbench.core.detection

    monkeypatch.setattr(workbench.core.detection, "Detector", FakeDetector)


def test_the_expected_misreading_is_what_mac_roman_gives() -> None:
    assert TEXT.encode("cp1252").decode("mac_roman").strip() == AS_MAC_ROMAN


def _analyze(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(["analyze", "--format", "json", *argv])
    return code, json.loads(capsys.readouterr().out)


def test_analyze_without_encoding_detects_cp1252(cp1252_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, output = _analyze(capsys, str(cp1252_file))
    assert code == 0
    [article] = output["articles"]
    assert article["text"] == TEXT.strip()
    assert article["metadata"]["encoding"] == "cp1252"


def test_analyze_with_a_wrong_encoding_gives_the_text_it_says(cp1252_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, output = _analyze(capsys, str(cp1252_file), "--encoding", "mac_roman")
    assert code == 0
    [article] = output["articles"]
    assert article["text"] == AS_MAC_ROMAN
    assert article["metadata"]["encoding"] == "mac_roman"


def test_analyze_text_format_shows_the_encoding(cp1252_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["analyze", str(cp1252_file), "--encoding", "mac-roman"]) == 0
    assert "encoding: mac_roman" in capsys.readouterr().out


def test_import_with_and_without_encoding(cp1252_file: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    project_path = tmp_path / "p.wbproj"
    assert main(["import", str(cp1252_file), "--project", str(project_path)]) == 0
    assert (
        main(
            ["import", str(cp1252_file), "--project", str(project_path), "--encoding", "mac_roman"]
        )
        == 0
    )
    assert "imported 1 article(s)" in capsys.readouterr().out
    with Project.open(project_path, read_only=True) as project:
        detected, overridden = project.articles()
    assert (detected.text, detected.metadata["encoding"]) == (TEXT.strip(), "cp1252")
    assert (overridden.text, overridden.metadata["encoding"]) == (AS_MAC_ROMAN, "mac_roman")


@pytest.mark.parametrize("command", ["analyze", "import"])
def test_an_unknown_encoding_is_refused_before_anything_is_read(
    command: str,
    cp1252_file: Path,
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    project_path = tmp_path / "never.wbproj"
    argv = [command, str(cp1252_file), "--encoding", "klingon"]
    if command == "import":
        argv += ["--project", str(project_path)]
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    assert "unknown text encoding 'klingon'" in capsys.readouterr().err
    assert not project_path.exists()


def test_an_override_that_cannot_decode_names_the_file_and_imports_nothing(
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(TEXT.encode("cp1252"))
    project_path = tmp_path / "p.wbproj"
    assert main(["import", str(path), "--project", str(project_path), "--encoding", "utf_8"]) == 1
    error = capsys.readouterr().err
    assert str(path) in error and "utf_8" in error
    assert not project_path.exists()  # a new project that got nothing is not left behind


def test_both_halves_of_the_import_pass_the_encoding_down(
    cp1252_file: Path, tmp_path: Path
) -> None:
    found = NewArticles([cp1252_file], set(), sequential(FakeDetector()), encoding="mac_roman")
    assert [d.text for d, _ in found] == [AS_MAC_ROMAN] and found.failures == ()
    with Project.create(tmp_path / "ops.wbproj") as project:
        result = import_files(project, [cp1252_file], FakeDetector(), encoding="mac_roman")
        assert [project.article(i).text for i in result.article_ids] == [AS_MAC_ROMAN]
