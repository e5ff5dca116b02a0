"""CSV tables of a session (long format, UTF-8 with BOM), with their codebook.

Columns: docs/formats/csv-codebook.md (the same text is written as codebook.md beside the tables).
"""

from __future__ import annotations

import contextlib
import csv
import gc
import io
from collections.abc import Callable, Iterator

import numpy as np

from app.core.counting import vote_outcome
from app.core.influence import KINDS, TOWARD, Network
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


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while an export makes its rows: they hold no cycles, and for a
    100,000-event session the collector's passes over the growing heap cost about a fifth of the time."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


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
    out["influence.csv"] = _influence(state, label)
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


def _influence(state: SessionState, label) -> list[tuple]:
    """Rows of influence.csv: per round and kind, the edges of that round's graph (as
    app.core.influence.influence_graph gives them), read straight from the network's arrays:
    building 2 graphs a round cost about half a second for 1,000 rounds."""
    rows: list[tuple] = []
    if not state.rounds:
        return rows
    net = Network.of(state)
    names = net.members
    for ri, no in enumerate(net.round_nos):
        for k, kind in enumerate(KINDS):
            both = net.edges[k, ri]  # toward x source x target
            src, dst = np.nonzero(both.sum(axis=0))
            weights = both[:, src, dst].T.tolist()
            for (s, t), by_toward in sorted(zip(zip(src.tolist(), dst.tolist(), strict=True), weights, strict=True),
                                            key=lambda e: (names[e[0][0]], names[e[0][1]])):
                for toward, w in zip(TOWARD, by_toward, strict=True):
                    if w:
                        rows.append((no, label(names[s]), label(names[t]), kind, toward, _num(w)))
    return rows


def _all_ballots(vote):
    return list(vote.open_ballots.items()) if vote.open_ballots else list(vote.ballots)


def _decided(state: SessionState, vote) -> dict[str, str]:
    if state.outcome.vote_no == vote.no and state.outcome.answers:
        return dict(state.outcome.answers)
    try:
        return {r.id: r.answer for r in vote_outcome(state, vote).questions}
    except (KeyError, ValueError, TypeError):
        return {}


def csv_files(loaded: Loaded, *, names: bool = False, notes: bool = False, lang: str = "en") -> dict[str, bytes]:
    """Every table as CSV bytes, and codebook.md in `lang`."""
    naming = Naming(loaded.state, names)
    with gc_paused():
        rows = tables(loaded.state, naming, notes=notes)
    files = {name: _csv(TABLES[name], rows[name]) for name in TABLES}
    files["codebook.md"] = codebook(lang).encode("utf-8")
    return files


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """The marker pyside6-lupdate looks for (store imports no Qt): the text stays English here."""
    return source


Words = Callable[[str, list[str]], list[str]]  # (lang, English texts) -> the same texts in lang
_words: Words | None = None


def translate_with(words: Words | None) -> None:
    """How codebooks are put into other languages; app.texts.corpus.install() sets Qt's translator.
    Without one every codebook is English."""
    global _words
    _words = words


_TITLE = QT_TRANSLATE_NOOP("Codebook", "Alqa CSV export: codebook")
_COLUMN, _MEANING = QT_TRANSLATE_NOOP("Codebook", "column"), QT_TRANSLATE_NOOP("Codebook", "meaning")
_INTRO = (
    QT_TRANSLATE_NOOP("Codebook", "`alqa export SESSION --format csv --out FOLDER` (or `--out FILE.zip`) writes one table per file, in long format (one row per observation), UTF-8 with a byte-order mark (Excel opens it as UTF-8), comma-separated, with a header row. This codebook is written beside the tables as `codebook.md`, in the export's language (`--lang kk`, `ru` or `en`). Column names and values (`guilty`, `yes`, `juror-3`, ...) are data and stay in English."),
    QT_TRANSLATE_NOOP("Codebook", "Anonymised by default: the `member`, `source` and `target` columns hold a pseudonym given by seat (`Juror 3`, `Judge 1`, `Prosecutor`, `Defence counsel`, `Defendant`, `Victim`, `Clerk`, `Witness 2`, `Reserve 1`; anyone without a seat is `Member <roster number>`). The same person has the same pseudonym in every file of one export (and in the JSON, GraphML and GEXF exports of the same session). With `--names` these columns hold the member id (`p7`) and `participants.csv` gives the real name."),
)
_CORPUS_TITLE = QT_TRANSLATE_NOOP("Codebook", "Research corpora")
_CORPUS = QT_TRANSLATE_NOOP("Codebook", "`alqa export --corpus FILES_OR_FOLDER ... --format csv --out FOLDER` merges many sessions (session files `*.alqa` and session JSON exports; a folder is read with its subfolders) into one data set: the same tables, each with a first column `session`. The rows of one session are those of its own export, with its own pseudonyms: `Juror 3` of one session is not `Juror 3` of another. A file that is not a readable session, or a session already read from another file, is skipped with a warning.")
_SESSION = QT_TRANSLATE_NOOP("Codebook", "the session id (in corpus exports only)")
_ROUND = QT_TRANSLATE_NOOP("Codebook", "deliberation round")
_QUESTION = QT_TRANSLATE_NOOP("Codebook", "question id")

# file -> (a sentence before its columns, or "", ((column(s), meaning), ...)); in the order of TABLES
_SECTIONS: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "participants.csv": ("", (
        ("member", QT_TRANSLATE_NOOP("Codebook", "pseudonym (or member id with --names)")),
        ("seat", QT_TRANSLATE_NOOP("Codebook", "the seat held at the end of the session: judge-1, juror-3, prosecutor, defence, defendant, victim, clerk, witness-<witness id>; empty when none")),
        ("role", QT_TRANSLATE_NOOP("Codebook", "judge, juror, reserve, prosecutor, defence, defendant, victim, witness, clerk; empty when none")),
        ("name", QT_TRANSLATE_NOOP("Codebook", "the pseudonym again (or the real name with --names)")),
    )),
    "stances.csv": ("", (
        ("round", QT_TRANSLATE_NOOP("Codebook", "deliberation round number (from 1)")),
        ("member", QT_TRANSLATE_NOOP("Codebook", "who gave the stance")),
        ("stance", QT_TRANSLATE_NOOP("Codebook", "guilty, not_guilty or undecided")),
        ("confidence", QT_TRANSLATE_NOOP("Codebook", "0 to 100")),
        ("y", QT_TRANSLATE_NOOP("Codebook", "signed opinion: +confidence/100 for guilty, -confidence/100 for not guilty, 0 for undecided")),
        ("open", QT_TRANSLATE_NOOP("Codebook", "1 if given openly (a show of hands), 0 if private")),
    )),
    "influence.csv": (QT_TRANSLATE_NOOP("Codebook", "One row per round, source, target, kind and direction (see docs/influence.md)."), (
        ("round", _ROUND),
        ("source", QT_TRANSLATE_NOOP("Codebook", "the influencer (whose arguments moved)")),
        ("target", QT_TRANSLATE_NOOP("Codebook", "the influenced (who was moved)")),
        ("kind", QT_TRANSLATE_NOOP("Codebook", "reported (the target said so) or inferred (computed from stance changes and talk time)")),
        ("toward", QT_TRANSLATE_NOOP("Codebook", "guilty or not_guilty: the direction of the move")),
        ("weight", QT_TRANSLATE_NOOP("Codebook", "reported: number of reports (1 each); inferred: the share of the target's move")),
    )),
    "ballots.csv": (QT_TRANSLATE_NOOP("Codebook", "One row per ballot and question; only votes whose ballots were revealed (or open votes), not annulled ones."), (
        ("vote", QT_TRANSLATE_NOOP("Codebook", "vote number")),
        ("ballot", QT_TRANSLATE_NOOP("Codebook", "ballot number within the vote (secret ballots: the order of the opened box, unrelated to the order of voting)")),
        ("question", QT_TRANSLATE_NOOP("Codebook", "question id of the case (q1, q2, ...)")),
        ("role", QT_TRANSLATE_NOOP("Codebook", "the voter's role: judge or juror")),
        ("member", QT_TRANSLATE_NOOP("Codebook", "open ballots: the voter; secret ballots: always empty")),
        ("answer", QT_TRANSLATE_NOOP("Codebook", "yes, no or blank")),
    )),
    "talk.csv": ("", (
        ("round", _ROUND),
        ("member", QT_TRANSLATE_NOOP("Codebook", "who spoke")),
        ("seconds", QT_TRANSLATE_NOOP("Codebook", "seconds spoken in the round")),
        ("turns", QT_TRANSLATE_NOOP("Codebook", "speaking turns taken in the round")),
    )),
    "tallies.csv": ("", (
        ("vote", QT_TRANSLATE_NOOP("Codebook", "vote number (revealed votes only)")),
        ("question", _QUESTION),
        ("yes, no, blank", QT_TRANSLATE_NOOP("Codebook", "number of ballots with that answer")),
        ("answer", QT_TRANSLATE_NOOP("Codebook", "the answer the court's rules give the question (yes, no or none); empty if it could not be decided")),
    )),
    "verdict.csv": (QT_TRANSLATE_NOOP("Codebook", "One row per question of the deciding vote (one row with an empty question when there were no answers)."), (
        ("vote", QT_TRANSLATE_NOOP("Codebook", "the deciding vote")),
        ("verdict", QT_TRANSLATE_NOOP("Codebook", "guilty or not_guilty (empty for a hung jury)")),
        ("question", _QUESTION),
        ("answer", QT_TRANSLATE_NOOP("Codebook", "yes, no or none")),
        ("hung", QT_TRANSLATE_NOOP("Codebook", "1 for a hung jury, else 0")),
        ("sentence", QT_TRANSLATE_NOOP("Codebook", "the sentence as declared (text)")),
        ("sentence_years", QT_TRANSLATE_NOOP("Codebook", "the sentence in years, when it has a number")),
        ("sentence_by", QT_TRANSLATE_NOOP("Codebook", "who sentenced: judge or panel")),
    )),
    "notes.csv": ("", (
        ("note", QT_TRANSLATE_NOOP("Codebook", "note number (from 1; withdrawn notes are left out)")),
        ("member", QT_TRANSLATE_NOOP("Codebook", "whom the note is about (empty: the session)")),
        ("text", QT_TRANSLATE_NOOP("Codebook", "the note; `…` unless the export was made with --notes")),
    )),
}


def codebook_texts() -> list[str]:
    """Every English text of the codebook, each once (what a translator is asked for)."""
    texts = [_TITLE, _COLUMN, _MEANING, *_INTRO, _CORPUS_TITLE, _CORPUS, _SESSION]
    for lead, columns in _SECTIONS.values():
        texts += [lead] if lead else []
        texts += [meaning for _, meaning in columns]
    return list(dict.fromkeys(texts))


def codebook(lang: str = "en") -> str:
    """codebook.md: what every column means, in `lang` (column names and values stay English)."""
    texts = codebook_texts()
    words = dict(zip(texts, _words(lang, texts) if _words and lang != "en" else texts, strict=True))
    head = f"| {words[_COLUMN]} | {words[_MEANING]} |\n|---|---|\n"

    def table(rows) -> str:
        return head + "".join(f"| {column} | {words[meaning]} |\n" for column, meaning in rows)

    out = [f"# {words[_TITLE]}\n", *(f"\n{words[p]}\n" for p in _INTRO)]
    out.append(f"\n## {words[_CORPUS_TITLE]}\n{words[_CORPUS]}\n\n" + table((("session", _SESSION),)))
    for name, (lead, columns) in _SECTIONS.items():
        out.append(f"\n## {name}\n" + (f"{words[lead]}\n\n" if lead else "") + table(columns))
    return "".join(out)


CODEBOOK = codebook()  # English: the same text as docs/formats/csv-codebook.md (a test keeps them equal)
