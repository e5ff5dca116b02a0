"""Headless scenarios: a JSON file that sets up a session and replays its events.

Format: docs/scenario-format.md. Every event goes through the same validate/append/fold path
as the GUI (LiveSession), so a scenario is a faithful script of a lesson.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core import events as ev
from app.core.counting import verdict_answers, vote_outcome
from app.core.errors import AlqaError, DataError, RuleViolation
from app.core.lang import LANGS, Msg
from app.core.selection import lot_for, pool_for
from app.core.state import SessionState
from app.store.cases import find_case
from app.store.library import find_model
from app.store.live import LiveSession

FORMAT_VERSION = 1
MAX_SCENARIO_BYTES = 50_000_000
CHECKPOINT_EVERY = 2000


class ScenarioStopped(AlqaError):
    """An event of the scenario was refused; the session file holds everything before it."""

    def __init__(self, where: str, event_type: str, reason: Msg):
        super().__init__(Msg.of("scenario.stopped", where=where, type=event_type, reason=reason))
        self.where, self.event_type, self.reason = where, event_type, reason


@dataclass(frozen=True)
class Scenario:
    title: str
    case_ref: str | dict
    model_ref: str
    ballot: str
    lang: str
    participants: tuple[tuple[str, str], ...]
    seats: dict[str, str]
    events: tuple[dict, ...]
    base: Path


def _fail(key: str, **params: Any) -> DataError:
    return DataError(Msg.of(key, **params))


def read_scenario(path: Path) -> Scenario:
    """Read and check a scenario file's shape (events are checked as they are replayed)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_SCENARIO_BYTES:
            raise _fail("scenario.too_large", path=str(path), limit_mb=MAX_SCENARIO_BYTES // 1_000_000)
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail("scenario.unreadable", path=str(path), reason=type(exc).__name__) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION:
        raise _fail("scenario.not_a_scenario", path=str(path))
    people = data.get("participants", [])
    if not isinstance(people, list):
        raise _fail("scenario.bad_field", field="participants")
    participants = []
    for i, p in enumerate(people, 1):
        if isinstance(p, str):
            participants.append((f"p{i}", p))
        elif isinstance(p, dict) and isinstance(p.get("id"), str) and isinstance(p.get("name"), str):
            participants.append((p["id"], p["name"]))
        else:
            raise _fail("scenario.bad_field", field=f"participants.{i - 1}")
    case_ref, model_ref = data.get("case"), data.get("model")
    if not isinstance(case_ref, str | dict) or not isinstance(model_ref, str):
        raise _fail("scenario.bad_field", field="case" if not isinstance(case_ref, str | dict) else "model")
    seats, events = data.get("seats", {}), data.get("events", [])
    if not isinstance(seats, dict) or not all(isinstance(v, str) for v in seats.values()):
        raise _fail("scenario.bad_field", field="seats")
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        raise _fail("scenario.bad_field", field="events")
    lang = data.get("lang", "en")
    return Scenario(str(data.get("title", "")), case_ref, model_ref, str(data.get("ballot", "secret")),
                    lang if lang in LANGS else "en", tuple(participants), seats, tuple(events), path.parent)


def start(scenario: Scenario, out: Path) -> LiveSession:
    """Create the session file with the scenario's case, model, class and seats."""
    from app.core.case import Case

    case = Case.from_dict(scenario.case_ref) if isinstance(scenario.case_ref, dict) else \
        find_case(scenario.case_ref, scenario.base)
    model = find_model(scenario.model_ref)
    live = LiveSession.create(out, case, model, title=scenario.title, ballot=scenario.ballot, lang=scenario.lang)
    setup = [(f"participants[{i}]", ev.ParticipantAdded(m, name)) for i, (m, name) in enumerate(scenario.participants)]
    setup += [(f"seats.{seat}", ev.SeatAssigned(seat, member)) for seat, member in scenario.seats.items()]
    for where, event in setup:
        try:
            live.append(event)
        except RuleViolation as exc:
            live.close()
            raise ScenarioStopped(where, type(event).__name__, exc.msg) from exc
    return live


def _answers(raw: Any) -> tuple[tuple[str, str], ...]:
    if isinstance(raw, dict):
        return tuple((str(q), str(a)) for q, a in raw.items())
    return tuple(tuple(pair) for pair in raw)


def play_one(live: LiveSession, raw: dict) -> None:
    """Replay one scenario step, filling in what the lot or the ballot box decides."""
    kind = raw.get("type")
    state = live.state
    if kind == "SecretBallot":  # a voter at the shared laptop: secret or open as the session is
        answers = _answers(raw.get("answers", {}))
        if state.meta.ballot == "open":
            live.append(ev.BallotCast(raw["vote_no"], raw["member_id"], answers))
        else:
            live.cast_secret(raw["vote_no"], raw["member_id"], answers)
        return
    if kind == "JuryPoolDrawn" and "candidates" not in raw:
        raw = {**raw, "candidates": list(pool_for(state, raw["seed"]))}
    elif kind == "JuryEmpanelled" and "jurors" not in raw:
        jurors, reserves = lot_for(state, raw["seed"])
        raw = {**raw, "jurors": list(jurors), "reserves": list(reserves)}
    elif kind == "BallotsRevealed" and "ballots" not in raw and state.meta.ballot == "secret":
        live.reveal(raw["vote_no"])
        return
    elif kind == "VerdictDeclared" and "verdict" not in raw and state.vote and state.vote.revealed:
        outcome = vote_outcome(state, state.vote)  # the engine decides; the event records it
        raw = {**raw, "verdict": outcome.verdict, "answers": [list(a) for a in verdict_answers(outcome)]}
    live.append(ev.event_from_json(raw))


def play(live: LiveSession, events: tuple[dict, ...], progress=None) -> None:
    """Replay the events; ScenarioStopped names the first one refused."""
    for index, raw in enumerate(events):
        try:
            play_one(live, raw)
        except RuleViolation as exc:
            raise ScenarioStopped(f"events[{index}]", str(raw.get("type")), exc.msg) from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise ScenarioStopped(f"events[{index}]", str(raw.get("type")), Msg.of("scenario.bad_event", detail=str(exc))) from exc
        if index % CHECKPOINT_EVERY == CHECKPOINT_EVERY - 1:
            live.store.checkpoint()
        if progress:
            progress(index + 1, len(events))


def run(path: Path, out: Path, *, steps: int | None = None) -> SessionState:
    """Read the scenario at `path`, play it (its first `steps` events) into a new session file `out`,
    close it, and give the state it reached: the CLI, the self-test, benchmarks and tests."""
    scenario = read_scenario(path)
    live = start(scenario, out)
    try:
        play(live, scenario.events if steps is None else scenario.events[:steps])
        return live.state
    finally:
        live.close()
