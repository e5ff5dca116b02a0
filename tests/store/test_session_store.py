"""The session file: committed appends, one writer, damaged files refused untouched, the ballot box."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3

import pytest
from factory import case, created, model, roster, voting_script

from app.core import events as ev
from app.core.errors import RuleViolation
from app.core.fold import fold
from app.store import backups
from app.store.live import LiveSession
from app.store.session import SCHEMA_VERSION, SessionBusy, SessionFileError, SessionStore


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def new_store(tmp_path, name="s.alqa"):
    return SessionStore.create(tmp_path / name, {"session_id": "s1", "title": "T"})


def _tamper(path, sql: str) -> None:
    """Change a closed session file behind Alqa's back, as another program could."""
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(sql)


def test_append_commits_and_reopen_reads_back(tmp_path):
    events = [created(), *roster(3), ev.NoteAdded("Әйгерім spoke first")]
    with new_store(tmp_path) as store:
        stamped = [store.append(e) for e in events]
        assert [s.seq for s in stamped] == [1, 2, 3, 4, 5]
        assert all(s.at.endswith("Z") for s in stamped)
        # a second connection sees every event as soon as append returned: it is committed
        other = sqlite3.connect(tmp_path / "s.alqa")
        assert other.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 5
        other.close()
    with SessionStore.open(tmp_path / "s.alqa") as store:
        assert list(store.events()) == events
        assert store.meta["schema_version"] == str(SCHEMA_VERSION) and store.meta["title"] == "T"
        assert [r.seq for r in store.records(upto=2)] == [1, 2]


def test_wal_and_full_sync(tmp_path):
    with new_store(tmp_path) as store:
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert store.notices == []


def test_falls_back_to_a_rollback_journal_on_network_folders(tmp_path, monkeypatch):
    from app.store import session as module

    monkeypatch.setattr(module, "_wal_unsafe", lambda folder: True)
    with new_store(tmp_path) as store:
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert [n.key for n in store.notices] == ["store.no_wal"]
        store.append(created())
    with SessionStore.open(tmp_path / "s.alqa") as store:
        assert len(list(store.events())) == 1


def test_create_refuses_an_existing_file(tmp_path):
    (tmp_path / "s.alqa").write_bytes(b"mine")
    with pytest.raises(SessionFileError) as info:
        new_store(tmp_path)
    assert info.value.msg.key == "store.exists"
    assert (tmp_path / "s.alqa").read_bytes() == b"mine"


def test_second_writer_gets_a_clear_message_and_can_read(tmp_path):
    with new_store(tmp_path) as store:
        store.append(created())
        with pytest.raises(SessionBusy) as info:
            SessionStore.open(tmp_path / "s.alqa")
        assert info.value.msg.key == "store.busy"
        with SessionStore.open(tmp_path / "s.alqa", readonly=True) as view:
            assert len(list(view.events())) == 1
            with pytest.raises(SessionBusy):
                view.append(ev.NoteAdded("x"))
    with SessionStore.open(tmp_path / "s.alqa") as again:  # the lock went with the first writer
        assert again.last_seq == 1


def test_second_writer_in_another_process_is_refused(tmp_path):
    import subprocess
    import sys

    with new_store(tmp_path):
        code = ("import sys\nfrom app.store.session import SessionStore, SessionBusy\n"
                f"try:\n    SessionStore.open(r'{tmp_path / 's.alqa'}')\nexcept SessionBusy:\n    sys.exit(3)\n")
        assert subprocess.run([sys.executable, "-c", code]).returncode == 3


@pytest.mark.parametrize("content", [
    b"", b"not a database at all", os.urandom(4096), b"SQLite format 3\x00" + os.urandom(4080),
])
def test_foreign_and_random_files_are_refused_unchanged(tmp_path, content):
    path = tmp_path / "x.alqa"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(SessionFileError) as info:
        SessionStore.open(path)
    assert info.value.msg.key in ("store.not_a_session", "store.damaged")
    assert digest(path) == before


def test_other_sqlite_database_is_not_a_session(tmp_path):
    path = tmp_path / "other.alqa"
    _tamper(path, "CREATE TABLE notes (x)")
    before = digest(path)
    with pytest.raises(SessionFileError) as info:
        SessionStore.open(path)
    assert info.value.msg.key == "store.not_a_session" and digest(path) == before


def _full_session(tmp_path, n_notes=400):
    with new_store(tmp_path) as store:
        store.append(created())
        for i in range(n_notes):
            store.append(ev.NoteAdded(f"note {i} " + "x" * 200))
    return tmp_path / "s.alqa"


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9])
def test_truncated_file_is_a_clear_error_and_unchanged(tmp_path, keep):
    path = _full_session(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep) // 4096 * 4096 + 100])
    before = digest(path)
    with pytest.raises(SessionFileError) as info:
        LiveSession.open(path)
    assert info.value.msg.key in ("store.damaged", "store.not_a_session")
    assert digest(path) == before


def test_newer_schema_is_refused_unchanged(tmp_path):
    path = _full_session(tmp_path, 3)
    _tamper(path, "UPDATE meta SET value='99' WHERE key='schema_version'")
    before = digest(path)
    with pytest.raises(SessionFileError) as info:
        SessionStore.open(path)
    assert info.value.msg.key == "store.newer_schema" and info.value.msg.params["version"] == 99
    assert digest(path) == before


def test_event_of_unknown_type_is_refused(tmp_path):
    path = _full_session(tmp_path, 1)
    _tamper(path, "INSERT INTO events VALUES (99, 'now', 'Teleported', 1, '{}')")
    with pytest.raises(SessionFileError) as info:
        LiveSession.open(path)
    assert info.value.msg.key == "store.bad_event"


def _voting_live(store):
    live = LiveSession(store, fold([]))
    for event in voting_script().events:
        live.append(event)
    return live


def test_secret_ballot_is_kept_apart_from_its_voter(tmp_path):
    path = tmp_path / "v.alqa"
    with SessionStore.create(path, {"session_id": "s1"}) as store:
        live = _voting_live(store)
        panel = list(live.state.panel().values())
        for i, member in enumerate(panel):
            live.cast_secret(1, member, (("q1", "yes"), ("q2", "yes"), ("q3", "yes" if i % 2 else "no")))
        conn = sqlite3.connect(path)
        columns = [r[1] for r in conn.execute("PRAGMA table_info(ballots)")]
        assert columns == ["box", "slot", "role", "answers"]  # no voter, no time
        marks = [json.loads(p)["member_id"] for (p,) in conn.execute(
            "SELECT payload FROM events WHERE type='VoterMarked' ORDER BY seq")]
        assert marks == panel
        assert all("yes" not in p and "no" not in p.replace("vote_no", "") for (p,) in conn.execute(
            "SELECT payload FROM events WHERE type='VoterMarked'"))
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("SELECT rowid FROM ballots")
        conn.close()
        live.reveal(1)
        assert sorted(a[2][1] for _, a in live.state.vote.ballots) == sorted(
            "yes" if i % 2 else "no" for i in range(11))


def test_the_box_keeps_ballots_in_the_order_of_their_random_slot(tmp_path, monkeypatch):
    """Rows come back by slot, not by insertion: with slots falling, the box reads back reversed."""
    from app.store import session as module

    slots = iter(range(10**6, 0, -1000))
    monkeypatch.setattr(module.secrets, "randbits", lambda _bits: next(slots))
    with SessionStore.create(tmp_path / "v.alqa", {"session_id": "s1"}) as store:
        live = _voting_live(store)
        panel = list(live.state.panel().values())
        cast = ["yes" if i % 3 else "no" for i in range(len(panel))]
        for member, last in zip(panel, cast, strict=True):
            live.cast_secret(1, member, (("q1", "yes"), ("q2", "yes"), ("q3", last)))
        conn = sqlite3.connect(tmp_path / "v.alqa")
        stored = [json.loads(a)[2][1] for (a,) in conn.execute("SELECT answers FROM ballots")]
        conn.close()
        assert stored == cast[::-1]


def test_failed_secret_ballot_leaves_no_mark(tmp_path):
    path = tmp_path / "v.alqa"
    with SessionStore.create(path, {"session_id": "s1"}) as store:
        live = _voting_live(store)
        member = live.state.panel()["juror-1"]
        with pytest.raises(RuleViolation):
            live.cast_secret(1, member, (("q1", "blank"), ("q2", "yes"), ("q3", "yes")))
        assert member not in live.state.vote.voters
        assert store.ballot_box(1) == []
        assert store.last_of("VoterMarked") is None


def test_snapshots_keep_the_last_few(tmp_path, monkeypatch):
    monkeypatch.setattr(backups, "KEEP", 3)
    with new_store(tmp_path) as store:
        store.append(created())
        paths = [store.snapshot(f"test{i}") for i in range(5)]
        kept = backups.list_snapshots(tmp_path / "s.alqa")
        assert kept == paths[-3:]
        with SessionStore.open(kept[-1], readonly=True) as copy:
            assert len(list(copy.events())) == 1


def test_periodic_snapshot_after_thirty_minutes_of_work(tmp_path, monkeypatch):
    from app.store import session as module

    with new_store(tmp_path) as store:
        store.append(created())
        assert backups.list_snapshots(tmp_path / "s.alqa") == []
        monkeypatch.setattr(module.time, "monotonic", lambda: store._last_snapshot + module.SNAPSHOT_EVERY_S + 1)
        store.append(ev.NoteAdded("later"))
        assert [p.name.split("-", 1)[1] for p in backups.list_snapshots(tmp_path / "s.alqa")] == ["periodic.alqa"]


def test_annulling_a_vote_takes_a_snapshot_first(tmp_path):
    path = tmp_path / "v.alqa"
    with SessionStore.create(path, {"session_id": "s1"}) as store:
        live = _voting_live(store)
        live.annul(1, "the laptop was seen")
        assert any("annul" in p.name for p in backups.list_snapshots(path))
        assert live.state.vote.annulled


def test_live_session_create_open_undo(tmp_path):
    path = tmp_path / "l.alqa"
    with LiveSession.create(path, case(), model("kz-2010"), title="Lesson", lang="kk") as live:
        for e in roster(3):
            live.append(e)
        live.append(ev.SeatAssigned("clerk", "p1"))
        live.undo()
        assert "clerk" not in live.state.people.seats
        assert type(list(live.store.events())[-1]) is ev.SeatVacated
    with LiveSession.open(path) as live:
        assert live.state.meta.title == "Lesson" and live.state.seq == 6


def test_reveal_wipes_the_wal_frames_that_keep_the_voting_order(tmp_path):
    """Each secret ballot adds a WAL frame in voting order; after the reveal the WAL is empty."""
    path = tmp_path / "v.alqa"
    wal = tmp_path / "v.alqa-wal"
    with SessionStore.create(path, {"session_id": "s1"}) as store:
        live = _voting_live(store)
        for i, member in enumerate(live.state.panel().values()):
            live.cast_secret(1, member, (("q1", "yes"), ("q2", "yes"), ("q3", "yes" if i % 2 else "no")))
        assert wal.stat().st_size > 0  # the frames are there while the vote runs
        live.reveal(1)
        assert wal.stat().st_size == 0
        assert len(live.state.vote.ballots) == 11
