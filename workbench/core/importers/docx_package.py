"""Opening a DOCX package safely: zip checks, the parts it names, and their XML.

The parts are found the way Word finds them, through the package relationships, so a renamed
main part still opens; Strict OOXML files are read with their namespaces mapped to the
transitional ones that the reader knows.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from workbench.core.importers.errors import ImportFailure

ZIP_MAGIC = b"PK\x03\x04"
# lxml's element class is named _Element and has no public alias; annotations use this name.
XmlElement = Any
# Sizes are checked on the zip's directory before any part is read. Python's zipfile stops
# each member at its declared size and checks its CRC, so a member that lies about its size
# fails to read instead of growing past these limits.
MAX_MEMBERS = 5_000
MAX_UNPACKED_BYTES = 200 << 20
MAX_RATIO = 100  # real DOCX parts compress 5-30 times; zip bombs, thousands
_RATIO_FLOOR_BYTES = 1 << 20  # small parts may compress well without harm

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_STRICT = {
    b"http://purl.oclc.org/ooxml/wordprocessingml/main": W.encode(),
    b"http://purl.oclc.org/ooxml/officeDocument/relationships": b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    b"http://purl.oclc.org/ooxml/officeDocument/math": b"http://schemas.openxmlformats.org/officeDocument/2006/math",
}
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
# No DTDs, entities or network: a document is data, never instructions to the parser.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
_RECOVERING = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, recover=True
)


@dataclass
class Package:
    """The parts of a Word document the importer reads, parsed."""

    path: str
    archive: zipfile.ZipFile
    main: str
    # relationship kind ("header", "footnotes"...) -> part names, in the order they are listed
    related: dict[str, list[str]] = field(default_factory=dict)
    related_by_id: dict[str, str] = field(default_factory=dict)
    recovered: list[str] = field(default_factory=list)

    def xml(self, name: str) -> XmlElement | None:
        try:
            data = self.archive.read(name)
        except KeyError:
            return None
        for strict, transitional in _STRICT.items():
            data = data.replace(strict, transitional)
        try:
            return etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError:
            root = etree.fromstring(data, _RECOVERING)
            if root is None:
                raise ImportFailure(
                    self.path, f"the Word document is damaged ({name} is not readable XML)"
                ) from None
            self.recovered.append(name)
            return root


def open_package(data: bytes, path: str) -> Package:
    """The package of a DOCX file, refused with a clear message when it is not one or unsafe."""
    if not data.startswith(ZIP_MAGIC):
        raise ImportFailure(path, "not a Word document: a DOCX file is a zip archive, this is not")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as error:
        raise ImportFailure(
            path, f"not a Word document: the zip archive is damaged ({error})"
        ) from None
    _check_members(members, path)
    package = Package(path, archive, "")
    package.main = _main_part(package)
    rels = package.xml(_rels_name(package.main))
    for relation in rels.iter(_RELS) if rels is not None else ():
        kind = relation.get("Type", "").rsplit("/", 1)[-1]
        if relation.get("TargetMode") == "External":
            continue
        target = posixpath.normpath(
            posixpath.join(posixpath.dirname(package.main), relation.get("Target", ""))
        )
        package.related.setdefault(kind, []).append(target)
        package.related_by_id[relation.get("Id", "")] = target
    return package


def _check_members(members: list[zipfile.ZipInfo], path: str) -> None:
    if len(members) > MAX_MEMBERS:
        raise ImportFailure(
            path,
            f"refused: the archive holds {len(members):,} files "
            f"(a Word document holds a few dozen)",
        )
    names = {member.filename for member in members}
    if "mimetype" in names and "content.xml" in names:
        raise ImportFailure(
            path,
            "OpenDocument files (.odt) cannot be imported; save it as "
            "DOCX (File > Save as > Word) and import that",
        )
    if "[Content_Types].xml" not in names:
        raise ImportFailure(path, "not a Word document: the zip has no [Content_Types].xml")
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFailure(
            path,
            f"refused: it would unpack to {unpacked >> 20:,} MB "
            f"(limit {MAX_UNPACKED_BYTES >> 20} MB)",
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
            raise ImportFailure(
                path,
                f"refused: {member.filename} unpacks {ratio:,.0f} times its "
                "size, as a zip bomb does",
            )
        if member.flag_bits & 0x1:
            raise ImportFailure(path, "the Word document is encrypted")


def _main_part(package: Package) -> str:
    rels = package.xml("_rels/.rels")
    for relation in rels.iter(_RELS) if rels is not None else ():
        if relation.get("Type", "").endswith("/officeDocument"):
            target = str(relation.get("Target", "")).lstrip("/")
            if target in package.archive.namelist():
                return target
    if "word/document.xml" in package.archive.namelist():
        return "word/document.xml"
    raise ImportFailure(
        package.path,
        "not a Word document: the zip names no main document part "
        "(an OpenDocument or other zip file?)",
    )


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")
