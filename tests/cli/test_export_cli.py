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
