"""The corpus export format, read whole (all or nothing) and as a stream (entry by entry)."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from workbench.core.importers import ImportFailure, iter_articles, read_articles
from workbench.core.model import ArticleDraft


def entry(
    index: int,
    title: str = "Titre",
    body: str = "Un paragraphe.\nUn autre.",
    date: str = "25-10-2024 20:32:03",
    total: int = 9,
) -> str:
    return f"{index}/{total}\nDate : {date}\n{title} ;\n{body}\n|\n"


def write(tmp_path: Path, text: str, name: str = "corpus.txt", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_articles_keep_title_text_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path, entry(1, "Premier titre") + "\n" + entry(2, "Second", "  Texte  \n\n"))
    first, second = read_articles(path)
    assert first.title == "Premier titre"
    assert first.text == "Premier titre\nUn paragraphe.\nUn autre."
    assert first.metadata == {
        "format": "corpus",
        "encoding": "utf_8",
        "index": 1,
        "total": 9,
        "date": "2024-10-25T20:32:03",
        "line": 1,
    }
    assert second.text == "Second\nTexte"
    assert second.metadata["line"] == 8
    assert first.source_path == str(path)
    json.dumps(first.metadata)


def test_the_seed_article_reads_as_its_corpus_entry(seed_article: Path) -> None:
    [article] = read_articles(seed_article)
    source_lines = seed_article.read_text(encoding="utf-8").splitlines()
    assert article.metadata["index"] == 1061 and article.metadata["total"] == 1366
    assert article.metadata["date"] == "2024-10-25T20:32:03"
    assert article.title == source_lines[2].removesuffix(";").strip()
    assert article.text.split("\n") == [article.title] + [
        line.strip() for line in source_lines[3:-1] if line.strip()
    ]


def test_a_malformed_entry_is_reported_and_the_others_are_read(tmp_path: Path) -> None:
    text = (
        entry(1)
        + "2/9\nDate : 45-99-2024 10:00:00\nMauvais ;\nTexte\n|\n"
        + entry(3)
        + "not a header\nmore junk\n|\n"
        + entry(5)
    )
    items = list(iter_articles(write(tmp_path, text)))
    kinds = [type(item).__name__ for item in items]
    assert kinds == [
        "ArticleDraft",
        "ImportFailure",
        "ArticleDraft",
        "ImportFailure",
        "ArticleDraft",
    ]
    bad_date, junk = items[1], items[3]
    assert isinstance(bad_date, ImportFailure) and isinstance(junk, ImportFailure)
    assert bad_date.index == 2 and bad_date.line == 8
    assert "article 2" in str(bad_date) and "line 8" in str(bad_date)
    assert "45-99-2024" in bad_date.problem
    assert junk.index is None and junk.entry == 4 and junk.line == 18
    assert "entry 4" in str(junk) and "not a header" in str(junk)
    assert [item.metadata["index"] for item in items if isinstance(item, ArticleDraft)] == [1, 3, 5]


def test_read_articles_is_all_or_nothing_and_names_every_malformed_entry(tmp_path: Path) -> None:
    text = entry(1) + "2/9\nDate : bientôt\nT ;\n|\n" + entry(3) + "4/9\n|\n"
    with pytest.raises(ImportFailure) as caught:
        read_articles(write(tmp_path, text))
    assert str(caught.value) == (
        f"{tmp_path / 'corpus.txt'}: 2 malformed entries: line 8, article 2: expected "
        "'Date : DD-MM-YYYY HH:MM:SS', found 'Date : bientôt'; line 18, article 4: the article "
        "has no date line"
    )
    with pytest.raises(ImportFailure) as one:
        read_articles(write(tmp_path, entry(1) + "2/9\n|\n"))
    assert one.value.index == 2 and one.value.line == 8


def test_a_failure_for_many_entries_names_twenty_and_counts_the_rest(tmp_path: Path) -> None:
    text = entry(1) + "".join(f"{index}/99\n|\n" for index in range(2, 32))
    with pytest.raises(ImportFailure) as caught:
        read_articles(write(tmp_path, text))
    message = str(caught.value)
    assert "30 malformed entries" in message and message.endswith("; and 10 more")
    assert "article 21:" in message and "article 22:" not in message


def test_a_forgotten_separator_still_splits_articles(tmp_path: Path) -> None:
    text = entry(1).removesuffix("|\n") + entry(2)
    first, second = read_articles(write(tmp_path, text))
    assert first.text == "Titre\nUn paragraphe.\nUn autre."
    assert second.metadata["index"] == 2


def test_a_number_alone_in_a_paragraph_stays_text(tmp_path: Path) -> None:
    [article] = read_articles(write(tmp_path, entry(1, body="Score final :\n3/4\nFin.")))
    assert article.text == "Titre\nScore final :\n3/4\nFin."


def test_last_article_without_separator_and_stray_separators(tmp_path: Path) -> None:
    text = "|\n\n" + entry(1) + "|\n" + entry(2).removesuffix("|\n")
    assert [a.metadata["index"] for a in read_articles(write(tmp_path, text))] == [1, 2]


def test_a_file_ending_inside_a_header_is_reported(tmp_path: Path) -> None:
    items = list(iter_articles(write(tmp_path, entry(1) + "2/9\nDate : 01-01-2024 00:00:00\n")))
    assert isinstance(items[0], ArticleDraft)
    assert isinstance(items[1], ImportFailure) and items[1].index == 2
    assert "ends inside" in items[1].problem


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_newlines_and_encodings_give_the_same_articles(
    tmp_path: Path, newline: str, encoding: str
) -> None:
    text = entry(1, "Élu à Orléans", "Déçu, il a dit « non ».\nFin.") + entry(2)
    expected = read_articles(write(tmp_path, text, "reference.txt"))
    path = write(tmp_path, text.replace("\n", newline), encoding=encoding)
    articles = read_articles(path)
    assert [(a.title, a.text) for a in articles] == [(a.title, a.text) for a in expected]
    assert [a.metadata["line"] for a in articles] == [1, 7]


def test_mixed_newlines_in_one_file(tmp_path: Path) -> None:
    text = (
        "1/2\r\nDate : 01-01-2024 00:00:00\rTitre ;\nUn.\r\nDeux.\r|\n"
        "2/2\nDate : 02-01-2024 00:00:00\nT ;\n|"
    )
    first, second = read_articles(write(tmp_path, text))
    assert first.text == "Titre\nUn.\nDeux."
    assert second.metadata["line"] == 7


def test_invalid_bytes_spoil_only_their_entry_when_streaming(tmp_path: Path) -> None:
    spoiled = b"2/9\nDate : 01-01-2024 00:00:00\nT ;\nbad \xff byte\n|\n"
    data = entry(1).encode() + spoiled + entry(3).encode()
    path = tmp_path / "corpus.txt"
    path.write_bytes(data)
    items = list(iter_articles(path, encoding="utf-8"))
    assert [type(item).__name__ for item in items] == [
        "ArticleDraft",
        "ImportFailure",
        "ArticleDraft",
    ]
    failure = items[1]
    assert isinstance(failure, ImportFailure)
    assert failure.index == 2 and failure.line == 10 and "utf_8" in failure.problem


def test_progress_reports_bytes_read_up_to_the_total(tmp_path: Path) -> None:
    path = write(tmp_path, "".join(entry(i, body="x" * 5000) for i in range(1, 600)))
    calls: list[tuple[int, int]] = []
    articles = list(iter_articles(path, on_progress=lambda *call: calls.append(call)))
    total = path.stat().st_size
    assert len(articles) == 599
    assert len(calls) >= 3  # about once per MiB, and at the end
    assert calls[-1] == (total, total)
    assert all(total_seen == total for _, total_seen in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_a_file_level_problem_is_raised_at_the_call(tmp_path: Path) -> None:
    with pytest.raises(ImportFailure, match="no such file"):
        iter_articles(tmp_path / "absent.txt")
    with pytest.raises(ImportFailure, match="binary"):
        iter_articles(write(tmp_path, "\x00\x01\x02\x03" * 100, "bin.txt", "latin-1"))


def test_iter_articles_reads_single_article_formats_too(tmp_path: Path) -> None:
    path = write(tmp_path, "Un titre\nUn texte.", "note.txt")
    calls: list[tuple[int, int]] = []
    [article] = list(iter_articles(path, on_progress=lambda *call: calls.append(call)))
    assert isinstance(article, ArticleDraft) and article.text == "Un titre\nUn texte."
    assert calls == [(path.stat().st_size,) * 2]


def test_overlong_index_is_text_not_a_header(tmp_path: Path) -> None:
    # Ten digits would not fit the project's integer columns for ever; it is not a header.
    text = "1234567890/2\nDate : 01-01-2024 00:00:00\nT ;\n|\n"
    [article] = read_articles(write(tmp_path, text))
    assert article.metadata["format"] == "text"


def test_failures_and_articles_survive_pickling_for_worker_processes(tmp_path: Path) -> None:
    import pickle

    items = list(iter_articles(write(tmp_path, entry(1) + "2/9\nDate : jamais\n|\n")))
    copies = pickle.loads(pickle.dumps(items))
    assert copies[0] == items[0]
    assert isinstance(copies[1], ImportFailure)
    assert str(copies[1]) == str(items[1]) and copies[1].index == 2 and copies[1].line == 8


def test_bad_utf16_stops_the_stream_with_a_failure_after_the_good_articles(tmp_path: Path) -> None:
    good = (entry(1) + entry(2)).encode("utf-16")
    lone_surrogate = "\n3/9\nDate : 01-01-2024 00:00:00\nT ;\nx".encode("utf-16-le") + b"\x00\xd8"
    path = tmp_path / "corpus.txt"
    path.write_bytes(
        good + lone_surrogate + "y\n|\n".encode("utf-16-le") + entry(4).encode("utf-16-le")
    )
    items = list(iter_articles(path))
    assert [type(item).__name__ for item in items] == [
        "ArticleDraft",
        "ArticleDraft",
        "ImportFailure",
    ]
    failure = items[2]
    assert isinstance(failure, ImportFailure) and failure.index == 3
    bad_byte = len(good) + len(lone_surrogate) - 2 + 1  # counted from 1, as a hex editor
    assert f"not valid utf_16 text at byte {bad_byte:,} of the file" in failure.problem
    assert "the rest of the file cannot be read" in failure.problem


def test_bad_utf8_in_a_corpus_names_its_line_and_byte_and_the_next_entry_is_read(
    tmp_path: Path,
) -> None:
    head = entry(1).encode() + b"2/9\nDate : 25-10-2024 20:32:03\nT\xc3\xa9 ;\n"
    path = tmp_path / "corpus.txt"
    path.write_bytes(head + b"Le caf\xe9 est cher.\n|\n" + entry(3).encode())
    first, failure, third = iter_articles(path, "utf-8")
    assert isinstance(first, ArticleDraft) and first.metadata["index"] == 1
    assert isinstance(failure, ImportFailure)
    assert (failure.line, failure.index) == (10, 2)
    assert failure.problem.startswith(
        f"bytes that are not valid utf_8 text at byte 7 of the line, byte {len(head) + 7} of "
        "the file (invalid continuation byte)"
    )
    assert isinstance(third, ArticleDraft) and third.metadata["index"] == 3


@pytest.mark.parametrize("padding", range(4))
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32"])
def test_wide_encodings_read_across_chunk_boundaries(
    tmp_path: Path, padding: int, encoding: str
) -> None:
    # Emoji (surrogate pairs in UTF-16) and \r\n pairs fall across every 64 KiB boundary.
    body = "\n".join("é🎉 " * (count % 7) + "x" * padding for count in range(3000))
    text = "".join(entry(index, body=body) for index in range(1, 4)).replace("\n", "\r\n")
    expected = read_articles(write(tmp_path, text, "reference.txt"))
    path = tmp_path / "wide.txt"
    marks = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-32": b""}
    path.write_bytes(marks[encoding] + text.encode(encoding))  # utf-32 writes its own mark
    articles = read_articles(path)
    assert len(articles) == 3
    assert [article.text for article in articles] == [article.text for article in expected]
