"""Session exports: JSON (and import), CSV tables, GraphML and GEXF; anonymised by default."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import networkx as nx
import pytest

from app import paths
from app.core.state import SessionState
from app.store.export_csv import CODEBOOK
from app.store.export_json import import_session_json, session_json
from app.store.export_network import network
from app.store.exports import ExportError, export_session, load, pseudonyms
from app.store.scenario import run

SCENARIOS = paths.resources() / "scenarios"
NAMES = ("ew-phone", "kz-2007-embezzlement")
SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "formats" / "session.schema.json").read_text("utf-8"))
_TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def validate(value, schema, where="$"):
    """A validator for the JSON Schema subset the session schema uses."""
    types = schema.get("type")
    if types:
        types = [types] if isinstance(types, str) else types

        def fits(t):
            if t == "integer":
                return isinstance(value, int) and not isinstance(value, bool)
            if t == "number":
                return isinstance(value, int | float) and not isinstance(value, bool)
            return isinstance(value, _TYPES[t])
        assert any(fits(t) for t in types), f"{where}: {value!r} is not {types}"
    if "const" in schema:
        assert value == schema["const"], where
    if "enum" in schema:
        assert value in schema["enum"], where
    if isinstance(value, dict):
        for key in schema.get("required", ()):
            assert key in value, f"{where}: {key} missing"
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                validate(value[key], sub, f"{where}.{key}")
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            for key, v in value.items():
                if key not in schema.get("properties", {}):
                    validate(v, extra, f"{where}.{key}")
    if isinstance(value, list):
        assert len(value) >= schema.get("minItems", 0), where
        if "items" in schema:
            for i, v in enumerate(value):
                validate(v, schema["items"], f"{where}[{i}]")


@pytest.fixture(scope="module")
def sessions(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("sessions")
    out = {}
    for name in NAMES:
        run(SCENARIOS / f"{name}.json", folder / f"{name}.alqa")
        out[name] = folder / f"{name}.alqa"
    return out


def renamed(state: SessionState, names: dict[str, str]) -> SessionState:
    people = state.people
    return state._replace(people=type(people)(**{**{f: getattr(people, f) for f in people.__slots__},
                                               "names": {m: names[m] for m in people.names}}))


def all_bytes(paths_: list[Path]) -> bytes:
    out = b""
    for p in paths_:
        data = p.read_bytes()
        if p.suffix == ".zip":
            with zipfile.ZipFile(p) as zf:
                data += b"".join(zf.read(n) for n in zf.namelist())
        out += data
    return out


@pytest.mark.parametrize("name", NAMES)
def test_json_round_trip_with_names_and_notes_folds_to_the_same_state(sessions, tmp_path, name):
    [out] = export_session(sessions[name], "json", tmp_path / "s.json", names=True, notes=True)
    imported = import_session_json(out, tmp_path / "back.alqa")
    assert load(imported).state == load(sessions[name]).state


@pytest.mark.parametrize("name", NAMES)
def test_anonymised_json_round_trip_differs_only_in_names(sessions, tmp_path, name):
    original = load(sessions[name]).state
    [out] = export_session(sessions[name], "json", tmp_path / "s.json", notes=True)
    back = load(import_session_json(out, tmp_path / "back.alqa")).state
    assert back == renamed(original, pseudonyms(original))


@pytest.mark.parametrize("name", NAMES)
def test_json_validates_against_the_schema(sessions, tmp_path, name):
    [out] = export_session(sessions[name], "json", tmp_path / "s.json")
    data = json.loads(out.read_text("utf-8"))
    validate(data, SCHEMA)
    assert data["format"] == 1 and data["meta"]["anonymised"] is True
    assert data["verdict"]["verdict"] == "guilty" if name.startswith("kz") else data["verdict"]["verdict"]


def test_notes_are_left_out_unless_asked_for(sessions):
    loaded = load(sessions["kz-2007-embezzlement"])
    notes = [e["event"]["note"] for e in session_json(loaded)["events"] if e["event"]["type"] == "CandidateQuestioned"]
    assert notes and set(notes) == {"…"}
    kept = [e["event"]["note"] for e in session_json(loaded, notes=True)["events"]
            if e["event"]["type"] == "CandidateQuestioned"]
    assert "…" not in kept


def test_pseudonyms_follow_the_seats(sessions):
    state = load(sessions["kz-2007-embezzlement"]).state
    p = pseudonyms(state)
    seats = state.people.seats
    assert p[seats["judge-2"]] == "Judge 2" and p[seats["prosecutor"]] == "Prosecutor"
    assert p[seats["juror-3"]] == "Juror 3" and p[seats["witness-w2"]] == "Witness 2"
    assert len(set(p.values())) == len(p) == len(state.people.names)
    assert pseudonyms(state) == p


def _read_csv(folder: Path, name: str) -> list[dict]:
    raw = (folder / name).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_tables_match_the_state_and_keep_kazakh_letters(sessions, tmp_path):
    state = load(sessions["kz-2007-embezzlement"]).state
    export_session(sessions["kz-2007-embezzlement"], "csv", tmp_path / "t", names=True)
    people = _read_csv(tmp_path / "t", "participants.csv")
    assert [r["member"] for r in people] == list(state.people.names)
    assert {r["name"] for r in people} == set(state.people.names.values())
    assert any(ch in "".join(r["name"] for r in people) for ch in "ӘҚҰ")
    stances = _read_csv(tmp_path / "t", "stances.csv")
    assert len(stances) == sum(len(r.stances) for r in state.rounds)
    for row in stances:
        s = state.rounds[int(row["round"]) - 1].stances[row["member"]]
        assert (row["stance"], int(row["confidence"]), row["open"]) == (s.stance, s.confidence, str(int(s.open)))
    talk = _read_csv(tmp_path / "t", "talk.csv")
    assert sum(int(r["seconds"]) for r in talk) == sum(sum(r.talk.values()) for r in state.rounds)
    tallies = {r["question"]: r for r in _read_csv(tmp_path / "t", "tallies.csv")}
    assert (tallies["q3"]["yes"], tallies["q3"]["no"]) == ("6", "5")
    ballots = _read_csv(tmp_path / "t", "ballots.csv")
    assert ballots and all(r["member"] == "" for r in ballots)  # secret: no names
    verdict = _read_csv(tmp_path / "t", "verdict.csv")
    assert {r["verdict"] for r in verdict} == {"guilty"}
    assert _read_csv(tmp_path / "t", "influence.csv")
    assert (tmp_path / "t" / "codebook.md").read_text("utf-8") == CODEBOOK


def test_open_ballots_name_the_member(sessions, tmp_path):
    export_session(sessions["ew-phone"], "csv", tmp_path / "t")
    ballots = _read_csv(tmp_path / "t", "ballots.csv")
    assert ballots and all(r["member"].startswith(("Juror", "Judge")) for r in ballots)


def test_codebook_is_the_documented_one():
    doc = Path(__file__).parents[2] / "docs" / "formats" / "csv-codebook.md"
    assert doc.read_text("utf-8") == CODEBOOK
    for header in ("participants.csv", "stances.csv", "influence.csv", "ballots.csv", "talk.csv", "tallies.csv",
                   "verdict.csv"):
        assert f"## {header}" in CODEBOOK


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("name", NAMES)
def test_networks_load_back_with_every_attribute(sessions, tmp_path, name, fmt):
    loaded = load(sessions[name])
    want = network(loaded)
    [out] = export_session(sessions[name], fmt, tmp_path / f"n.{fmt}")
    got = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert set(got.nodes) == set(want.nodes) and set(got.edges) == set(want.edges)
    assert any(k.endswith("_r1") for _, d in want.nodes(data=True) for k in d)
    for node, attrs in want.nodes(data=True):
        for key, value in attrs.items():
            assert got.nodes[node][key] == pytest.approx(value), (node, key)
    for a, b, attrs in want.edges(data=True):
        for key, value in attrs.items():
            assert got.edges[a, b][key] == pytest.approx(value), (a, b, key)


@pytest.mark.parametrize("name", NAMES)
def test_anonymised_exports_hold_no_name_anywhere(sessions, tmp_path, name):
    state = load(sessions[name]).state
    written = []
    for fmt, out in (("json", "s.json"), ("csv", "t"), ("csv", "t.zip"), ("graphml", "n.graphml"), ("gexf", "n.gexf")):
        written += export_session(sessions[name], fmt, tmp_path / out)
    blob = all_bytes(written)
    assert len(written) > 5
    data = json.loads(written[0].read_text("utf-8"))
    del data["case"], data["model"]  # the case's own story may share a first name with a pupil
    created = data["events"][0]["event"]
    del created["case"], created["model"]
    parts_blob = all_bytes(written[1:]) + json.dumps(data, ensure_ascii=False).encode("utf-8")
    for full in state.people.names.values():
        assert full.encode("utf-8") not in blob, full
        for part in full.split():
            if len(part) > 2:
                assert part.encode("utf-8") not in parts_blob, part


def test_zip_holds_every_table(sessions, tmp_path):
    [out] = export_session(sessions["ew-phone"], "csv", tmp_path / "t.zip")
    with zipfile.ZipFile(out) as zf:
        assert {"participants.csv", "stances.csv", "influence.csv", "ballots.csv", "talk.csv", "tallies.csv",
                "verdict.csv", "codebook.md"} <= set(zf.namelist())


def test_import_refuses_foreign_and_broken_files_and_writes_nothing(sessions, tmp_path):
    for content in (b"not json", b'{"format": 1, "kind": "other"}', json.dumps({"format": 1, "kind": "alqa-session",
                                                                              "events": [{"event": {"type": "Nope"}}]}).encode()):
        bad = tmp_path / "bad.json"
        bad.write_bytes(content)
        with pytest.raises(ExportError):
            import_session_json(bad, tmp_path / "out.alqa")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_import_stops_on_a_refused_event_and_leaves_nothing(sessions, tmp_path):
    [out] = export_session(sessions["ew-phone"], "json", tmp_path / "s.json")
    data = json.loads(out.read_text("utf-8"))
    data["events"].insert(3, data["events"][-1])  # a verdict during set-up
    out.write_text(json.dumps(data), "utf-8")
    with pytest.raises(ExportError):
        import_session_json(out, tmp_path / "out.alqa")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.json"]


def test_unwritable_folder_is_an_error_and_nothing_is_left(sessions, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    for fmt, out in (("json", "file/s.json"), ("csv", "file/t"), ("graphml", "file/n.graphml")):
        with pytest.raises(ExportError.__mro__[1]):  # AlqaError: ExportError or WriteFailed
            export_session(sessions["ew-phone"], fmt, tmp_path / out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]
