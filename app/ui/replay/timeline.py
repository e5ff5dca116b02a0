"""A finished session's log as a timeline: its events, their times, and the state after any k of them.

Read from a session file (opened read-only and closed again at once) or from a session JSON
export. The state after k events is `fold(events[:k])`, found from the nearest kept state so
that scrubbing a long log stays quick. Nothing here writes anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.core import events as ev
from app.core.fold import apply
from app.core.state import EMPTY, SessionState

KEEP_EVERY = 256  # a state is kept every so many events: a jump folds at most this many
# where PageUp/PageDown stop: a new phase, a deliberation round, a vote, its reveal, the verdict
MILESTONES = (ev.PhaseStarted, ev.RoundStarted, ev.StancesRevealed, ev.VotingOpened, ev.BallotsRevealed,
              ev.VerdictDeclared, ev.HungJuryDeclared, ev.SentenceDeclared)


@dataclass
class Timeline:
    """The events of one session in order, with the UTC time each was recorded ("" if unknown)."""
    path: Path
    events: tuple[ev.Event, ...]
    times: tuple[str, ...]
    final: SessionState = EMPTY  # the state after the last event
    _kept: list[SessionState] = field(default_factory=list, repr=False)
    _last: tuple[int, SessionState] = (0, EMPTY)

    @classmethod
    def load(cls, path: Path) -> Timeline:
        """Read a session file (*.alqa) or a session JSON (*.json); an AlqaError whose msg says why not."""
        path = Path(path)
        if path.suffix.lower() == ".json":
            timeline = cls._from_json(path)
        else:
            timeline = cls._from_session(path)
        timeline._keep_states()
        return timeline

    @classmethod
    def _from_session(cls, path: Path) -> Timeline:
        from app.store.session import SessionStore

        with SessionStore.open(path, readonly=True) as store:  # never a writer: the file stays as it was
            records = tuple(store.records())
        return cls(path, tuple(r.event for r in records), tuple(r.at for r in records))

    @classmethod
    def _from_json(cls, path: Path) -> Timeline:
        from app.store.export_json import replayed_session_json

        data, events, _state = replayed_session_json(path)  # a file edited by hand must still make sense
        times = tuple(str(entry.get("at") or "") for entry in data["events"])
        return cls(path, events, times)

    def _keep_states(self) -> None:
        state, self._kept = EMPTY, [EMPTY]
        try:
            for k, event in enumerate(self.events, 1):
                state = apply(state, event)
                if k % KEEP_EVERY == 0:
                    self._kept.append(state)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # a damaged log: say so, not a traceback
            from app.store.exports import fail

            raise fail("import.bad_event", path=str(self.path), index=k - 1, reason=str(exc)) from exc
        self.final, self._last = state, (0, EMPTY)

    def __len__(self) -> int:
        return len(self.events)

    def state_at(self, k: int) -> SessionState:
        """The state folded from the first k events (0 <= k <= len)."""
        k = max(0, min(k, len(self.events)))
        last_k, last = self._last
        base_k = (k // KEEP_EVERY) * KEEP_EVERY
        if last_k <= k and last_k >= base_k:  # stepping forward: go on from where we are
            start, state = last_k, last
        else:
            start, state = base_k, self._kept[k // KEEP_EVERY]
        for event in self.events[start:k]:
            state = apply(state, event)
        self._last = (k, state)
        return state

    def milestones(self) -> list[int]:
        """The positions k just after a new phase, round, vote, reveal or verdict."""
        return [k for k, event in enumerate(self.events, 1) if isinstance(event, MILESTONES)]

    def local_time(self, k: int) -> str:
        """When event k (counted from 1) was recorded, as local hours and minutes; "" if unknown."""
        if not 1 <= k <= len(self.times):
            return ""
        try:
            return datetime.fromisoformat(self.times[k - 1].replace("Z", "+00:00")).astimezone().strftime("%H:%M")
        except ValueError:
            return ""

    def local_date(self) -> str:
        """The day the session began (local), "" if unknown."""
        for at in self.times:
            try:
                return datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d")
            except ValueError:
                continue
        return ""

