"""`Project`: one object over an open project file, its queries and its edits, for the window,
the reports and the command line. Each method hands over to the module that holds the concept:
`file` (opening, locking, backups, transactions), `queries` (reading), `articles`, `claims` and
`sources` (edits, each one transaction with its history).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Self

from sqlite_utils import Database

from workbench.core.model import Analysis, Annotation, ArticleDraft, Atom, Verdict
from workbench.core.project import articles as _articles
from workbench.core.project import backups, overview, queries
from workbench.core.project import claims as _claims
from workbench.core.project import sources as _sources
from workbench.core.project.annotations import annotations_of
from workbench.core.project.articles import text_fingerprint
from workbench.core.project.chain import GENESIS, ChainCheck
from workbench.core.project.file import PROJECT_SUFFIX, ProjectFile
from workbench.core.project.overview import ArticleRow, CorpusOverview
from workbench.core.project.records import (
    AnchorState,
    ArticleProgress,
    ArticleRecord,
    ArticleSummary,
    ClaimChange,
    ClaimPlace,
    ClaimRecord,
    ClaimSnapshot,
    HistoryEntry,
    SourceChange,
    SourceRecord,
)

__all__ = ["PROJECT_SUFFIX", "Project", "text_fingerprint"]


class Project:
    """An open project. Use `Project.create` or `Project.open`; close it when done.

    `file` is the open `ProjectFile`: its `transaction` is the one way to write, for use cases
    outside this package (revisions, import). `last_backup` is the backup taken when it was
    opened (None if none was needed); `backup_problem` says why none could be taken.
    """

    def __init__(self, file: ProjectFile) -> None:
        self.file = file

    # -- the file ------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path) -> Self:
        """Create a new, empty project; refuse to replace an existing file."""
        return cls(ProjectFile.create(path))

    @classmethod
    def open(
        cls, path: str | Path, *, read_only: bool = False, keep_backups: int = backups.DEFAULT_KEEP
    ) -> Self:
        """Open an existing project (see `ProjectFile.open`)."""
        return cls(ProjectFile.open(path, read_only=read_only, keep_backups=keep_backups))

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    @property
    def last_backup(self) -> Path | None:
        return self.file.last_backup

    @property
    def backup_problem(self) -> str | None:
        return self.file.backup_problem

    @property
    def warnings(self) -> list[str]:
        """What the window should tell the checker about the file at open (see `ProjectFile`)."""
        return self.file.warnings

    def verify_history(self) -> ChainCheck:
        """Check the history's hash chain now: which entry, if any, does not match."""
        return self.file.verify_history()

    def history_has_head(self, head: str) -> bool:
        """Whether `head` (a chain head an earlier report carried) is an entry of the history."""
        row = self.file.db.execute(
            "SELECT 1 FROM history WHERE entry_hash = ?", [head.strip().lower()]
        ).fetchone()
        return row is not None or head.strip().lower() == GENESIS

    @property
    def _db(self) -> Database:
        # Kept for the tests that reach the database to simulate damage; code uses `file.db`.
        return self.file.db

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def save_copy(self, target: str | Path, *, overwrite: bool = False) -> Path:
        return self.file.save_copy(target, overwrite=overwrite)

    def save_as(self, target: str | Path, *, overwrite: bool = False) -> None:
        self.file.save_as(target, overwrite=overwrite)

    def backup_now(self, keep: int = backups.DEFAULT_KEEP) -> Path | None:
        return self.file.backup_now(keep)

    def integrity_check(self) -> str:
        return self.file.integrity_check()

    # -- articles ------------------------------------------------------------------------------

    def add_articles(
        self, items: Sequence[tuple[ArticleDraft, Analysis]], who: str = ""
    ) -> list[int]:
        return _articles.add_articles(self.file, items, who)

    def articles(self) -> list[ArticleRecord]:
        return queries.articles(self.file.db)

    def article(self, article_id: int) -> ArticleRecord:
        return queries.article(self.file.db, article_id)

    def annotations(self, article_id: int, kind: str | None = None) -> list[Annotation]:
        """Comments, tracked changes, notes and parts kept from the article's import."""
        return annotations_of(self.file.db, article_id, kind)

    def article_summaries(self) -> list[ArticleSummary]:
        """Every article in reading order, without its text."""
        return queries.article_summaries(self.file.db)

    def article_summary(self, article_id: int) -> ArticleSummary:
        return queries.article_summary(self.file.db, article_id)

    def article_progress(self, article_id: int) -> ArticleProgress:
        return queries.article_progress(self.file.db, article_id)

    def article_rows(self, ids: Iterable[int] | None = None) -> list[ArticleRow]:
        """Every article (or those of `ids`) as the navigator lists it, in one statement."""
        return overview.article_rows(self.file.db, ids)

    def corpus_overview(self, rows: Sequence[ArticleRow] | None = None) -> CorpusOverview:
        """Articles by date and source, claims by tier and verdict (`rows`: read if not given)."""
        return overview.corpus_overview(self.file.db, rows)

    def fingerprints(self) -> dict[str, int]:
        """The import key (text and corpus index) of every article's text, to the article."""
        return queries.fingerprints(self.file.db)

    def earlier_revisions(self) -> dict[str, str]:
        """Import keys of the texts articles had before their last revision, to what each is."""
        return queries.earlier_revisions(self.file.db)

    # -- claims --------------------------------------------------------------------------------

    def claims(self, article_id: int | None = None) -> list[ClaimRecord]:
        return queries.claims(self.file.db, article_id)

    def claim(self, claim_id: int) -> ClaimRecord:
        return queries.claim(self.file.db, claim_id)

    def anchor_states(self, article_id: int) -> dict[int, AnchorState]:
        """How each claim of the article stands after its last revision, by claim id."""
        return queries.anchor_states(self.file.db, article_id)

    def set_verdict(
        self, claim_id: int, verdict: Verdict, who: str = "", *, place: ClaimPlace | None = None
    ) -> ClaimChange:
        """Give a claim its verdict; the change holds the claim and the article's progress after
        it, and the history lines written (see `claims.set_verdict`)."""
        return _claims.set_verdict(self.file, claim_id, verdict, who, place=place)

    def set_rationale(self, claim_id: int, rationale: str, who: str = "") -> ClaimChange:
        return _claims.set_rationale(self.file, claim_id, rationale, who)

    def add_claim(self, article_id: int, start: int, end: int, who: str = "") -> ClaimChange:
        return _claims.add_claim(self.file, article_id, start, end, who)

    def set_claim_span(
        self,
        claim_id: int,
        start: int,
        end: int,
        who: str = "",
        *,
        atoms: Sequence[Atom] | None = None,
    ) -> ClaimChange:
        return _claims.set_claim_span(self.file, claim_id, start, end, who, atoms=atoms)

    def restore_place(self, claim_id: int, place: ClaimPlace, who: str = "") -> ClaimChange:
        return _claims.restore_place(self.file, claim_id, place, who)

    def set_dismissed(self, claim_id: int, is_dismissed: bool, who: str = "") -> ClaimChange:
        return _claims.set_dismissed(self.file, claim_id, is_dismissed, who)

    def dismiss_claim(self, claim_id: int, who: str = "") -> ClaimChange:
        return self.set_dismissed(claim_id, True, who)

    def undismiss_claim(self, claim_id: int, who: str = "") -> ClaimChange:
        return self.set_dismissed(claim_id, False, who)

    def remove_claim(self, claim_id: int, who: str = "") -> ClaimChange:
        return _claims.remove_claim(self.file, claim_id, who)

    def restore_claim(self, snapshot: ClaimSnapshot, who: str = "") -> ClaimChange:
        return _claims.restore_claim(self.file, snapshot, who)

    # -- sources -------------------------------------------------------------------------------

    def sources(self, claim_id: int) -> list[SourceRecord]:
        return queries.sources(self.file.db, claim_id)

    def source(self, source_id: int) -> SourceRecord:
        return queries.source(self.file.db, source_id)

    def add_source(
        self,
        claim_id: int,
        url: str = "",
        title: str = "",
        excerpt: str = "",
        accessed: str | None = None,
        who: str = "",
    ) -> SourceChange:
        return _sources.add_source(self.file, claim_id, url, title, excerpt, accessed, who)

    def edit_source(
        self,
        source_id: int,
        *,
        url: str | None = None,
        title: str | None = None,
        excerpt: str | None = None,
        accessed: str | None = None,
        who: str = "",
    ) -> SourceChange:
        return _sources.edit_source(
            self.file, source_id, url=url, title=title, excerpt=excerpt, accessed=accessed, who=who
        )

    def remove_source(self, source_id: int, who: str = "") -> SourceChange:
        return _sources.remove_source(self.file, source_id, who)

    def restore_source(self, source: SourceRecord, who: str = "") -> SourceChange:
        return _sources.restore_source(self.file, source, who)

    # -- history and where the checker was -----------------------------------------------------

    def history(
        self, claim_id: int | None = None, *, article_id: int | None = None
    ) -> list[HistoryEntry]:
        """Every change, oldest first: all of them, one claim's, or one article's."""
        return queries.history(self.file.db, claim_id, article_id=article_id)

    def state(self, key: str) -> str | None:
        return queries.state(self.file.db, key)

    def set_state(self, key: str, value: str | None) -> None:
        if self.read_only:
            return
        with self.file.transaction("the reading position") as db:
            if value is None:
                db.execute("DELETE FROM state WHERE key = ?", [key])
            else:
                db.execute(
                    "INSERT INTO state (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [key, value],
                )
