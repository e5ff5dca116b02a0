"""The command line, through a subprocess as a teacher or a script would run it."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import paths

SCENARIOS = paths.resources() / "scenarios"


def alqa(*args: str, data: Path, stdin: str | None = None, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "ALQA_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen", "LANG": f"{lang}_XX.UTF-8"}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                          input=stdin, timeout=120)


def no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def test_version(tmp_path):
    from app import __version__

    result = alqa("--version", data=tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == f"alqa {__version__}"


def test_bad_usage_exits_2_with_a_clear_message(tmp_path):
    result = alqa("sessions", "fly", data=tmp_path)
    assert result.returncode == 2 and "alqa --help" in result.stderr
    no_traceback(result)


def test_kz_2007_scenario_runs_and_shows_again(tmp_path):
    out = tmp_path / "x.alqa"
    result = alqa("scenario", "run", str(SCENARIOS / "kz-2007-embezzlement.json"), "--out", str(out), data=tmp_path)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["model"] == "kz-2007" and summary["case"] == "embezzlement"
    assert [s for s in summary["seats"] if s.startswith("judge")] == ["judge-1", "judge-2"]
    assert len([s for s in summary["seats"] if s.startswith("juror")]) == 9 and len(summary["reserves"]) == 2
    assert summary["rounds"][1]["stances"] == {"guilty": 6, "not_guilty": 5, "undecided": 0}
    vote = summary["votes"][0]
    assert vote["voted"] == 11 and vote["tally"]["q3"] == {"yes": 6, "no": 5, "blank": 0}
    # the essay's point: 2 judges + 4 jurors convict although 5 of the 9 jurors acquit
    assert summary["verdict"] == "guilty" and summary["phase"] == "verdict"
    shown = alqa("sessions", "show", str(out), data=tmp_path)
    assert shown.returncode == 0
    assert {k: v for k, v in json.loads(shown.stdout).items()} == summary


def test_ew_scenario_deliberates_on_after_an_early_majority(tmp_path):
    result = alqa("scenario", "run", str(SCENARIOS / "ew-phone.json"), "--out", str(tmp_path / "e.alqa"), data=tmp_path)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    first, second = summary["votes"]
    assert first["tally"]["q4"]["yes"] == 10 and first["revealed"]
    assert second["tally"]["q4"]["yes"] == 10
    assert summary["verdict"] == "guilty" and summary["deliberation_minutes"] >= 130


def test_scenario_with_a_bad_event_stops_with_exit_2_and_keeps_what_came_before(tmp_path):
    scenario = json.loads((SCENARIOS / "kz-2007-embezzlement.json").read_text(encoding="utf-8"))
    bad_index = next(i for i, e in enumerate(scenario["events"]) if e["type"] == "PhaseStarted")
    scenario["events"].insert(bad_index, {"type": "StanceRecorded", "round_no": 1, "member_id": "p1",
                                          "stance": "guilty", "confidence": 50})
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(scenario, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "bad.alqa"
    result = alqa("scenario", "run", str(file), "--out", str(out), data=tmp_path)
    assert result.returncode == 2
    assert f"events[{bad_index}]" in result.stderr and "StanceRecorded" in result.stderr
    no_traceback(result)
    shown = json.loads(alqa("sessions", "show", str(out), data=tmp_path).stdout)
    assert shown["phase"] == "setup" and len([s for s in shown["seats"] if s.startswith("juror")]) == 9


@pytest.mark.parametrize(("content", "code"), [("{not json", 1), ('{"format": 7}', 1), ("[]", 1)])
def test_unreadable_scenarios_exit_1(tmp_path, content, code):
    file = tmp_path / "s.json"
    file.write_text(content)
    result = alqa("scenario", "run", str(file), data=tmp_path)
    assert result.returncode == code and result.stderr.strip()
    no_traceback(result)


def test_sessions_list_rename_delete(tmp_path):
    run = alqa("scenario", "run", str(SCENARIOS / "kz-2007-embezzlement.json"), data=tmp_path)
    assert run.returncode == 0, run.stderr
    file = Path(json.loads(run.stdout)["file"])
    assert file.parent == tmp_path / "sessions"
    listed = json.loads(alqa("sessions", "list", "--json", data=tmp_path).stdout)
    assert [Path(s["file"]).name for s in listed] == [file.name] and listed[0]["phase"] == "verdict"
    assert listed[0]["case"] == "Pipes on paper"
    assert alqa("sessions", "rename", file.stem, "Form 10B, Monday", data=tmp_path).returncode == 0
    assert json.loads(alqa("sessions", "list", "--json", data=tmp_path).stdout)[0]["title"] == "Form 10B, Monday"
    refused = alqa("sessions", "delete", file.name, data=tmp_path)
    assert refused.returncode == 2 and file.exists()
    assert alqa("sessions", "delete", file.name, "--yes", data=tmp_path).returncode == 0
    assert not file.exists()
    assert "No sessions yet." in alqa("sessions", "list", data=tmp_path).stdout


def test_sessions_list_reports_a_broken_file_and_leaves_it(tmp_path):
    folder = tmp_path / "sessions"
    folder.mkdir(parents=True)
    broken = folder / "broken.alqa"
    broken.write_bytes(b"garbage" * 100)
    before = hashlib.sha256(broken.read_bytes()).hexdigest()
    result = alqa("sessions", "list", data=tmp_path)
    assert result.returncode == 0 and "broken.alqa" in result.stderr
    assert hashlib.sha256(broken.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("args", [("sessions", "show", "nowhere.alqa"), ("sessions", "rename", "nowhere", "T")])
def test_missing_session_exits_1(tmp_path, args):
    result = alqa(*args, data=tmp_path)
    assert result.returncode == 1 and "nowhere" in result.stderr
    no_traceback(result)


def test_messages_follow_the_language(tmp_path):
    result = alqa("--lang", "ru", "sessions", "show", "nowhere.alqa", data=tmp_path)
    assert result.returncode == 1 and "Нет файла сеанса" in result.stderr
    result = alqa("--lang", "kk", "sessions", "show", "nowhere.alqa", data=tmp_path)
    assert result.returncode == 1 and "сеанс файлы жоқ" in result.stderr


def test_demo_opens_the_seated_courtroom(tmp_path):
    result = alqa("--demo", "--exit-when-shown", data=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "page: courtroom" in result.stdout and "(2007" in result.stdout
    no_traceback(result)


def test_unexpected_error_is_logged_not_shown(tmp_path):
    """A crash inside a command: one sentence on screen, the traceback in the log file."""
    code = ("import sys\nimport app.cli.sessions as s\n"
            "def boom(args):\n    raise RuntimeError('kaboom')\n"
            "s.list_command = boom\nfrom app.cli import main\nsys.exit(main(['sessions', 'list']))\n")
    env = {**os.environ, "ALQA_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 1 and "Something went wrong" in result.stderr
    no_traceback(result)
    assert "kaboom" in (tmp_path / "logs" / "alqa.log").read_text(encoding="utf-8")
