"""Every message has words in kk, ru and en, and the compiled catalogues match their sources."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
KAZAKH_LETTERS = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
KEY_CALL = re.compile(r"""(?:Msg\.of|Msg|_no|_fail|_refuse)\(\s*(?:[A-Za-z_.]+,\s*)?["']([a-z_]+\.[a-z_.]+)["']""")


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), m.findtext("source")) for ctx in root.iter("context") for m in ctx.iter("message")}


def unfinished(ts: Path) -> list[str]:
    bad = []
    for m in messages(ts):
        translation = m.find("translation")
        forms = translation.findall("numerusform") if m.get("numerus") == "yes" else [translation]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or \
                not forms or any(not "".join(f.itertext()).strip() for f in forms):
            bad.append(m.findtext("source"))
    return bad


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_catalogue_is_complete(lang):
    assert unfinished(I18N / f"alqa_{lang}.ts") == []


def test_english_catalogue_holds_its_plurals():
    """English source text needs no translation, except plurals: '%n name(s)' -> '1 name', '2 names'."""
    plurals = [m for m in messages(I18N / "alqa_en.ts") if m.get("numerus") == "yes"]
    assert plurals and unfinished(I18N / "alqa_en.ts") == []
    for m in plurals:
        forms = ["".join(f.itertext()) for f in m.find("translation").findall("numerusform")]
        assert len(forms) == 2 and "(s)" not in "".join(forms) and all("%n" in f for f in forms)


def test_russian_plurals_have_three_forms():
    plurals = [m for m in messages(I18N / "alqa_ru.ts") if m.get("numerus") == "yes"]
    assert plurals and all(len(m.find("translation").findall("numerusform")) == 3 for m in plurals)


def test_kazakh_is_written_in_kazakh_letters():
    texts = [m.findtext("translation") or "" for m in messages(I18N / "alqa_kk.ts")]
    long_texts = [t for t in texts if len(t.split()) >= 6]
    with_letters = [t for t in long_texts if KAZAKH_LETTERS & set(t)]
    assert len(with_letters) >= 0.7 * len(long_texts)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_placeholders_survive_translation(lang):
    bad = []
    for m in messages(I18N / f"alqa_{lang}.ts"):
        source = m.findtext("source")
        translation = m.find("translation")
        forms = translation.findall("numerusform") or [translation]
        if any(set(re.findall(r"\{\w+\}", source)) != set(re.findall(r"\{\w+\}", "".join(f.itertext())))
               for f in forms):
            bad.append(source)
    assert bad == []


def test_catalogues_hold_every_message_of_the_sources(tmp_path):
    """pyside6-lupdate on today's sources finds nothing the committed .ts files lack."""
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-locations", "none", *files, "-ts", str(fresh)], cwd=ROOT, check=True,
                   capture_output=True)
    wanted = sources(fresh)
    for lang in ("kk", "ru"):
        assert wanted - sources(I18N / f"alqa_{lang}.ts") == set(), lang


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_compiled_catalogue_is_current(tmp_path, lang):
    ts, qm = I18N / f"alqa_{lang}.ts", tmp_path / f"alqa_{lang}.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    assert (I18N / f"alqa_{lang}.qm").read_bytes() == qm.read_bytes(), "run: python -m app.tools.i18n"


def test_every_message_key_in_the_code_has_words():
    from app.texts import all_texts

    table = all_texts()
    used = set()
    for path in (ROOT / "app").rglob("*.py"):
        used |= set(KEY_CALL.findall(path.read_text(encoding="utf-8")))
    dynamic = {k for k in used if k.endswith(".")}
    assert sorted(used - dynamic - set(table)) == []


def test_every_text_is_translated_at_run_time(qapp):
    from app import i18n
    from app.core.lang import Msg
    from app.texts import all_texts

    i18n.install("ru")
    try:
        same = [k for k, v in all_texts().items() if i18n.text(Msg(k, {})) == v
                and re.search(r"[A-Za-z]{4}", re.sub(r"\{\w+\}", "", v))]  # placeholders are not words
    finally:
        i18n.install("en")
    assert same == []


def tr_calls(tree) -> list[tuple[str, str, int]]:
    """(context, source, line) of every tr("...") call: self.tr in a class, or Name.tr."""
    import ast

    found = []

    class Visitor(ast.NodeVisitor):
        def __init__(self):
            self.classes = []

        def visit_ClassDef(self, node):  # noqa: N802
            self.classes.append(node.name)
            self.generic_visit(node)
            self.classes.pop()

        def visit_Call(self, node):  # noqa: N802
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "tr" and node.args and \
                    isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                owner = func.value
                context = owner.id if isinstance(owner, ast.Name) and owner.id != "self" else \
                    (self.classes[-1] if self.classes else "")
                found.append((context, node.args[0].value, node.lineno))
            self.generic_visit(node)

    Visitor().visit(tree)
    return found


def test_every_tr_call_in_the_code_reaches_the_catalogues():
    """A tr("...") lupdate cannot see (inside an f-string, say) would stay English on screen."""
    import ast

    in_catalogue = sources(I18N / "alqa_kk.ts")
    missing = [f"{path.name}:{line}: {context}: {text}"
               for path in (ROOT / "app").rglob("*.py")
               for context, text, line in tr_calls(ast.parse(path.read_text(encoding="utf-8")))
               if (context, text) not in in_catalogue]
    assert missing == []
