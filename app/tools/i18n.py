"""`python -m app.tools.i18n`: refresh i18n/*.ts from the sources, then compile the .qm files.

pyside6-lupdate reads every tr(), QCoreApplication.translate() and QT_TRANSLATE_NOOP() call
under app/; translators fill the .ts files (Qt Linguist, or by hand); pyside6-lrelease
compiles them. `--release-only` just compiles (after editing a .ts). `--fill FILE.json ...`
refreshes, then writes the translations a JSON file gives into the catalogues, then compiles:
a list of {"context", "source", "kk", "ru"} (and "en" for plurals), each translation a string,
or a list of plural forms (kk 2, ru 3, en 2) for a `%n` message.
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


def fill(files: list[Path]) -> list[str]:
    """Write the translations of `files` into the .ts catalogues; the entries not found there."""
    import json
    import xml.etree.ElementTree as ET

    entries = [e for f in files for e in json.loads(Path(f).read_text(encoding="utf-8"))]
    missing = []
    for lang in LANGS:
        ts = ROOT / "i18n" / f"alqa_{lang}.ts"
        tree = ET.parse(ts)
        index = {(ctx.findtext("name"), m.findtext("source")): m
                 for ctx in tree.getroot().iter("context") for m in ctx.iter("message")}
        for entry in entries:
            if lang not in entry:
                continue
            message = index.get((entry["context"], entry["source"]))
            if message is None:
                missing.append(f"{lang}: {entry['context']}: {entry['source']}")
                continue
            translation = message.find("translation")
            for child in list(translation):
                translation.remove(child)
            translation.attrib.pop("type", None)
            value = entry[lang]
            if isinstance(value, list):
                translation.text = None
                for form in value:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
        ET.indent(tree, space="    ")
        with open(ts, "wb") as handle:
            handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(handle, encoding="utf-8", xml_declaration=False)
            handle.write(b"\n")
    return missing


def main(argv: list[str]) -> int:
    if "--release-only" not in argv:
        update()
    if "--fill" in argv:
        missing = fill([Path(a) for a in argv[argv.index("--fill") + 1:] if not a.startswith("--")])
        for line in missing:
            print("not in the catalogue:", line, file=sys.stderr)
        update()  # back to lupdate's own layout
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
