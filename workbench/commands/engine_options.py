"""`--jobs` and `--scheduler`, shared by `workbench analyze` and `workbench import`, and the
progress they print on stderr."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any, TextIO, TypeVar

from workbench.core.model import ArticleDraft

T = TypeVar("T")
PROGRESS_INTERVAL_S = 10.0  # without a terminal (a log, CI): one line this often


def add_model_option(parser: Any, help_text: str = "") -> None:
    """`--model`, named alike in every command; `--french-model`, its old name in `score` and
    `eval`, still works (hidden from the help) so that scripts do not break."""
    parser.add_argument(
        "--model",
        default=None,
        help=help_text
        or "French spaCy pipeline to use, e.g. fr_core_news_md (default: the preferred one "
        "installed)",
    )
    parser.add_argument("--french-model", dest="model", default=None, help=argparse.SUPPRESS)


def add_language_option(parser: Any, help_text: str, default: str | None) -> None:
    """`--language`, named alike in every command; `--lang`, its old name, still works."""
    parser.add_argument("--language", default=default, help=help_text)
    parser.add_argument("--lang", dest="language", default=default, help=argparse.SUPPRESS)


def add_engine_options(parser: Any) -> None:
    parser.add_argument(
        "--jobs",
        type=_positive,
        default=None,
        metavar="N",
        help="worker processes analysing in parallel (default: every core for a corpus)",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="analyse on a Dask cluster, e.g. tcp://host:8786 (needs Workbench's 'cluster' extra)",
    )


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of jobs, 1 or more, not {value!r}"
        )
    return number


class Progress:
    """Articles analysed so far, on stderr: a progress bar on a terminal (tqdm), else a line
    every PROGRESS_INTERVAL_S seconds and one at the end. The total grows as files are read:
    a corpus export says in each header how many articles it holds."""

    def __init__(
        self, stream: TextIO | None = None, interval_s: float = PROGRESS_INTERVAL_S
    ) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._interval_s = interval_s
        self._done = 0
        self._total = 0
        self._counted: set[str | None] = set()
        self._started = time.monotonic()
        self._first_at: float | None = None  # the rate is counted from the first article on
        self._next_line = self._started + interval_s
        self._bar: Any = None
        if self._stream.isatty():
            from tqdm import tqdm  # type: ignore[import-untyped]  # installed with spaCy

            class Bar(tqdm):  # type: ignore[misc]
                monitor_interval = 0  # no monitor thread: the bar is updated often enough

            self._bar = Bar(
                total=None,
                unit=" articles",
                file=self._stream,
                dynamic_ncols=True,
                desc="analysing",
            )

    def counting(self, items: Iterable[T]) -> Iterator[T]:
        """The input, passed through, adding each file's articles to the total as it is read."""
        expected = seen = 0
        for item in items:
            if isinstance(item, ArticleDraft):
                seen += 1
                if item.source_path not in self._counted:
                    self._counted.add(item.source_path)
                    declared = item.metadata.get("total")
                    expected += declared if isinstance(declared, int) and declared > 0 else 1
                if max(expected, seen) != self._total:
                    self._set_total(max(expected, seen))
            yield item

    def advance(self) -> None:
        self._done += 1
        if self._first_at is None:
            self._first_at = time.monotonic()
        if self._bar is not None:
            self._bar.update(1)
            return
        now = time.monotonic()
        if now >= self._next_line:
            self._next_line = now + self._interval_s
            self._line(now)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            return
        seconds = time.monotonic() - self._started
        if self._done and seconds >= self._interval_s:  # a quick run needs no summary
            self._print(
                f"workbench: analysed {self._done:,} article(s) in {seconds:.0f} s "
                f"({self._done / max(seconds, 1e-9):.1f} articles/s)"
            )

    def _set_total(self, total: int) -> None:
        self._total = total
        if self._bar is not None:
            self._bar.total = self._total
            self._bar.refresh()

    def _line(self, now: float) -> None:
        total = max(self._total, self._done)
        line = (
            f"workbench: analysed {self._done:,} of {total:,} articles "
            f"({self._done * 100 // max(total, 1)} %)"
        )
        # Loading the pipelines comes before the first article: the rate starts after it.
        since_first = now - (self._first_at or now)
        if self._done > 1 and since_first > 0:
            rate = (self._done - 1) / since_first
            line += f", {rate:.1f} articles/s, about {(total - self._done) / rate:.0f} s left"
        self._print(line)

    def _print(self, line: str) -> None:
        print(line, file=self._stream, flush=True)


def check_model(args: argparse.Namespace) -> str | None:
    """Why `--model` cannot be used here, or None. On a cluster the workers' models count, so
    only a local analysis is checked before it starts."""
    if not args.model or args.scheduler:
        return None
    from workbench.core.detection import available_french_models

    installed = available_french_models()
    if args.model in installed:
        return None
    return (
        f"French model {args.model!r} is not installed; installed: {', '.join(installed) or 'none'}"
    )
