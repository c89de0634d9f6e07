"""The `score` and `eval` subcommands, driven through their own argparse registration."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from workbench.commands import eval as eval_command
from workbench.commands import score as score_command
from workbench.core.detection import available_french_models

SENTENCES = [
    "The unemployment rate fell to 3.5 percent in 2019, according to the Labor Department.",
    "We spent 700 billion dollars on defense last year.",
    "Thank you all for coming tonight.",
    "I think that is a wonderful question.",
]


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="workbench")
    subparsers = parser.add_subparsers()
    score_command.register(subparsers)
    eval_command.register(subparsers)
    return parser.parse_args(argv)


def _run(argv: list[str]) -> tuple[int, str]:
    args = _parse(argv)
    out = io.StringIO()
    return args.run(args, out=out), out.getvalue()


@pytest.fixture(scope="module", autouse=True)
def needs_french() -> None:
    if not available_french_models():
        pytest.skip("no French spaCy pipeline installed")


def test_score_prints_one_json_object_per_line(tmp_path: Path) -> None:
    path = tmp_path / "sentences.txt"
    path.write_text("\n".join(SENTENCES) + "\n", encoding="utf-8")
    code, output = _run(["score", "--lang", "en", str(path)])
    assert code == 0
    records = [json.loads(line) for line in output.splitlines()]
    assert [record["text"] for record in records] == SENTENCES
    for record in records:
        assert {"score", "checkworthy", "types", "reasons"} <= set(record)
        assert 0.0 <= record["score"] <= 1.0
    facts, chatter = records[:2], records[2:]
    assert min(r["score"] for r in facts) > max(r["score"] for r in chatter)
    assert [r["checkworthy"] for r in records] == [True, True, False, False]
    assert "quantity" in records[1]["types"]


def test_score_threshold_changes_decisions(tmp_path: Path) -> None:
    path = tmp_path / "sentences.txt"
    path.write_text("\n".join(SENTENCES), encoding="utf-8")
    _, output = _run(["score", "--lang", "en", "--threshold", "0.0", str(path)])
    assert all(json.loads(line)["checkworthy"] for line in output.splitlines())


def test_score_reports_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _run(["score", str(tmp_path / "missing.txt")])
    assert code == 1
    assert "missing.txt" in capsys.readouterr().err
    code, _ = _run(["score", "--threshold", "2", str(tmp_path / "missing.txt")])
    assert code == 2


def _write_claimbuster(path: Path, rows: list[tuple[str, int]]) -> None:
    header = (
        "Sentence_id,Text,Speaker,Speaker_title,Speaker_party,File_id,Length,Line_number,"
        "Sentiment,Verdict"
    )
    lines = [header]
    for number, (text, verdict) in enumerate(rows, start=1):
        lines.append(f'{number},"{text}",A,B,C,f{number % 2}.txt,5,{number},0.0,{verdict}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_eval_on_claimbuster_csv(tmp_path: Path) -> None:
    path = tmp_path / "labelled.csv"
    _write_claimbuster(
        path, [(SENTENCES[0], 1), (SENTENCES[1], 1), (SENTENCES[2], -1), (SENTENCES[3], 0)]
    )
    code, output = _run(["eval", "--json", str(path)])
    assert code == 0
    report = json.loads(output)
    assert report["sentences"] == 4 and report["checkworthy"] == 2
    assert report["precision"] == report["recall"] == report["f1"] == 1.0
    assert "map" not in report


def test_eval_on_checkthat_documents_gives_map(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "a.tsv").write_text(
        f"1\tX\t{SENTENCES[2]}\t0\n2\tX\t{SENTENCES[1]}\t1\n3\tX\t{SENTENCES[3]}\t0\n",
        encoding="utf-8",
    )
    (folder / "b.tsv").write_text(
        f"1\tY\t{SENTENCES[0]}\t1\n2\tY\t{SENTENCES[2]}\t0\n", encoding="utf-8"
    )
    code, output = _run(["eval", str(folder)])
    assert code == 0
    assert "MAP over 2 documents: 1.000" in output
    assert "F1 1.000" in output


def test_eval_names_the_file_and_the_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.tsv"
    path.write_text("1\tX\tno label here\n", encoding="utf-8")
    code, _ = _run(["eval", str(path)])
    assert code == 1
    error = capsys.readouterr().err
    assert "broken.tsv" in error and "line 1" in error
    code, _ = _run(["eval", str(tmp_path / "notes.docx")])
    assert code == 1
    assert "no such file" in capsys.readouterr().err


def test_score_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Le chômage a baissé de 3 % en 2023.\nMerci.\n"))
    code, output = _run(["score", "--lang", "fr", "-"])
    assert code == 0
    records = [json.loads(line) for line in output.splitlines()]
    assert [record["text"] for record in records] == [
        "Le chômage a baissé de 3 % en 2023.",
        "Merci.",
    ]
    assert records[0]["checkworthy"] and not records[1]["checkworthy"]
    assert records[0]["atoms"][0] == {"start": 23, "end": 26, "kind": "number", "text": "3 %"}
