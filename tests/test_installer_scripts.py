"""The installer's scripts: the locale runtime hook, the .deb dependency rule, the smoke test."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
LOCALE_VARIABLES = ("LANG", "LC_ALL", "LC_CTYPE")


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"installer_{name}", INSTALLER / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def _locale_after_hook(**environment: str) -> dict[str, str]:
    """Runs the runtime hook in a fresh interpreter and returns the locale variables it leaves."""
    base = {key: value for key, value in os.environ.items() if key not in LOCALE_VARIABLES}
    code = (
        "import json, os, runpy, sys; runpy.run_path(sys.argv[1]); "
        f"print(json.dumps({{k: os.environ[k] for k in {LOCALE_VARIABLES!r} if k in os.environ}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(INSTALLER / "hooks" / "rthook_locale.py")],
        # The bundle's embedded interpreter does not coerce the C locale (PEP 538); python does.
        env={**base, "PYTHONCOERCECLOCALE": "0", **environment},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_locale_hook_sets_a_utf8_lang_when_there_is_none() -> None:
    assert _locale_after_hook() == {"LANG": "C.UTF-8"}


def test_locale_hook_leaves_a_working_utf8_locale_alone() -> None:
    assert _locale_after_hook(LANG="C.UTF-8") == {"LANG": "C.UTF-8"}


def test_locale_hook_replaces_the_ascii_c_locale() -> None:
    assert _locale_after_hook(LC_ALL="C", LANG="fr_FR.UTF-8")["LC_ALL"] == "C.UTF-8"


def test_locale_hook_keeps_the_language_of_a_locale_not_installed_here() -> None:
    # Qt reads the user's language from LANG; only the character set needs a working locale.
    after = _locale_after_hook(LANG="zz_ZZ.UTF-8")
    assert after == {"LANG": "zz_ZZ.UTF-8", "LC_CTYPE": "C.UTF-8"}


@pytest.mark.parametrize(
    ("library", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libwayland-egl.so.1", "libwayland-egl1"),
        ("libfoo-2.so.0.4.1", "libfoo-2-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
    ],
)
def test_deb_package_name_follows_debian_library_naming(library: str, package: str) -> None:
    assert _load("deb_depends")._package_name_from_soname(library) == package


def test_deb_package_name_needs_a_soname_version() -> None:
    assert _load("deb_depends")._package_name_from_soname("libfoo.so") is None


def _smoke_run(stderr: str, returncode: int = 0) -> tuple[ModuleType, object]:
    smoke = _load("smoke_test")
    return smoke, smoke.Run(returncode=returncode, stdout="", stderr=stderr, elapsed_s=0.1)


def test_smoke_test_fails_on_unexpected_stderr() -> None:
    smoke, run = _smoke_run("QFont::fromString: invalid description\n")
    with pytest.raises(smoke.SmokeFailure, match="invalid description"):
        smoke._expect_clean(run, "the window")


def test_smoke_test_accepts_the_offscreen_platform_notice_only() -> None:
    smoke, run = _smoke_run("This plugin does not support propagateSizeHints()\n")
    smoke._expect_clean(run, "the window")


def test_smoke_test_fails_on_a_non_zero_exit() -> None:
    smoke, run = _smoke_run("", returncode=3)
    with pytest.raises(smoke.SmokeFailure, match="exited with 3"):
        smoke._expect_clean(run, "analyze")


@pytest.mark.parametrize("script", ["build.sh", "build_deb.sh", "ci.sh", "render_icons.sh"])
def test_shell_script_parses(script: str) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    result = subprocess.run(
        [bash, "-n", str(INSTALLER / script)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
