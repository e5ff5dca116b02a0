"""Imports only point down: core imports no Qt and nothing above it; store imports no Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
ABOVE_CORE = ("app.store", "app.report", "app.ui", "app.cli", "app.i18n", "app.texts", "app.logs")
ABOVE_STORE = ("app.report", "app.ui", "app.cli", "app.i18n", "app.texts")


def imported(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize(("layer", "forbidden"), [("core", QT + ABOVE_CORE), ("store", QT + ABOVE_STORE)])
def test_layer_imports(layer, forbidden):
    files = sorted((APP / layer).rglob("*.py"))
    assert files
    bad = [(f.relative_to(APP), name) for f in files for name in imported(f)
           if any(name == x or name.startswith(x + ".") for x in forbidden)]
    assert bad == []


def test_core_runs_without_qt_installed():
    """Import every core and store module in a process where Qt cannot be imported."""
    import subprocess
    import sys

    code = (
        "import sys, importlib, pkgutil\n"
        "class Block:\n"
        "    def find_spec(self, name, path, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'): raise ImportError('Qt blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import app.core, app.store\n"
        "for pkg in (app.core, app.store):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
