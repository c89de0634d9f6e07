"""The `workbench` command: opens the window, or runs one of the subcommands without it."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

import workbench

# Each module exposes register(subparsers); its parser sets `run`, which returns the exit code.
_COMMANDS = (
    "analyze",
    "import_",
    "report",
    "verify",
    "score",
    "eval",
    "split",
    "merge",
    "matches",
    "names",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Offline fact-checking workbench. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"workbench {workbench.__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in _COMMANDS:
        try:
            module = importlib.import_module(f"workbench.commands.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"workbench.commands.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in _subcommand_names() and not argv[0].startswith("-")):
        suggestion = _misspelt_command(argv[0]) if argv else None
        if suggestion is not None:
            print(
                f"workbench: '{argv[0]}' is not a command (nor a file); "
                f"did you mean '{suggestion}'? See workbench --help.",
                file=sys.stderr,
            )
            return 2
        return _open_window(argv)
    args = build_parser().parse_args(argv)
    if not hasattr(args, "run"):
        build_parser().print_help()
        return 2
    return int(args.run(args))


def _misspelt_command(word: str) -> str | None:
    """The command a word that names no file was probably meant to be (`analize` → `analyze`)."""
    import difflib
    from pathlib import Path

    if Path(word).exists() or "." in Path(word).name:
        return None  # a file, or a file name that is simply missing: the window says so
    matches = difflib.get_close_matches(word, sorted(_subcommand_names()), n=1, cutoff=0.75)
    return matches[0] if matches else None


def _subcommand_names() -> set[str]:
    return {name.rstrip("_") for name in _COMMANDS}


def _open_window(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="workbench", description="Open the Workbench window.")
    parser.add_argument("path", nargs="?", help="a project file to open, or an article to import")
    args = parser.parse_args(argv)
    from workbench.gui.app import run  # Qt is loaded only when a window is wanted

    return run(args.path)
