"""`alqa export` and `alqa import` through a subprocess."""

from __future__ import annotations

import json
import zipfile

import networkx as nx
import pytest
from test_cli import SCENARIOS, alqa, no_traceback

from app.store.exports import load


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    out = folder / "kz.alqa"
    result = alqa("scenario", "run", str(SCENARIOS / "kz-2007-embezzlement.json"), "--out", str(out), data=folder)
    assert result.returncode == 0, result.stderr
    return out


def test_export_each_format_and_import_back(session, tmp_path):
    for fmt, out in (("json", "s.json"), ("csv", "t.zip"), ("csv", "t"), ("graphml", "n.graphml"), ("gexf", "n.gexf")):
        result = alqa("export", str(session), "--format", fmt, "--out", str(tmp_path / out), data=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "Written:" in result.stdout and "real names" not in result.stderr
    assert json.loads((tmp_path / "s.json").read_text("utf-8"))["format"] == 1
    assert "participants.csv" in zipfile.ZipFile(tmp_path / "t.zip").namelist()
    assert (tmp_path / "t" / "codebook.md").exists()
    assert nx.read_graphml(tmp_path / "n.graphml").number_of_nodes() > 0
    assert nx.read_gexf(tmp_path / "n.gexf").number_of_nodes() > 0
    result = alqa("import", str(tmp_path / "s.json"), "--out", str(tmp_path / "back.alqa"), data=tmp_path)
    assert result.returncode == 0, result.stderr
    assert load(tmp_path / "back.alqa").state.outcome == load(session).state.outcome


def test_names_warn_on_stderr(session, tmp_path):
    result = alqa("export", str(session), "--format", "json", "--names", "--out", str(tmp_path / "s.json"),
                  data=tmp_path)
    assert result.returncode == 0 and "real names" in result.stderr
    assert "Әйгерім" in (tmp_path / "s.json").read_text("utf-8")


def test_import_without_out_goes_to_the_data_folder(session, tmp_path):
    alqa("export", str(session), "--format", "json", "--out", str(tmp_path / "s.json"), data=tmp_path)
    result = alqa("import", str(tmp_path / "s.json"), data=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert list((tmp_path / "data").rglob("imported-*.alqa"))


@pytest.mark.parametrize("content", [b"{broken", b'{"format": 1, "kind": "something-else"}', b"\xff\xfe"])
def test_bad_file_is_exit_1_without_traceback(tmp_path, content):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    result = alqa("import", str(bad), "--out", str(tmp_path / "x.alqa"), data=tmp_path)
    assert result.returncode == 1 and "not an Alqa session JSON" in result.stderr
    no_traceback(result)
    assert not (tmp_path / "x.alqa").exists()


def test_foreign_session_and_unwritable_folder_are_exit_1(session, tmp_path):
    bad = tmp_path / "bad.alqa"
    bad.write_text("hello")
    result = alqa("export", str(bad), "--format", "csv", data=tmp_path / "data")
    assert result.returncode == 1 and "not an Alqa session" in result.stderr
    no_traceback(result)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = alqa("export", str(session), "--format", "csv", "--out", str(blocker / "t"), data=tmp_path / "data")
    assert result.returncode == 1 and "cannot be written" in result.stderr
    no_traceback(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.alqa", "data", "file"]
    assert not list((tmp_path / "data").rglob("*.log*")) or "Something went wrong" not in result.stderr


def test_lang_after_the_command_sets_the_messages_and_the_codebook(session, tmp_path):
    result = alqa("export", str(session), "--format", "csv", "--out", str(tmp_path / "t"), "--lang", "kk",
                  data=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "Жазылды:" in result.stdout  # the messages speak Kazakh
    codebook = (tmp_path / "t" / "codebook.md").read_text("utf-8")
    assert set("әғқңөұүі") & set(codebook), "needs the Codebook translations in i18n/alqa_kk.qm"
    assert "| stance |" in codebook  # column names are data: English


def test_every_export_format_is_offered(tmp_path):
    from app.store.exports import ALL_FORMATS

    result = alqa("export", "x.alqa", "--format", "docx", data=tmp_path)
    assert result.returncode == 2 and "invalid choice" in result.stderr
    assert all(f"'{fmt}'" in result.stderr for fmt in ALL_FORMATS)
    shown = alqa("export", "--help", data=tmp_path)
    assert all(fmt in shown.stdout for fmt in ALL_FORMATS) and "--corpus" in shown.stdout and "--lang" in shown.stdout


def test_corpus_merges_sessions_and_reports_what_it_skipped(session, tmp_path):
    folder = tmp_path / "classes"
    folder.mkdir()
    (folder / "kz.alqa").write_bytes(session.read_bytes())
    (folder / "broken.alqa").write_text("not a session")
    result = alqa("export", "--corpus", str(folder), "--format", "csv", "--out", str(tmp_path / "c.zip"),
                  data=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    no_traceback(result)
    assert "Skipped:" in result.stderr and "broken.alqa" in result.stderr
    assert "Sessions: " not in result.stderr  # no progress lines in a pipe for a small corpus
    assert "Sessions exported: 1; files skipped: 1." in result.stdout
    with zipfile.ZipFile(tmp_path / "c.zip") as zf:
        header = zf.read("stances.csv").decode("utf-8-sig").splitlines()[0]
        assert header.startswith("session,round,member") and "codebook.md" in zf.namelist()


def test_corpus_in_kazakh_warns_in_kazakh(session, tmp_path):
    (tmp_path / "broken.alqa").write_text("not a session")
    result = alqa("export", "--corpus", str(session), str(tmp_path / "broken.alqa"), "--format", "csv",
                  "--out", str(tmp_path / "c"), "--lang", "kk", data=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "broken.alqa" in result.stderr and "Skipped:" not in result.stderr, result.stderr
    assert set("әғқңөұүі") & set(result.stderr)


@pytest.mark.parametrize(("args", "problem"), [
    (["--format", "json", "--out", "c"], "--format csv"),
    (["--format", "csv"], "--out"),
    (["--format", "csv", "--out", "c", "SESSION"], "not both"),
])
def test_corpus_usage_errors_are_exit_2_and_write_nothing(session, tmp_path, args, problem):
    args = [str(session) if a == "SESSION" else str(tmp_path / a) if a == "c" else a for a in args]
    result = alqa("export", "--corpus", str(session.parent), *args, data=tmp_path / "data")
    assert result.returncode == 2 and problem in result.stderr, result.stderr
    no_traceback(result)
    assert not (tmp_path / "c").exists()


def test_export_needs_a_session_or_a_corpus(tmp_path):
    result = alqa("export", "--format", "csv", data=tmp_path)
    assert result.returncode == 2 and "--corpus" in result.stderr


def test_corpus_errors_are_exit_1_and_leave_nothing(session, tmp_path):
    (tmp_path / "bad.alqa").write_text("hello")
    result = alqa("export", "--corpus", str(tmp_path / "bad.alqa"), "--format", "csv", "--out",
                  str(tmp_path / "c"), data=tmp_path / "data")
    assert result.returncode == 1 and "No session could be read" in result.stderr
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = alqa("export", "--corpus", str(session), "--format", "csv", "--out", str(blocker / "c.zip"),
                  data=tmp_path / "data")
    assert result.returncode == 1 and "cannot be written" in result.stderr
    no_traceback(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.alqa", "data", "file"]


@pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="needs a pseudo-terminal")
def test_corpus_shows_progress_on_a_terminal(session, tmp_path):
    import os
    import subprocess
    import sys

    (tmp_path / "broken.alqa").write_text("not a session")
    master, slave = os.openpty()
    env = {**os.environ, "ALQA_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen", "LANG": "en_XX.UTF-8"}
    done = subprocess.run([sys.executable, "-m", "app", "export", "--corpus", str(session), str(tmp_path / "broken.alqa"),
                           "--format", "csv", "--out", str(tmp_path / "c")], stderr=slave, stdout=subprocess.PIPE,
                          env=env, timeout=120)
    os.close(slave)
    shown = os.read(master, 65536).decode("utf-8", "replace")
    os.close(master)
    assert done.returncode == 0
    assert "\rSessions: 1/2" in shown and "\rSessions: 2/2" in shown, shown
    assert "broken.alqa" in shown.split("Sessions: 1/2", 1)[1]  # the warning on its own line, after the progress
