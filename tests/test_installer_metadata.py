"""The desktop integration files: valid, and agreeing with each other and with the program."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path
from xml.etree import ElementTree

import pytest

from workbench.core.project.schema import APPLICATION_ID
from workbench.core.project.store import PROJECT_SUFFIX

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.workbench.Workbench"
MIME_TYPE = "application/x-workbench-project"
DESKTOP_FILE = ROOT / "resources" / "desktop" / f"{APP_ID}.desktop"
METAINFO_FILE = ROOT / "resources" / "desktop" / f"{APP_ID}.metainfo.xml"
MIME_FILE = ROOT / "resources" / "desktop" / f"{APP_ID}.xml"
ICONS = ROOT / "resources" / "icons" / "app"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates() -> None:
    validator = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run(
        [validator, str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates() -> None:
    validator = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [validator, "validate", "--no-net", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_opens_projects_with_the_application_icon() -> None:
    entry = _desktop_entry()
    assert entry["Icon"] == APP_ID
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Exec"].split()[0] == "workbench"
    assert "%f" in entry["Exec"].split(), "a double-clicked project must reach the program"


def test_metainfo_names_the_desktop_file_the_mime_type_and_this_version() -> None:
    component = ElementTree.parse(METAINFO_FILE).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert MIME_TYPE in [item.text for item in component.iter("mediatype")]
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    released = [release.get("version") for release in component.iter("release")]
    assert version in released, f"add a <release> for {version} to {METAINFO_FILE.name}"


def test_mime_type_matches_the_project_file_by_name_and_by_content() -> None:
    mime_type = ElementTree.parse(MIME_FILE).getroot().find(f"{MIME_NS}mime-type")
    assert mime_type is not None and mime_type.get("type") == MIME_TYPE
    globs = [glob.get("pattern") for glob in mime_type.iter(f"{MIME_NS}glob")]
    assert globs == [f"*{PROJECT_SUFFIX}"]
    header = mime_type.find(f"{MIME_NS}magic/{MIME_NS}match")
    assert header is not None and header.get("value") == "SQLite format 3"
    application_id = header.find(f"{MIME_NS}match")
    assert application_id is not None
    assert (application_id.get("type"), application_id.get("offset")) == ("big32", "68")
    assert int(application_id.get("value", ""), 16) == APPLICATION_ID


def test_mime_database_accepts_the_type(tmp_path: Path) -> None:
    updater = _tool("update-mime-database", "shared-mime-info")
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME_FILE, tmp_path / "packages")
    result = subprocess.run([updater, str(tmp_path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert f"{MIME_TYPE}:*{PROJECT_SUFFIX}" in (tmp_path / "globs2").read_text("utf-8")
    assert MIME_TYPE.encode() in (tmp_path / "magic").read_bytes()


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_has_its_size(size: int) -> None:
    data = (ICONS / f"{APP_ID}-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
    assert (width, height) == (size, size)


def test_svg_icon_is_square() -> None:
    svg = ElementTree.parse(ICONS / f"{APP_ID}.svg").getroot()
    _, _, width, height = (float(value) for value in svg.get("viewBox", "").split())
    assert width == height


def test_windows_and_macos_icons_are_there() -> None:
    assert (ICONS / f"{APP_ID}.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / f"{APP_ID}.icns").read_bytes()[:4] == b"icns"
