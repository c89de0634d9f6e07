"""What every import says it left out or changed; one list of formats; code never analysed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.importers import (
    INPUT_FORMATS,
    SUPPORTED_SUFFIXES,
    file_dialog_filters,
    is_supported,
    notice_summary,
    read_articles,
)
from workbench.core.model import Analysis, DetectedClaim
from workbench.core.project import Project
from workbench.core.project.importing import sequential

ROOT = Path(__file__).resolve().parent.parent
DRAFT = """# Installer l'outil

Le ministre aurait promis 3 millions d'euros aux communes, selon Le Monde.

```sh
pnpm install --frozen-lockfile
pnpm run build
```

La mairie a confirmé le chiffre mardi.
"""


class RecordingAnalyzer:
    """Keeps the texts it was given; finds one claim per non-blank paragraph."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def analyze(self, text: str, language: str | None = None) -> Analysis:
        self.texts.append(text)
        claims, position = [], 0
        for paragraph in text.split("\n"):
            if paragraph.strip():
                claims.append(
                    DetectedClaim(position, position + len(paragraph), paragraph, 0.9, True)
                )
            position += len(paragraph) + 1
        return Analysis("fr", "recording", tuple(claims))


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_code_blocks_reach_the_checker_but_never_the_detector(draft: Path) -> None:
    [article] = read_articles(draft)
    analyzer = RecordingAnalyzer()
    [(_, analysis)] = sequential(analyzer)([article])
    [seen] = analyzer.texts
    assert len(seen) == len(article.text) and "pnpm" in article.text and "pnpm" not in seen
    claimed = [claim.text for claim in analysis.claims]
    assert claimed == [
        "Installer l'outil",
        "Le ministre aurait promis 3 millions d'euros aux communes, selon Le Monde.",
        "La mairie a confirmé le chiffre mardi.",
    ]
    for claim in analysis.claims:
        assert article.text[claim.start : claim.end] == claim.text  # offsets index the real text


def test_workbench_import_prints_what_each_file_left_out_or_changed(
    draft: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import workbench.core.detection

    monkeypatch.setattr(
        workbench.core.detection, "Detector", lambda model=None: RecordingAnalyzer()
    )
    project_path = tmp_path / "p.wbproj"
    assert main(["import", str(draft), "--project", str(project_path)]) == 0
    out = capsys.readouterr().out
    assert f"{draft}: 1 code block kept as text, not analysed for claims" in out
    with Project.open(project_path) as project:
        [article] = project.articles()
        assert (
            notice_summary(article.metadata) == "1 code block kept as text, not analysed for claims"
        )
        assert all("pnpm" not in claim.text for claim in project.claims(article.id))


def test_one_list_of_suffixes_serves_dialogs_drag_and_drop_cli_and_readme(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert tuple(suffix for item in INPUT_FORMATS for suffix in item.suffixes) == SUPPORTED_SUFFIXES
    for suffix in (".txt", ".md", ".html", ".docx", ".pdf"):
        assert suffix in SUPPORTED_SUFFIXES and is_supported(f"Brouillon{suffix.upper()}")
    assert not is_supported("photo.jpeg")
    every = file_dialog_filters()[0]
    assert all(f"*{suffix}" in every for suffix in SUPPORTED_SUFFIXES)
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("## Input formats") : readme.index("### The corpus export")]
    for item in INPUT_FORMATS:
        assert item.name in help_text and item.name in section
        for suffix in item.suffixes:
            assert suffix in help_text and re.search(rf"`{re.escape(suffix)}`", section), suffix


@pytest.mark.slow  # loads the French spaCy pipeline
def test_the_real_detector_finds_no_claim_in_code(tmp_path: Path) -> None:
    from workbench.core.detection import Detector
    from workbench.core.detection.pipelines import available_french_models
    from workbench.core.importers import non_prose_ranges

    if not available_french_models():
        pytest.skip("no French spaCy pipeline installed")
    path = tmp_path / "readme.md"
    path.write_text(
        "Le projet compte 12 000 utilisateurs en 2024.\n\n```\npnpm install 3 "
        "paquets en 2024\n```\n",
        encoding="utf-8",
    )
    [article] = read_articles(path)
    [(_, analysis)] = sequential(Detector())([article])
    [(code_start, code_end)] = non_prose_ranges(article.metadata)
    assert analysis.claims, "the prose sentence is still analysed"
    assert all(claim.end <= code_start or claim.start >= code_end for claim in analysis.claims)
