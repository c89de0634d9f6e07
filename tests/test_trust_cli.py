"""The command line on hostile or careless input: a malformed corpus entry stops nothing, and
every message says exactly what is wrong and where."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.model import Analysis
from workbench.core.project import Project


class FakeDetector:
    """Stands in for the spaCy detector: these tests are about what is read and reported."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model

    def analyze(self, text: str, language: str | None = None) -> Analysis:
        return Analysis(language="fr", model="fake", claims=())


@pytest.fixture(autouse=True)
def fake_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    import workbench.core.detection

    monkeypatch.setattr(workbench.core.detection, "Detector", FakeDetector)


def entry(index: int, date: str = "25-10-2024 20:32:03") -> str:
    return f"{index}/5\nDate : {date}\nArticle {index} ;\nLe budget augmente de {index} %.\n|\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Five entries; the second has a date that does not exist, the fourth no date line."""
    path = tmp_path / "corpus.txt"
    path.write_text(
        entry(1) + entry(2, "31-02-2024 20:32:03") + entry(3) + "4/5\n|\n" + entry(5), "utf-8"
    )
    return path


def test_analyze_prints_the_good_entries_and_names_each_malformed_one(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", "--jobs", "1", "--format", "json", str(corpus)]) == 1
    out, err = capsys.readouterr()
    assert [article["metadata"]["index"] for article in json.loads(out)["articles"]] == [1, 3, 5]
    assert f"not analysed: {corpus}, line 7, article 2: the date '31-02-2024" in err
    assert f"not analysed: {corpus}, line 17, article 4: the article has no date line" in err
    assert err.rstrip().endswith(
        f"analysed 3 article(s); left out 2 malformed corpus entries ({corpus}: line 7, "
        "article 2; line 17, article 4), each named above with its problem"
    )


def test_import_keeps_the_good_entries_and_names_each_malformed_one(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.wbproj"
    assert main(["import", "--jobs", "1", "--project", str(project), str(corpus)]) == 1
    out, err = capsys.readouterr()
    with Project.open(project, read_only=True) as opened:
        assert [article.metadata["index"] for article in opened.articles()] == [1, 3, 5]
    assert f"imported 3 article(s) into {project}" in out
    assert f"not imported: {corpus}, line 7, article 2: the date '31-02-2024" in err
    assert f"not imported: {corpus}, line 17, article 4: the article has no date line" in err
    assert err.rstrip().endswith(
        f"imported 3 article(s); left out 2 malformed corpus entries ({corpus}: line 7, "
        "article 2; line 17, article 4), each named above with its problem"
    )


def test_an_import_whose_every_entry_is_malformed_leaves_no_project_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "bad.txt"
    corpus.write_text("1/2\nDate : 31-02-2024 10:00:00\nA ;\nTexte.\n|\n2/2\n|\n", "utf-8")
    project = tmp_path / "new.wbproj"
    assert main(["import", "--jobs", "1", "--project", str(project), str(corpus)]) == 1
    err = capsys.readouterr().err
    assert "left out 2 malformed corpus entries" in err
    assert f"{project} was not kept: nothing was imported" in err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bad.txt"]


HALF_MADE = (
    "the project was never fully made (it carries Workbench's mark but holds no tables: its "
    "creation was interrupted)"
)


@pytest.mark.parametrize(
    "command",
    [
        ["report", "{half}", "--format", "json", "-o", "{folder}/out.json"],
        ["report", "{half}", "--format", "html", "-o", "{folder}/out.html"],
        ["report", "{half}", "--format", "md", "-o", "{folder}/out.md"],
        ["verify", "{half}"],
        ["names", "{half}", "--no-words"],
        ["matches", "{half}"],
        ["split", "{half}", "--articles", "1", "--to", "{folder}/part.wbproj", "--checker", "Bo"],
        ["merge", "{half}", "{folder}/other.wbproj"],
        ["import", "--jobs", "1", "--project", "{half}", "{folder}/a.txt"],
    ],
    ids=lambda command: " ".join(command[:4]).replace("{half}", "P"),
)
def test_every_command_names_a_half_made_project_and_leaves_it_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    import sqlite3

    from workbench.core.project.schema import APPLICATION_ID

    half = tmp_path / "half.wbproj"
    with sqlite3.connect(half) as connection:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.close()
    Project.create(tmp_path / "other.wbproj").close()
    (tmp_path / "a.txt").write_text("Le budget augmente de 5 %.\n", "utf-8")
    before = half.read_bytes()
    argv = [part.format(half=half, folder=tmp_path) for part in command]
    assert main(argv) == (2 if command[0] == "verify" else 1)  # verify: 2, the file unreadable
    err = capsys.readouterr().err
    assert f"workbench: {half}: {HALF_MADE}" in err
    assert "_sqlite_migrations" not in err and "Traceback" not in err
    assert half.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith("half")) == [
        "half.wbproj"
    ]
