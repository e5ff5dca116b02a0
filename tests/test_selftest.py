"""`alqa --self-test` (app/selftest.py) and portable mode (app/store/places.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import paths
from app.store import places

ROOT = Path(__file__).resolve().parents[1]


def _self_test(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "--self-test", "--lang", "en"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def _checks() -> int:
    from app.selftest import SelfTest

    return len(SelfTest(Path("unused")).checks())


def test_self_test_passes_with_one_line_per_check(tmp_path):
    env = {**os.environ, "ALQA_DATA_DIR": str(tmp_path / "data")}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test goes offscreen by itself
    result = _self_test(env)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    n = _checks()
    assert len(lines) == n + 1
    assert all(line.startswith("ok    ") for line in lines[:-1]), result.stdout
    assert lines[-1] == f"Self-test passed: {n} checks."
    for name in ("main window", "court models in kk", "built-in cases in ru", "example scenario", "JSON export",
                 "PDF export"):
        assert any(line.startswith(f"ok    {name}: ") for line in lines), name
    assert not list((tmp_path / "data").glob("sessions/*.alqa")), "the self-test left a session among the user's"


def test_self_test_fails_when_the_data_folder_cannot_be_written(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    result = _self_test({**os.environ, "ALQA_DATA_DIR": str(blocker)})
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == _checks() + 1, "every check still gets its line"
    assert [line for line in lines if line.startswith("FAIL  ")] == [
        next(line for line in lines if line.startswith("FAIL  data folder: "))]
    assert lines[-1] == f"Self-test failed: 1 of {_checks()} checks."  # no log either: it would be in that folder
    assert "Traceback" not in result.stdout + result.stderr


@pytest.fixture
def no_resources(tmp_path, monkeypatch):
    """Alqa's resources/ pointed at an empty folder (as in a bundle that left them out)."""
    from app.store import cases, library

    empty = tmp_path / "resources"
    empty.mkdir()
    monkeypatch.setattr(paths, "resources", lambda: empty)
    library._builtin.cache_clear()
    cases.builtin_cases.cache_clear()
    yield empty
    library._builtin.cache_clear()
    cases.builtin_cases.cache_clear()


def test_self_test_fails_without_resources(qapp, no_resources):
    from app import i18n
    from app.selftest import run

    i18n.install("en")
    lines: list[str] = []
    assert run(out=lines.append) == 1
    failed = [line.split(":")[0].removeprefix("FAIL  ") for line in lines if line.startswith("FAIL  ")]
    assert "Alqa's files" in failed and "example scenario" in failed
    assert {f"court models in {lang}" for lang in ("kk", "ru", "en")} <= set(failed)
    assert {f"built-in cases in {lang}" for lang in ("kk", "ru", "en")} <= set(failed)
    assert not {"version", "words in kk", "words in ru", "words in en"} & set(failed)
    assert lines[-1].startswith(f"Self-test failed: {len(failed)} of ")


# --- portable mode ----------------------------------------------------------------------------------

def _fake_bundle(tmp_path: Path, marker: bool) -> Path:
    folder = tmp_path / "usb-stick" / "alqa"
    folder.mkdir(parents=True)
    exe = folder / "alqa"
    exe.write_text("")
    if marker:
        (folder / "portable").write_text("")
    return exe


def test_a_portable_marker_beside_the_executable_keeps_the_data_beside_it(tmp_path):
    exe = _fake_bundle(tmp_path, marker=True)
    assert places.portable_dir(exe) == exe.parent.resolve() / "alqa-data"


def test_no_marker_no_portable_mode(tmp_path):
    assert places.portable_dir(_fake_bundle(tmp_path, marker=False)) is None


def test_a_bundle_with_a_marker_keeps_sessions_settings_and_logs_on_the_stick(tmp_path, monkeypatch):
    from app.store import settings

    exe = _fake_bundle(tmp_path, marker=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delenv("ALQA_DATA_DIR")
    beside = exe.parent.resolve() / "alqa-data"
    assert places.data_dir() == beside
    assert places.sessions_dir() == beside / "sessions"
    assert places.log_dir() == beside / "logs"
    assert settings.settings_path() == beside / "settings.json"
    monkeypatch.setenv("ALQA_DATA_DIR", str(tmp_path / "chosen"))  # --data-dir / ALQA_DATA_DIR still win
    assert places.data_dir() == tmp_path / "chosen"
    assert places.log_dir() == tmp_path / "chosen" / "logs"


def test_a_marker_beside_the_python_of_a_source_checkout_means_nothing(tmp_path, monkeypatch):
    exe = _fake_bundle(tmp_path, marker=True)
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delenv("ALQA_DATA_DIR")
    assert places.portable_dir() is None
    assert places.data_dir() != exe.parent.resolve() / "alqa-data"
