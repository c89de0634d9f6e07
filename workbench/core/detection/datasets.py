"""Readers for the labelled check-worthiness data: ClaimBuster CSV and CheckThat! 2019 TSV files."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

_CLAIMBUSTER_COLUMNS = ("Text", "Verdict")


class DatasetError(ValueError):
    """A labelled file that cannot be read; the message names the file and the problem."""


@dataclass(frozen=True)
class LabelledSentence:
    text: str
    checkworthy: bool
    group: str  # the debate or speech it comes from: folds and documents never split a group


def normalise(text: str) -> str:
    """The form used to find the same sentence in two files (leakage checks)."""
    return " ".join("".join(ch for ch in text.lower() if ch.isalnum() or ch.isspace()).split())


def read_claimbuster(path: Path) -> list[LabelledSentence]:
    """ClaimBuster CSV: check-worthy means Verdict 1 (0 and -1 are not)."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [
                name for name in _CLAIMBUSTER_COLUMNS if name not in (reader.fieldnames or [])
            ]
            if missing:
                raise DatasetError(
                    f"{path}: not a ClaimBuster CSV (no column {', '.join(missing)})"
                )
            rows = []
            for line_number, row in enumerate(reader, start=2):
                verdict = (row.get("Verdict") or "").strip()
                if verdict not in {"1", "0", "-1"}:
                    raise DatasetError(
                        f"{path}, line {line_number}: Verdict {verdict!r} is not 1, 0 or -1"
                    )
                rows.append(LabelledSentence(row["Text"], verdict == "1", row.get("File_id") or ""))
            return rows
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise DatasetError(f"{path}: cannot read ({error})") from error


def read_checkthat_document(path: Path) -> list[LabelledSentence]:
    """One CheckThat! 2019 document: `line <TAB> speaker <TAB> text <TAB> label`, no header."""
    sentences = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise DatasetError(f"{path}: cannot read ({error})") from error
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 4 or fields[3].strip() not in {"0", "1"}:
            raise DatasetError(
                f"{path}, line {line_number}: expected 'line<TAB>speaker<TAB>text<TAB>0|1'"
            )
        sentences.append(LabelledSentence(fields[2], fields[3].strip() == "1", path.stem))
    return sentences


def read_checkthat(path: Path) -> list[list[LabelledSentence]]:
    """A CheckThat! document, or a folder of them: one list of sentences per document."""
    if path.is_dir():
        files = sorted(path.glob("*.tsv"))
        if not files:
            raise DatasetError(f"{path}: folder holds no .tsv CheckThat! document")
        return [read_checkthat_document(file) for file in files]
    return [read_checkthat_document(path)]


def read_labelled(path: Path) -> tuple[str, list[list[LabelledSentence]]]:
    """Any supported labelled file: ("sentences", [all]) for CSV, ("documents", docs) for TSV."""
    if not path.exists():
        raise DatasetError(f"{path}: no such file or folder")
    if path.is_dir() or path.suffix.lower() == ".tsv":
        return "documents", read_checkthat(path)
    if path.suffix.lower() == ".csv":
        return "sentences", [read_claimbuster(path)]
    raise DatasetError(
        f"{path}: unknown labelled format (expected a ClaimBuster .csv or "
        "CheckThat! .tsv documents)"
    )
