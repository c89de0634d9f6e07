"""HTML import: the article's text only, in order, with its encoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.importers import ImportFailure, read_articles

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>Le titre | Journal</title>
<style>p {{ color: red }}</style><script>alert("script")</script></head>
<body>
<nav><ul><li><a href="/">Accueil</a></li><li>Politique</li></ul></nav>
<header class="site-header">Journal du soir</header>
<div class="layout"><article>
<header><h1>Musk serait en contact</h1><p class="byline">Par Jeanne Dupont</p></header>
<p>Elon Musk entretiendrait des   contacts
 réguliers avec <b>Vladimir</b> <a href="#">Poutine</a> depuis fin 2022.</p>
<!-- commentaire HTML caché -->
<p>Deuxième paragraphe.<br>Après un saut de ligne.</p>
<h2>Un intertitre</h2>
<ul><li>Point un : 3 millions d’euros</li><li>Point deux</li></ul>
<blockquote>« Une citation »</blockquote>
<div class="share-buttons">Partager sur X</div>
<script>var tracking = 1;</script>
<noscript>Activez JavaScript</noscript>
</article>
<aside>Lire aussi : autre chose</aside>
<section id="comments"><p>Super article ! Un commentaire de lecteur assez long.</p></section>
</div>
<footer>© Journal</footer>
<div role="navigation">Menu du bas</div>
</body></html>
"""
EXPECTED = [
    "Musk serait en contact",
    "Elon Musk entretiendrait des contacts réguliers avec Vladimir Poutine depuis fin 2022.",
    "Deuxième paragraphe.",
    "Après un saut de ligne.",
    "Un intertitre",
    "Point un : 3 millions d’euros",
    "Point deux",
    "« Une citation »",
]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("charset", "encoding"), [("utf-8", "utf_8"), ("windows-1252", "cp1252")])
def test_article_text_only_in_document_order(tmp_path: Path, charset: str, encoding: str) -> None:
    page = PAGE.format(charset=charset)
    [article] = read_articles(write(tmp_path, "page.html", page.encode(encoding)))
    assert article.text.split("\n") == EXPECTED
    assert article.title == "Musk serait en contact"
    assert article.metadata["format"] == "html"
    assert article.metadata["encoding"] == encoding
    assert article.metadata["author"] == "Par Jeanne Dupont"  # the byline, as page metadata
    assert "date" not in article.metadata  # never guessed from the text ("depuis fin 2022")
    for boilerplate in (
        "alert",
        "color",
        "Accueil",
        "Journal du soir",
        "caché",
        "Partager",
        "tracking",
        "JavaScript",
        "Lire aussi",
        "Super article",
        "©",
        "Menu",
    ):
        assert boilerplate not in article.text


def test_html_is_recognised_by_its_content_whatever_the_name(tmp_path: Path) -> None:
    page = PAGE.format(charset="utf-8").encode()
    [article] = read_articles(write(tmp_path, "saved-page.txt", page))
    assert article.metadata["format"] == "html"


def test_without_article_element_the_densest_block_wins(tmp_path: Path) -> None:
    long = "Une phrase assez longue pour compter dans le calcul du bloc principal. " * 3
    other = "Une autre phrase, elle aussi assez longue pour peser dans le bloc. " * 3
    page = f"""<html><body><div class="menu-links"><a>Un</a> <a>Deux</a></div>
    <div id="story"><p>{long}</p><p>{other}</p><p>Court.</p></div>
    <div class="sidebar"><p>{long[:60]}</p></div></body></html>"""
    [article] = read_articles(write(tmp_path, "p.htm", page.encode()))
    assert article.text.split("\n") == [long.strip(), other.strip(), "Court."]
    assert article.title == long.strip()[:200] or article.title == "p"


def test_page_title_is_used_when_there_is_no_heading(tmp_path: Path) -> None:
    page = b"<html><head><title>Titre de page</title></head><body><p>Corps.</p></body></html>"
    [article] = read_articles(write(tmp_path, "p.html", page))
    assert article.title == "Titre de page"
    assert article.text == "Corps."


def test_declared_charset_can_be_overridden(tmp_path: Path) -> None:
    page = "<html><head><meta charset='utf-8'></head><body><p>Été</p></body></html>"
    path = write(tmp_path, "p.html", page.encode("cp1252"))
    with pytest.raises(ImportFailure, match="not valid utf_8"):
        read_articles(path)
    assert read_articles(path, encoding="cp1252")[0].text == "Été"


def test_xml_declaration_is_accepted(tmp_path: Path) -> None:
    page = b"<?xml version='1.0' encoding='utf-8'?><html><body><p>Texte</p></body></html>"
    assert read_articles(write(tmp_path, "p.xhtml", page))[0].text == "Texte"


@pytest.mark.parametrize(
    "page",
    [
        b"",
        b"   \n",
        b"<html><body><script>x()</script></body></html>",
        b"<!-- rien -->",
        b"<html></html>",
    ],
)
def test_pages_without_text_fail_clearly(tmp_path: Path, page: bytes) -> None:
    path = write(tmp_path, "empty.html", page)
    with pytest.raises(ImportFailure) as caught:
        read_articles(path)
    assert str(caught.value).startswith(str(path))


def test_control_characters_in_a_page_are_dropped(tmp_path: Path) -> None:
    page = b"<html><body><p>Un\x08 texte\x0b avec\x1f des contr\x00\xc3\xb4les</p></body></html>"
    assert read_articles(write(tmp_path, "p.html", page), encoding="utf-8")[0].text == (
        "Un texte avec des contrôles"
    )
