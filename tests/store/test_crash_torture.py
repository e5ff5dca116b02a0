"""Crash torture: a child appends events and is killed with SIGKILL at random moments; every
event whose append had returned is in the file afterwards, and the file is sound."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from app.store import torture

KILLS = int(os.environ.get("ALQA_TORTURE_KILLS", "200"))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writer_loses_nothing_it_reported(tmp_path):
    result = torture.run(tmp_path, kills=KILLS, seed=20261125)
    assert result.kills == KILLS
    assert result.lost == [] and result.bad_integrity == []
    assert result.max_committed > KILLS  # the child got real work done between kills


def test_child_reports_only_committed_seqs(tmp_path):
    """The child's protocol: it prints a seq only after append returned."""
    path = tmp_path / "t.alqa"
    child = subprocess.Popen([sys.executable, "-m", "app.store.torture", "child", str(path)],
                             stdout=subprocess.PIPE, text=True)
    seen = [int(child.stdout.readline()) for _ in range(20)]
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert seen == list(range(seen[0], seen[0] + 20))
    assert torture.committed(path) >= seen[-1]
