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
