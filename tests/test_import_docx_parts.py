"""DOCX import: every part a checker must see, at exact offsets, with comments and changes kept."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from workbench.core.importers import ImportFailure, read_articles
from workbench.core.model import Analysis, Annotation, ArticleDraft
from workbench.core.project import Project
from workbench.core.reports.project_json import project_dump

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def docx_file(
    tmp_path: Path, body: str, parts: dict[str, str] | None = None, name: str = "draft.docx"
) -> Path:
    """A Word package written by hand: `body` is the inside of <w:body>; `parts` maps a kind
    (comments, footnotes, header, footer) to the inside of that part's root element."""
    parts = parts or {}
    roots = {
        "comments": "comments",
        "footnotes": "footnotes",
        "endnotes": "endnotes",
        "header": "hdr",
        "footer": "ftr",
    }
    relations = "".join(
        f'<Relationship Id="r{kind}" Type="{REL}/{kind}" Target="{kind}.xml"/>' for kind in parts
    )
    references = "".join(
        f'<w:{kind}Reference w:type="default" r:id="r{kind}"/>'
        for kind in ("header", "footer")
        if kind in parts
    )
    members = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"/>',
        "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships"><Relationship Id="r1" Type="{REL}/officeDocument" '
        'Target="word/document.xml"/></Relationships>',
        "word/_rels/document.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org'
        f'/package/2006/relationships">{relations}'
        "</Relationships>",
        "word/document.xml": f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}'
        f"<w:sectPr>{references}</w:sectPr></w:body></w:document>",
    }
    for kind, content in parts.items():
        members[f"word/{kind}.xml"] = (
            f'<w:{roots[kind]} xmlns:w="{W_NS}" xmlns:r="{R_NS}">{content}</w:{roots[kind]}>'
        )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, text in members.items():
            archive.writestr(member, text.encode("utf-8"))
    path = tmp_path / name
    path.write_bytes(buffer.getvalue())
    return path


def para(*runs: str) -> str:
    return f"<w:p>{''.join(runs)}</w:p>"


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def only(annotations: tuple[Annotation, ...], kind: str) -> list[Annotation]:
    return [annotation for annotation in annotations if annotation.kind == kind]


# -- tracked changes, comments, smart tags: documents written for the case --------------------

CHANGED = para(
    run("Le ministre a "),
    '<w:del w:id="1" w:author="Claire Martin" w:date="2024-05-02T10:00:00Z">'
    "<w:r><w:delText>démenti</w:delText></w:r></w:del>",
    '<w:ins w:id="2" w:author="Paul Durand" w:date="2024-05-02T11:30:00Z">'
    + run("confirmé")
    + "</w:ins>",
    run(" la hausse de 12\u00a0%."),
)


def test_tracked_changes_are_applied_and_kept_with_author_date_and_offsets(tmp_path: Path) -> None:
    [article] = read_articles(docx_file(tmp_path, CHANGED))
    assert article.text == "Le ministre a confirmé la hausse de 12\u00a0%."  # no-break space kept
    [insertion] = only(article.annotations, "insertion")
    assert article.text[insertion.start : insertion.end] == "confirmé"
    assert (insertion.author, insertion.date) == ("Paul Durand", "2024-05-02T11:30:00Z")
    [deletion] = only(article.annotations, "deletion")
    assert deletion.start == deletion.end == article.text.index("confirmé")
    assert (deletion.text, deletion.author) == ("démenti", "Claire Martin")
    assert any(
        "1 insertion, 1 deletion applied" in str(item["message"])
        for item in article.metadata["notices"]
    )


def test_moved_text_is_read_once_where_it_now_stands(tmp_path: Path) -> None:
    body = (
        para(
            '<w:moveFrom w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z">'
            "<w:r><w:t>Phrase déplacée.</w:t></w:r></w:moveFrom>"
        )
        + para(run("Premier paragraphe."))
        + para(
            '<w:moveTo w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z">'
            + run("Phrase déplacée.")
            + "</w:moveTo>"
        )
    )
    [article] = read_articles(docx_file(tmp_path, body))
    assert article.text == "Premier paragraphe.\nPhrase déplacée."
    [moved_in] = only(article.annotations, "insertion")
    assert moved_in.extra == {"move": True}
    assert article.text[moved_in.start : moved_in.end] == "Phrase déplacée."
    [moved_out] = only(article.annotations, "deletion")
    assert moved_out.extra == {"move": True} and moved_out.text == "Phrase déplacée."


def test_a_deleted_paragraph_mark_joins_the_two_paragraphs(tmp_path: Path) -> None:
    body = (
        '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"/>'
        f"</w:rPr></w:pPr>{run('Une phrase ')}</w:p>" + para(run("qui continue."))
    )
    [article] = read_articles(docx_file(tmp_path, body))
    assert article.text == "Une phrase qui continue."


def test_smart_tag_and_content_control_words_stay_in_the_sentence(tmp_path: Path) -> None:
    body = para(
        run("The king of "),
        '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
        'w:element="country-region">' + run("France") + "</w:smartTag>",
        run(" died in "),
        '<w:sdt><w:sdtPr><w:alias w:val="Year"/></w:sdtPr><w:sdtContent>'
        + run("1793")
        + "</w:sdtContent></w:sdt>",
        run("."),
    )
    [article] = read_articles(docx_file(tmp_path, body))
    assert article.text == "The king of France died in 1793."


def test_comments_span_exact_offsets_across_paragraphs(tmp_path: Path) -> None:
    body = para(
        run("Selon la préfecture, "),
        '<w:commentRangeStart w:id="7"/>',
        run("3\u202f000 manifestants"),
    ) + para(
        run("ont défilé"),
        '<w:commentRangeEnd w:id="7"/>',
        '<w:r><w:commentReference w:id="7"/></w:r>',
        run(" mardi."),
    )
    comments = (
        '<w:comment w:id="7" w:author="Léa Roux" w:date="2024-03-01T09:00:00Z" '
        'w:initials="LR"><w:p><w:r><w:t>Chiffre à vérifier</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>auprès des syndicats</w:t></w:r></w:p></w:comment>"
    )
    [article] = read_articles(docx_file(tmp_path, body, {"comments": comments}))
    assert article.text == "Selon la préfecture, 3\u202f000 manifestants\nont défilé mardi."
    [comment] = only(article.annotations, "comment")
    assert article.text[comment.start : comment.end] == "3\u202f000 manifestants\nont défilé"
    assert (comment.author, comment.date) == ("Léa Roux", "2024-03-01T09:00:00Z")
    assert comment.text == "Chiffre à vérifier\nauprès des syndicats"
    assert comment.extra["initials"] == "LR"


def test_soft_hyphens_go_and_offsets_still_index_the_text(tmp_path: Path) -> None:
    body = para(
        run("Em\u00adma\u00adnuel "),
        '<w:commentRangeStart w:id="1"/>',
        run("Ma\u00adcron"),
        '<w:commentRangeEnd w:id="1"/>',
        run(" a parlé."),
    )
    comments = '<w:comment w:id="1" w:author="A"><w:p><w:r><w:t>nom</w:t></w:r></w:p></w:comment>'
    [article] = read_articles(docx_file(tmp_path, body, {"comments": comments}))
    assert article.text == "Emmanuel Macron a parlé."
    [comment] = article.annotations
    assert article.text[comment.start : comment.end] == "Macron"


def test_footnotes_follow_their_paragraph_and_headers_come_once(tmp_path: Path) -> None:
    body = para(
        run("Le chômage a baissé"), '<w:r><w:footnoteReference w:id="2"/></w:r>', run(" en 2023.")
    ) + para(run("Suite du texte."))
    notes = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>'
        + run(" Source : Insee, 2024.")
        + "</w:p></w:footnote>"
    )
    header = para(run("Brouillon confidentiel"))
    [article] = read_articles(docx_file(tmp_path, body, {"footnotes": notes, "header": header}))
    assert article.text.split("\n") == [
        "Brouillon confidentiel",
        "Le chômage a baissé[1] en 2023.",
        "[1] Source : Insee, 2024.",
        "Suite du texte.",
    ]
    assert (
        article.title == "Le chômage a baissé[1] en 2023."
    )  # the body's first line, not the header
    [note] = only(article.annotations, "note")
    assert article.text[note.start : note.end] == "[1] Source : Insee, 2024."
    assert note.extra["note"] == "footnote"
    reference = note.extra["reference"]
    assert article.text[reference[0] : reference[1]] == "[1]"
    [header_part] = only(article.annotations, "part")
    assert (header_part.start, header_part.end, header_part.extra) == (
        0,
        len("Brouillon confidentiel"),
        {"part": "header"},
    )


def test_an_entity_reference_does_not_cut_the_paragraph(tmp_path: Path) -> None:
    path = docx_file(tmp_path, para(run("Avant &amp; après, &#8364; 5.")))
    assert read_articles(path)[0].text == "Avant & après, € 5."


def test_annotations_are_stored_with_the_article_and_dumped_in_the_json_report(
    tmp_path: Path,
) -> None:
    [article] = read_articles(docx_file(tmp_path, CHANGED))
    project = Project.create(tmp_path / "p.wbproj")
    with project:
        [article_id] = project.add_articles([(article, Analysis("fr", "test", ()))])
        stored = project.annotations(article_id)
        assert stored == sorted(article.annotations, key=lambda item: (item.start, item.end))
        assert [item.kind for item in project.annotations(article_id, "deletion")] == ["deletion"]
        dump = project_dump(project, exported_at="2024-01-01T00:00:00Z")
    rows = dump["tables"]["annotations"]
    assert {row["kind"] for row in rows} == {"insertion", "deletion"}
    assert all(row["article_id"] == article_id and isinstance(row["extra"], dict) for row in rows)
    json.dumps(dump)  # plain JSON all through


def test_an_article_without_annotations_stores_none(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p.wbproj")
    with project:
        [article_id] = project.add_articles(
            [(ArticleDraft("T", "Texte."), Analysis("fr", "m", ()))]
        )
        assert project.annotations(article_id) == []


# -- the real Word files -----------------------------------------------------------------------


@pytest.fixture
def docx_dir(shared_dir: Path) -> Path:
    folder = shared_dir / "realdocs" / "docx"
    if not folder.is_dir():
        pytest.skip(f"needs {folder}, which is absent")
    return folder


def test_word_headers_footers_footnotes_and_endnotes_at_their_places(docx_dir: Path) -> None:
    [article] = read_articles(docx_dir / "docx2python-example.docx")
    text = article.text
    assert text.startswith("Header text\n") and text.endswith("\nFooter text")
    for reference, note in (
        ("Reference footnote 1[1]", "[1] First footnote"),
        ("Reference footnote 2[2]", "[2] Second footnote"),
        ("Reference endnote 1[i]", "[i] First endnote"),
        ("Reference endnote 2[ii]", "[ii] Second endnote"),
    ):
        assert f"\n{reference}\n{note}\n" in text  # the note right after its paragraph
    notes = only(article.annotations, "note")
    assert [text[note.start : note.end] for note in notes] == [
        "[1] First footnote",
        "[2] Second footnote",
        "[i] First endnote",
        "[ii] Second endnote",
    ]
    assert [note.extra["note"] for note in notes] == ["footnote"] * 2 + ["endnote"] * 2
    parts = {
        item.extra["part"]: text[item.start : item.end]
        for item in only(article.annotations, "part")
    }
    assert parts == {"header": "Header text", "footer": "Footer text"}
    assert "10 < 20 and 20 > 10" in text and "Tab\tdelimited\ttext" in text
    messages = [item["message"] for item in article.metadata["notices"]]
    assert "2 footnotes imported" in messages and "5 images skipped" in messages


def test_word_comments_with_authors_dates_and_anchored_spans(docx_dir: Path) -> None:
    [article] = read_articles(docx_dir / "docx2python-comments.docx")
    comments = only(article.annotations, "comment")
    assert len(comments) == 8
    by_text = {comment.text: comment for comment in comments}
    subset = by_text["Comment on subset starting with tempor"]
    assert article.text[subset.start : subset.end] == (
        "tempor incididunt ut labore et dolore magna aliqua."
    )
    assert (subset.author, subset.date) == ("Shay Hill", "2024-03-29T12:28:00Z")
    whole = by_text["COMMENT on par 5"]
    assert article.text[whole.start - len("Par5 ") : whole.start] == "Par5 "
    assert article.text[whole.start : whole.end].startswith("Lorem ipsum dolor sit amet")
    assert whole.author == "Randy Bartels"
    assert "8 comments imported" in [item["message"] for item in article.metadata["notices"]]


def test_comment_anchored_to_a_point_keeps_its_place(docx_dir: Path) -> None:
    [article] = read_articles(docx_dir / "mammoth-comments.docx")
    first, second = only(article.annotations, "comment")
    assert article.text[first.start : first.end] == "Ouch"
    assert first.text == "A tachyon walks into a bar." and first.author == "Michael Williamson"
    assert second.text == "Fin." and second.start == second.end


def test_text_boxes_and_content_controls_reach_the_text(docx_dir: Path) -> None:
    [box] = read_articles(docx_dir / "mammoth-text-box.docx")
    [part] = only(box.annotations, "part")
    assert box.text[part.start : part.end] == "Datum plane" and part.extra == {"part": "text box"}
    [control] = read_articles(docx_dir / "docx2python-ControlTest.docx")
    assert "For a content control or content container in word." in control.text


def test_symbols_keep_their_characters(docx_dir: Path) -> None:
    [article] = read_articles(docx_dir / "docx2python-symbols.docx")
    assert "≠\uf0f0∞×÷≥≤±™®©¥£€µαβπΩ∑" in article.text  # w:sym F0F0 (Symbol) in its place
    assert article.text.startswith("\uf068") and article.text.endswith("\uf0e6\uf0dd")
    assert any(
        item["kind"] == "symbols" and item["count"] == 7 for item in article.metadata["notices"]
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("docx2python-test-docx2python-conversion-google_docs.docx", "Pop-up lomo waistcoat"),
        ("docx2python-created-in-pages-paragraphs-only.docx", "This document contains paragraphs."),
        ("docx2python-libreoffice_conversion.docx", "招标编号：DYBWCG2021-JZ-019-1"),
        ("mammoth-strict-format.docx", "Test"),
        ("docx2python-renamed_document_xml.docx", "This is a link to my website."),
    ],
)
def test_files_from_every_word_processor_open(docx_dir: Path, name: str, expected: str) -> None:
    [article] = read_articles(docx_dir / name)
    assert expected in article.text.split("\n") or expected in article.text


def test_libreoffice_text_boxes_come_once_not_twice(docx_dir: Path) -> None:
    [article] = read_articles(docx_dir / "docx2python-libreoffice_conversion.docx")
    boxes = [
        article.text[item.start : item.end]
        for item in only(article.annotations, "part")
        if item.extra["part"] == "text box"
    ]
    assert len(boxes) == 4
    for box in boxes:
        assert article.text.count(box) == 1  # the drawing's VML fallback copy is not read


def test_every_real_file_imports_or_is_refused_clearly(docx_dir: Path) -> None:
    for path in sorted(docx_dir.glob("*.docx")):
        try:
            [article] = read_articles(path)
        except ImportFailure as failure:
            assert str(failure).startswith(str(path)) and "holds no text" in failure.problem
            continue
        for annotation in article.annotations:
            assert 0 <= annotation.start <= annotation.end <= len(article.text), path.name


def test_a_new_revision_brings_its_own_annotations(tmp_path: Path) -> None:
    from workbench.core.revisions.apply import import_revision

    [first] = read_articles(docx_file(tmp_path, CHANGED, name="v1.docx"))
    body = para(
        run("Le ministre a "),
        '<w:commentRangeStart w:id="1"/>',
        run("confirmé"),
        '<w:commentRangeEnd w:id="1"/>',
        run(" la hausse de 12\u00a0% mardi."),
    )
    comments = (
        '<w:comment w:id="1" w:author="Léa"><w:p><w:r><w:t>Source ?</w:t></w:r></w:p></w:comment>'
    )
    [second] = read_articles(docx_file(tmp_path, body, {"comments": comments}, name="v2.docx"))
    nothing = Analysis("fr", "test", ())
    with Project.create(tmp_path / "p.wbproj") as project:
        [article_id] = project.add_articles([(first, nothing)])
        import_revision(project, article_id, second, nothing)
        [comment] = project.annotations(article_id)
        assert comment.kind == "comment" and second.text[comment.start : comment.end] == "confirmé"
        assert {item.kind for item in project.annotations(article_id)} == {"comment"}
        plain = ArticleDraft(second.title, second.text + "\nUn ajout.", {"format": "text"})
        import_revision(project, article_id, plain, nothing)
        assert project.annotations(article_id) == []  # the plain text has none; old ones index v2


def test_a_claim_knows_the_tracked_changes_inside_it(tmp_path: Path) -> None:
    from workbench.core.project.annotations import touching

    [article] = read_articles(docx_file(tmp_path, CHANGED))
    claim_start = article.text.index("confirmé")
    changes = touching(article.annotations, claim_start, claim_start + len("confirmé la hausse"))
    assert sorted(change.kind for change in changes) == ["deletion", "insertion"]
    assert touching(article.annotations, 0, len("Le ministre")) == []
