"""Markdown import: parsed with markdown-it-py, one paragraph per text block."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.importers import ImportFailure, read_articles

DRAFT = """---
# Le titre du brouillon

Un paragraphe *avec* de l’**emphase**
sur deux lignes et un [lien](https://example.org) et du `code`.\\
Après un saut forcé.

- point un
- point deux

> Une citation

<div class="encadre"><script>track()</script><p>HTML brut gardé</p></div>

![une image](photo.png)

| Ville | Habitants |
|-------|-----------|
| Lyon  | 522 000   |

```
bloc de code
```
"""


def test_text_blocks_in_order(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    [article] = read_articles(path)
    assert article.text.split("\n") == [
        "Le titre du brouillon",
        "Un paragraphe avec de l’emphase sur deux lignes et un lien et du code.",
        "Après un saut forcé.",
        "point un",
        "point deux",
        "Une citation",
        "HTML brut gardé",
        "Ville",
        "Habitants",
        "Lyon",
        "522 000",
        "bloc de code",
    ]
    assert article.title == "Le titre du brouillon"
    assert article.metadata["format"] == "markdown"
    assert article.metadata["encoding"] == "utf_8"
    code = article.text.index("bloc de code")
    assert article.metadata["non_prose"] == [[code, code + len("bloc de code")]]


def test_without_heading_the_first_paragraph_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "note.markdown"
    path.write_bytes("Première ligne\n\nSuite.".encode("cp1252"))
    [article] = read_articles(path)
    assert article.title == "Première ligne"
    assert article.metadata["encoding"] == "cp1252"


@pytest.mark.parametrize("text", ["", "\n\n", "![](x.png)", "<script>x()</script>", "---\n***\n"])
def test_markdown_without_text_fails_clearly(tmp_path: Path, text: str) -> None:
    path = tmp_path / "empty.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFailure, match="holds no text"):
        read_articles(path)


def test_front_matter_is_metadata_not_text(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    front_matter = '---\ntitle: "Le vrai titre"\ndate: 2024-10-25\n---\n'
    path.write_text(front_matter + "\n## Intertitre\n\nCorps.\n", encoding="utf-8")
    [article] = read_articles(path)
    assert article.title == "Le vrai titre"
    assert article.text == "Intertitre\nCorps."
