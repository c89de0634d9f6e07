"""The attack cases of issue 19, run against the project as a hostile or careless user would.

Each case tries one attack and says whether the project held. Prints every case that failed and
the count: `python tests/benchmarks/bench_attacks.py`. Written against the public API and the
command line only, so the same script runs on a branch before and after a change.

The PDF link-action case reads the PDF the command line prints, with pdfminer.six (the PDF
library the importer uses; neither pypdf nor pikepdf is installed), and checks what a PDF viewer
acts on: every link annotation's /A action must be /URI or /GoTo (never /JavaScript, /Launch,
/SubmitForm…), no action may carry /JS, the catalog no /OpenAction, /AA or JavaScript names, and
the hostile address must be one whole /URI string (its parentheses percent-encoded, so it cannot
end the string and start a /JS key). An earlier version of this case searched the report's HTML
for the letters "/JS" and failed on the percent-encoded address itself: text inside a string is
inert, so that check counted a harmless URL as an attack.

A case that cannot run here (a read-only folder for root needs `unshare -rm`) is reported as
skipped, and counted apart.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.bench_project_data import synthetic_article
from workbench.core.project import Project, ProjectError
from workbench.core.project.schema import APPLICATION_ID

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(1)><iframe src="x"></iframe>'
PDF_URL = "https://x.org/)/S/JavaScript/JS(app.alert(1)"
CASES: list[tuple[str, Callable[[Path], bool]]] = []


class Skipped(Exception):
    """The case cannot run on this machine (the reason is the message)."""


def case(name: str) -> Callable[[Callable[[Path], bool]], Callable[[Path], bool]]:
    def register(function: Callable[[Path], bool]) -> Callable[[Path], bool]:
        CASES.append((name, function))
        return function

    return register


def cli(*arguments: str, timeout: float = 120, umask: int | None = None) -> tuple[int, str]:
    """Run `workbench ARGUMENTS`; (exit code, stderr+stdout), or (-9, "timeout") on a hang."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    code = "import os, sys; from workbench.cli import main; sys.exit(main(sys.argv[1:]))"
    if umask is not None:
        code = f"import os; os.umask({umask}); " + code
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, *arguments],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return -9, "timeout"
    return done.returncode, done.stderr + done.stdout


def made_project(folder: Path, name: str = "p.wbproj") -> Path:
    path = folder / name
    rng = random.Random(3)
    with Project.create(path) as project:
        project.add_articles([synthetic_article(rng, 1, 4)], who="import")
        claims = project.claims()
        project.set_verdict(claims[0].id, "confirmed", who="Ana")  # type: ignore[arg-type]
        project.set_rationale(claims[0].id, "checked", who="Ana")
        project.set_verdict(claims[1].id, "denied", who="Ana")  # type: ignore[arg-type]
    return path


def raw(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()


def opens_with_warning(path: Path) -> bool:
    with Project.open(path, keep_backups=0) as project:
        return bool(getattr(project, "warnings", None) or getattr(project.file, "warnings", None))


def verify_names_a_problem(path: Path) -> bool:
    code, output = cli("verify", str(path))
    return code != 0 and "entry" in output.lower()


def markdown_of(path: Path) -> str:
    from workbench.core.reports.export import render_report

    with Project.open(path, read_only=True) as project:
        return render_report(project, "md")


def is_live(markdown: str) -> bool:
    lowered = markdown.lower()
    return any(tag in lowered for tag in ("<script", "<img", "<iframe", "<svg"))


# -- 1. history --------------------------------------------------------------------------------


@case("REPLACE INTO history on an existing id is refused")
def _replace(folder: Path) -> bool:
    path = made_project(folder)
    try:
        raw(
            path,
            "REPLACE INTO history (id, at, who, field, old, new) "
            "VALUES (1, '2020', 'x', 'verdict', 'a', 'b')",
        )
    except sqlite3.DatabaseError:
        return True
    return False


@case("a project whose history triggers were dropped warns at open")
def _dropped(folder: Path) -> bool:
    path = made_project(folder)
    raw(path, "DROP TRIGGER history_refuses_update")
    return opens_with_warning(path)


for _attack, _sql in {
    "rewritten": ["UPDATE history SET new = 'denied' WHERE id = 2"],
    "deleted": ["DELETE FROM history WHERE id = 2"],
    "inserted": [
        (
            "INSERT INTO history (id, at, who, field, old, new) "
            "SELECT 1000, at, who, field, old, 'x' FROM history WHERE id = 1"
        ),
        "UPDATE history SET id = -5 WHERE id = 1000",
    ],
    "reordered": [
        "UPDATE history SET id = -1 WHERE id = 2",
        "UPDATE history SET id = 2 WHERE id = 3",
        "UPDATE history SET id = 3 WHERE id = -1",
    ],
}.items():

    def _tampered(folder: Path, statements: list[str] = _sql) -> bool:
        path = made_project(folder)
        raw(
            path,
            "DROP TRIGGER IF EXISTS history_refuses_update",
            "DROP TRIGGER IF EXISTS history_refuses_delete",
            *statements,
        )
        return verify_names_a_problem(path) and opens_with_warning(path)

    case(f"a {_attack} history entry is found by verify and at open")(_tampered)


@case("verify passes on an untouched project")
def _untouched(folder: Path) -> bool:
    path = made_project(folder)
    code, _ = cli("verify", str(path))
    return code == 0


# -- 2. report escaping ------------------------------------------------------------------------


def _markdown_case(column: str, statement: str) -> None:
    def attack(folder: Path) -> bool:
        path = made_project(folder)
        raw(
            path,
            "DROP TRIGGER IF EXISTS history_refuses_update",
            statement.replace("HOSTILE", HOSTILE.replace("'", "''")),
        )
        return not is_live(markdown_of(path))

    case(f"Markdown escapes {column}")(attack)


_markdown_case(
    "the article date",
    "UPDATE articles SET metadata = json_object('date', 'HOSTILE')",
)
_markdown_case("the fingerprint", "UPDATE articles SET sha256 = 'HOSTILE'")
_markdown_case("the revision", "UPDATE articles SET revision = 'HOSTILE'")
_markdown_case(
    "a source's accessed date",
    "INSERT INTO sources (claim_id, url, title, excerpt, accessed) "
    "SELECT id, 'https://example.org', 't', 'e', 'HOSTILE' FROM claims LIMIT 1",
)
_markdown_case("history times", "UPDATE history SET at = 'HOSTILE'")
_markdown_case("history fields", "UPDATE history SET field = 'HOSTILE'")


# -- 3, 4. URLs and exports --------------------------------------------------------------------


def _refused(url: str) -> bool:
    from workbench.core.project.urls import check_url

    try:
        check_url(url)
    except ValueError:
        return True
    return False


@case("the PDF link-action URL is refused")
def _pdf_url(folder: Path) -> bool:
    return _refused(PDF_URL)


@case("the PDF link-action URL in the data never becomes a PDF action other than a whole /URI")
def _pdf_actions(folder: Path) -> bool:
    from workbench.core.reports.export import render_report

    path = made_project(folder)
    raw(
        path,
        "INSERT INTO sources (claim_id, url, title, excerpt, accessed) "
        f"SELECT id, '{PDF_URL}', 't', 'e', '2020-01-01' FROM claims LIMIT 1",
    )
    with Project.open(path, read_only=True) as project:
        html = render_report(project, "pdf")
    if f'href="{PDF_URL}"' in html:
        return False
    pdf = folder / "report.pdf"
    code, _ = cli("report", str(path), "--format", "pdf", "-o", str(pdf), timeout=300)
    return code == 0 and _pdf_is_inert(pdf, PDF_URL)


def _pdf_is_inert(pdf: Path, url: str) -> bool:
    """What a viewer acts on in `pdf`: link actions and document actions (see the docstring)."""
    from urllib.parse import unquote

    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral

    def name(value: object) -> str:
        value = resolve1(value)
        return value.name if isinstance(value, PSLiteral) else str(value)

    uris: list[bytes] = []
    with pdf.open("rb") as file:
        document = PDFDocument(PDFParser(file))
        catalog = {key: resolve1(value) for key, value in document.catalog.items()}
        names = resolve1(catalog.get("Names")) or {}
        if "OpenAction" in catalog or "AA" in catalog or "JavaScript" in names:
            return False
        for page in PDFPage.create_pages(document):
            for annotation in resolve1(page.annots) or []:
                annotation = resolve1(annotation)
                if "AA" in annotation:
                    return False
                action = resolve1(annotation.get("A"))
                if action is None:
                    continue
                if "JS" in action or name(action.get("S")) not in ("URI", "GoTo"):
                    return False
                if name(action.get("S")) == "URI":
                    uris.append(resolve1(action["URI"]))
    hostile = [uri for uri in uris if b"x.org" in uri]
    return len(hostile) == 1 and unquote(hostile[0].decode("latin-1")) == url


@case("a URL with a right-to-left override is refused")
def _bidi(folder: Path) -> bool:
    return _refused("https://example.org/\u202egnp.exe")


@case("import_json refuses a javascript: URL")
def _json_url(folder: Path) -> bool:
    from workbench.core.reports.export import render_report
    from workbench.core.reports.project_json import import_json

    path = made_project(folder)
    with Project.open(path, read_only=True) as project:
        dump = json.loads(render_report(project, "json"))
    claim_id = dump["tables"]["claims"][0]["id"]
    dump["tables"].setdefault("sources", []).append(
        {"id": 99, "claim_id": claim_id, "url": "javascript:alert(1)", "title": "t"}
    )
    source = folder / "dump.json"
    source.write_text(json.dumps(dump), encoding="utf-8")
    try:
        import_json(source, folder / "from-json.wbproj")
    except ValueError:
        return True
    return False


@case("CSV carries no raw NUL")
def _csv_nul(folder: Path) -> bool:
    from workbench.core.reports.export import render_report

    path = made_project(folder)
    with Project.open(path) as project:
        project.set_rationale(project.claims()[0].id, "a\x00b", who="Ana")
    with Project.open(path, read_only=True) as project:
        return "\x00" not in render_report(project, "csv")


# -- 5-8. inputs -------------------------------------------------------------------------------


@case("a paragraph over 1,000,000 characters is analysed")
def _long(folder: Path) -> bool:
    article = folder / "long.txt"
    article.write_text("Le ministre a dit que le budget augmente. " * 24000, encoding="utf-8")
    code, output = cli("analyze", "--format", "json", str(article), timeout=600)
    return code == 0 and "Traceback" not in output


@case("a FIFO given to analyze is refused, not a hang")
def _fifo_analyze(folder: Path) -> bool:
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    code, output = cli("analyze", str(fifo), timeout=30)
    return code not in (0, -9) and "Traceback" not in output


@case("a FIFO given to import is refused, not a hang")
def _fifo_import(folder: Path) -> bool:
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    code, output = cli("import", "--project", str(folder / "f.wbproj"), str(fifo), timeout=30)
    return code not in (0, -9) and "Traceback" not in output


def _corpus_entry(index: int, date: str = "25-10-2024 20:32:03") -> str:
    return f"{index}/6\nDate : {date}\nArticle {index} ;\nLe budget augmente de {index} %.\n|\n"


def _malformed_corpus(folder: Path) -> Path:
    """Six entries: 2 has a date that does not exist, 4 no date line, 6 no title."""
    corpus = folder / "corpus.txt"
    corpus.write_text(
        _corpus_entry(1)
        + _corpus_entry(2, "31-02-2024 20:32:03")
        + _corpus_entry(3)
        + "4/6\n|\n"
        + _corpus_entry(5)
        + "6/6\nDate : 25-10-2024 20:32:03\n|\n",
        encoding="utf-8",
    )
    return corpus


_BAD_PLACES = ("line 7, article 2", "line 17, article 4", "line 25, article 6")


@case("import: one malformed corpus entry does not stop the file; every problem is named")
def _corpus_import(folder: Path) -> bool:
    corpus = _malformed_corpus(folder)
    project = folder / "c.wbproj"
    code, output = cli("import", "--jobs", "1", "--project", str(project), str(corpus))
    if not project.exists() or code == 0 or "Traceback" in output:
        return False
    with Project.open(project, read_only=True) as opened:
        indexes = [article.metadata.get("index") for article in opened.articles()]
    return indexes == [1, 3, 5] and all(place in output for place in _BAD_PLACES)


@case("analyze: one malformed corpus entry does not stop the file; every problem is named")
def _corpus_analyze(folder: Path) -> bool:
    corpus = _malformed_corpus(folder)
    code, output = cli("analyze", "--jobs", "1", str(corpus))
    printed = [f"# Article {index}" in output for index in range(1, 7)]
    return (
        code != 0
        and "Traceback" not in output
        and printed == [True, False, True, False, True, False]
        and all(place in output for place in _BAD_PLACES)
    )


@case("the seed article between two broken copies of its header is still imported")
def _corpus_seed(folder: Path) -> bool:
    sample = Path("/work/shared/samples/seed-article.txt")
    if not sample.exists():
        raise Skipped("the seed article is absent")
    lines = sample.read_text(encoding="utf-8").splitlines()
    corpus = folder / "corpus.txt"
    corpus.write_text("\n".join(["1/9", "Date : bientôt", *lines, "2/9", ""]), encoding="utf-8")
    project = folder / "s.wbproj"
    _, output = cli("import", "--project", str(project), str(corpus), timeout=600)
    if not project.exists() or "Traceback" in output:
        return False
    with Project.open(project, read_only=True) as opened:
        return len(opened.articles()) == 1 and "article 1" in output and "article 2" in output


@case("bad UTF-8 inside a corpus names its line and byte and reads the next entry")
def _corpus_utf8(folder: Path) -> bool:
    corpus = folder / "corpus.txt"
    corpus.write_bytes(
        _corpus_entry(1).encode()
        + b"2/6\nDate : 25-10-2024 20:32:03\nT ;\nLe caf\xe9.\n|\n"
        + _corpus_entry(3).encode()
    )
    code, output = cli("analyze", "--jobs", "1", "--encoding", "utf-8", str(corpus))
    return (
        code != 0
        and "line 9, article 2" in output
        and "byte 7 of the line" in output
        and "# Article 3" in output
    )


@case("bad UTF-8 is reported with its line and byte")
def _bad_utf8(folder: Path) -> bool:
    article = folder / "bad.txt"
    article.write_bytes("Première ligne.\nDeuxième ligne ".encode() + b"\xff\xfe\x80 ok\n")
    code, output = cli("analyze", "--encoding", "utf-8", str(article), timeout=120)
    return code != 0 and "line 2" in output and "byte" in output


@case("a 100,000-deep HTML file is named as too deep, not as holding no text")
def _deep(folder: Path) -> bool:
    page = folder / "deep.html"
    page.write_text("<div>" * 100000 + "Texte du ministre." + "</div>" * 100000)
    _, output = cli("analyze", str(page), timeout=300)
    return "Traceback" not in output and "holds no text" not in output


@case("the text under 100,000 nested tags is analysed")
def _deep_text(folder: Path) -> bool:
    page = folder / "deep.html"
    page.write_text("<div>" * 100000 + "Le ministre a promis 5 millions." + "</div>" * 100000)
    code, output = cli("analyze", "--format", "json", str(page), timeout=300)
    return code == 0 and '"text": "Le ministre a promis 5 millions."' in output


def _half_made(folder: Path) -> Path:
    path = folder / "half.wbproj"
    raw(path, f"PRAGMA application_id = {APPLICATION_ID}")
    return path


@case("a half-created project makes report --format json say so")
def _half(folder: Path) -> bool:
    path = _half_made(folder)
    code, output = cli("report", str(path), "--format", "json", "-o", str(folder / "o.json"))
    return code != 0 and "Traceback" not in output and "_sqlite_migrations" not in output


@case("every command says what a half-created project is, and leaves it as it is")
def _half_every(folder: Path) -> bool:
    path = _half_made(folder)
    before = path.read_bytes()
    (folder / "a.txt").write_text("Le budget augmente de 5 %.\n", encoding="utf-8")
    commands = [
        ["report", str(path), "--format", "md", "-o", str(folder / "o.md")],
        ["verify", str(path)],
        ["names", str(path), "--no-words"],
        ["matches", str(path)],
        ["import", "--jobs", "1", "--project", str(path), str(folder / "a.txt")],
    ]
    for command in commands:
        code, output = cli(*command)
        if code == 0 or "Traceback" in output or "never fully made" not in output:
            return False
    return path.read_bytes() == before and sorted(p.name for p in folder.iterdir()) == [
        "a.txt",
        "half.wbproj",
    ]


@case("a failed open of a foreign file carrying our id changes nothing")
def _foreign(folder: Path) -> bool:
    path = folder / "foreign.wbproj"
    raw(path, f"PRAGMA application_id = {APPLICATION_ID}", "CREATE TABLE claims (x)")
    before = path.read_bytes()
    with contextlib.suppress(ProjectError):
        Project.open(path, keep_backups=0).close()
    with contextlib.suppress(ProjectError):
        Project.open(path).close()  # with a backup, as the window opens it
    return path.read_bytes() == before and [p.name for p in folder.iterdir()] == [path.name]


@case("a crashed project on a read-only medium is not called damaged")
def _crashed_read_only(folder: Path) -> bool:
    stick = folder / "stick"
    stick.mkdir()
    path = stick / "crashed.wbproj"
    root = Path(__file__).resolve().parents[2]
    crash = (
        f"import os, random, sys; sys.path.insert(0, {str(root)!r}); "
        "from tests.benchmarks.bench_project_data import synthetic_article; "
        "from workbench.core.project import Project; "
        f"p = Project.create({str(path)!r}); "
        "p.add_articles([synthetic_article(random.Random(0), 1, 3)], who='import'); "
        "p.set_verdict(p.claims()[0].id, 'denied', who='Ana'); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", crash], check=True, timeout=120)
    Path(f"{path}-shm").unlink(missing_ok=True)
    env = dict(os.environ, PYTHONPATH=str(root))
    report = [
        sys.executable,
        "-c",
        "import sys; from workbench.cli import main; sys.exit(main(sys.argv[1:]))",
        "report",
        str(path),
        "--format",
        "json",
        "-o",
        "/dev/null",
    ]
    if os.geteuid() != 0:
        stick.chmod(0o555)
        try:
            done = subprocess.run(report, capture_output=True, text=True, env=env, timeout=120)
        finally:
            stick.chmod(0o755)
    else:
        if subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode != 0:
            raise Skipped("as root, a read-only folder needs unshare -rm")
        mount = (
            f'mount --bind "{stick}" "{stick}" && mount -o remount,bind,ro "{stick}" && exec "$@"'
        )
        done = subprocess.run(
            ["unshare", "-rm", "sh", "-c", mount, "sh", *report],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    said = done.stderr + done.stdout
    return done.returncode != 0 and "damaged" not in said and "writable place" in said


@case("a failed import leaves no empty project behind")
def _failed_import(folder: Path) -> bool:
    bad = folder / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not a docx")
    project = folder / "new.wbproj"
    cli("import", "--project", str(project), str(bad))
    return not project.exists()


# -- 9. permissions ----------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@case("project files, -wal/-shm and backups are 0600 whatever the umask")
def _private(folder: Path) -> bool:
    old = os.umask(0o022)
    try:
        path = made_project(folder)
        with Project.open(path) as project:
            sides = [Path(f"{path}{s}") for s in ("", "-wal", "-shm")]
            backup = project.backup_now()
            modes = [_mode(side) for side in sides if side.exists()]
            if backup is not None:
                modes.append(_mode(backup))
                modes.append(_mode(backup.parent) - 0o100)  # a folder: 0700 reads as 0600 here
    finally:
        os.umask(old)
    return all(mode == 0o600 for mode in modes)


@case("workbench import leaves no -wal or -shm beside the project")
def _sides(folder: Path) -> bool:
    article = folder / "a.txt"
    article.write_text("Le ministre aurait déclaré que le budget augmente de 5 %.\n")
    project = folder / "i.wbproj"
    code, _ = cli("import", "--project", str(project), str(article), timeout=300)
    return code == 0 and not Path(f"{project}-wal").exists() and not Path(f"{project}-shm").exists()


def main() -> int:
    failed: list[str] = []
    skipped = 0
    for name, attack in CASES:
        with tempfile.TemporaryDirectory() as folder:
            try:
                held = attack(Path(folder))
            except Skipped as reason:
                skipped += 1
                print(f"SKIPPED {name} ({reason})", flush=True)
                continue
            except Exception as error:  # noqa: BLE001  (a traceback is a failure of the project too)
                held = False
                name = f"{name} ({type(error).__name__}: {str(error)[:80]})"
        if not held:
            failed.append(name)
            print(f"FAILED  {name}", flush=True)
    tried = len(CASES) - skipped
    print(f"{tried} attack cases tried, {len(failed)} failed ({skipped} skipped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
