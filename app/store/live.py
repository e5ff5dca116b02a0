"""An open session: the one write path, validate -> append (committed) -> apply.

The GUI's SessionController and the headless scenario runner both go through `LiveSession`,
so a class and a script can never record different things.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.core import events as ev
from app.core.case import Case
from app.core.court import CourtModel
from app.core.errors import RuleViolation
from app.core.fold import apply, fold
from app.core.lang import Msg
from app.core.rules import validate
from app.core.rules_trial import check_answers
from app.core.state import EMPTY, SessionState
from app.core.undo import inverse
from app.store.session import SessionStore, Stamped

log = logging.getLogger(__name__)


@dataclass
class LiveSession:
    store: SessionStore
    state: SessionState

    @classmethod
    def create(cls, path: Path, case: Case, model: CourtModel, *, title: str = "", ballot: str = "secret",
               lang: str = "en", session_id: str | None = None) -> LiveSession:
        """A new session file holding just its SessionCreated event."""
        created = ev.SessionCreated(session_id or uuid.uuid4().hex[:12], title or case.title.pick(lang),
                                    case.to_dict(), model.to_dict(), ballot, lang)
        validate(EMPTY, created)
        store = SessionStore.create(path, {"session_id": created.session_id, "title": created.title,
                                           "case": created.case, "model": created.model})
        live = cls(store, EMPTY)
        live._commit(created)
        return live

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> LiveSession:
        store = SessionStore.open(path, readonly=readonly)
        try:
            return cls(store, fold(store.events()))
        except BaseException:
            store.close()
            raise

    def _commit(self, event: ev.Event) -> Stamped:
        stamped = self.store.append(event)  # committed before anyone hears of it
        self.state = apply(self.state, event)
        return stamped

    def append(self, event: ev.Event) -> Stamped:
        """Validate and record one event; RuleViolation (nothing changed) if it cannot happen."""
        validate(self.state, event)
        return self._commit(event)

    def cast_secret(self, vote_no: int, member_id: str, answers: tuple[tuple[str, str], ...]) -> Stamped:
        """A secret ballot: the voter's mark in the log and the ballot in the box, together."""
        mark = ev.VoterMarked(vote_no, member_id)
        validate(self.state, mark)
        check_answers(self.state, self.state.vote, answers)
        stamped = self.store.cast_secret(mark, self.state.people.role_of(member_id) or "", answers)
        self.state = apply(self.state, mark)
        return stamped

    def reveal(self, vote_no: int) -> Stamped:
        """Open the ballot box (or, for an open vote, show the names' ballots)."""
        if self.state.meta.ballot == "open":
            return self.append(ev.BallotsRevealed(vote_no))
        ballots = tuple(sorted(self.store.ballot_box(vote_no)))  # canonical order, unrelated to voting
        stamped = self.append(ev.BallotsRevealed(vote_no, ballots))
        # The WAL still holds one frame per ballot in the order they were cast, which a forensic
        # reader could line up with the VoterMarked events: fold it in and cut it to nothing.
        self.store.checkpoint(force=True)
        return stamped

    def annul(self, vote_no: int, reason: str) -> Stamped:
        """Annul a whole vote (a snapshot is kept first: this cannot be undone)."""
        validate(self.state, ev.VoteAnnulled(vote_no, reason))
        self.store.snapshot("annul")
        return self.append(ev.VoteAnnulled(vote_no, reason))

    def undo(self, seq: int | None = None) -> Stamped:
        """Take back an event (the last one by default) by appending its compensating event."""
        records = list(self.store.records())
        target = records[-1] if seq is None else next((r for r in records if r.seq == seq), None)
        if target is None:
            raise RuleViolation(Msg.of("undo.not_possible", event=str(seq)))
        before = fold(r.event for r in records if r.seq < target.seq)
        return self.append(inverse(before, target.event))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> LiveSession:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
