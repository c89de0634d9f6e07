"""Cutting a stream of articles into batches, and keeping their results in the input order."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from workbench.core.importers import analysis_text
from workbench.core.model import Analysis, ArticleDraft

# Measured on the benchmark corpus (tests/benchmarks/bench_parallel.py): piping 8 to 32 articles
# at once costs 13 % less processor time than one article at a time, and a batch of 16 articles
# (about half a second of work) is small enough to keep every worker busy to the end.
BATCH_ARTICLES = 16
# A batch also ends past this many characters, so a corpus of very long articles keeps memory low.
BATCH_CHARACTERS = 200_000

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
Other = TypeVar("Other")
Analysed = tuple[ArticleDraft, Analysis]


@dataclass(frozen=True, slots=True)
class Batch(Generic[Other]):
    """Consecutive items of the input: the articles to analyse, and what passes through untouched
    (an ImportFailure, say) at its place among them."""

    items: tuple[ArticleDraft | Other, ...]

    @property
    def drafts(self) -> list[ArticleDraft]:
        return [item for item in self.items if isinstance(item, ArticleDraft)]

    @property
    def texts(self) -> list[str]:
        return [analysis_text(draft) for draft in self.drafts]  # code blanked, same offsets

    def describe(self) -> str:
        """The articles of the batch as a checker finds them in the file: titles, corpus index."""
        names = []
        for draft in self.drafts:
            index = draft.metadata.get("index")
            names.append(f"{draft.title!r}" + (f" (entry {index})" if index is not None else ""))
        return ", ".join(names)

    def joined(self, analyses: Sequence[Analysis]) -> list[Analysed | Other]:
        """The items again, each article paired with its analysis."""
        found = iter(analyses)
        return [
            (item, next(found)) if isinstance(item, ArticleDraft) else item for item in self.items
        ]


def batches(
    items: Iterable[ArticleDraft | Other],
    articles: int = BATCH_ARTICLES,
    characters: int = BATCH_CHARACTERS,
) -> Iterator[Batch[Other]]:
    """Batches in input order. Their make-up depends on the input alone, never on the number of
    workers, so every engine feeds spaCy the same batches and gives the same results."""
    pending: list[ArticleDraft | Other] = []
    count = size = 0
    for item in items:
        pending.append(item)
        if isinstance(item, ArticleDraft):
            count += 1
            size += len(item.text)
            if count >= articles or size >= characters:
                yield Batch(tuple(pending))
                pending, count, size = [], 0, 0
    if pending:
        yield Batch(tuple(pending))


class Pending(Protocol[T_co]):
    """A result still being computed (a concurrent.futures or a Dask future)."""

    def result(self) -> T_co: ...


def in_order(
    work: Iterable[T],
    submit: Callable[[T], Pending[Sequence[Analysis]]],
    window: Callable[[], int],
) -> Iterator[tuple[T, Pending[Sequence[Analysis]]]]:
    """Submit work ahead, at most `window()` pieces in flight, and hand each back with its
    pending result in the order submitted. Only the window is ever held, never the whole input.

    The caller takes `.result()` of each before asking for the next; `window` is asked again at
    each submission, so an engine whose workers come and go can widen or narrow it.
    """
    flight: deque[tuple[T, Pending[Sequence[Analysis]]]] = deque()
    source = iter(work)
    exhausted = False
    while True:
        while not exhausted and len(flight) < max(1, window()):
            piece = next(source, None)
            if piece is None:
                exhausted = True
                break
            flight.append((piece, submit(piece)))
        if not flight:
            return
        yield flight.popleft()
