"""`python -m app.tools.screenshots [--out docs/screenshots]`: every screen, each language, both themes.

Renders offscreen (QWidget.grab) into PNG files named <screen>-<lang>[-dark].png, on a
throwaway data folder, so the pictures in docs/ can be regenerated after any UI change.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

LANGS = ("kk", "ru", "en")
SIZE = (1280, 860)


from PySide6.QtWidgets import QPushButton, QWidget  # noqa: E402


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.app import make_app

    return make_app()


class Shooter:
    def __init__(self, out: Path, lang: str, theme: str):
        from app import i18n
        from app.ui import theme as themes

        self.app, self.out, self.suffix = _app(), out, f"{lang}{'-dark' if theme == 'dark' else ''}"
        i18n.install(lang)
        themes.apply(self.app, theme, False)
        from app.ui.main_window import MainWindow

        self.window = MainWindow({"language": lang, "theme": theme})
        self.window.resize(*SIZE)
        self.window.show()
        self.settle()

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def save(self, widget, name: str) -> None:
        self.settle()
        widget.grab().save(str(self.out / f"{name}-{self.suffix}.png"))

    def main_screens(self) -> None:
        self.window.open_demo()
        self.save(self.window, "courtroom")
        self.window.show_projector()
        self.window.projector.resize(1280, 800)
        self.save(self.window.projector, "projector")
        self.window.projector.close()
        self.window.show_home()
        self.save(self.window, "home")

    def other_screens(self) -> None:
        from app.ui.settings import SettingsDialog

        dialog = SettingsDialog(self.window.settings, self.window)
        dialog.show()
        self.save(dialog, "settings")
        dialog.close()
        from app.ui.wizard.custom_model import CustomModelDialog

        custom = CustomModelDialog(self.window)
        custom.show()
        self.save(custom, "custom-court")
        custom.close()
        from app.store.cases import builtin_cases, free_case_id
        from app.ui.cases.editor import CaseEditor

        data = builtin_cases()[0].to_dict()
        data["id"] = free_case_id(data["id"])  # as "Duplicate and edit" makes it
        editor = CaseEditor(data, was="", parent=self.window)
        editor.resize(1100, 800)
        editor.show()
        self.save(editor, "case-editor")
        editor.close()
        self.window.show_library()
        self.save(self.window, "case-library")
        self.window.show_home()
        from app.ui.about import AboutDialog

        about = AboutDialog(self.window)
        about.show()
        self.save(about, "about")
        about.close()
        self.window.show_plan()
        self.save(self.window.plan, "plan-a-lesson")
        self.window.plan.close()

    def wizard(self, every_step: bool) -> None:
        from app.ui.wizard.wizard import NewSessionWizard

        self.window.new_session()
        wizard: NewSessionWizard = self.window.wizard
        names = ["Әйгерім Сәтбаева", "Нұрсұлтан Жақсылықов", "Мария Ким", "Ерлан Омаров", "Жанар Қасымова",
                 "Тимур Ахметов", "Айгүл Серікова", "Иван Петренко", "Сәуле Бекова", "Бауыржан Нұрланов",
                 "Елена Смирнова", "Қанат Әбілов", "Гүлнар Мұратова", "Артём Ли", "Дәурен Исаев", "Жанна Төлеген",
                 "Ұлан Рахымжан", "Олжас Байжанов", "Аружан Сейітова", "Мирас Кенжебаев", "Лейла Ғалымова",
                 "Руслан Ибраев", "Ақерке Нұрболат", "Кирилл Волков", "Dina O'Brien"]
        steps = ["wizard-1-case", "wizard-2-court", "wizard-3-class", "wizard-4-jury", "wizard-5-roles",
                 "wizard-6-privacy"]
        for i, name in enumerate(steps):
            page = wizard.currentPage()
            if name == "wizard-3-class":
                page.names.setPlainText("\n".join(names))
            if name == "wizard-4-jury":
                page.draw.click()
                page.table.selectRow(1)
                page.by_defence.click()
                page.seat.click()
            if name == "wizard-5-roles":
                page.draw.click()
            if every_step or name == "wizard-2-court":
                self.save(wizard, name)
            if i < len(steps) - 1:
                wizard.next()
        wizard.reject()

    def lesson(self) -> None:
        """The courtroom's phase tabs and ballot mode, on the demo class."""
        from app.core import events as ev
        from app.ui.courtroom.stance_check import StanceCheck

        window, controller = self.window, self.window.controller
        window.open_demo()
        page = window.courtroom
        page.tabs.setCurrentIndex(1)
        self.save(window, "tab-trial")
        controller.append(ev.PhaseStarted("charge"))
        self.save(window, "tab-charge")
        controller.append_all([ev.PhaseStarted("deliberation"), ev.RoundStarted(1), ev.RoundEnded(1, 600)])
        self.save(window, "tab-deliberation")
        check = StanceCheck(controller, window)
        check.resize(*SIZE)
        check.show()
        self.save(check, "stance-check")
        check.close()
        page.findChild(QPushButton, "open_vote").click()
        ballot = window.findChild(QWidget, "ballot_window")
        ballot.resize(*SIZE)
        self.save(ballot, "ballot-1-pass")
        ballot._begin()
        self.save(ballot, "ballot-2-question")
        while ballot.pages.currentIndex() == 1:
            ballot._answer(0)
        self.save(ballot, "ballot-3-review")
        ballot._cast()
        self.save(ballot, "ballot-4-recorded")
        for _ in range(10):
            ballot._next_voter()
            ballot._begin()
            while ballot.pages.currentIndex() == 1:
                ballot._answer(0)
            ballot._cast()
        ballot.hide()
        ballot.deleteLater()
        page.panel("voting")._reveal()
        self.save(window, "tab-voting")
        page.panel("voting")._announce()
        self.save(window, "tab-verdict")
        controller.append(ev.PhaseStarted("sentencing"))
        self.save(window, "tab-sentence")

    def _answered(self, lab) -> None:
        import time

        before, started = lab.answer, time.monotonic()
        while (lab.answer is before or lab.busy()) and time.monotonic() - started < 60:
            self.app.processEvents()
            time.sleep(0.01)

    def report(self) -> None:
        """The export dialog over the example lesson, and every page of its PDF report."""
        from PySide6.QtCore import QSize
        from PySide6.QtPdf import QPdfDocument

        from app import i18n, paths
        from app.report.exporting import export
        from app.store.scenario import run

        folder = Path(os.environ["ALQA_DATA_DIR"])
        session = folder / f"report-{self.suffix}.alqa"
        run(paths.resources() / "scenarios" / "kz-2007-embezzlement.json", session)
        self.window.open_session(session)
        page = self.window.courtroom
        page.findChild(QPushButton, "export").click()
        dialog = page.export_dialog
        self.save(dialog, "export-dialog")
        dialog.close()
        page.tabs.setCurrentIndex(3)  # the what-if lab, as the class left it, then without the judges
        self._answered(page.lab)
        self.save(self.window, "lab")
        page.lab.no_judges.setChecked(True)
        self._answered(page.lab)
        self.save(self.window, "lab-no-judges")
        pdf = folder / f"report-{self.suffix}.pdf"
        export(session, "pdf", pdf, lang=i18n.current())
        for old in self.out.glob(f"report-page*-{self.suffix}.png"):  # a shorter report leaves no stale page
            old.unlink()
        document = QPdfDocument()
        document.load(str(pdf))
        for page in range(document.pageCount()):
            size = document.pagePointSize(page)
            image = document.render(page, QSize(900, round(900 * size.height() / size.width())))
            image.save(str(self.out / f"report-page{page + 1}-{self.suffix}.png"))
        document.close()
        self.window.show_home()

    def network(self) -> None:
        """The network tab after three revealed rounds: both layouts, and a projector-sized window."""
        import random

        from PySide6.QtWidgets import QComboBox

        from app.core import events as ev

        window, controller = self.window, self.window.controller
        window.show_home()  # close the lesson's demo so that a fresh one can be made
        window.open_demo()
        members = list(controller.state.deliberators().values())
        seated = list(controller.state.people.seats.values())
        rng, events = random.Random(5), [ev.PhaseStarted("charge"), ev.PhaseStarted("deliberation")]
        lean = {m: rng.choice(ev.STANCES) for m in members}
        for r in (1, 2, 3):
            events += [ev.RoundStarted(r)] + [ev.SpeechTimed(r, rng.choice(members), rng.randint(20, 150))
                                              for _ in range(8)] + [ev.RoundEnded(r, 600)]
            for m in members:
                if rng.random() < 0.3:
                    lean[m] = rng.choice(ev.STANCES)
                events.append(ev.StanceRecorded(r, m, lean[m], rng.randint(30, 95)))
            for m in rng.sample(members, 5):
                src = rng.choice([x for x in seated if x != m])
                events.append(ev.InfluenceReported(r, m, src, rng.choice(["guilty", "not_guilty"])))
            events.append(ev.StancesRevealed(r))
        controller.append_all(events)
        page = window.courtroom
        page.tabs.setCurrentIndex(2)
        self.settle()
        page.network.graph.fit_to_window()
        self.save(window, "network-courtroom-layout")
        combo = page.network.graph.findChild(QComboBox, "layout")
        combo.setCurrentIndex(1)
        self.save(window, "network-force-layout")
        page.network.side.setCurrentIndex(1)
        page.network.graph.member_selected.emit(members[2])
        self.save(window, "network-member-card")
        window.resize(1920, 1080)
        combo.setCurrentIndex(0)
        self.settle()
        page.network.graph.fit_to_window()
        self.save(window, "network-projector-size")
        window.resize(*SIZE)

    def replay(self) -> None:
        """The replay of the kz-2007 example: mid-way through deliberation, and at the verdict."""
        from app import paths
        from app.core import events as ev
        from app.store.scenario import run

        path = Path(os.environ["ALQA_DATA_DIR"]) / f"replay-{self.suffix}.alqa"
        if not path.exists():
            run(paths.resources() / "scenarios" / "kz-2007-embezzlement.json", path)
        window = self.window
        window.show_home()
        window.open_replay(path)
        page = window.findChild(QWidget, "replay_page")
        page.graph.animated = False
        events = page.source.timeline.events
        second = next(i for i, e in enumerate(events) if isinstance(e, ev.RoundStarted) and e.round_no == 2)
        talk = [i for i, e in enumerate(events) if isinstance(e, ev.SpeechTimed) and i > second]
        page.slider.setValue(talk[len(talk) // 2] + 1)  # round 2, its discussion half-way through
        self.settle()
        page.graph.fit_to_window()
        self.save(window, "replay-deliberation")
        page.slider.setValue(page.slider.maximum())
        self.settle()
        page.graph.fit_to_window()
        self.save(window, "replay-verdict")
        window.show_home()

    def close(self) -> None:
        self.window.controller.close()
        self.window.close()
        self.window.deleteLater()
        self.settle()


def shoot(out: Path, langs=LANGS) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    before = set(out.glob("*.png"))
    with tempfile.TemporaryDirectory() as data:
        os.environ["ALQA_DATA_DIR"] = data
        for lang in langs:
            for theme in ("light", "dark"):
                shooter = Shooter(out, lang, theme)
                shooter.main_screens()
                shooter.other_screens()
                shooter.wizard(every_step=True)
                if theme == "light":
                    shooter.lesson()
                    shooter.replay()
                    shooter.report()
                shooter.network()
                shooter.close()
    return sorted(set(out.glob("*.png")) - before) or sorted(out.glob("*.png"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.tools.screenshots")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[2] / "docs" / "screenshots")
    parser.add_argument("--lang", choices=LANGS, action="append")
    args = parser.parse_args(argv)
    files = shoot(args.out, tuple(args.lang or LANGS))
    print(f"{len(files)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
