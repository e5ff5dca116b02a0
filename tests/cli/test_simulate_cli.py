"""`alqa simulate` through a subprocess: JSON, reproducible from the seed, clear errors."""

from __future__ import annotations

import json

import pytest
from test_cli import SCENARIOS, alqa, no_traceback


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sim")
    out = folder / "kz.alqa"
    result = alqa("scenario", "run", str(SCENARIOS / "kz-2007-embezzlement.json"), "--out", str(out), data=folder)
    assert result.returncode == 0, result.stderr
    return out


def simulate(*args, data):
    result = alqa("simulate", *args, data=data)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_session_json_parses_and_the_same_seed_gives_the_same_output(session, tmp_path):
    args = (str(session), "--scenario", "no-judges", "--scenario", "panel=1+10,open", "--runs", "300",
            "--seed", "4", "--json")
    first = simulate(*args, data=tmp_path)
    assert simulate(*args, data=tmp_path) == first
    assert first["method"] == "network" and first["fit"]["quality"] in ("good", "fair", "poor")
    assert [s["judges"] for s in first["scenarios"]] == [2, 0, 1]
    kz = {m["model"]: m for m in first["scenarios"][0]["models"]}["kz-2007"]
    assert kz["p"]["guilty"] == 1.0  # the class's own verdict stands under its own court
    without = {m["model"]: m for m in first["scenarios"][1]["models"]}["kz-2007"]
    assert without["p"]["not_guilty"] == 1.0  # five of nine jurors acquit once the judges are gone
    assert all(sum(m["p"].values()) == pytest.approx(1) for s in first["scenarios"] for m in s["models"])
    assert first["sentences"] and first["own_verdict"] == "guilty"
    other = simulate(*args[:-2], "5", "--json", data=tmp_path)
    assert other["scenarios"][2] != first["scenarios"][2]


def test_generated_class_sums_to_one_under_every_model(tmp_path):
    out = simulate("--generated", "12", "--guilty", "7", "--undecided", "1", "--seed", "1", "--json", data=tmp_path)
    assert out["class"] == {"members": 12, "guilty": 7, "undecided": 1, "not_guilty": 4}
    assert {m["model"] for m in out["models"]} >= {"kz-2007", "kz-2010", "ew", "us-federal", "ru/district"}
    assert all(sum(m["p"].values()) == pytest.approx(1) for m in out["models"])
    one = simulate("--generated", "12", "--guilty", "7", "--model", "ew", "--json", data=tmp_path)
    assert [m["model"] for m in one["models"]] == ["ew"]


@pytest.mark.parametrize("args, words", [
    (("--scenario", "fly"), "Unknown scenario"),
    (("--scenario", "panel=1+0"), "is not a panel"),
    (("--scenario", "rule=nowhere"), "no court model"),
])
def test_bad_scenario_exits_2_with_a_clear_message(session, tmp_path, args, words):
    result = alqa("simulate", str(session), *args, data=tmp_path)
    assert result.returncode == 2 and words in result.stderr
    no_traceback(result)


def test_bad_generated_class_exits_2(tmp_path):
    result = alqa("simulate", "--generated", "5", "--guilty", "9", data=tmp_path)
    assert result.returncode == 2 and "cannot have" in result.stderr
    no_traceback(result)


def test_text_output_reads_aloud(session, tmp_path):
    result = alqa("simulate", str(session), "--model", "kz-2007", "--runs", "100", data=tmp_path)
    assert result.returncode == 0 and "most likely have convicted" in result.stdout
