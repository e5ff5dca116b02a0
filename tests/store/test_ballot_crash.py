"""Kill Alqa in the middle of a secret vote: every cast ballot is kept, nobody votes twice."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import pytest
from factory import voting_script

from app.core.errors import RuleViolation
from app.core.fold import fold
from app.store.live import LiveSession
from app.store.session import SessionStore

CHILD = textwrap.dedent("""
    import sys
    from app.store.live import LiveSession
    live = LiveSession.open(sys.argv[1])
    answers = (("q1", "yes"), ("q2", "yes"), ("q3", "no"))
    for line in sys.stdin:
        member = line.strip()
        live.cast_secret(1, member, answers)   # the GUI's ballot path
        print("cast", member, flush=True)
""")


def make_vote(path):
    with SessionStore.create(path, {"session_id": "crash"}) as store:
        live = LiveSession(store, fold([]))
        for event in voting_script().events:
            live.append(event)
        return list(live.state.panel().values())


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("kill_after", [0, 1, 4, 10])
def test_killed_during_a_vote_keeps_every_cast_ballot(tmp_path, kill_after):
    path = tmp_path / "vote.alqa"
    panel = make_vote(path)
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    confirmed = []
    for member in panel[:kill_after]:
        child.stdin.write(member + "\n")
        child.stdin.flush()
        confirmed.append(child.stdout.readline().split()[1])
    if kill_after < len(panel):  # the next voter is at the laptop when the power goes
        child.stdin.write(panel[kill_after] + "\n")
        child.stdin.flush()
    child.send_signal(signal.SIGKILL)
    child.wait()
    with LiveSession.open(path) as live:
        voted = set(live.state.vote.voters)
        assert set(confirmed) <= voted  # nothing that was shown as recorded is lost
        assert len(live.store.ballot_box(1)) == len(voted)  # a mark and its ballot, always together
        assert live.store.integrity() == "ok"
        for member in voted:  # nobody can vote twice
            with pytest.raises(RuleViolation):
                live.cast_secret(1, member, (("q1", "no"), ("q2", "no"), ("q3", "no")))
        for member in panel:  # the voter who had not cast votes again, and the rest after
            if member not in live.state.vote.voters:
                live.cast_secret(1, member, (("q1", "yes"), ("q2", "no"), ("q3", "no")))
        live.reveal(1)
        assert len(live.state.vote.ballots) == len(panel) == 11
