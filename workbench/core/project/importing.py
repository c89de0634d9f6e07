"""The import use case: files (and pasted articles) into a project, for the window and the CLI.

Reading, analysis and writing form one stream, so a corpus of any size holds a few articles in
memory at a time: the reader yields drafts, the analysis engine turns them into analysed
articles, and each is written as it arrives, in one transaction. Texts the project already
holds, or that an earlier file of the same import brought, are skipped (by SHA-256) before
they are analysed. A malformed corpus entry is left out alone and reported by its line and
index, each one (the file's other entries go in); a file that cannot be read at all is left
out and reported; everything else goes in at commit. Any exception (a failed write, a failed analysis, a cancel raised from
the progress callback) rolls the whole import back: the project is as it was.

`import_files` does it all in one process (the command line). A window that analyses in a
worker process and writes in its own splits it in two: `NewArticles` in the worker (given the
project's fingerprints), sent on in parts as they are analysed, then `write_articles` of each
part in the process that owns the file, which checks the fingerprints again since the project
may have changed meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlite_utils import Database

from workbench.core.importers import ImportFailure, analysis_text, iter_articles
from workbench.core.model import Analysis, ArticleDraft
from workbench.core.project import queries
from workbench.core.project.articles import draft_keys, insert_article
from workbench.core.project.file import ProjectFile
from workbench.core.project.rows import next_id


class Analyzer(Protocol):
    """What import needs from the claim detector (injected, so tests can pass a fake)."""

    def analyze(self, text: str, language: str | None = None) -> Analysis: ...


# An analysis engine: analysed articles for a stream of drafts, each draft exactly once and in
# the order given, pulling drafts as it goes (so memory stays bounded). `sequential` is the
# one-process engine; a parallel one may read ahead a few drafts and analyse them at once.
AnalysisEngine = Callable[[Iterable[ArticleDraft]], Iterator[tuple[ArticleDraft, Analysis]]]
# on_progress(bytes read so far, bytes in all the files): about once per MiB and per file.
ProgressCallback = Callable[[int, int], None]


def sequential(analyzer: Analyzer) -> AnalysisEngine:
    """The engine that analyses one draft after the other in this process."""

    def engine(drafts: Iterable[ArticleDraft]) -> Iterator[tuple[ArticleDraft, Analysis]]:
        for draft in drafts:
            yield draft, analyzer.analyze(analysis_text(draft))  # code blocks never analysed

    return engine


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: the articles added (ids, in order), the files and the malformed
    corpus entries left out (one failure each, naming its file, and an entry's line and index
    too), how many texts were skipped as already present, and the
    texts recognised as an earlier revision of an article (one sentence each, naming its file).
    """

    article_ids: tuple[int, ...]
    failures: tuple[ImportFailure, ...]
    already_present: int
    claim_count: int
    earlier_revisions: tuple[str, ...] = ()
    # For `write_articles`: the positions, in what it was given, of the articles it wrote.
    written: tuple[int, ...] = ()


def import_files(
    file: ProjectFile,
    paths: Sequence[Path],
    analyse: AnalysisEngine,
    *,
    given: Sequence[ArticleDraft] = (),
    encoding: str | None = None,
    on_progress: ProgressCallback | None = None,
    who: str = "",
) -> ImportReport:
    """Import every article in `paths` (read as `encoding`, if given) and the ready-made
    articles `given` (a paste), all in one transaction (see the module docstring)."""
    reader = _Reader(paths, given, encoding, on_progress)
    with file.transaction("the import") as db:
        reader.known = set(queries.fingerprints(db))
        reader.earlier = queries.earlier_revisions(db)
        writer = _Writer(db, who)
        for draft, analysis in analyse(reader.drafts()):
            writer.add(draft, analysis)
    return ImportReport(
        tuple(writer.article_ids),
        tuple(reader.failures),
        reader.already_present,
        writer.claim_count,
        tuple(reader.earlier_found),
    )


class NewArticles:
    """The reading and analysis half of an import as a stream, without the project: iterating
    yields each new article analysed, in order, one at a time, so a worker can send them on in
    parts while the rest is analysed. The same dedupe and failure rules as `import_files`,
    against the import keys given (`queries.fingerprints`, and `queries.earlier_revisions` as
    `earlier`); what was left out is known once the iteration has ended."""

    def __init__(
        self,
        paths: Sequence[Path],
        known_fingerprints: set[str],
        analyse: AnalysisEngine,
        *,
        given: Sequence[ArticleDraft] = (),
        encoding: str | None = None,
        on_progress: ProgressCallback | None = None,
        earlier: Mapping[str, str] | None = None,
    ) -> None:
        self._reader = _Reader(paths, given, encoding, on_progress)
        self._reader.known = set(known_fingerprints)
        self._reader.earlier = dict(earlier or {})
        self._analyse = analyse

    def __iter__(self) -> Iterator[tuple[ArticleDraft, Analysis]]:
        return iter(self._analyse(self._reader.drafts()))

    @property
    def failures(self) -> tuple[ImportFailure, ...]:
        return tuple(self._reader.failures)

    @property
    def already_present(self) -> int:
        return self._reader.already_present

    @property
    def earlier_revisions(self) -> tuple[str, ...]:
        return tuple(self._reader.earlier_found)


def write_articles(
    file: ProjectFile, analysed: Iterable[tuple[ArticleDraft, Analysis]], who: str = ""
) -> ImportReport:
    """The writing half: add analysed articles in one transaction, as they come, skipping any
    text the project holds by now (counted in `already_present`)."""
    with file.transaction("the import") as db:
        known = set(queries.fingerprints(db)) | set(queries.earlier_revisions(db))
        writer = _Writer(db, who)
        present = 0
        written = []
        for position, (draft, analysis) in enumerate(analysed):
            lookups, keys = draft_keys(draft)
            if any(key in known for key in lookups):
                present += 1
                continue
            known.update(keys)
            writer.add(draft, analysis)
            written.append(position)
    return ImportReport(
        tuple(writer.article_ids), (), present, writer.claim_count, written=tuple(written)
    )


class _Reader:
    """Reads the sources one after the other, yielding the drafts worth analysing."""

    def __init__(
        self,
        paths: Sequence[Path],
        given: Sequence[ArticleDraft],
        encoding: str | None,
        on_progress: ProgressCallback | None,
    ) -> None:
        self._paths = list(paths)
        self._given = list(given)
        self._encoding = encoding
        self._on_progress = on_progress
        self.known: set[str] = set()
        self.earlier: dict[str, str] = {}  # import keys of earlier revisions -> what they are
        self.earlier_found: list[str] = []
        self.failures: list[ImportFailure] = []
        self.already_present = 0
        self._bytes_total = sum(_size(path) for path in self._paths)
        self._bytes_before = 0

    def drafts(self) -> Iterator[ArticleDraft]:
        for index, path in enumerate(self._paths):
            yield from self._source(index, self._read(path))
            self._bytes_before += _size(path)
        yield from self._source(len(self._paths), iter(self._given))

    def _read(self, path: Path) -> Iterator[ArticleDraft | ImportFailure]:
        def progress(done: int, total: int) -> None:
            if self._on_progress is not None:
                self._on_progress(self._bytes_before + done, self._bytes_total)

        try:
            items = iter_articles(path, self._encoding, progress)
            yield from items
        except ImportFailure as failure:  # the file as a whole: missing, binary, undecodable
            yield failure

    def _source(
        self, index: int, items: Iterator[ArticleDraft | ImportFailure]
    ) -> Iterator[ArticleDraft]:
        """The new drafts of one source; each malformed entry is reported and left out alone."""
        mine: set[str] = set()
        articles = malformed = 0
        for item in items:
            if isinstance(item, ImportFailure):
                malformed += 1
                self.failures.append(item)
                continue
            articles += 1
            lookups, keys = draft_keys(item)
            earlier = next((self.earlier[k] for k in lookups if k in self.earlier), None)
            if earlier is not None:  # the article's past: said, never added again
                where = item.source_path or self._name(index)
                self.earlier_found.append(f"{where}: this text is {earlier}; not added again")
                continue
            if any(key in self.known or key in mine for key in lookups):
                self.already_present += 1
                continue
            mine.update(keys)
            yield item
        if articles == 0 and malformed == 0 and index < len(self._paths):
            self.failures.append(
                ImportFailure(str(self._paths[index]), "the file holds no article")
            )
        self.known |= mine

    def _name(self, index: int) -> str:
        return str(self._paths[index]) if index < len(self._paths) else "the pasted text"


class _Writer:
    """Writes analysed articles as they come, inside the import's one transaction."""

    def __init__(self, db: Database, who: str) -> None:
        self._db = db
        self._who = who
        self._position = int(
            db.execute("SELECT COALESCE(MAX(position), 0) FROM articles").fetchone()[0]
        )
        self._next_claim_id = next_id(db, "claims", "claim_id")
        self.article_ids: list[int] = []
        self.claim_count = 0

    def add(self, draft: ArticleDraft, analysis: Analysis) -> None:
        self._position += 1
        article_id = insert_article(
            self._db, draft, analysis, self._who, self._position, self._next_claim_id
        )
        self._next_claim_id += len(analysis.claims)
        self.article_ids.append(article_id)
        self.claim_count += len(analysis.claims)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # the reader reports the file; progress just has nothing to count for it
