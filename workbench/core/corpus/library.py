"""Verdict memory across projects: a folder of earlier projects, read-only, as a local library.

A claim of the open project that states the same thing as a claim already given a verdict in an
earlier project gets a suggestion ("denied on 26 Oct 2024 in project X, rationale …"). A
suggestion changes nothing: the checker takes it over explicitly (`take_over`), and the claim's
history then says where the verdict came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workbench.core.corpus.grouping import find_groups
from workbench.core.corpus.groups import claim_texts
from workbench.core.corpus.matching import ClaimMatch, ClaimText, MatchKind, SignatureCache
from workbench.core.corpus.translation import SentenceEncoder
from workbench.core.model import Verdict
from workbench.core.project import PROJECT_SUFFIX, ClaimChange, Project, ProjectError
from workbench.core.project.rows import log_change

TAKEN_FROM = "taken_from"  # the history field of a verdict taken over from an earlier project


@dataclass(frozen=True, slots=True)
class PastVerdict:
    """A verdict given in an earlier project, with what a checker needs to judge it."""

    project_path: Path
    claim_id: int
    claim_number: int
    article_title: str
    text: str
    language: str
    verdict: Verdict
    rationale: str
    decided_at: str  # ISO time of the history entry that gave the verdict; "" if none
    decided_by: str
    source_urls: tuple[str, ...]

    @property
    def project_name(self) -> str:
        return self.project_path.stem

    def describe(self) -> str:
        """ "denied on 26 Oct 2024 in project X, rationale …"."""
        when = f" on {_day(self.decided_at)}" if self.decided_at else ""
        said = f"{self.verdict.value}{when} in project {self.project_name}"
        if self.decided_by:
            said += f" by {self.decided_by}"
        if self.rationale:
            said += f", rationale: {self.rationale}"
        return said


def _day(at: str) -> str:
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at
    return f"{moment.day} {moment:%b %Y}"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """An earlier verdict offered for a claim of the open project; nothing is applied."""

    claim_id: int
    past: PastVerdict
    kind: MatchKind
    similarity: float


@dataclass(frozen=True, slots=True)
class LibraryProblem:
    """A file of the library folder that could not be read, and why (it is skipped)."""

    path: Path
    problem: str


class VerdictLibrary:
    """Every verdict of the projects in a folder (and its subfolders), read once, read-only."""

    def __init__(
        self, verdicts: Sequence[PastVerdict], problems: Sequence[LibraryProblem] = ()
    ) -> None:
        self.verdicts = tuple(verdicts)
        self.problems = tuple(problems)
        self._cache = SignatureCache()

    @classmethod
    def from_folder(cls, folder: str | Path, *, exclude: Path | None = None) -> VerdictLibrary:
        """Read the folder's project files; `exclude` (the open project) is left out."""
        folder = Path(folder)
        if not folder.is_dir():
            raise ProjectError(str(folder), "the library folder does not exist")
        verdicts: list[PastVerdict] = []
        problems: list[LibraryProblem] = []
        for path in sorted(folder.rglob(f"*{PROJECT_SUFFIX}")):
            if exclude is not None and _same(path, exclude):
                continue
            try:
                verdicts.extend(_verdicts_of(path))
            except (ProjectError, OSError) as error:
                problems.append(LibraryProblem(path, str(error)))
        return cls(verdicts, problems)

    def suggestions(
        self, claims: Sequence[ClaimText], *, encoder: SentenceEncoder | None = None
    ) -> list[Suggestion]:
        """For each claim, the earlier verdicts on claims stating the same thing, best first."""
        if not self.verdicts or not claims:
            return []
        # Library entries get ids below every claim id, so both live in one grouping.
        offset = -1 - max(claim.id for claim in claims) - len(self.verdicts)
        library_ids = {offset - at: past for at, past in enumerate(self.verdicts)}
        library_claims = [
            ClaimText(claim_id, past.text, past.language) for claim_id, past in library_ids.items()
        ]
        groups = find_groups([*claims, *library_claims], encoder=encoder, cache=self._cache)
        suggestions: list[Suggestion] = []
        for group in groups:
            own = [claim_id for claim_id in group.claim_ids if claim_id not in library_ids]
            past = [claim_id for claim_id in group.claim_ids if claim_id in library_ids]
            for claim_id in own:
                for past_id in past:
                    kind, similarity = _closest(group.matches, claim_id, past_id)
                    suggestions.append(Suggestion(claim_id, library_ids[past_id], kind, similarity))
        return sorted(suggestions, key=lambda found: (found.claim_id, -found.similarity))


def _closest(matches: Iterable[ClaimMatch], first: int, second: int) -> tuple[MatchKind, float]:
    """How the two were matched; linked through others, the weakest link of the group."""
    for match in matches:
        if {match.first, match.second} == {first, second}:
            return match.kind, match.similarity
    weakest = min(matches, key=lambda match: match.similarity)
    return weakest.kind, weakest.similarity


def _same(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve()
    except OSError:
        return False


def _verdicts_of(path: Path) -> list[PastVerdict]:
    with Project.open(path, read_only=True) as project:
        decided: dict[int, tuple[str, str]] = {}
        for entry in project.history():
            if entry.field == "verdict" and entry.claim_id is not None:
                decided[entry.claim_id] = (entry.at, entry.who)
        articles = {article.id: article for article in project.articles()}
        found = []
        for claim in project.claims():
            if claim.verdict == Verdict.UNCHECKED or claim.is_dismissed:
                continue
            at, who = decided.get(claim.id, ("", ""))
            article = articles[claim.article_id]
            found.append(
                PastVerdict(
                    project_path=path,
                    claim_id=claim.id,
                    claim_number=claim.number,
                    article_title=article.title,
                    text=claim.text,
                    language=article.language if article.language != "unknown" else "fr",
                    verdict=claim.verdict,
                    rationale=claim.rationale,
                    decided_at=at,
                    decided_by=who,
                    source_urls=tuple(source.url for source in project.sources(claim.id)),
                )
            )
        return found


def project_suggestions(
    project: Project, library: VerdictLibrary, *, encoder: SentenceEncoder | None = None
) -> list[Suggestion]:
    """Suggestions for the project's claims that have no verdict yet."""
    articles = {article.id: article for article in project.articles()}
    unchecked = [claim for claim in project.claims() if claim.verdict == Verdict.UNCHECKED]
    return library.suggestions(claim_texts(unchecked, articles), encoder=encoder)


def taken_from_note(past: PastVerdict) -> str:
    return f"{past.describe()} (claim {past.claim_number}, {past.article_title})"


def take_over(
    project: Project, suggestion: Suggestion, who: str = "", *, with_rationale: bool = True
) -> tuple[ClaimChange, ...]:
    """Give the claim the earlier verdict (and its rationale if the claim has none), at once.

    Undo: `set_verdict(change.claim.id, change.old, place=change.place)` for the verdict change
    and `set_rationale(claim_id, change.old)` for the rationale one, in reverse order.
    """
    claim = project.claim(suggestion.claim_id)
    past = suggestion.past
    changes: list[ClaimChange] = []
    with project.file.transaction("the verdict taken over") as db:
        changes.append(project.set_verdict(claim.id, past.verdict, who))
        log_change(db, who, claim.id, claim.article_id, TAKEN_FROM, None, taken_from_note(past))
        if with_rationale and past.rationale and not claim.rationale:
            changes.append(project.set_rationale(claim.id, past.rationale, who))
    return tuple(changes)


def undo_take_over(
    project: Project, suggestion: Suggestion, changes: Sequence[ClaimChange], who: str = ""
) -> None:
    """Put the claim back as it was before `take_over` made `changes`, in one transaction; its
    history says the earlier project's verdict was let go."""
    note = taken_from_note(suggestion.past)
    with project.file.transaction("the undo of the verdict taken over") as db:
        for change in reversed(changes):
            if change.field == "verdict":
                assert change.old is not None
                project.set_verdict(change.claim.id, Verdict(change.old), who, place=change.place)
                log_change(
                    db, who, change.claim.id, change.claim.article_id, TAKEN_FROM, note, None
                )
            elif change.field == "rationale":
                project.set_rationale(change.claim.id, change.old or "", who)
