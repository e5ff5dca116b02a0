"""Session JSON: the whole session in one file, and importing it into a new session file.

Format: docs/formats/session-json.md (schema: docs/formats/session.schema.json).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import secrets
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app import __version__
from app.core import events as ev
from app.core.errors import RuleViolation
from app.core.fold import apply
from app.core.metrics import Metrics
from app.core.rules import validate
from app.core.state import EMPTY, SessionState
from app.store.export_csv import gc_paused
from app.store.exports import EXPORT_FORMAT, LEFT_OUT, Loaded, Naming, fail
from app.store.live import LiveSession
from app.store.session import SessionStore

KIND = "alqa-session"
MAX_IMPORT_BYTES = 200_000_000
# free-text fields, left out (as "…") unless notes are exported
_FREE_TEXT = {"CandidateQuestioned": "note", "ChallengeUsed": "reason", "JurorDischarged": "reason",
              "StageEnded": "note", "VoteAnnulled": "reason", "NoteAdded": "text"}


def _clean(value: Any) -> Any:
    """JSON-safe: NaN and infinities become null, tuples lists."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def _event(data: dict, naming: Naming, notes: bool) -> dict:
    kind = data["type"]
    if kind in ("ParticipantAdded", "ParticipantRenamed") and not naming.names:
        data = {**data, "name": naming.name(data["member_id"])}
    elif kind == "PrivacySet":
        data = {**data, "pin_hash": ""}  # never exported: a PIN protects this copy of the session only
    elif kind == "VoterCodesIssued":  # nor the voter codes' hashes: four digits are quickly guessed from them
        data = {**data, "codes": [[member, "pbkdf2$-$-"] for member, _hash in data["codes"]]}
    field = _FREE_TEXT.get(kind)
    if field and not notes and data.get(field):
        data = {**data, field: LEFT_OUT}
    return data


def _event_json(event: ev.Event) -> dict:
    """What ev.event_to_json gives, without its JSON round trip (tuples are written as lists)."""
    return {"type": type(event).__name__, **{f: getattr(event, f) for f in event.__slots__}}


def _document(loaded: Loaded, naming: Naming, notes: bool) -> dict:
    """The session JSON without its events (their place is kept, empty), cleaned."""
    state = loaded.state
    meta = state.meta
    participants = []
    for member in state.people.names:
        seat = state.people.seat_of(member) or ""
        participants.append({"member_id": member, "name": naming.name(member), "seat": seat,
                             "role": state.people.role_of(member) or ""})
    metrics = Metrics.compute(state)
    res = state.outcome
    return _clean({
        "format": EXPORT_FORMAT,
        "kind": KIND,
        "meta": {"schema_version": int(loaded.meta.get("schema_version", 1)),
                 "app_version": __version__, "session_app_version": loaded.meta.get("app_version", ""),
                 "session_id": meta.session_id, "title": meta.title, "created": loaded.meta.get("created_at", ""),
                 "lang": meta.lang, "ballot": meta.ballot, "anonymised": not naming.names, "notes": notes},
        "case": meta.case.to_dict() if meta.case else None,
        "model": meta.model.to_dict() if meta.model else None,
        "participants": participants,
        "seats": dict(sorted(state.people.seats.items())),
        "events": [],
        "verdict": {"verdict": res.verdict, "vote_no": res.vote_no, "answers": res.answers, "hung": res.hung,
                    "sentence": res.sentence, "sentence_years": res.sentence_years, "sentence_by": res.sentence_by},
        "metrics": {**asdict(metrics), "members": {m: asdict(x) for m, x in metrics.members.items()}},
    })


def _events(loaded: Loaded, naming: Naming, notes: bool) -> Iterator[dict]:
    for r in loaded.records:
        yield {"seq": r.seq, "at": r.at, "event": _event(_event_json(r.event), naming, notes)}


def session_json(loaded: Loaded, *, names: bool = False, notes: bool = False) -> dict:
    """The session as the JSON object docs/formats/session-json.md describes."""
    naming = Naming(loaded.state, names)
    return {**_document(loaded, naming, notes), "events": _clean(list(_events(loaded, naming, notes)))}


def _encoder():
    """One event to compact JSON text, refusing NaN: json's C encoder made once (JSONEncoder.encode
    makes a new one for every call), or JSONEncoder where the C one is missing."""
    from json import encoder

    if encoder.c_make_encoder is None:
        return json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
    make = encoder.c_make_encoder(None, None, encoder.encode_basestring, None, ": ", ", ", False, False, False)
    return lambda value: "".join(make(value, 0))


_EVENTS_KEY = '\n "events": []'  # where the events go in the indented document (top-level keys: 1 space)


def session_json_bytes(loaded: Loaded, *, names: bool = False, notes: bool = False) -> bytes:
    """The session JSON as a file: indented, but one line per event. json.dumps with an indent runs in
    pure Python (about 25 us an event); each event on its own line goes through the C encoder."""
    naming = Naming(loaded.state, names)
    head = json.dumps(_document(loaded, naming, notes), ensure_ascii=False, indent=1)
    encode = _encoder()
    lines = []
    with gc_paused():
        for entry in _events(loaded, naming, notes):
            try:
                lines.append(encode(entry))
            except ValueError:  # NaN or an infinity: null, as everywhere in the file
                lines.append(encode(_clean(entry)))
    events = "[\n  " + ",\n  ".join(lines) + "\n ]" if lines else "[]"
    before, found, after = head.partition(_EVENTS_KEY)
    if not found:  # cannot happen: _document always has the key, first at its level
        raise RuntimeError("session JSON without its events key")
    return (before + '\n "events": ' + events + after + "\n").encode("utf-8")


def read_session_json(path: Path) -> dict:
    """Read and check the shape of a session JSON file; ExportError if it is not one."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise fail("import.not_session_json", path=str(path))
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError as exc:
        raise fail("import.not_found", path=str(path)) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise fail("import.not_session_json", path=str(path)) from exc
    if not isinstance(data, dict) or data.get("kind") != KIND or not isinstance(data.get("format"), int):
        raise fail("import.not_session_json", path=str(path))
    if data["format"] > EXPORT_FORMAT:
        raise fail("import.newer_format", path=str(path), version=data["format"], supported=EXPORT_FORMAT)
    events = data.get("events")
    if not isinstance(events, list) or not events or not all(
            isinstance(e, dict) and isinstance(e.get("event"), dict) for e in events):
        raise fail("import.not_session_json", path=str(path))
    return data


def _parse(data: dict, path: Path) -> list[ev.Event]:
    out = []
    for i, entry in enumerate(data["events"]):
        try:
            out.append(ev.event_from_json(entry["event"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise fail("import.bad_event", path=str(path), index=i, reason=str(exc)) from exc
    if not isinstance(out[0], ev.SessionCreated):
        raise fail("import.not_session_json", path=str(path))
    return out


def replayed_session_json(path: Path) -> tuple[dict, tuple[ev.Event, ...], SessionState]:
    """A session JSON read, its events replayed through the rules in memory (nothing written):
    the data, the events and the state they fold to. For a replay and a corpus; an ExportError
    (import.*) says why a file is not one."""
    data = read_session_json(path)
    events = _parse(data, path)
    state = EMPTY
    for i, event in enumerate(events):  # a file edited by hand must still make sense, event by event
        try:
            validate(state, event)
            state = apply(state, event)
        except RuleViolation as exc:
            raise fail("import.refused", path=str(path), index=i, type=type(event).__name__) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise fail("import.bad_event", path=str(path), index=i, reason=str(exc)) from exc
    return data, tuple(events), state


def import_session_json(path: Path, out: Path) -> Path:
    """Create a new session file `out` by replaying the events of a session JSON through the rules.

    Nothing is left at `out` unless every event was accepted. Ballots still in an unrevealed
    secret ballot box were never exported, so such a vote cannot be revealed in the import.
    """
    path, out = Path(path), Path(out)
    data = read_session_json(path)
    events = _parse(data, path)
    if out.exists():
        raise fail("import.exists", path=str(out))
    created: ev.SessionCreated = events[0]
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.import")
    store = SessionStore.create(tmp, {"session_id": created.session_id, "title": created.title,
                                      "case": created.case, "model": created.model})
    live = LiveSession(store, EMPTY)
    ok = False
    try:
        for i, event in enumerate(events):
            try:
                live.append(event)
            except RuleViolation as exc:
                raise fail("import.refused", path=str(path), index=i, type=type(event).__name__) from exc
        live.close()
        os.replace(tmp, out)
        ok = True
    except OSError as exc:
        raise fail("export.cannot_write", path=str(out), reason=exc.strerror or str(exc)) from exc
    finally:
        live.close()
        for leftover in ([tmp] if not ok else []) + [tmp.with_name(tmp.name + s) for s in ("-wal", "-shm", ".lock")]:
            with contextlib.suppress(OSError):
                leftover.unlink()
    return out

