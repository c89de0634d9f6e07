"""Refresh the French catalogue: pyside6-lupdate, fill it from fr.tsv, pyside6-lrelease."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CATALOGUE = HERE / "workbench_fr.ts"


def tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def translations() -> dict[tuple[str, str], str]:
    table = {}
    for line in (HERE / "fr.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip():
            context, english, french = line.split("\t")
            table[(context, english.replace("\\n", "\n"))] = french.replace("\\n", "\n")
    return table


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "workbench" / "gui").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(CATALOGUE)], check=True
    )
    table = translations()
    tree = ElementTree.parse(CATALOGUE)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            english = message.findtext("source", "")
            target = message.find("translation")
            assert target is not None
            french = table.get((name, english))
            if french is None:
                missing.append(f"{name}\t{english!r}")
                target.set("type", "unfinished")
                continue
            target.text = french
            target.attrib.pop("type", None)
    tree.write(CATALOGUE, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("pyside6-lrelease"), str(CATALOGUE)], check=True)
    for line in missing:
        print(f"untranslated: {line}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
