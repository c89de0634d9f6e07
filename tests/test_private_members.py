"""No module reaches into another package's private members (names starting with one `_`).

An AST walk, so it needs no import: a private name imported from another package, a private
attribute of another package's module, or a private attribute of an object from outside the
class that owns it. Within one package, modules share their private helpers; within one class,
its instances share their private state. Scoped to the core, the command line and printing for
now; the window follows once its redesign lands (issue 15).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHECKED = ("workbench/core", "workbench/commands", "workbench/printing", "workbench/cli.py")
# Names that start with "_" but are public by convention: spaCy's extension namespace
# (`doc._.name`), namedtuple's own methods, and os._exit (the documented way to end a worker).
PUBLIC_BY_CONVENTION = {"_", "_replace", "_asdict", "_fields", "_make", "_exit"}
# Reaches into a third-party library with no public way to do the same; each says why.
ALLOWED = {
    # python-docx gives a merged cell once per grid column it spans, as new _Cell objects; the
    # XML element behind them (`_tc`) is the only identity they share.
    ("workbench/core/importers/docx_file.py", "_tc"),
}


def is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__") and name not in PUBLIC_BY_CONVENTION


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def package_of(module: str, path: Path) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def python_files() -> list[Path]:
    files: list[Path] = []
    for entry in CHECKED:
        path = ROOT / entry
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


class _Finder(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.module = module_name(path)
        self.package = package_of(self.module, path)
        self.where = path.relative_to(ROOT)
        self.problems: list[str] = []
        self.modules: dict[str, str] = {}  # local name -> the workbench module it is bound to
        self.owned: list[set[str]] = []  # private names of the classes we are inside

    def _report(self, node: ast.AST, text: str) -> None:
        name = getattr(node, "attr", None)
        if (self.where.as_posix(), name) in ALLOWED:
            return
        self.problems.append(f"{self.where}:{getattr(node, 'lineno', 0)}: {text}")

    def _same_package(self, module: str) -> bool:
        return module == self.package or module.rpartition(".")[0] == self.package

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name.startswith("workbench"):
                self.modules[alias.asname or alias.name] = alias.name
        self.generic_visit(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        source = node.module or ""
        if node.level:  # relative: resolve against this module's package
            base = self.package.split(".")
            source = ".".join(base[: len(base) - node.level + 1] + ([source] if source else []))
        for alias in node.names:
            if source.startswith("workbench"):
                self.modules[alias.asname or alias.name] = f"{source}.{alias.name}"
            if is_private(alias.name) and not self._same_package(source):
                self._report(node, f"imports {alias.name} from {source}")
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        owned = {
            target.attr
            for child in ast.walk(node)
            for target in _assigned(child)
            if isinstance(target, ast.Attribute) and is_private(target.attr)
        }
        owned |= {
            child.name
            for child in node.body
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Assign)
            and is_private(getattr(child, "name", ""))
        }
        owned |= {
            target.id
            for child in node.body
            if isinstance(child, ast.Assign | ast.AnnAssign)
            for target in _assigned(child)
            if isinstance(target, ast.Name) and is_private(target.id)
        }
        self.owned.append(owned)
        self.generic_visit(node)
        self.owned.pop()

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if is_private(node.attr):
            value = node.value
            if isinstance(value, ast.Name) and value.id in self.modules:
                bound = self.modules[value.id]
                if not self._same_package(bound.rpartition(".")[0]) and not self._same_package(
                    bound
                ):
                    self._report(node, f"reads {value.id}.{node.attr} of {bound}")
            elif not _is_own(value) and not any(node.attr in owned for owned in self.owned):
                self._report(node, f"reads .{node.attr} of an object it does not own")
        self.generic_visit(node)


def _assigned(node: ast.AST) -> Iterator[ast.expr]:
    if isinstance(node, ast.Assign):
        for target in node.targets:
            yield from _unpacked(target)
    elif isinstance(node, ast.AnnAssign | ast.AugAssign):
        yield from _unpacked(node.target)


def _unpacked(target: ast.expr) -> Iterator[ast.expr]:
    if isinstance(target, ast.Tuple | ast.List):
        for element in target.elts:
            yield from _unpacked(element)
    else:
        yield target


def _is_own(value: ast.expr) -> bool:
    """`self`, `cls` or `super()`: the object's own members."""
    if isinstance(value, ast.Name):
        return value.id in ("self", "cls")
    return (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id == "super"
    )


def private_reaches(path: Path, source: str | None = None) -> list[str]:
    """The private reaches of the module at `path` (its `source`, if given, else the file's)."""
    finder = _Finder(path)
    text = path.read_text(encoding="utf-8") if source is None else source
    finder.visit(ast.parse(text, str(path)))
    return finder.problems


def test_the_core_and_the_command_line_use_only_public_names_of_other_packages() -> None:
    problems = [problem for path in python_files() for problem in private_reaches(path)]
    assert problems == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from workbench.core.project.store import _plain\n", "imports _plain"),
        ("from workbench.core.project import rows\nrows._hidden\n", "reads rows._hidden"),
        ("def f(project):\n    return project._db\n", "reads ._db of an object"),
    ],
)
def test_each_kind_of_reach_is_caught(source: str, expected: str) -> None:
    problems = private_reaches(ROOT / "workbench" / "core" / "revisions" / "probe.py", source)
    assert len(problems) == 1 and expected in problems[0]


def test_a_class_may_read_the_private_state_of_its_own_instances() -> None:
    source = (
        "class File:\n"
        "    def __init__(self):\n"
        "        self._db = 1\n"
        "    def swap(self, other):\n"
        "        self._db = other._db\n"
        "from workbench.core.project.rows import _sibling_helper\n"
    )
    assert private_reaches(ROOT / "workbench" / "core" / "project" / "probe.py", source) == []
