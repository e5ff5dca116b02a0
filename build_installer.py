"""Build Alqa for a teacher who has no Python: a one-folder bundle, wrapped the platform's way.

    python build_installer.py            build dist/alqa/, then wrap it (Linux: a .tar.gz)
    python build_installer.py --smoke    the same, then run the bundle's --self-test from a
                                         temporary copy of the unpacked archive with no Python on
                                         PATH; print its size, its ten largest parts and its
                                         start-up time beside the source tree's
    python build_installer.py --smoke --no-build   check the last build again

Needs the build extra: `pip install -e ".[build]"` (PyInstaller). What it makes, per platform:
- Linux: dist/alqa-<version>-linux-<machine>.tar.gz (the bundle, alqa.desktop, alqa.png,
  install.sh); an AppImage too when `appimagetool` is on PATH.
- Windows: build/installer/alqa.iss (Inno Setup) and, when `iscc` is on PATH, dist/alqa-<version>-windows-setup.exe.
- macOS: dist/Alqa.app and, with `hdiutil`, dist/alqa-<version>-macos-<machine>.dmg.
Whatever this platform cannot make is skipped with one line, never an error.

Exit codes: 0 built (and the smoke test passed); 1 the build or the self-test failed;
3 this machine cannot build at all (no PyInstaller, no disk space): an environment problem, not Alqa's.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent
BUILD = ROOT / "build" / "installer"
DIST = ROOT / "dist"
NAME = "alqa"
EXIT_OK, EXIT_FAILED, EXIT_ENVIRONMENT = 0, 1, 3
SIZE_GOAL_MB, ARCHIVE_GOAL_MB, STARTUP_GOAL = 210, 85, 1.1  # issue [8]; docs/performance.md

# Python modules the bundle must never carry: Qt modules Alqa does not use (checked by
# tests/test_build_installer.py against app/'s imports), and big libraries that optional
# imports of networkx or Pillow would otherwise drag in.
UNUSED_QT = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCanvasPainter", "QtConcurrent", "QtDataVisualization", "QtDesigner", "QtGraphs",
    "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetwork", "QtNetworkAuth", "QtNfc", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtPrintSupport",
    "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects",
    "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine",
    "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtVirtualKeyboard", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)
UNUSED_PYTHON = (
    "scipy", "pandas", "matplotlib", "IPython", "sympy", "lxml", "pydot", "pygraphviz", "tkinter", "_tkinter",
    "PyQt5", "PyQt6", "PySide2", "pytest", "_pytest", "hypothesis", "pypdf", "PyInstaller", "setuptools",
    "pip", "numpy.f2py", "numpy.distutils", "app.tools",
    # Pillow writes Alqa's GIF and APNG; its AVIF (5 MB of libavif) and WebP codecs stay out.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL.ImageTk", "PIL._imagingtk",
    # QtCharts links Qt's OpenGL libraries (they stay), but Alqa never imports their Python bindings (9 MB).
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
)
EXCLUDES = tuple(f"PySide6.{m}" for m in UNUSED_QT) + UNUSED_PYTHON

# Qt plugins by folder: the ones kept (file name without lib prefix and suffix). A folder not
# named here is dropped whole (wayland, eglfs, printsupport, tls, networkinformation, ...).
QT_PLUGINS = {
    "platforms": ("qxcb", "qoffscreen", "qwindows", "qcocoa", "qminimal"),
    "platformthemes": ("qxdgdesktopportal",),  # not gtk3: it would pull in all of GTK
    "platforminputcontexts": ("composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"),
    "xcbglintegrations": ("qxcb-glx-integration", "qxcb-egl-integration"),
    "imageformats": ("qjpeg", "qgif", "qsvg", "qico"),  # PNG is built into QtGui
    "iconengines": ("qsvgicon",),
    "styles": ("qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"),
}
# Libraries left behind by what was dropped (a plugin's or an unused module's own libraries).
DROPPED_LIBS = re.compile(
    r"(Qt6?(Qml|Quick|Pdf|Network|VirtualKeyboard|Multimedia|WebEngine|3D|Wayland|WlShell|PrintSupport|EglFs|Designer)"
    r"|libwayland-|libgtk-|libgdk-|libatk|libcairo-gobject|libpango)", re.IGNORECASE)
QT_TRANSLATIONS = ("kk", "ru")  # Qt's own words (qtbase_*.qm) for the languages Alqa speaks besides English


@dataclass(frozen=True)
class Target:
    """What this platform's build is called and where it lands."""
    system: str  # linux, windows, macos
    machine: str  # x86_64, arm64, ...
    version: str

    @property
    def stem(self) -> str:
        return f"{NAME}-{self.version}-{self.system}-{self.machine}"

    @property
    def archive(self) -> str:
        return f"{self.stem}.tar.gz"

    @property
    def setup_exe(self) -> str:
        return f"{NAME}-{self.version}-windows-setup"

    @property
    def dmg(self) -> str:
        return f"{self.stem}.dmg"

    @property
    def appimage(self) -> str:
        return f"{self.stem}.AppImage"


def version() -> str:
    """The one version: app/__init__.py's __version__ (which pyproject reads too)."""
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("build_installer.py: no __version__ in app/__init__.py")
    return found.group(1)


def target(system: str | None = None, machine: str | None = None) -> Target:
    system = (system or sys.platform).lower()
    system = {"win32": "windows", "darwin": "macos"}.get(system, "linux" if system.startswith("linux") else system)
    machine = (machine or platform.machine()).lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return Target(system, machine, version())


# --- what goes into the bundle (the spec calls these) -----------------------------------------

def keep(dest: str) -> bool:
    """Whether a file PyInstaller collected goes into the bundle (its path inside the bundle)."""
    posix = dest.replace("\\", "/")
    name = posix.rsplit("/", 1)[-1]
    parts = posix.split("/")
    if "plugins" in parts[:-1] and ("Qt" in parts or "PySide6" in parts or parts[0] == "plugins"):
        folder = parts[parts.index("plugins") + 1]
        if folder == name:  # a file directly in plugins/
            return False
        return re.sub(r"^lib", "", name.split(".")[0]) in QT_PLUGINS.get(folder, ())
    if "/translations/" in f"/{posix}" and name.endswith(".qm"):
        return any(name == f"qtbase_{lang}.qm" for lang in QT_TRANSLATIONS)
    return not DROPPED_LIBS.search(name)


SPEC = """# Generated by build_installer.py; edit that file, not this one.
import sys
sys.path.insert(0, {root!r})
import build_installer as bi

a = Analysis([{launcher!r}], pathex=[{root!r}], hiddenimports=bi.app_modules(), excludes=list(bi.EXCLUDES),
             datas=[({resources!r}, "resources"), ({modules!r}, ".")] + [(str(q), "i18n") for q in bi.catalogues()],
             noarchive=False, optimize=0)
a.binaries = [entry for entry in a.binaries if bi.keep(entry[0])]
a.datas = [entry for entry in a.datas if bi.keep(entry[0])]
pyz = PYZ(a.pure)
icon = {icon!r}
exes = [EXE(pyz, a.scripts, [], exclude_binaries=True, name={name!r}, console=True, strip=False, upx=False,
            icon=icon)]
if sys.platform == "win32":  # alqa.exe opens no console window; alqa-cli.exe is for --self-test and commands
    exes = [EXE(pyz, a.scripts, [], exclude_binaries=True, name={name!r}, console=False, upx=False, icon=icon),
            EXE(pyz, a.scripts, [], exclude_binaries=True, name={name!r} + "-cli", console=True, upx=False,
                icon=icon)]
coll = COLLECT(*exes, a.binaries, a.datas, strip=False, upx=False, name={name!r})
if sys.platform == "darwin":
    app = BUNDLE(coll, name="Alqa.app", icon=icon, bundle_identifier="org.alqa.Alqa", version={version!r},
                 info_plist={{"NSHighResolutionCapable": True, "CFBundleShortVersionString": {version!r}}})
"""


def app_modules() -> list[str]:
    """Every module of app/, from the files (PyInstaller's collect_submodules misses the folders
    without __init__.py, such as app/ui/courtroom); the developer tools stay out."""
    names = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if "__pycache__" not in parts and parts[:2] != ("app", "tools") and parts[-1] != "__main__":
            names.append(".".join(parts))
    return names


def module_list(tgt: Target) -> Path:
    """The list the bundle's self-test imports one by one (app-modules.txt inside the bundle)."""
    BUILD.mkdir(parents=True, exist_ok=True)
    path = BUILD / "app-modules.txt"
    path.write_text("\n".join(app_modules()) + "\n", encoding="utf-8")
    return path


def catalogues() -> list[Path]:
    """Alqa's compiled catalogues (the .ts sources stay out)."""
    return sorted((ROOT / "i18n").glob("*.qm"))


def spec_text(tgt: Target) -> str:
    return SPEC.format(root=str(ROOT), launcher=str(ROOT / "packaging" / "launcher.py"),
                       resources=str(ROOT / "resources"), modules=str(BUILD / "app-modules.txt"), icon=str(ROOT / "resources" / "icons" / "alqa-256.png"),
                       name=NAME, version=tgt.version)


# --- sizes ---------------------------------------------------------------------------------------

def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def largest(folder: Path, n: int = 10) -> list[tuple[str, int]]:
    files = [(str(p.relative_to(folder)), p.stat().st_size) for p in folder.rglob("*")
             if p.is_file() and not p.is_symlink()]
    return sorted(files, key=lambda f: -f[1])[:n]


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


# --- the steps ----------------------------------------------------------------------------------

def say(line: str) -> None:
    print(line, flush=True)


def skipped(what: str, why: str) -> str:
    """The one line for something this platform cannot make."""
    return f"skipped: {what} ({why})"


def pyinstaller_available() -> bool:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return False
    return True


def build_bundle(tgt: Target) -> Path:
    """Run PyInstaller on the generated spec; the one-folder bundle (dist/alqa)."""
    BUILD.mkdir(parents=True, exist_ok=True)
    spec = BUILD / "alqa.spec"
    module_list(tgt)
    spec.write_text(spec_text(tgt), encoding="utf-8")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(BUILD / "work"), str(spec)]
    started = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT)
    say(f"bundle: {DIST / NAME} built in {time.perf_counter() - started:.0f} s")
    return DIST / NAME


def strip_libpython(bundle: Path) -> None:
    """Strip libpython's symbols (never the other libraries: stripping numpy's OpenBLAS breaks it)."""
    strip = shutil.which("strip")
    libs = [p for p in bundle.rglob("libpython3*.so*") if p.is_file() and not p.is_symlink()]
    if not strip or not libs:
        say(skipped("stripping libpython", "no strip tool" if not strip else "no libpython in the bundle"))
        return
    for lib in libs:
        before = lib.stat().st_size
        subprocess.run([strip, "--strip-unneeded", str(lib)], check=True)
        say(f"stripped {lib.name}: {mb(before)} -> {mb(lib.stat().st_size)}")


# Loaded with dlopen, so no library names them: never pruned.
DLOPENED = ("libdbus-1.so",)


def needed(path: Path, objdump: str) -> set[str]:
    """The libraries an ELF file names (DT_NEEDED)."""
    out = subprocess.run([objdump, "-p", str(path)], capture_output=True, text=True).stdout
    return set(re.findall(r"^\s*NEEDED\s+(\S+)", out, re.MULTILINE))


def orphans(libs: dict[str, set[str]], roots: list[str]) -> list[str]:
    """The libraries in `libs` (name -> what it needs) that no root needs, even indirectly."""
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name not in seen:
            seen.add(name)
            stack.extend(libs.get(name, ()))
    return sorted(name for name in libs if name not in seen and not name.startswith(DLOPENED))


def prune_orphans(bundle: Path) -> None:
    """Remove the system libraries that only a dropped Qt plugin needed (GTK's, Wayland's, ...)."""
    objdump = shutil.which("objdump")
    if objdump is None:
        say(skipped("pruning unneeded libraries", "objdump is not on PATH"))
        return
    internal = bundle / "_internal"
    shared = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and ".so" in p.name]
    top = {p.name: needed(p, objdump) for p in shared if p.parent == internal}
    # Roots: the program, libpython, every extension module, Qt library and plugin outside _internal's top.
    roots = sorted(needed(bundle / NAME, objdump) | {n for p in shared if p.parent != internal
                                                       for n in needed(p, objdump)} | {n for n in top if n.startswith("libpython")})
    gone = orphans(top, roots)
    freed = sum((internal / name).stat().st_size for name in gone)
    for name in gone:
        (internal / name).unlink()
    say(f"pruned {len(gone)} libraries no part of Alqa needs ({mb(freed)}): {', '.join(gone)}")


XCB_HINT = ("libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 "
            "libxkbcommon-x11-0 libxcb-cursor0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libx11-xcb1")


def check_xcb(bundle: Path) -> list[str]:
    """What the bundled xcb platform plugin cannot find (`ldd`), with the bundle's libraries first."""
    plugin = next(iter(bundle.rglob("libqxcb.so")), None)
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return []
    libs = sorted({str(p.parent) for p in bundle.rglob("*.so*")})
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(libs)}
    out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, env=env).stdout
    return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})


def linux_package(tgt: Target, bundle: Path) -> Path:
    """dist/alqa-<version>-linux-<machine>.tar.gz: the bundle, alqa.desktop, alqa.png and install.sh."""
    stage = BUILD / "stage" / tgt.stem
    if stage.exists():
        shutil.rmtree(stage)
    stage.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(bundle, stage, symlinks=True)
    shutil.copy2(ROOT / "resources" / "icons" / "alqa-256.png", stage / "alqa.png")
    shutil.copy2(ROOT / "packaging" / "alqa.desktop.in", stage / "alqa.desktop")
    shutil.copy2(ROOT / "packaging" / "install.sh", stage / "install.sh")
    (stage / "install.sh").chmod(0o755)
    shutil.copy2(ROOT / "docs" / "install.md", stage / "README.md")
    out = DIST / tgt.archive
    tmp = out.with_suffix(".part")
    with tarfile.open(tmp, "w:gz", compresslevel=9) as tar:
        tar.add(stage, arcname=tgt.stem)
    os.replace(tmp, out)
    say(f"archive: {out} ({mb(out.stat().st_size)})")
    return out


def linux_appimage(tgt: Target, bundle: Path) -> Path | None:
    tool = shutil.which("appimagetool")
    if tool is None:
        say(skipped("AppImage", "appimagetool is not on PATH"))
        return None
    appdir = BUILD / "Alqa.AppDir"
    if appdir.exists():
        shutil.rmtree(appdir)
    shutil.copytree(bundle, appdir / "usr" / "lib" / NAME, symlinks=True)
    (appdir / "AppRun").write_text('#!/bin/sh\nexec "$(dirname "$(readlink -f "$0")")/usr/lib/alqa/alqa" "$@"\n')
    (appdir / "AppRun").chmod(0o755)
    shutil.copy2(ROOT / "resources" / "icons" / "alqa-256.png", appdir / "alqa.png")
    desktop = (ROOT / "packaging" / "alqa.desktop.in").read_text(encoding="utf-8")
    (appdir / "alqa.desktop").write_text(desktop.replace("@EXEC@", "alqa").replace("@ICON@", "alqa"))
    out = DIST / tgt.appimage
    subprocess.run([tool, str(appdir), str(out)], check=True, env={**os.environ, "ARCH": tgt.machine})
    say(f"AppImage: {out} ({mb(out.stat().st_size)})")
    return out


def windows_setup(tgt: Target, bundle: Path) -> Path | None:
    BUILD.mkdir(parents=True, exist_ok=True)
    iss, ico = BUILD / "alqa.iss", BUILD / "alqa.ico"
    text = (ROOT / "packaging" / "alqa.iss.in").read_text(encoding="utf-8")
    for key, value in {"VERSION": tgt.version, "OUTDIR": str(DIST), "SETUPNAME": tgt.setup_exe,
                       "ICON": str(ico), "BUNDLE": str(bundle)}.items():
        text = text.replace(f"@{key}@", value)
    iss.write_text(text, encoding="utf-8")
    _ico(ROOT / "resources" / "icons" / "alqa-256.png", ico)
    say(f"Inno Setup script: {iss}")
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        say(skipped("Windows setup .exe", "Inno Setup's iscc is not on PATH; install Inno Setup 6, then: iscc " + str(iss)))
        return None
    subprocess.run([iscc, str(iss)], check=True)
    out = DIST / f"{tgt.setup_exe}.exe"
    say(f"setup: {out}")
    return out


def _ico(png: Path, ico: Path) -> None:
    from PIL import Image

    with Image.open(png) as image:
        image.save(ico, sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])


def macos_dmg(tgt: Target) -> Path | None:
    app = DIST / "Alqa.app"
    hdiutil = shutil.which("hdiutil")
    if hdiutil is None or not app.is_dir():
        say(skipped("macOS .dmg", "hdiutil is not on PATH" if hdiutil is None else "no Alqa.app was built"))
        return None
    out = DIST / tgt.dmg
    subprocess.run([hdiutil, "create", "-volname", "Alqa", "-srcfolder", str(app), "-ov", "-format", "UDZO",
                    str(out)], check=True)
    say(f"disk image: {out}")
    return out


def wrap(tgt: Target, bundle: Path) -> Path | None:
    """Package the bundle this platform's way; one skipped line for each other platform."""
    archive = None
    if tgt.system == "linux":
        archive = linux_package(tgt, bundle)
        linux_appimage(tgt, bundle)
    else:
        say(skipped("Linux .tar.gz and AppImage", "build on Linux"))
    if tgt.system == "windows":
        windows_setup(tgt, bundle)
    else:
        say(skipped("Windows installer", "Inno Setup builds on Windows: run build_installer.py there"))
    if tgt.system == "macos":
        macos_dmg(tgt)
    else:
        say(skipped("macOS .app and .dmg", "hdiutil runs on macOS only: run build_installer.py there"))
    return archive


# --- the smoke test ------------------------------------------------------------------------------

def bare_env(home: Path, no_tools: Path) -> dict[str, str]:
    """An environment with nothing of this machine's Python in it: an empty PATH, a fresh home."""
    env = {"PATH": str(no_tools), "HOME": str(home), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(home / "run")}
    (home / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def time_to_shown(cmd: list[str], env: dict[str, str], cwd: Path | None = None) -> float:
    """Seconds from launch to the main window on screen (`--exit-when-shown` prints 'shown: ...')."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=cwd)
    took = None
    for line in proc.stdout:
        if line.startswith("shown") and took is None:
            took = time.perf_counter() - started
    proc.wait()
    if took is None:
        raise RuntimeError(f"{cmd[0]} never showed its window (exit {proc.returncode})")
    return took


def xcb_window(exe: Path, env: dict[str, str]) -> bool:
    """The real window system: the bundle shows its window through the bundled xcb plugin under
    Xvfb. Skipped (never failed) where Xvfb is missing or does not start; failed if Alqa does not show."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        say(skipped("the window under X11", "Xvfb is not on PATH"))
        return True
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        if not display:
            say(skipped("the window under X11", "Xvfb did not start"))
            return True
        shown = subprocess.run([str(exe), "--exit-when-shown", "--demo"], capture_output=True, text=True, timeout=120,
                               env={**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{display}"})
        line = next((x for x in shown.stdout.splitlines() if x.startswith("shown")), None)
        if shown.returncode != 0 or line is None:
            say(f"smoke: the window under X11 (xcb) FAILED (exit {shown.returncode}): {shown.stderr.strip()[-500:]}")
            return False
        say(f"smoke: the window under X11 (xcb, Xvfb :{display}) ok: {line}")
        return True
    finally:
        server.terminate()
        server.wait(timeout=10)


def smoke(tgt: Target, archive: Path, bundle: Path, runs: int = 7) -> bool:
    """Run the bundle's self-test from a temporary copy of the unpacked archive, without Python."""
    ok = True
    with tempfile.TemporaryDirectory(prefix="alqa-smoke-") as tmp:
        tmp = Path(tmp)
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="tar")
        unpacked = tmp / tgt.stem
        exe = unpacked / NAME
        no_tools = tmp / "empty-path"
        no_tools.mkdir()
        env = bare_env(tmp / "home", no_tools)
        python = shutil.which("python3", path=env["PATH"]) or shutil.which("python", path=env["PATH"])
        say(f"smoke: {exe} with PATH={env['PATH']} (python on PATH: {python or 'none'})")
        result = subprocess.run([str(exe), "--self-test"], env=env, capture_output=True, text=True, timeout=300)
        for line in result.stdout.splitlines():
            say(f"  {line}")
        if result.returncode != 0:
            ok = False
            say(f"smoke: the bundle's self-test FAILED (exit {result.returncode})")
            for line in result.stderr.strip().splitlines()[-20:]:
                say(f"  stderr: {line}")
        # Portable mode: a `portable` file beside the program keeps the data beside it.
        (unpacked / "portable").touch()
        portable = subprocess.run([str(exe), "--self-test"], env=env, capture_output=True, text=True, timeout=300)
        where = next((line for line in portable.stdout.splitlines() if str(unpacked / "alqa-data") in line), None)
        if portable.returncode != 0 or where is None:
            ok = False
            say(f"smoke: portable mode FAILED (exit {portable.returncode}; no line names {unpacked / 'alqa-data'})")
        else:
            say(f"smoke: portable mode ok: {where.strip()}")
        (unpacked / "portable").unlink()
        ok = xcb_window(exe, env) and ok
        unpacked_size, packed_size = folder_size(unpacked), archive.stat().st_size
        say(f"size: {mb(unpacked_size)} unpacked (goal <= {SIZE_GOAL_MB} MB), {mb(packed_size)} compressed "
            f"(goal <= {ARCHIVE_GOAL_MB} MB)")
        say("ten largest parts:")
        for path, size in largest(unpacked):
            say(f"  {mb(size):>9}  {path}")
        source_env = {**env, "PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT)}
        source = [sys.executable, "-m", "app", "--exit-when-shown"]
        bundled = [str(exe), "--exit-when-shown"]
        try:
            time_to_shown(source, source_env, ROOT), time_to_shown(bundled, env)  # warm the caches
            src, bun = [], []
            for _ in range(runs):  # interleaved, so that the machine's drift hits both alike
                src.append(time_to_shown(source, source_env, ROOT))
                bun.append(time_to_shown(bundled, env))
            s, b = statistics.median(src), statistics.median(bun)
            say(f"start-up to the main window (median of {runs}): source {s * 1000:.0f} ms, bundle {b * 1000:.0f} ms "
                f"({b / s:.2f}x; goal <= {STARTUP_GOAL}x)")
        except (RuntimeError, subprocess.SubprocessError) as exc:
            ok = False
            say(f"smoke: start-up could not be measured: {exc}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="after the build, run the bundle's self-test without Python")
    parser.add_argument("--no-build", action="store_true", help="use the last build in dist/ (with --smoke)")
    args = parser.parse_args(argv)
    tgt = target()
    say(f"Alqa {tgt.version} for {tgt.system}-{tgt.machine}")
    bundle = DIST / NAME
    if not args.no_build:
        if not pyinstaller_available():
            say("cannot build: PyInstaller is not installed here; run: pip install -e \".[build]\"")
            return EXIT_ENVIRONMENT
        free = shutil.disk_usage(ROOT).free
        if free < 2_000_000_000:
            say(f"cannot build: only {mb(free)} free on the disk (about 2 GB needed)")
            return EXIT_ENVIRONMENT
        try:
            bundle = build_bundle(tgt)
        except subprocess.CalledProcessError as exc:
            say(f"the PyInstaller build FAILED (exit {exc.returncode})")
            return EXIT_FAILED
        if tgt.system == "linux":
            strip_libpython(bundle)
            prune_orphans(bundle)
    elif not bundle.is_dir():
        say(f"no bundle in {bundle}: build it first (without --no-build)")
        return EXIT_FAILED
    if tgt.system == "linux":
        missing = check_xcb(bundle)
        if missing:
            say(f"warning: the bundled xcb plugin cannot find {', '.join(missing)}: on a desktop without them "
                f"Alqa will not open its window. Install them before building (Debian/Ubuntu: apt install "
                f"{XCB_HINT}).")
        else:
            say("xcb: the bundled platform plugin finds every library it needs (ldd)")
    archive = wrap(tgt, bundle) if not args.no_build or tgt.system != "linux" else DIST / tgt.archive
    if args.smoke:
        if tgt.system != "linux":
            say(skipped("smoke test", "it runs on Linux; on this platform run the bundle's --self-test by hand"))
            return EXIT_OK
        if archive is None or not archive.is_file():
            say(f"no archive at {archive}: build it first")
            return EXIT_FAILED
        if not smoke(tgt, archive, bundle):
            return EXIT_FAILED
        say("smoke: passed")
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
