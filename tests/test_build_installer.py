"""build_installer.py's pure parts: what goes into the bundle, the names, the skipped lines.

The PyInstaller build itself is too slow for the suite: .ci/run runs it (with --smoke) after the tests.
"""

from __future__ import annotations

import ast
import re
import sys
import tarfile
from pathlib import Path

import pytest

import app

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import build_installer as bi  # noqa: E402


def _qt_modules_imported_by_app() -> set[str]:
    found = set()
    for path in (ROOT / "app").rglob("*.py"):
        if "tools" in path.relative_to(ROOT / "app").parts:  # developer tools (screenshots): not bundled
            continue
        found |= set(re.findall(r"(?:from|import) PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return found


def test_the_unused_qt_modules_and_libraries_are_excluded():
    for prefix in ("PySide6.QtWebEngine", "PySide6.Qt3D", "PySide6.QtMultimedia", "PySide6.QtQuick"):
        assert any(m.startswith(prefix) for m in bi.EXCLUDES), prefix
    for module in ("PySide6.QtQml", "PySide6.QtVirtualKeyboard", "PySide6.QtNetwork", "PySide6.QtPdf", "scipy",
                   "tkinter", "pandas", "matplotlib"):
        assert module in bi.EXCLUDES, module


def test_no_qt_module_the_app_imports_is_excluded():
    used = _qt_modules_imported_by_app()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert not used & set(bi.UNUSED_QT), "a module Alqa imports would be left out of the bundle"
    assert not any(f"PySide6.{m}" in bi.EXCLUDES for m in used)


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/translations/qtbase_kk.qm", True),
    ("PySide6/Qt/translations/qtbase_ru.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qtmultimedia_ru.qm", False),
    ("PySide6/Qt/lib/libQt6Gui.so.6", True),
    ("PySide6/Qt/lib/libQt6Charts.so.6", True),
    ("PySide6/Qt/lib/libQt6OpenGL.so.6", True),  # QtCharts links it
    ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt/lib/libQt6QmlModels.so.6", False),
    ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
    ("libgtk-3.so.0", False),
    ("numpy.libs/libscipy_openblas64_-32a4b2a6.so", True),
    ("i18n/alqa_kk.qm", True),
    ("resources/court_models/kz-2007.json", True),
])
def test_what_goes_into_the_bundle(dest, kept):
    assert bi.keep(dest) is kept


def test_names_carry_the_one_version():
    assert bi.version() == app.__version__
    linux = bi.target("linux", "x86_64")
    assert linux.archive == f"alqa-{app.__version__}-linux-x86_64.tar.gz"
    assert bi.target("win32", "AMD64").setup_exe == f"alqa-{app.__version__}-windows-setup"
    assert bi.target("darwin", "arm64").dmg == f"alqa-{app.__version__}-macos-arm64.dmg"
    assert bi.target("linux", "aarch64").appimage == f"alqa-{app.__version__}-linux-arm64.AppImage"


def test_the_spec_is_python_and_names_what_it_needs():
    text = bi.spec_text(bi.target("linux", "x86_64"))
    ast.parse(text)
    assert "packaging" in text and "launcher.py" in text and "resources" in text
    assert "bi.keep" in text and "bi.EXCLUDES" in text and "COLLECT" in text
    assert (ROOT / "packaging" / "launcher.py").is_file()
    assert all(p.suffix == ".qm" for p in bi.catalogues()) and len(bi.catalogues()) == 3


def test_orphans_are_what_no_root_needs_even_indirectly():
    libs = {"libQt6Gui.so.6": {"libglib-2.0.so.0"}, "libglib-2.0.so.0": {"libpcre2-8.so.0"},
            "libpcre2-8.so.0": set(), "libcairo.so.2": {"libpixman-1.so.0"}, "libpixman-1.so.0": set(),
            "libdbus-1.so.3": set()}
    assert bi.orphans(libs, ["libQt6Gui.so.6"]) == ["libcairo.so.2", "libpixman-1.so.0"]  # dbus: dlopened


def _fake_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "dist" / "alqa"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "alqa").write_text("#!/bin/sh\n")
    (bundle / "_internal" / "libfake.so").write_bytes(b"x" * 1000)
    return bundle


@pytest.fixture
def places(tmp_path, monkeypatch):
    monkeypatch.setattr(bi, "BUILD", tmp_path / "build")
    monkeypatch.setattr(bi, "DIST", tmp_path / "dist")
    monkeypatch.setattr(bi.shutil, "which", lambda name, path=None: None)  # no appimagetool, iscc, hdiutil
    return tmp_path


def test_on_linux_without_the_other_tools_a_tarball_and_one_skipped_line_each(places, capsys):
    bundle = _fake_bundle(places)
    archive = bi.wrap(bi.target("linux", "x86_64"), bundle)
    out = capsys.readouterr().out.splitlines()
    skipped = [line for line in out if line.startswith("skipped: ")]
    assert len(skipped) == 3, out
    assert any("AppImage" in line for line in skipped)
    assert any("Windows" in line for line in skipped) and any("macOS" in line for line in skipped)
    assert archive.name == f"alqa-{app.__version__}-linux-x86_64.tar.gz"
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    top = f"alqa-{app.__version__}-linux-x86_64"
    for name in ("alqa", "alqa.desktop", "alqa.png", "install.sh", "README.md", "_internal/libfake.so"):
        assert f"{top}/{name}" in names, name


def test_windows_without_iscc_writes_the_script_and_skips_the_exe(places, capsys):
    bundle = _fake_bundle(places)
    assert bi.windows_setup(bi.target("win32", "AMD64"), bundle) is None
    out = capsys.readouterr().out
    iss = (places / "build" / "alqa.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{app.__version__}"' in iss and not re.search(r"@[A-Z]+@", iss)
    assert str(bundle) in iss
    assert out.count("skipped: ") == 1 and "iscc" in out


def test_macos_without_hdiutil_is_one_skipped_line(places, capsys):
    assert bi.macos_dmg(bi.target("darwin", "arm64")) is None
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and out[0].startswith("skipped: macOS .dmg")


def test_without_pyinstaller_it_says_so_and_exits_3(monkeypatch, capsys):
    monkeypatch.setattr(bi, "pyinstaller_available", lambda: False)
    assert bi.main([]) == bi.EXIT_ENVIRONMENT
    assert "pip install" in capsys.readouterr().out


def test_the_smoke_environment_has_no_python(tmp_path):
    env = bi.bare_env(tmp_path / "home", tmp_path / "empty")
    (tmp_path / "empty").mkdir()
    assert bi.shutil.which("python3", path=env["PATH"]) is None
    assert env["QT_QPA_PLATFORM"] == "offscreen" and "PYTHONPATH" not in env and "VIRTUAL_ENV" not in env


def test_the_desktop_file_and_install_script_fit_together():
    desktop = (ROOT / "packaging" / "alqa.desktop.in").read_text(encoding="utf-8")
    assert "@EXEC@" in desktop and "@ICON@" in desktop and "Categories=Education;" in desktop
    script = (ROOT / "packaging" / "install.sh").read_text(encoding="utf-8")
    assert "--uninstall" in script and "alqa.desktop" in script and "alqa.png" in script


def test_the_bundle_lists_every_module_even_in_folders_without_init():
    from app.selftest import app_modules

    names = bi.app_modules()
    assert names == app_modules()  # the list the bundle's self-test imports is the source tree's
    assert "app.ui.courtroom.trial" in names and "app.cli.scenario" in names and "app.selftest" in names
    assert not any(n.startswith("app.tools") or n.endswith("__main__") for n in names)
