"""CSV tables of a session (long format, UTF-8 with BOM), with their codebook.

Columns: docs/formats/csv-codebook.md (the same text is written as codebook.md beside the tables).
"""

from __future__ import annotations

import csv
import io

from app.core.counting import vote_outcome
from app.core.influence import influence_graph
from app.core.state import SessionState
from app.store.exports import LEFT_OUT, Loaded, Naming

TABLES: dict[str, tuple[str, ...]] = {
    "participants.csv": ("member", "seat", "role", "name"),
    "stances.csv": ("round", "member", "stance", "confidence", "y", "open"),
    "influence.csv": ("round", "source", "target", "kind", "toward", "weight"),
    "ballots.csv": ("vote", "ballot", "question", "role", "member", "answer"),
    "talk.csv": ("round", "member", "seconds", "turns"),
    "tallies.csv": ("vote", "question", "yes", "no", "blank", "answer"),
    "verdict.csv": ("vote", "verdict", "question", "answer", "hung", "sentence", "sentence_years", "sentence_by"),
    "notes.csv": ("note", "member", "text"),
}


def codebook() -> str:
    """codebook.md: what every column means (English for now)."""
    return CODEBOOK


def _csv(header: tuple[str, ...], rows: list[tuple]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def _num(x: float) -> str:
    return f"{x:.6g}"


def tables(state: SessionState, naming: Naming, *, notes: bool = False) -> dict[str, list[tuple]]:
    people, label = state.people, naming.label
    out: dict[str, list[tuple]] = {name: [] for name in TABLES}
    for member in people.names:
        seat = people.seat_of(member) or ""
        out["participants.csv"].append((label(member), seat, people.role_of(member) or "", naming.name(member)))
    for r in state.rounds:
        for member, s in r.stances.items():
            y = (1 if s.stance == "guilty" else -1 if s.stance == "not_guilty" else 0) * s.confidence / 100
            out["stances.csv"].append((r.no, label(member), s.stance, s.confidence, _num(y), int(s.open)))
        for member in dict.fromkeys([*r.talk, *r.turns]):
            out["talk.csv"].append((r.no, label(member), r.talk.get(member, 0), r.turns.get(member, 0)))
        for kind in ("reported", "inferred"):
            g = influence_graph(state, r.no, kinds=(kind,))
            for src, dst, d in sorted(g.edges(data=True)):
                for toward in ("guilty", "not_guilty"):
                    if d.get(toward):
                        out["influence.csv"].append((r.no, label(src), label(dst), kind, toward, _num(d[toward])))
    for vote in state.votes:
        if vote.annulled:
            continue
        if vote.open_ballots:
            for n, (member, answers) in enumerate(sorted(vote.open_ballots.items()), 1):
                for q, a in answers:
                    out["ballots.csv"].append((vote.no, n, q, people.role_of(member) or "", label(member), a))
        elif vote.revealed:
            for n, (role, answers) in enumerate(vote.ballots, 1):
                for q, a in answers:
                    out["ballots.csv"].append((vote.no, n, q, role, "", a))
        if vote.revealed:
            decided = _decided(state, vote)
            for q in vote.questions:
                counts = {"yes": 0, "no": 0, "blank": 0}
                for _, answers in _all_ballots(vote):
                    a = dict(answers).get(q)
                    if a in counts:
                        counts[a] += 1
                out["tallies.csv"].append((vote.no, q, counts["yes"], counts["no"], counts["blank"], decided.get(q, "")))
    res = state.outcome
    if res.verdict or res.hung:
        years = "" if res.sentence_years is None else _num(res.sentence_years)
        for q, a in res.answers or (("", ""),):
            out["verdict.csv"].append((res.vote_no or "", res.verdict or "", q, a, int(res.hung), res.sentence,
                                       years, res.sentence_by))
    for n, (member, text) in enumerate(state.notes, 1):
        if text:
            out["notes.csv"].append((n, label(member), text if notes else LEFT_OUT))
    return out


def _all_ballots(vote):
    return list(vote.open_ballots.items()) if vote.open_ballots else list(vote.ballots)


def _decided(state: SessionState, vote) -> dict[str, str]:
    if state.outcome.vote_no == vote.no and state.outcome.answers:
        return dict(state.outcome.answers)
    try:
        return {r.id: r.answer for r in vote_outcome(state, vote).questions}
    except (KeyError, ValueError, TypeError):
        return {}


def csv_files(loaded: Loaded, *, names: bool = False, notes: bool = False) -> dict[str, bytes]:
    """Every table as CSV bytes, and codebook.md."""
    naming = Naming(loaded.state, names)
    rows = tables(loaded.state, naming, notes=notes)
    files = {name: _csv(TABLES[name], rows[name]) for name in TABLES}
    files["codebook.md"] = codebook().encode("utf-8")
    return files


CODEBOOK = (  # the same text as docs/formats/csv-codebook.md (a test keeps them equal)
    "# Alqa CSV export: codebook\n"
    "\n"
    "`alqa export SESSION --format csv --out FOLDER` (or `--out FILE.zip`) writes one table per file,\n"
    "in long format (one row per observation), UTF-8 with a byte-order mark (Excel opens it as\n"
    "UTF-8), comma-separated, with a header row. This codebook is written beside the tables as\n"
    "`codebook.md`.\n"
    "\n"
    "Anonymised by default: the `member`, `source` and `target` columns hold a pseudonym given by\n"
    "seat (`Juror 3`, `Judge 1`, `Prosecutor`, `Defence counsel`, `Defendant`, `Victim`, `Clerk`,\n"
    "`Witness 2`, `Reserve 1`; anyone without a seat is `Member <roster number>`). The same person\n"
    "has the same pseudonym in every file of one export (and in the JSON, GraphML and GEXF exports\n"
    "of the same session). With `--names` these columns hold the member id (`p7`) and\n"
    "`participants.csv` gives the real name.\n"
    "\n"
    "## participants.csv\n"
    "| column | meaning |\n"
    "|---|---|\n"
    "| member | pseudonym (or member id with --names) |\n"
    "| seat | the seat held at the end of the session: judge-1, juror-3, prosecutor, defence, defendant, victim, clerk, witness-<witness id>; empty when none |\n"
    "| role | judge, juror, reserve, prosecutor, defence, defendant, victim, witness, clerk; empty when none |\n"
    "| name | the pseudonym again (or the real name with --names) |\n"
    "\n"
    "## stances.csv\n"
    "| column | meaning |\n"
    "|---|---|\n"
    "| round | deliberation round number (from 1) |\n"
    "| member | who gave the stance |\n"
    "| stance | guilty, not_guilty or undecided |\n"
    "| confidence | 0 to 100 |\n"
    "| y | signed opinion: +confidence/100 for guilty, -confidence/100 for not guilty, 0 for undecided |\n"
    "| open | 1 if given openly (a show of hands), 0 if private |\n"
    "\n"
    "## influence.csv\n"
    "One row per round, source, target, kind and direction (see docs/influence.md).\n"
    "\n"
    "| column | meaning |\n"
    "|---|---|\n"
    "| round | deliberation round |\n"
    "| source | the influencer (whose arguments moved) |\n"
    "| target | the influenced (who was moved) |\n"
    "| kind | reported (the target said so) or inferred (computed from stance changes and talk time) |\n"
    "| toward | guilty or not_guilty: the direction of the move |\n"
    "| weight | reported: number of reports (1 each); inferred: the share of the target's move |\n"
    "\n"
    "## ballots.csv\n"
    "One row per ballot and question; only votes whose ballots were revealed (or open votes), not annulled ones.\n"
    "\n"
    "| column | meaning |\n"
    "|---|---|\n"
    "| vote | vote number |\n"
    "| ballot | ballot number within the vote (secret ballots: the order of the opened box, unrelated to the order of voting) |\n"
    "| question | question id of the case (q1, q2, ...) |\n"
    "| role | the voter's role: judge or juror |\n"
    "| member | open ballots: the voter; secret ballots: always empty |\n"
    "| answer | yes, no or blank |\n"
    "\n"
    "## talk.csv\n"
    "| column | meaning |\n"
    "|---|---|\n"
    "| round | deliberation round |\n"
    "| member | who spoke |\n"
    "| seconds | seconds spoken in the round |\n"
    "| turns | speaking turns taken in the round |\n"
    "\n"
    "## tallies.csv\n"
    "| column | meaning |\n"
    "|---|---|\n"
    "| vote | vote number (revealed votes only) |\n"
    "| question | question id |\n"
    "| yes, no, blank | number of ballots with that answer |\n"
    "| answer | the answer the court's rules give the question (yes, no or none); empty if it could not be decided |\n"
    "\n"
    "## verdict.csv\n"
    "One row per question of the deciding vote (one row with an empty question when there were no answers).\n"
    "\n"
    "| column | meaning |\n"
    "|---|---|\n"
    "| vote | the deciding vote |\n"
    "| verdict | guilty or not_guilty (empty for a hung jury) |\n"
    "| question | question id |\n"
    "| answer | yes, no or none |\n"
    "| hung | 1 for a hung jury, else 0 |\n"
    "| sentence | the sentence as declared (text) |\n"
    "| sentence_years | the sentence in years, when it has a number |\n"
    "| sentence_by | who sentenced: judge or panel |\n"
    "\n"
    "## notes.csv\n"
    "| column | meaning |\n"
    "|---|---|\n"
    "| note | note number (from 1; withdrawn notes are left out) |\n"
    "| member | whom the note is about (empty: the session) |\n"
    "| text | the note; `…` unless the export was made with --notes |\n"
)
