"""Word documents (DOCX): every part a checker must see, with comments and tracked changes kept.

Read as OOXML with lxml, chosen by measurement (tests/benchmarks/bench_docx_parts.py): it is the
only way that reaches every part (headers, footers, notes, text boxes, content controls, smart
tags, symbols, tracked insertions and moves) AND knows the exact offsets of comments and tracked
changes in the imported text, which the window needs to show them beside the claims. python-docx
(used before) reads the body only; mammoth drops headers and footers and accepts or drops
changes without saying who made them; docx2python reaches most parts but gives no offsets and no
tracked-change authors; pandoc (pypandoc_binary) needs a 100 MB binary for the same result.

The text: headers (each distinct one once) first, then the body, footnotes and endnotes right
after the paragraph that refers to them ("[1] …", marked as notes), text boxes after the
paragraph that anchors them, footers (each distinct one once) last. Tracked changes are applied
as Word shows the document with "All markup": insertions in, deletions out.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from workbench.core.importers.article_text import ArticleText
from workbench.core.importers.docx_package import Package, W, XmlElement, open_package
from workbench.core.importers.errors import ImportFailure
from workbench.core.importers.notices import counted, notice
from workbench.core.importers.paragraphs import MAX_TITLE_CHARS, one_line
from workbench.core.model import Annotation

_W = f"{{{W}}}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_INVISIBLE = {
    *map(chr, range(0x09)),
    *map(chr, range(0x0B, 0x20)),
    *map(chr, range(0x7F, 0xA0)),
    "\xad",
    "\ufeff",
    "\ufffe",
    "\uffff",
}
# Containers whose children are read as if they stood in their place.
_TRANSPARENT = {
    f"{_W}{name}"
    for name in (
        "smartTag",
        "customXml",
        "hyperlink",
        "fldSimple",
        "ins",
        "moveTo",
        "bdo",
        "dir",
        "sdtContent",
        "rubyBase",
        "body",
        "tc",
        "tr",
        "tbl",
        "txbxContent",
        "comment",
        "footnote",
        "endnote",
        "hdr",
        "ftr",
    )
}
_DELETED = {f"{_W}del", f"{_W}moveFrom"}
_INSERTED = {f"{_W}ins": False, f"{_W}moveTo": True}
_SKIPPED = {
    f"{_W}{name}"
    for name in (
        "pPr",
        "rPr",
        "sdtPr",
        "sdtEndPr",
        "tblPr",
        "tblGrid",
        "trPr",
        "tcPr",
        "sectPr",
        "instrText",
        "delInstrText",
        "rt",
        "bookmarkStart",
        "bookmarkEnd",
        "proofErr",
    )
}
_PLURALS = {
    "comment": "comments",
    "footnote": "footnotes",
    "endnote": "endnotes",
    "header": "headers",
    "footer": "footers",
    "text box": "text boxes",
}
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


@dataclass
class DocxArticle:
    """A Word document read for import."""

    text: ArticleText
    title: str | None
    metadata: dict[str, Any]
    annotations: list[Annotation]


def read_docx(data: bytes, path: str) -> DocxArticle:
    """Every part of a Word document as paragraphs, with its comments, changes and notes."""
    try:
        return _Reader(open_package(data, path)).read()
    except ImportFailure:
        raise
    # lxml and zipfile report a damaged part with many exception types; none is a bug here,
    # all mean "this document cannot be read".
    except Exception as error:  # noqa: BLE001
        raise ImportFailure(
            path, f"the Word document is damaged ({type(error).__name__}: {str(error)[:200]})"
        ) from None


# A place in the text before it is cleaned: (raw paragraph number, offset in it).
_Mark = tuple[int, int]


@dataclass
class _Span:
    kind: str
    start: _Mark
    end: _Mark | None = None
    author: str | None = None
    date: str | None = None
    text: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class _Reader:
    def __init__(self, package: Package) -> None:
        self.package = package
        self.raw: list[list[str]] = [[]]  # raw paragraphs, as pieces
        self.spans: list[_Span] = []
        self.comment_starts: dict[str, _Mark] = {}
        self.comment_ends: dict[str, _Mark] = {}
        self.comment_references: dict[str, _Mark] = {}
        self.pending_parts: list[tuple[str, XmlElement, dict[str, Any]]] = []
        self.notes: dict[str, dict[str, XmlElement]] = {"footnote": {}, "endnote": {}}
        self.note_numbers = {"footnote": 0, "endnote": 0}
        self.counts: dict[str, int] = {}
        self.symbol_fonts: set[str] = set()
        self.strip_next_space = False
        self.text_length = 0  # of the cleaned text, once _cleaned has run

    # -- the document -------------------------------------------------------------------------

    def read(self) -> DocxArticle:
        document = self.package.xml(self.package.main)
        if document is None:
            raise ImportFailure(self.package.path, "the Word document has no main part")
        for kind in ("footnote", "endnote"):
            for name in self.package.related.get(f"{kind}s", []):
                root = self.package.xml(name)
                for note in root.iter(f"{_W}{kind}") if root is not None else ():
                    if note.get(f"{_W}type") in (None, "normal"):
                        self.notes[kind][note.get(f"{_W}id", "")] = note
        self._parts("header", document)
        self._end_paragraph()
        body_start = (len(self.raw) - 1, 0)
        body = document.find(f"{_W}body")
        if body is not None:
            self._walk(body)
            self._end_paragraph()
        self._parts("footer", document)
        text, mapped = self._cleaned()
        annotations = [
            annotation
            for span in self.spans
            if (annotation := self._annotation(span, mapped)) is not None
        ]
        annotations += self._comments(mapped)
        # Without a title property, the body's first line names the draft, not its header.
        first = self._place(body_start, mapped)
        first_line = text.text[first:].split("\n", 1)[0]
        title = self._title() or (first_line if 0 < len(first_line) <= MAX_TITLE_CHARS else None)
        return DocxArticle(text, title, self._metadata(annotations), annotations)

    def _parts(self, kind: str, document: XmlElement) -> None:
        """Each distinct header (footer) once, in the order the sections refer to them."""
        seen: set[str] = set()
        names = []
        for reference in document.iter(f"{_W}{kind}Reference"):
            name = self.package.related_by_id.get(reference.get(_R_ID, ""))
            if name and name not in names:
                names.append(name)
        # Without section properties, Word still keeps the parts: their text is not dropped.
        names += [name for name in self.package.related.get(kind, []) if name not in names]
        for name in names:
            root = self.package.xml(name)
            if root is None:
                continue
            content = one_line(" ".join(root.itertext()))
            if not content or content in seen:
                continue  # first-page and even-page variants often repeat the default one
            seen.add(content)
            self.counts[kind] = self.counts.get(kind, 0) + 1
            self._end_paragraph()
            span = _Span("part", self._here(), extra={"part": kind})
            self._walk(root)
            self._end_paragraph()
            span.end = self._last_end()
            self.spans.append(span)

    # -- walking ------------------------------------------------------------------------------

    def _walk(self, element: XmlElement) -> None:
        for child in element:
            self._element(child)

    def _element(self, element: XmlElement) -> None:
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            return
        if tag == f"{_W}p":
            self._walk(element)
            if not _paragraph_mark_deleted(element):
                self._end_paragraph()
                self._flush_pending()
        elif tag == f"{_W}r":
            self._walk(element)
        elif tag == f"{_W}t":
            self._text("".join(element.itertext()))
        elif tag in _INSERTED:
            span = _Span(
                "insertion",
                self._here(),
                author=element.get(f"{_W}author"),
                date=element.get(f"{_W}date"),
                extra={"move": True} if _INSERTED[tag] else {},
            )
            self._walk(element)
            span.end = self._here()
            self.spans.append(span)
        elif tag in _DELETED:
            deleted = "".join(
                text for node in element.iter(f"{_W}delText", f"{_W}t") for text in node.itertext()
            )
            if deleted:
                self.spans.append(
                    _Span(
                        "deletion",
                        self._here(),
                        self._here(),
                        element.get(f"{_W}author"),
                        element.get(f"{_W}date"),
                        deleted,
                        {"move": True} if tag == f"{_W}moveFrom" else {},
                    )
                )
        elif tag in _TRANSPARENT or tag == f"{_W}sdt":
            self._walk(element)
        elif tag == f"{_W}fldChar":
            self._form_field(element)
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            self._text("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            self._end_paragraph()
        elif tag == f"{_W}noBreakHyphen":
            self._text("\u2011")
        elif tag == f"{_W}sym":
            self._symbol(element)
        elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference"):
            self._note_reference(element)
        elif tag in (f"{_W}footnoteRef", f"{_W}endnoteRef"):
            pass  # the note's own number: written by _note_reference
        elif tag == f"{_W}commentRangeStart":
            self.comment_starts.setdefault(element.get(f"{_W}id", ""), self._here())
        elif tag == f"{_W}commentRangeEnd":
            self.comment_ends[element.get(f"{_W}id", "")] = self._here()
        elif tag == f"{_W}commentReference":
            self.comment_references.setdefault(element.get(f"{_W}id", ""), self._here())
        elif tag in (f"{_W}drawing", f"{_W}pict", f"{_W}object", f"{_MC}AlternateContent"):
            self._drawing(element)
        elif tag in (f"{_M}oMathPara", f"{_M}oMath"):
            self.counts["equation"] = self.counts.get("equation", 0) + 1
            self._text("".join(text for node in element.iter(f"{_M}t") for text in node.itertext()))
        elif tag.startswith(_W):
            self._walk(element)  # unknown Word markup: its text, if any, is the document's

    def _symbol(self, element: XmlElement) -> None:
        try:
            code = int(element.get(f"{_W}char", ""), 16)
        except ValueError:
            return
        # Symbol fonts place their glyphs at F0xx; the code point is kept as Word stores it.
        self.symbol_fonts.add(element.get(f"{_W}font", "?"))
        self.counts["symbol"] = self.counts.get("symbol", 0) + 1
        self._text(chr(code))

    def _form_field(self, element: XmlElement) -> None:
        """Legacy form fields show no text of their own: a box's state, a list's choice."""
        data = element.find(f"{_W}ffData")
        if data is None:
            return
        box = data.find(f"{_W}checkBox")
        if box is not None:
            state = box.find(f"{_W}checked")
            if state is None:
                state = box.find(f"{_W}default")
            checked = state is not None and state.get(f"{_W}val", "1") not in ("0", "false")
            self._text("\u2612" if checked else "\u2610")
        choices = data.find(f"{_W}ddList")
        if choices is not None:
            entries = [entry.get(f"{_W}val", "") for entry in choices.iter(f"{_W}listEntry")]
            result = choices.find(f"{_W}result")
            index = int(result.get(f"{_W}val", "0")) if result is not None else 0
            if 0 <= index < len(entries):
                self._text(entries[index])

    def _note_reference(self, element: XmlElement) -> None:
        kind = "footnote" if element.tag == f"{_W}footnoteReference" else "endnote"
        note = self.notes[kind].get(element.get(f"{_W}id", ""))
        if note is None:
            return
        self.note_numbers[kind] += 1
        number = self.note_numbers[kind]
        label = str(number) if kind == "footnote" else _roman(number)
        start = self._here()
        self._text(f"[{label}]")
        reference = (start, self._here())
        self.pending_parts.append(
            ("note", note, {"note": kind, "number": number, "label": label, "reference": reference})
        )

    def _drawing(self, element: XmlElement) -> None:
        # mc:AlternateContent holds the same text box twice (Choice and VML Fallback).
        choice = element.find(f"{_MC}Choice") if element.tag == f"{_MC}AlternateContent" else None
        scope = choice if choice is not None else element
        boxes = [
            box
            for box in scope.iter(f"{_W}txbxContent")
            if not any(parent.tag == f"{_W}txbxContent" for parent in box.iterancestors())
        ]
        for box in boxes:
            self.pending_parts.append(("part", box, {"part": "text box"}))
        if not boxes and element.tag != f"{_MC}AlternateContent":
            self.counts["image"] = self.counts.get("image", 0) + 1
        elif not boxes and choice is not None:
            self._walk(choice)

    def _flush_pending(self) -> None:
        """Notes and text boxes, right after the paragraph that refers to or anchors them."""
        while self.pending_parts:
            kind, root, extra = self.pending_parts.pop(0)
            span = _Span(kind, self._here(), extra=extra)
            if kind == "note":
                self.counts[extra["note"]] = self.counts.get(extra["note"], 0) + 1
                self._text(f"[{extra['label']}] ")
                self.strip_next_space = True  # notes begin with a space after their number
            else:
                self.counts["text box"] = self.counts.get("text box", 0) + 1
            self._walk(root)
            self._end_paragraph()
            span.end = self._last_end()
            self.spans.append(span)

    # -- raw text and marks -------------------------------------------------------------------

    def _text(self, text: str) -> None:
        if self.strip_next_space:
            text = text.lstrip(" \t")
            self.strip_next_space = not text
        self.raw[-1].append(text)

    def _here(self) -> _Mark:
        return (len(self.raw) - 1, sum(len(piece) for piece in self.raw[-1]))

    def _last_end(self) -> _Mark:
        # The end of the last paragraph written (the current one is new and empty).
        index = len(self.raw) - 2
        return (index, sum(len(piece) for piece in self.raw[index])) if index >= 0 else (0, 0)

    def _end_paragraph(self) -> None:
        if self.raw[-1]:
            self.raw.append([])

    # -- cleaning, with the offsets kept ------------------------------------------------------

    def _cleaned(self) -> tuple[ArticleText, list[tuple[int | None, list[int]]]]:
        text = ArticleText()
        mapped: list[tuple[int | None, list[int]]] = []
        for pieces in self.raw:
            paragraph, offsets = _clean_with_offsets("".join(pieces))
            start = text.add(paragraph) if paragraph else None
            mapped.append((start, offsets))
        self.text_length = text.length
        return text, mapped

    def _place(self, mark: _Mark, mapped: list[tuple[int | None, list[int]]]) -> int:
        index, offset = mark
        for following in range(index, len(mapped)):
            start, offsets = mapped[following]
            if start is not None:
                return start + (offsets[min(offset, len(offsets) - 1)] if following == index else 0)
            offset = 0
        return self.text_length

    def _annotation(
        self, span: _Span, mapped: list[tuple[int | None, list[int]]]
    ) -> Annotation | None:
        start = self._place(span.start, mapped)
        end = max(start, self._place(span.end or span.start, mapped))
        extra = dict(span.extra)
        if "reference" in extra:
            first, last = extra["reference"]
            extra["reference"] = [self._place(first, mapped), self._place(last, mapped)]
        if span.kind in ("part", "note") and start == end:
            return None
        return Annotation(span.kind, start, end, span.author, span.date, span.text, extra)

    def _comments(self, mapped: list[tuple[int | None, list[int]]]) -> list[Annotation]:
        found: list[Annotation] = []
        for name in self.package.related.get("comments", []):
            root = self.package.xml(name)
            for comment in root.iter(f"{_W}comment") if root is not None else ():
                key = comment.get(f"{_W}id", "")
                start_mark = self.comment_starts.get(key) or self.comment_references.get(key)
                end_mark = self.comment_ends.get(key) or start_mark
                body = "\n".join(
                    one_line("".join(paragraph.itertext())) for paragraph in comment.iter(f"{_W}p")
                ).strip()
                extra: dict[str, Any] = {"id": key}
                if comment.get(f"{_W}initials"):
                    extra["initials"] = comment.get(f"{_W}initials")
                if start_mark is None or end_mark is None:
                    extra["anchored"] = False
                    start = end = 0
                else:
                    start = self._place(start_mark, mapped)
                    end = max(start, self._place(end_mark, mapped))
                found.append(
                    Annotation(
                        "comment",
                        start,
                        end,
                        comment.get(f"{_W}author"),
                        comment.get(f"{_W}date"),
                        body,
                        extra,
                    )
                )
        return found

    # -- properties and notices ---------------------------------------------------------------

    def _core(self) -> XmlElement | None:
        for name in self.package.related.get("core-properties", []) or ["docProps/core.xml"]:
            root = self.package.xml(name)
            if root is not None:
                return root
        return None

    def _title(self) -> str | None:
        core = self._core()
        node = core.find(f"{_DC}title") if core is not None else None
        return one_line(node.text or "") or None if node is not None else None

    def _metadata(self, annotations: list[Annotation]) -> dict[str, Any]:
        metadata: dict[str, Any] = {}
        core = self._core()
        if core is not None:
            for key, tag in (
                ("author", f"{_DC}creator"),
                ("created", f"{_DCTERMS}created"),
                ("modified", f"{_DCTERMS}modified"),
            ):
                node = core.find(tag)
                if node is not None and one_line(node.text or ""):
                    metadata[key] = one_line(node.text or "")
        kinds = [annotation.kind for annotation in annotations]
        counts = {**self.counts, "comment": kinds.count("comment")}
        notices = [
            notice(
                _PLURALS[kind].replace(" ", "_"),
                counts[kind],
                f"{counted(counts[kind], kind, _PLURALS[kind])} imported",
            )
            for kind in ("comment", "footnote", "endnote", "header", "footer", "text box")
            if counts.get(kind)
        ]
        insertions, deletions = kinds.count("insertion"), kinds.count("deletion")
        if insertions or deletions:
            notices.append(
                notice(
                    "tracked_changes",
                    insertions + deletions,
                    (
                        f"tracked changes: {counted(insertions, 'insertion')}, "
                        f"{counted(deletions, 'deletion')} applied (kept as annotations)"
                    ),
                )
            )
        if counts.get("image"):
            notices.append(
                notice(
                    "images_skipped",
                    counts["image"],
                    f"{counted(counts['image'], 'image')} skipped",
                )
            )
        if counts.get("equation"):
            notices.append(
                notice(
                    "equations",
                    counts["equation"],
                    f"{counted(counts['equation'], 'equation')} imported as text",
                )
            )
        if counts.get("symbol"):
            fonts = ", ".join(sorted(self.symbol_fonts))
            notices.append(
                notice(
                    "symbols",
                    counts["symbol"],
                    (
                        f"{counted(counts['symbol'], 'symbol')} from symbol fonts ({fonts}) kept "
                        "as Word stores them"
                    ),
                )
            )
        if self.package.recovered:
            notices.append(
                notice(
                    "damaged_xml",
                    len(self.package.recovered),
                    (
                        f"damaged XML recovered in {', '.join(self.package.recovered)}; some text may "
                        "be missing"
                    ),
                )
            )
        metadata["notices"] = notices
        return metadata


def _paragraph_mark_deleted(paragraph: XmlElement) -> bool:
    # A deleted paragraph mark joins the paragraph with the next one in the current text.
    mark = paragraph.find(f"{_W}pPr/{_W}rPr/{_W}del")
    return mark is not None


def _roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def _clean_with_offsets(raw: str) -> tuple[str, list[int]]:
    """`paragraphs.clean_paragraph` (invisible characters out, NFC, stripped) that also says
    where each raw offset lands: offsets[i] is the cleaned position of raw position i."""
    kept: list[str] = []
    positions: list[int] = []
    cluster: list[str] = []
    cluster_raw: list[int] = []

    def close_cluster() -> None:
        if cluster:
            normalized = unicodedata.normalize("NFC", "".join(cluster))
            position = sum(len(piece) for piece in kept)
            positions.extend(position for _ in cluster_raw)
            kept.append(normalized)
            cluster.clear()
            cluster_raw.clear()

    for index, char in enumerate(raw):
        if char in _INVISIBLE or "\ud800" <= char <= "\udfff":
            close_cluster()
            positions.append(sum(len(piece) for piece in kept))
            continue
        if not unicodedata.combining(char):
            close_cluster()
        cluster.append(char)
        cluster_raw.append(index)
    close_cluster()
    joined = "".join(kept)
    positions.append(len(joined))
    stripped = joined.strip()
    lead = len(joined) - len(joined.lstrip())
    offsets = [min(max(position - lead, 0), len(stripped)) for position in positions]
    return stripped, offsets
