"""`alqa --self-test`: can this computer run a lesson? One line per check, exit 0 only if all pass.

It runs offscreen (the CLI sets QT_QPA_PLATFORM before the application starts), from a source
checkout, an installed wheel or the bundle alike: the main window opens, every court model and
built-in case is read and worded in every language, an example scenario is replayed into a
temporary session, and that session is exported as JSON and as a PDF. Nothing is written to the
user's sessions: the window and the scenario work in a temporary data folder. A failing check
prints its reason on one line; the traceback goes to the log, never to the screen.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app import __version__, i18n, logs, paths
from app.cli import Cli
from app.core.errors import AlqaError
from app.core.lang import LANGS
from app.store import places

log = logging.getLogger(__name__)

EXAMPLE_SCENARIO = "kz-2007-embezzlement.json"  # the example lesson of docs/scenario-format.md
QT_CATALOGUES = ("kk", "ru")  # languages for which Qt ships its own words (qtbase_*.qm)


def app_modules() -> list[str]:
    """The app's modules: from a bundle's list (build_installer.py writes it), else from the files.

    Walked as files, not with pkgutil: folders without __init__.py (app/ui/courtroom) count too.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    listed = Path(bundle) / "app-modules.txt" if bundle else None
    if listed is not None and listed.is_file():
        return [line for line in listed.read_text(encoding="utf-8").splitlines() if line.strip()]
    package = Path(__file__).resolve().parent
    names = []
    for path in sorted(package.rglob("*.py")):
        parts = ("app", *path.relative_to(package).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if "__pycache__" not in parts and parts[:2] != ("app", "tools") and parts[-1] != "__main__":
            names.append(".".join(parts))
    return names


@contextmanager
def _data_folder(folder: Path) -> Iterator[None]:
    """ALQA_DATA_DIR pointed at `folder` for a while, then back as it was."""
    before = os.environ.get("ALQA_DATA_DIR")
    os.environ["ALQA_DATA_DIR"] = str(folder)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("ALQA_DATA_DIR", None)
        else:
            os.environ["ALQA_DATA_DIR"] = before


class SelfTest:
    def __init__(self, work: Path):
        self.work = work
        self.session = work / "self-test.alqa"

    # --- the checks: each returns a short detail, or raises ----------------------------------

    def version(self) -> str:
        from PySide6.QtCore import qVersion
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        platform = app.platformName() if isinstance(app, QApplication) else "-"
        kind = Cli.tr("bundle") if getattr(sys, "frozen", False) else Cli.tr("from source")
        return f"Alqa {__version__} ({kind}), Python {sys.version.split()[0]}, Qt {qVersion()}, {platform}"

    def resources(self) -> str:
        root = paths.resources()
        counts = {name: len(list((root / name).glob(pattern))) for name, pattern in
                  (("court_models", "*.json"), ("cases", "*.alqa-case.json"), ("scenarios", "*.json"),
                   ("icons", "*.png"))}
        empty = [name for name, n in counts.items() if n == 0]
        if empty:
            raise FileNotFoundError(Cli.tr("nothing in {folders} under {root}").format(folders=", ".join(empty),
                                                                                       root=root))
        if not (paths.translations() / "alqa_en.qm").is_file():
            raise FileNotFoundError(str(paths.translations() / "alqa_en.qm"))
        return f"{root} ({', '.join(f'{name} {n}' for name, n in counts.items())})"

    def modules(self) -> str:
        """Every module of the app imports (in a bundle: nothing it needs was left out)."""
        import importlib

        names = app_modules()
        if len(names) < 20:
            raise ImportError(Cli.tr("only {n} modules found").format(n=len(names)))
        for name in names:
            importlib.import_module(name)
        return Cli.tr("{n} modules").format(n=len(names))

    def data_folder(self) -> str:
        folder = places.data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".alqa-probe-"):
            pass  # written and removed: sessions can be kept here
        if places.portable_dir() is not None and folder == places.portable_dir():
            return Cli.tr("{folder} (portable mode)").format(folder=folder)
        return str(folder)

    def main_window(self) -> str:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from app.ui.about import app_icon
        from app.ui.main_window import MainWindow

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            raise RuntimeError("no QApplication")
        started = time.perf_counter()
        window = MainWindow({"language": i18n.current()})
        try:
            window.show()
            app.processEvents()
            if not window.isVisible():
                raise RuntimeError(Cli.tr("the window did not show"))
            if app_icon().isNull():
                raise FileNotFoundError(Cli.tr("the app's icon is missing"))
            page = window.stack.currentWidget().objectName()
            took = (time.perf_counter() - started) * 1000
            # The courtroom and its panels load with the first session. A dialog it might raise
            # (offscreen, nobody to press OK) is closed by a watchdog and counts as a failure.
            dialogs: list[str] = []
            watchdog = QTimer(interval=300)
            watchdog.timeout.connect(lambda: _dismiss(app, dialogs))
            watchdog.start()
            try:
                window.open_demo()
                app.processEvents()
            finally:
                watchdog.stop()
            if dialogs or window.stack.currentWidget() is window.home:
                raise RuntimeError(Cli.tr("the demo session did not open") + (f" ({'; '.join(dialogs)})"
                                                                                if dialogs else ""))
            return Cli.tr("shown in {ms} ms on the page {page}; the demo opened on the page {demo}").format(
                ms=f"{took:.0f}", page=page, demo=window.stack.currentWidget().objectName())
        finally:
            window.controller.close()
            window.close()
            window.deleteLater()
            app.processEvents()

    def words(self, lang: str) -> str:
        from PySide6.QtCore import QLibraryInfo, QTranslator

        own = QTranslator()
        if not own.load(f"alqa_{lang}", str(paths.translations())) or own.isEmpty():
            raise FileNotFoundError(str(paths.translations() / f"alqa_{lang}.qm"))
        found = [own.filePath()]
        if lang in QT_CATALOGUES:
            qt = QTranslator()
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if not qt.load(f"qtbase_{lang}", qt_dir):
                raise FileNotFoundError(str(Path(qt_dir) / f"qtbase_{lang}.qm"))
            found.append(qt.filePath())
        return ", ".join(Path(f).name for f in found)

    def court_models(self, lang: str) -> str:
        from app.core.describe import describe
        from app.store.library import with_variants

        models = with_variants()
        if not models:
            raise FileNotFoundError(Cli.tr("no court model"))
        sentences = 0
        with i18n.speaking(lang):
            for model in models:
                if not model.names.pick(lang) or not all(rule.text.pick(lang) for rule in model.rules):
                    raise ValueError(Cli.tr("{model} has no name or rule text").format(model=model.id))
                sentences += sum(1 for msg in describe(model) if i18n.text(msg))
        return Cli.tr("{n} models, {sentences} sentences").format(n=len(models), sentences=sentences)

    def cases(self, lang: str) -> str:
        from app.core.case import Case
        from app.store.cases import builtin_cases

        cases = builtin_cases()
        if not cases:
            raise FileNotFoundError(Cli.tr("no built-in case"))
        for case in cases:
            if not case.title.pick(lang) or Case.from_dict(case.to_dict()) != case:
                raise ValueError(Cli.tr("{case} does not read back").format(case=case.id))
        return Cli.tr("{n} cases: {titles}").format(n=len(cases), titles="; ".join(c.title.pick(lang) for c in cases))

    def scenario(self) -> str:
        from app.store.scenario import run

        state = run(paths.resources() / "scenarios" / EXAMPLE_SCENARIO, self.session)
        return Cli.tr("{n} events into {file}").format(n=state.seq, file=self.session.name)

    def export_json(self) -> str:
        from app.report.exporting import export

        written = export(self.session, "json", self.work / "self-test.json", lang=i18n.current())
        data = json.loads(written[0].read_text(encoding="utf-8"))
        if not data.get("events"):
            raise ValueError(Cli.tr("the JSON export has no events"))
        return f"{written[0].name}, {written[0].stat().st_size:,} B"

    def export_pdf(self) -> str:
        from app.report.exporting import export

        written = export(self.session, "pdf", self.work / "self-test.pdf", lang=i18n.current())
        head = written[0].read_bytes()[:5]
        if head != b"%PDF-":
            raise ValueError(Cli.tr("the PDF export is not a PDF"))
        return f"{written[0].name}, {written[0].stat().st_size:,} B"

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        out = [(Cli.tr("version"), self.version),
               (Cli.tr("Alqa's files"), self.resources),
               (Cli.tr("program parts"), self.modules),
               (Cli.tr("data folder"), self.data_folder),
               (Cli.tr("main window"), self.main_window)]
        for lang in LANGS:
            out.append((Cli.tr("words in {lang}").format(lang=lang), lambda lang=lang: self.words(lang)))
            out.append((Cli.tr("court models in {lang}").format(lang=lang), lambda lang=lang: self.court_models(lang)))
            out.append((Cli.tr("built-in cases in {lang}").format(lang=lang), lambda lang=lang: self.cases(lang)))
        out += [(Cli.tr("example scenario"), self.scenario),
                (Cli.tr("JSON export"), self.export_json),
                (Cli.tr("PDF export"), self.export_pdf)]
        return out


def _dismiss(app, dialogs: list[str]) -> None:
    """Close a modal dialog nobody can answer offscreen, keeping what it said."""
    from PySide6.QtWidgets import QMessageBox

    modal = app.activeModalWidget()
    if modal is not None:
        dialogs.append(modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle())
        modal.reject()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, AlqaError):
        return i18n.text(exc.msg)
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text[:300]}" if text else type(exc).__name__


def run(out: Callable[[str], None] = print) -> int:
    """Run every check, printing one line each and a summary; 0 if all passed, else 1."""
    from PySide6.QtCore import qInstallMessageHandler

    if logs.setup() is None:  # no log folder (a read-only stick): the details go nowhere, never on screen
        logging.getLogger("app").addHandler(logging.NullHandler())
        logging.getLogger("app").propagate = False
    # Qt's own notes (the offscreen platform's "does not support ...") go to the log, not between the lines.
    previous = qInstallMessageHandler(lambda _kind, _context, message: log.info("qt: %s", message))
    try:
        return _run(out)
    finally:
        qInstallMessageHandler(previous)


def _run(out: Callable[[str], None]) -> int:
    failed = 0
    with tempfile.TemporaryDirectory(prefix="alqa-self-test-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        test = SelfTest(work)
        checks = test.checks()
        # The data-folder check looks at the user's own folder; the rest work in a temporary one,
        # so that no self-test session ever shows up in a teacher's list.
        own_folder = (test.version, test.resources, test.modules, test.data_folder)
        for name, check in checks:
            context = _nothing() if check in own_folder else _data_folder(work / "data")
            try:
                with context:
                    detail = check()
            except Exception as exc:  # every failure is a line; the traceback goes to the log
                failed += 1
                log.error("self-test: %s failed", name, exc_info=True)
                out(f"FAIL  {name}: {_reason(exc)}")  # ok/FAIL: fixed marks a script can look for
            else:
                out(f"ok    {name}: {detail}")
    if failed and logs.log_file().is_file():
        out(Cli.tr("Self-test failed: {failed} of {n} checks. Details are in {log}.").format(
            failed=failed, n=len(checks), log=logs.log_file()))
    elif failed:
        out(Cli.tr("Self-test failed: {failed} of {n} checks.").format(failed=failed, n=len(checks)))
    if failed:
        return 1
    out(Cli.tr("Self-test passed: {n} checks.").format(n=len(checks)))
    return 0


@contextmanager
def _nothing() -> Iterator[None]:
    yield
