"""`python -m app.tools.i18n`: refresh i18n/*.ts from the sources, then compile the .qm files.

pyside6-lupdate reads every tr(), QCoreApplication.translate() and QT_TRANSLATE_NOOP() call
under app/; translators fill the .ts files (Qt Linguist, or by hand); pyside6-lrelease
compiles them. `--release-only` just compiles (after editing a .ts).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("kk", "ru", "en")


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt Linguist tools)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def update() -> None:
    for lang in LANGS:
        ts = ROOT / "i18n" / f"alqa_{lang}.ts"
        cmd = [_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *sources(), "-ts", str(ts)]
        if lang == "en":
            cmd[1:1] = ["-pluralonly"]
        subprocess.run(cmd, cwd=ROOT, check=True)


def release() -> None:
    for lang in LANGS:
        ts = ROOT / "i18n" / f"alqa_{lang}.ts"
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)


def main(argv: list[str]) -> int:
    if "--release-only" not in argv:
        update()
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
