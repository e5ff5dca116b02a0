"""The one writer: the GUI's widgets send intents here; state comes back as a signal.

`SessionController` wraps a LiveSession (validate -> append, committed -> apply). Widgets never
touch the store and never keep their own copy of the truth.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.errors import AlqaError, RuleViolation
from app.core.state import EMPTY, SessionState

if TYPE_CHECKING:  # the session machinery loads with the first session, not at start-up
    from app.core import events as ev
    from app.store.live import LiveSession

log = logging.getLogger(__name__)
IDLE_CHECKPOINT_MS = 3000


class SessionController(QObject):
    state_changed = Signal(object, object)  # (new state, the event that made it, or None on open)
    rejected = Signal(object)  # an AlqaError whose msg says why; nothing changed
    closed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._live: LiveSession | None = None
        from app.ui.pin import PinGate

        self.pin_gate = PinGate()  # wrong PINs count across every dialog of the session
        self._idle = QTimer(self, singleShot=True, interval=IDLE_CHECKPOINT_MS)
        self._idle.timeout.connect(self._checkpoint)

    @property
    def state(self) -> SessionState:
        return self._live.state if self._live else EMPTY

    @property
    def path(self) -> Path | None:
        return self._live.store.path if self._live else None

    @property
    def readonly(self) -> bool:
        return bool(self._live and self._live.store.readonly)

    def open(self, live: LiveSession) -> None:
        """Take over an opened session (closing any other) and tell every view."""
        self.close()
        self._live = live
        log.info("session opened: %s (%s events)", live.store.path, live.state.seq)
        self.state_changed.emit(live.state, None)

    def close(self) -> None:
        if self._live is None:
            return
        self._idle.stop()
        self._live.close()
        self._live = None
        self.closed.emit()

    def append(self, event: ev.Event) -> bool:
        """Record one event; False (and `rejected`) if the rules refuse it or the disk fails."""
        if self._live is None:
            return False
        return self._guarded(lambda: self._live.append(event))  # committed before anyone hears of it

    def cast(self, vote_no: int, member_id: str, answers: tuple[tuple[str, str], ...]) -> bool:
        """One voter's ballot: secret (mark in the log, ballot in the box) or open, as the session votes."""
        from app.core import events as ev

        if self._live is None:
            return False
        if self._live.state.meta.ballot == "open":
            return self.append(ev.BallotCast(vote_no, member_id, answers))
        return self._guarded(lambda: self._live.cast_secret(vote_no, member_id, answers))

    def reveal(self, vote_no: int) -> bool:
        """Open the ballot box: the ballots enter the log in an order unrelated to the voting."""
        return self._live is not None and self._guarded(lambda: self._live.reveal(vote_no))

    def annul(self, vote_no: int, reason: str) -> bool:
        return self._live is not None and self._guarded(lambda: self._live.annul(vote_no, reason))

    def _guarded(self, write) -> bool:
        """Run one write; on refusal or a disk error say why and change nothing."""
        try:
            stamped = write()
        except AlqaError as exc:
            if not isinstance(exc, RuleViolation):
                log.warning("write failed: %s", exc)
            self.rejected.emit(exc)
            return False
        self._idle.start()
        self.state_changed.emit(self._live.state, stamped.event)
        return True

    def append_all(self, events: list[ev.Event]) -> bool:
        """Several events, one after another; stops at the first refused."""
        return all(self.append(e) for e in events)

    def _checkpoint(self) -> None:
        vote = self.state.vote
        if self._live and not (vote and not vote.closed):  # never inside a vote
            self._live.store.checkpoint()
