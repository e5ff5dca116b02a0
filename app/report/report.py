"""The session report, as a PDF (QTextDocument onto QPdfWriter) and as one self-contained HTML file.

One HTML text serves both: the PDF resolves its pictures from the document's resources, the
HTML file carries them inline as data: URIs. Sections: the case in brief, the panel, the
timeline, tallies and verdict with the rule that decided it, the other court models, the
network picture and the charts, the metrics with their one-line explanations, the debrief
questions. Words come in the report's language; people are called by their seats unless the
teacher asks for names. Pictures are drawn by the GUI's own network and chart views, offscreen,
so the report shows what the Debrief tab shows (revealed stances only).
"""

from __future__ import annotations

import base64
import contextlib
import html
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QObject, QSizeF, QUrl, Signal
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app import __version__, i18n
from app.core.counting import vote_outcome
from app.core.debrief import questions
from app.core.lang import Msg
from app.core.metrics import Metrics, explain
from app.core.state import SessionState, seat_role
from app.store.exports import Loaded, Naming, fail
from app.store.files import write_atomic, write_through

PICTURE_W, PICTURE_H = 1000, 720  # pixels of the network picture: sharp at the report's 640-point width
CHART_W, CHART_H = 800, 500
REPORT_PT = 9.0  # the PDF's body text
_keep: list = []  # the offscreen application of a headless export lives as long as the process
STYLE = """
body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; color: #1a1a1a; max-width: 60em; margin: auto; }
h1 { font-size: 20pt; margin-bottom: 2pt; }
h2 { font-size: 14pt; margin-top: 16pt; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin-top: 10pt; }
table { border-collapse: collapse; margin: 4pt 0; }
th, td { border: 1px solid #999; padding: 3pt 6pt; text-align: left; vertical-align: top; }
th { background: #eeeeee; }
.verdict { font-size: 16pt; font-weight: bold; }
.muted { color: #555555; }
.warning { color: #8a2c00; font-weight: bold; }
.anchor { color: #444444; font-style: italic; }
img { max-width: 100%; height: auto; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


class FixedSource(QObject):
    """What the network and chart views read from: one fixed state, never written (the report's
    pictures, the benchmarks)."""
    state_changed = Signal(object, object)
    rejected = Signal(object)

    def __init__(self, state: SessionState, path: Path | None):
        super().__init__()
        self.state, self.path, self.readonly = state, path, True


@dataclass(frozen=True)
class Pictures:
    network: QImage
    charts: tuple[QImage, ...]
    chart_titles: tuple[str, ...]


def anonymous_state(state: SessionState, name: Callable[[str], str]) -> SessionState:
    """The same state with every person's name replaced by how the report calls them."""
    return state._replace(people=replace(state.people, names={m: name(m) for m in state.people.names}))


def network_view(source: FixedSource):
    """The influence network of all rounds as the Debrief tab draws it, still (offscreen)."""
    from app.ui.network.graph_view import GraphView

    graph = GraphView(source, revealed_only=True)
    graph.animated = False
    graph.slider.setValue(0)  # all rounds together
    return graph


def fitted_height(graph) -> int:
    """The picture's height for PICTURE_W pixels of width: the network's own proportions, no empty band."""
    rect = graph.scene.sceneRect()
    return max(PICTURE_W // 3, min(PICTURE_H, round(PICTURE_W * rect.height() / max(rect.width(), 1.0))))


def pictures(state: SessionState, path: Path | None = None) -> Pictures:
    """The cumulated influence network and the three charts, drawn offscreen (needs a QApplication)."""
    from app.ui.network.charts import InfluenceCharts

    source = FixedSource(state, path)
    graph = network_view(source)
    charts = InfluenceCharts(source, revealed_only=True)
    charts.render(state)
    try:
        return Pictures(graph.render_image(PICTURE_W, fitted_height(graph)),
                        tuple(charts.render_image(i, CHART_W, CHART_H) for i in range(3)),
                        charts.chart_titles())
    finally:
        graph.deleteLater()
        charts.deleteLater()


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", 80)  # light compression: a third faster than the default, files 20% bigger
    buffer.close()
    return bytes(data.data())


class Report(QObject):
    """The report's words and layout for one session in one language."""

    def __init__(self, loaded: Loaded, *, names: bool = False):
        super().__init__()
        self.loaded, self.names = loaded, names
        self.naming = Naming(loaded.state, names)
        self.state = loaded.state

    # --- how people and courts are called ----------------------------------------------------

    def person(self, member_id: str) -> str:
        """The member's name, or their seat in the report's language ("Алқаби 3")."""
        return self.naming.name(member_id) if self.names else self.seat_word(member_id)

    def seat_word(self, member_id: str) -> str:
        """The member's seat as the seat map words it; a reserve or anyone else by their number."""
        from app.ui.courtroom.stance_check import seat_title

        people = self.state.people
        seat = people.seat_of(member_id)
        if seat:
            return seat_title(self.state, seat)
        if member_id in people.reserves:
            return seat_title(self.state, f"reserve-{people.reserves.index(member_id) + 1}")
        number = list(people.names).index(member_id) + 1 if member_id in people.names else member_id
        return QCoreApplication.translate("Report", "Member {n}").format(n=number)

    def verdict_word(self, verdict: str | None) -> str:
        return {"guilty": self.tr("Guilty"), "not_guilty": self.tr("Not guilty")}.get(
            verdict or "", self.tr("No verdict"))

    # --- the document ------------------------------------------------------------------------

    def html(self, images: dict[str, str], chart_titles: tuple[str, ...] = ()) -> str:
        """The whole report; `images` maps each picture's name ("network", "chart0"...) to the src
        its <img> should use, `chart_titles` names the charts in order."""
        lang = i18n.current()
        state = self.state
        title = state.meta.title or state.meta.case.title.pick(lang)
        parts = [f"<h1>{_e(title)}</h1>",
                 f"<p class='muted'>{_e(self._subtitle(lang))}</p>",
                 self._privacy(),
                 self._case(lang), self._panel(), self._timeline(lang), self._verdict(lang),
                 self._other_courts(lang), self._network(images, chart_titles), self._metrics(), self._debrief(lang),
                 self._what_if(lang)]
        return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
                f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>"
                + "\n".join(p for p in parts if p) + "</body></html>")

    def section_titles(self) -> tuple[str, ...]:
        return (self.tr("The case in brief"), self.tr("The panel"), self.tr("Timeline"),
                self.tr("Tallies and verdict"), self.tr("What the other courts would have decided"),
                self.tr("The influence network"), self.tr("Metrics"), self.tr("Debrief questions"),
                self.tr("What if? The deliberation under other panels and courts"))

    def _h2(self, index: int) -> str:
        return f"<h2>{_e(self.section_titles()[index])}</h2>"

    def _subtitle(self, lang: str) -> str:
        records = self.loaded.records
        day = _day(records[0].at) if records else ""
        return self.tr("{court} · {date} · made with Alqa {version}").format(
            court=self.state.meta.model.names.pick(lang), date=day, version=__version__)

    def _privacy(self) -> str:
        if self.names:
            return "<p class='warning'>{}</p>".format(_e(self.tr(
                "This report shows the participants' real names. Share it only with people allowed to see them.")))
        return "<p class='muted'>{}</p>".format(_e(self.tr(
            "Participants are called by their seats, not by their names.")))

    def _case(self, lang: str) -> str:
        case = self.state.meta.case
        out = [self._h2(0), f"<p>{_e(case.summary.pick(lang))}</p>"]
        if case.defendant.pick(lang):
            out.append("<p><b>{}</b> {}</p>".format(_e(self.tr("Defendant:")), _e(case.defendant.pick(lang))))
        if case.charges:
            out.append("<p><b>{}</b></p><ul>".format(_e(self.tr("Charges:"))))
            out += [f"<li>{_e(c.text.pick(lang))} <span class='muted'>{_e(c.article.pick(lang))}</span></li>"
                    for c in case.charges]
            out.append("</ul>")
        return "".join(out)

    def _panel(self) -> str:
        """Who sat where: one line per group; with names, each seat followed by its holder."""
        people = self.state.people
        seated = sorted(people.seats.items(), key=lambda kv: _seat_order(kv[0]))
        groups = {"judge": [m for s, m in seated if seat_role(s) == "judge"],
                  "juror": [m for s, m in seated if seat_role(s) == "juror"],
                  "reserve": list(people.reserves),
                  "other": [m for s, m in seated if seat_role(s) not in ("judge", "juror")]}
        words = {"judge": self.tr("Judges"), "juror": self.tr("Jurors"), "reserve": self.tr("Reserves"),
                 "other": self.tr("Also in the courtroom")}

        def entry(member: str) -> str:
            return self.tr("{seat}: {name}").format(seat=self.seat_word(member), name=self.person(member)) \
                if self.names else self.person(member)

        rows = [(f"{words[g]} ({len(ms)})", ", ".join(entry(m) for m in ms)) for g, ms in groups.items() if ms]
        return self._h2(1) + _table((self.tr("Role"), self.tr("Who")), rows)

    def _timeline(self, lang: str) -> str:
        from app.core import events as ev

        phases = {"trial": self.tr("The trial"), "charge": self.tr("The judge's charge"),
                  "deliberation": self.tr("Deliberation"), "voting": self.tr("Voting"),
                  "verdict": self.tr("The verdict"), "sentencing": self.tr("Sentencing"),
                  "debrief": self.tr("Debrief"), "closed": self.tr("Session ended")}
        rows = []
        for record in self.loaded.records:
            e = record.event
            if isinstance(e, ev.PhaseStarted) and e.phase in phases:
                what = phases[e.phase]
            elif isinstance(e, ev.RoundStarted):
                what = self.tr("Deliberation round {no} begins").format(no=e.round_no)
            elif isinstance(e, ev.StancesRevealed):
                what = self.tr("Stances of round {no} shown").format(no=e.round_no)
            elif isinstance(e, ev.VotingOpened):
                what = self.tr("Vote {no} opens").format(no=e.vote_no)
            elif isinstance(e, ev.BallotsRevealed):
                what = self.tr("Vote {no}: ballots revealed").format(no=e.vote_no)
            elif isinstance(e, ev.VoteAnnulled):
                what = self.tr("Vote {no} annulled").format(no=e.vote_no)
            elif isinstance(e, ev.VerdictDeclared):
                what = self.tr("Verdict: {verdict}").format(verdict=self.verdict_word(e.verdict))
            elif isinstance(e, ev.HungJuryDeclared):
                what = self.tr("The jury could not agree (hung jury)")
            elif isinstance(e, ev.SentenceDeclared):
                what = self.tr("Sentence passed")
            elif isinstance(e, ev.SessionClosed):
                what = phases["closed"]
            else:
                continue
            rows.append((_clock(record.at), what))
        if not rows:
            return self._h2(2) + "<p>{}</p>".format(_e(self.tr("Nothing has happened yet.")))
        return self._h2(2) + _table((self.tr("Time (UTC)"), self.tr("What happened")), rows)

    def _verdict(self, lang: str) -> str:
        state = self.state
        texts = {q.id: q.text.pick(lang) for q in state.meta.case.questions}
        out = [self._h2(3)]
        shown = [v for v in state.votes if v.revealed]
        if not shown:
            out.append("<p>{}</p>".format(_e(self.tr("No vote has been revealed."))))
        for vote in shown:
            outcome = vote_outcome(state, vote)
            heading = self.tr("Vote {no}").format(no=vote.no)
            if vote.annulled:
                heading = self.tr("Vote {no} (annulled)").format(no=vote.no)
            rows = [(texts.get(r.id, r.id), r.yes, r.no, r.blank) for r in outcome.questions]
            out.append(f"<h3>{_e(heading)}</h3>")
            out.append(_table((self.tr("Question"), self.tr("Yes"), self.tr("No"), self.tr("Blank")), rows))
            out.append(f"<p>{_e(i18n.text(outcome.rule))}</p>")
        result = state.outcome
        if result.vote_no is not None or result.hung:
            word = self.tr("The jury could not agree (hung jury)") if result.hung else \
                self.verdict_word(result.verdict)
            out.append("<p class='verdict'>{}</p>".format(_e(self.tr("Verdict: {verdict}").format(verdict=word))))
        if result.sentence or result.sentence_years is not None:
            years = "" if result.sentence_years is None else f" ({result.sentence_years:g})"
            out.append("<p><b>{}</b> {}{}</p>".format(_e(self.tr("Sentence:")), _e(result.sentence), _e(years)))
        return "".join(out)

    @cached_property
    def comparisons(self):
        """The other courts on the deciding vote (asked once: the table and the debrief share it)."""
        from app.core.compare import compare_vote
        from app.store.library import with_variants

        result = self.state.outcome
        vote = next((v for v in self.state.votes if v.no == result.vote_no and v.revealed), None)
        return compare_vote(self.state, vote, with_variants()) if vote is not None else ()

    def _other_courts(self, lang: str) -> str:
        others = self.comparisons
        if not others:
            return self._h2(4) + "<p>{}</p>".format(_e(self.tr("There is no verdict to compare yet.")))
        rows = [(c.model.names.pick(lang), i18n.text(c.outcome.rule), i18n.text(c.mapping)) for c in others]
        head = (self.tr("Court"), self.tr("What it would decide"), self.tr("How the ballots were fitted"))
        return self._h2(4) + _table(head, rows)

    def _network(self, images: dict[str, str], chart_titles: tuple[str, ...]) -> str:
        if not self.state.rounds:
            return self._h2(5) + "<p>{}</p>".format(_e(self.tr("The panel has not deliberated yet.")))
        legend = self.tr("Arrows point from the member whose arguments moved someone to the member moved; "
                         "solid arrows were reported by the members, dashed ones inferred from the stances. "
                         "Guilty: orange square; not guilty: blue circle; undecided: grey ring.")
        out = [self._h2(5)]
        if "network" in images:
            alt = self.tr("Influence network")
            out.append(f"<p><img src='{images['network']}' width='640' alt='{_e(alt)}'></p>")
        out.append(f"<p class='muted'>{_e(legend)}</p>")
        for i, chart_title in enumerate(chart_titles):
            key = f"chart{i}"
            if key in images:
                out.append(f"<h3>{_e(chart_title)}</h3><p><img src='{images[key]}' width='560' "
                           f"alt='{_e(chart_title)}'></p>")
        return "".join(out)

    def metric_names(self) -> dict[str, str]:
        t = QCoreApplication.translate
        return {"in_strength": t("MemberCard", "Moved by others"), "out_strength": t("MemberCard", "Moved others"),
                "pagerank": t("MemberCard", "PageRank"), "betweenness": t("MemberCard", "Bridge between camps"),
                "persuasion": t("MemberCard", "Persuasion"), "flips": t("MemberCard", "Changes of stance"),
                "talk": self.tr("Talk (min)"), "judges_share": self.tr("Judges' share of influence"),
                "judges_seat_share": self.tr("Judges' share of seats"),
                "overall_reciprocity": self.tr("Two-way links"), "talk_gini": self.tr("Inequality of talk time"),
                "never_moved": self.tr("Never moved"), "never_spoke": self.tr("Never spoke"),
                "mean_opinion": self.tr("Average opinion"), "polarization": self.tr("Polarization"),
                "consensus": self.tr("Consensus")}

    def _metrics(self) -> str:
        if not self.state.rounds:
            return ""
        m = Metrics.compute(self.state, revealed_only=True)
        names = self.metric_names()
        out = [self._h2(6)]

        def share(x):
            return "–" if x is None else f"{round(100 * x)}%"

        last = m.rounds[-1] if m.rounds else None
        whole = [("judges_share", share(m.judges_share)), ("judges_seat_share", share(m.judges_seat_share)),
                 ("overall_reciprocity", share(m.overall_reciprocity)),
                 ("talk_gini", "–" if m.talk_gini is None else f"{m.talk_gini:.2f}"),
                 ("never_moved", ", ".join(self.person(x) for x in m.never_moved) or "–"),
                 ("never_spoke", ", ".join(self.person(x) for x in m.never_spoke) or "–")]
        if last is not None:
            whole += [("mean_opinion", "–" if last.mean_opinion is None else f"{last.mean_opinion:+.2f}"),
                      ("polarization", "–" if last.polarization is None else f"{last.polarization:.2f}"),
                      ("consensus", share(last.consensus))]
        rows = [(names[k], v, i18n.text(explain(k))) for k, v in whole]
        whole_title = self.tr("The whole deliberation")
        out.append(f"<h3>{_e(whole_title)}</h3>")
        out.append(_table((self.tr("Measure"), self.tr("Value"), self.tr("What it means")), rows))
        shown = ("in_strength", "out_strength", "pagerank", "betweenness", "flips", "talk")
        member_rows = []
        for member, mm in m.members.items():
            values = (f"{mm.in_strength:.2f}", f"{mm.out_strength:.2f}", f"{mm.pagerank:.2f}",
                      f"{mm.betweenness:.2f}", str(mm.flips), f"{mm.talk / 60:.1f}")
            member_rows.append((self.person(member), *values))
        each_title = self.tr("Each member")
        out.append(f"<h3>{_e(each_title)}</h3>")
        out.append(_table((self.tr("Member"), *(names[k] for k in shown)), member_rows))
        out.append("<ul>" + "".join(f"<li><b>{_e(names[k])}</b>: {_e(i18n.text(explain(k)))}</li>" for k in shown)
                   + "</ul>")
        return "".join(out)

    def _debrief(self, lang: str) -> str:
        records = self.loaded.records
        seconds = (_parse(records[-1].at) - _parse(records[0].at)).total_seconds() if len(records) > 1 else None
        found = questions(self.state, self.comparisons, name=self.person,
                          court_name=lambda c: c.model.names.pick(lang), session_seconds=seconds)
        out = [self._h2(7), "<p class='muted'>{}</p>".format(_e(self.tr(
            "Questions for the class, each with this session's own numbers and what research on real juries says.")))]
        out.append("<ol>")
        for q in found:
            answer = " ".join(i18n.text(a) for a in q.answer)
            out.append(f"<li><p><b>{_e(i18n.text(q.question))}</b></p><p>{_e(answer)}</p>"
                       f"<p class='anchor'>{_e(i18n.text(q.anchor))}</p></li>")
        out.append("</ol>")
        return "".join(out)

    def _what_if(self, lang: str) -> str:
        """The Lab's model on the standard scenarios: the likeliest verdict per court, and how sure."""
        from app.core.influence import as_seen
        from app.core.simulate import Scenario, sentences, what_if
        from app.store.library import with_variants

        models = with_variants()
        scenarios = [Scenario(no_judges=n, panel=p) for n, p in WHAT_IF]
        lab = what_if(as_seen(self.state), scenarios, models)  # the Lab tab's runs and seed: the same numbers
        out = [self._h2(8), "<p class='muted'>{}</p>".format(_e(self.tr(
            "A model of who moved whom, fitted to this class's stance checks (docs/what-if.md), replays the "
            "deliberation under other panels; each court's rule then decides on the simulated stances.")))]
        if lab.missing is not None:
            out.append(f"<p>{_e(i18n.text(lab.missing))}</p>")
        if lab.fit is not None:
            out.append("<p><b>{}</b></p>".format(_e(i18n.text(Msg.of(f"simulate.fit.{lab.fit.quality}",
                                                                      error=f"{lab.fit.error:.2f}")))))
        if not lab.results:
            return "".join(out)
        words = {"guilty": self.tr("guilty"), "not_guilty": self.tr("not guilty"), "hung": self.tr("no verdict")}
        head = (self.tr("Court"), *(i18n.text(r.scenario.label()) for r in lab.results))
        rows = []
        for model in models:
            cells = []
            for result in lab.results:
                odds = next((o for o in result.odds if o.model_id == model.id), None)
                cells.append("–" if odds is None else self.tr("{verdict} ({percent}%)").format(
                    verdict=words[odds.likeliest], percent=round(100 * odds.p[odds.likeliest])))
            rows.append((model.names.pick(lang), *cells))
        out.append(_table(head, rows))
        own = self.state.meta.model.id
        mine = lab.keeping(lambda model_id: model_id == own)
        for result in mine.results:
            if not result.odds:  # a court of the teacher's own is not among the models compared
                continue
            court = {own: self.state.meta.model.names.pick(lang)}
            said = [m for m in sentences(replace(mine, results=(result,)), court)
                    if not m.key.startswith("simulate.fit.") and m != lab.missing]
            out.append("<p>{}</p>".format(_e(" ".join(i18n.text(m) for m in said))))
        return "".join(out)


WHAT_IF = ((False, None), (True, None), (False, (1, 10)), (False, (2, 9)), (False, (0, 12)))  # the Lab's own


def _table(head: tuple[str, ...], rows: list[tuple]) -> str:
    top = "".join(f"<th>{_e(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table width='100%' cellspacing='0' cellpadding='4' border='1'><tr>{top}</tr>{body}</table>"


def _seat_order(seat: str) -> tuple:
    order = ("judge", "juror", "prosecutor", "defence", "defendant", "victim", "witness", "clerk")
    role = seat_role(seat)
    rest = seat.partition("-")[2]
    return (order.index(role) if role in order else len(order), int(rest) if rest.isdigit() else 0, rest)


def _parse(at: str) -> datetime:
    return datetime.fromisoformat(at.replace("Z", "+00:00"))


def _day(at: str) -> str:
    return _parse(at).strftime("%Y-%m-%d")


def _clock(at: str) -> str:
    return _parse(at).strftime("%H:%M")


# --- writing ---------------------------------------------------------------------------------

@contextlib.contextmanager
def _clearly(out: Path):
    """An OSError while writing `out` becomes the export's own message (nothing was left behind)."""
    try:
        yield
    except OSError as exc:
        raise fail("export.cannot_write", path=str(out), reason=exc.strerror or str(exc)) from exc


def ensure_app() -> None:
    """Widgets paint the pictures: make an offscreen QApplication if the caller has none."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        _keep.append(QApplication(["alqa", "-platform", "offscreen"]))
    elif not isinstance(QApplication.instance(), QApplication):
        raise RuntimeError("a QCoreApplication exists: create the QApplication before installing translators")


def _images(pics: Pictures) -> dict[str, QImage]:
    return {"network": pics.network, **{f"chart{i}": image for i, image in enumerate(pics.charts)}}


def _prepared(loaded: Loaded, names: bool) -> tuple[Report, Pictures | None]:
    """The report's words and, once the panel has deliberated, its pictures (in the current language)."""
    report = Report(loaded, names=names)
    pics = pictures(anonymous_state(loaded.state, report.person), loaded.path) if loaded.state.rounds else None
    return report, pics


def build_html(loaded: Loaded, *, lang: str, names: bool = False) -> str:
    """The report as one self-contained HTML text (pictures inline)."""
    with i18n.speaking(lang):
        report, pics = _prepared(loaded, names)
        if pics is None:
            return report.html({})
        src = {k: "data:image/png;base64," + base64.b64encode(png_bytes(v)).decode("ascii")
               for k, v in _images(pics).items()}
        return report.html(src, pics.chart_titles)


def write_html(loaded: Loaded, out: Path, *, lang: str, names: bool = False) -> Path:
    write_atomic(out, build_html(loaded, lang=lang, names=names).encode("utf-8"))
    return out


def write_pdf(loaded: Loaded, out: Path, *, lang: str, names: bool = False) -> Path:
    """The report as an A4 PDF; the file appears whole or not at all."""
    with i18n.speaking(lang):
        report, pics = _prepared(loaded, names)
        document = QTextDocument()
        src = {}
        for key, image in (_images(pics) if pics else {}).items():  # drawn opaque: no soft mask in the PDF
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"alqa:{key}.png"), image)
            src[key] = f"alqa:{key}.png"
        document.setDefaultStyleSheet(STYLE)
        font = QFont(document.defaultFont())
        font.setPointSizeF(REPORT_PT)  # the same pages from the CLI and from the app, whatever its font
        document.setDefaultFont(font)
        document.setHtml(report.html(src, pics.chart_titles if pics else ()))
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, loaded.state.meta.title)

        def write(tmp: Path) -> bool:
            writer = QPdfWriter(str(tmp))
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                             QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
            writer.setResolution(300)
            writer.setTitle(report.state.meta.title or report.state.meta.case.title.pick(lang))
            writer.setCreator(f"Alqa {__version__}")
            # laid out in 96-dpi points, as on screen; print_ scales the page to the writer's resolution
            document.setPageSize(QSizeF(writer.width() * 96 / 300, writer.height() * 96 / 300))
            document.print_(writer)
            return True

        with _clearly(out):
            write_through(out, write)
    return out


def write_picture(loaded: Loaded, out: Path, fmt: str, *, lang: str, names: bool = False) -> Path:
    """The influence network of all rounds as a PNG or an SVG drawing."""
    with i18n.speaking(lang):
        report = Report(loaded, names=names)
        graph = network_view(FixedSource(anonymous_state(loaded.state, report.person), loaded.path))
        try:
            with _clearly(out):
                if fmt == "svg":
                    graph.export_svg(out)
                else:
                    graph.export_png(out, PICTURE_W, fitted_height(graph))
        finally:
            graph.deleteLater()
    return Path(out)
