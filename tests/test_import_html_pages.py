"""Saved pages: the article by trafilatura, never silently empty, with its metadata and spaces."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from workbench.core.importers import non_prose_ranges, other_view, prose_text, read_articles
from workbench.core.importers.html_file import MIN_ARTICLE_CHARS
from workbench.core.model import ArticleDraft

STORY = (
    "Le conseil municipal a adopté mardi un budget de 12\u00a0millions d’euros, en hausse "
    "de 4\u202f% sur un an, a indiqué la mairie dans un communiqué publié le soir même."
)


def write(tmp_path: Path, text: str, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def kinds(article: ArticleDraft) -> list[str]:
    return [str(item["kind"]) for item in article.metadata["notices"]]


def test_no_break_and_thin_spaces_are_kept_and_soft_hyphens_go(tmp_path: Path) -> None:
    page = (
        "<html><body><article><h1>Em&shy;ma&shy;nuel Ma\u00adcron au conseil</h1>"
        "<p>Le conseil municipal a adopté mardi un budget de 12&nbsp;millions d’euros, en "
        "hausse de 4&#8239;% sur un an, a indiqué la mairie dans un communiqué publié le "
        "soir même.</p><p>Le maire a dit&#x202F;: «&#160;C’est un budget de combat&thinsp;»."
        "</p></article></body></html>"
    )
    [article] = read_articles(write(tmp_path, page))
    assert article.text.split("\n") == [
        "Emmanuel Macron au conseil",
        STORY,
        "Le maire a dit\u202f: «\u00a0C’est un budget de combat\u2009».",
    ]


def test_page_metadata_becomes_article_metadata(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Budget voté | La Gazette</title>"
        '<link rel="canonical" href="https://gazette.example/budget-2024">'
        '<meta property="og:site_name" content="La Gazette">'
        '<meta name="author" content="Jeanne Dupont">'
        '<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">'
        f"</head><body><article><h1>Budget voté</h1><p>{STORY}</p><p>{STORY[:90]}.</p>"
        "</article></body></html>"
    )
    [article] = read_articles(write(tmp_path, page))
    metadata = article.metadata
    assert article.title == "Budget voté"
    assert (metadata["author"], metadata["date"], metadata["site"], metadata["url"]) == (
        "Jeanne Dupont",
        "2024-03-05",
        "La Gazette",
        "https://gazette.example/budget-2024",
    )


def test_code_is_kept_but_marked_as_not_prose(tmp_path: Path) -> None:
    page = (
        f"<html><body><article><p>{STORY}</p><pre><code>pnpm install\n"
        "pnpm run build --prod</code></pre><p>Installez 12 paquets en 3 secondes avec "
        "<code>pnpm</code> et la suite du texte qui continue encore un peu.</p>"
        "<pre>sortie 42\nfin 7</pre></article></body></html>"
    )
    [article] = read_articles(write(tmp_path, page))
    ranges = non_prose_ranges(article.metadata)
    assert [article.text[start:end] for start, end in ranges] == [
        "pnpm install\npnpm run build --prod",
        "sortie 42\nfin 7",
    ]
    blanked = prose_text(article.text, article.metadata)
    assert len(blanked) == len(article.text) and "pnpm install" not in blanked
    assert "avec pnpm et la suite" in blanked  # inline code is part of its sentence
    assert "code_blocks" in kinds(article)


def test_a_page_where_the_extractor_finds_little_imports_the_whole_page(tmp_path: Path) -> None:
    page = (
        "<html><body><nav><a>Accueil</a> <a>Politique</a></nav>"
        "<div class='menu'><p>E-Paper</p><p>ABO</p><p>Newsletter</p><p>Contact</p></div>"
        "<footer><p>Mentions légales</p></footer></body></html>"
    )
    [article] = read_articles(write(tmp_path, page))
    assert "little_article_text" in kinds(article)
    assert article.metadata["view"] == "whole_page"
    for word in ("Accueil", "E-Paper", "ABO", "Mentions légales"):
        assert word in article.text
    assert len(article.metadata["other_view"]["text"]) < MIN_ARTICLE_CHARS


def test_the_checker_can_switch_between_article_and_whole_page(tmp_path: Path) -> None:
    page = (
        f"<html><body><nav><p>Accueil Politique Sport Culture</p></nav><article>"
        f"<h1>Budget</h1><p>{STORY}</p><p>{STORY[:100]}, encore.</p></article>"
        "<footer><p>© La Gazette, tous droits réservés</p></footer></body></html>"
    )
    [article] = read_articles(write(tmp_path, page))
    assert article.metadata["view"] == "article" and "Accueil" not in article.text
    whole = other_view(article)
    assert whole is not None and whole.metadata["view"] == "whole_page"
    assert "Accueil Politique Sport Culture" in whole.text and STORY in whole.text
    back = other_view(whole)
    assert back is not None and back.text == article.text and back.metadata["view"] == "article"
    assert other_view(ArticleDraft("t", "plain text", {"format": "text"})) is None


def test_100000_nested_levels_lose_no_text(tmp_path: Path) -> None:
    depth = 100_000
    page = (
        "<html><body><article>"
        + "<div>" * depth
        + f"<p>{STORY}</p>"
        + "</div>" * depth
        + "<p>La dernière phrase de l’article vient après toute cette imbrication.</p>"
        "</article></body></html>"
    )
    [article] = read_articles(write(tmp_path, page))
    assert STORY in article.text
    assert "La dernière phrase de l’article vient après toute cette imbrication." in article.text
    assert "nesting_flattened" in kinds(article)


@pytest.mark.parametrize("depth", [256, 100_000])
def test_a_few_words_under_deep_nesting_are_read_not_called_no_text(
    tmp_path: Path, depth: int
) -> None:
    # Too short for the text-loss measure alone: the parser's depth limit tells instead.
    page = "<div>" * depth + "Texte du ministre." + "</div>" * depth
    [article] = read_articles(write(tmp_path, page))
    assert article.text == "Texte du ministre."
    assert "nesting_flattened" in kinds(article)


def test_text_past_300_unclosed_tags_is_kept(tmp_path: Path) -> None:
    paragraphs = [
        f"Paragraphe {number} de l’article, assez long pour compter comme du texte."
        for number in range(1, 4)
    ]
    page = (
        f"<html><body><article><p>{STORY}</p>"
        + "<span><b>" * 150
        + "".join(f"<p>{text}</p>" for text in paragraphs)
        + "</article></body></html>"
    )
    [article] = read_articles(write(tmp_path, page))
    for text in paragraphs:
        assert text in article.text.split("\n")
    assert "nesting_flattened" in kinds(article)


# -- the real pages ----------------------------------------------------------------------------


@pytest.fixture
def french_pages(shared_dir: Path) -> Path:
    folder = shared_dir / "realdocs" / "html-fr"
    if not folder.is_dir():
        pytest.skip(f"needs {folder}, which is absent")
    return folder


def _fundus(folder: Path) -> list[tuple[Path, dict[str, object]]]:
    found = []
    for expected_file in sorted(folder.glob("fundus-*.json")):
        versions = json.loads(expected_file.read_text("utf-8"))
        pages = sorted(folder.glob(f"{expected_file.stem}_*.html.gz"))
        found += [
            (page, versions[version])
            for page, version in zip(pages, sorted(versions), strict=False)
        ]
    return found


def test_french_news_pages_keep_their_paragraphs_title_and_spaces(
    french_pages: Path, tmp_path: Path
) -> None:
    for page, expected in _fundus(french_pages):
        path = tmp_path / page.name.removesuffix(".gz")
        path.write_bytes(gzip.decompress(page.read_bytes()))
        [article] = read_articles(path)
        body = expected["body"]
        assert isinstance(body, dict)
        wanted = [
            " ".join(text.split()) for section in body["sections"] for text in section["paragraphs"]
        ]
        lines = {" ".join(line.split()) for line in article.text.split("\n")}
        found = sum(text in lines for text in wanted)
        assert found >= 0.9 * len(wanted), (page.name, found, len(wanted))
        assert article.metadata["view"] == "article"
        assert article.metadata["url"].startswith(("https://", "http://"))
        # No-break spaces are kept where the page has them (Le Monde: "Emmanuel\xa0Macron").
        assert " ".join(str(expected["title"]).split()) == " ".join(article.title.split())
    monde = tmp_path / "fundus-LeMonde_2023_09_01.html"
    [article] = read_articles(monde)
    assert "Emmanuel\u00a0Macron" in article.title and "\u00a0" in article.text


def test_readability_pages_give_byline_and_site(french_pages: Path) -> None:
    for stem in ("readability-lemonde-1", "readability-liberation-1"):
        expected = json.loads((french_pages / f"{stem}-expected-metadata.json").read_text("utf-8"))
        [article] = read_articles(french_pages / f"{stem}-source.html")
        assert article.title == expected["title"]
        assert article.metadata["site"] == expected["siteName"]
    [monde] = read_articles(french_pages / "readability-lemonde-1-source.html")
    assert monde.metadata["author"] == "Martin Untersinger"  # byline: "Martin Untersinger (avec…)"


def test_switching_the_view_is_a_revision_of_the_article(tmp_path: Path) -> None:
    from workbench.core.model import Analysis
    from workbench.core.project import Project
    from workbench.core.revisions.apply import import_revision

    page = (
        f"<html><body><nav><p>Accueil Politique Sport Culture</p></nav><article>"
        f"<h1>Budget</h1><p>{STORY}</p><p>{STORY[:100]}, encore.</p></article></body></html>"
    )
    [article] = read_articles(write(tmp_path, page))
    nothing = Analysis("fr", "test", ())
    with Project.create(tmp_path / "p.wbproj") as project:
        [article_id] = project.add_articles([(article, nothing)])
        whole = other_view(project.article(article_id))  # from the stored record, no file needed
        assert whole is not None
        import_revision(project, article_id, whole, nothing)
        stored = project.article(article_id)
        assert stored.metadata["view"] == "whole_page" and "Accueil" in stored.text
        assert stored.revision == 2
