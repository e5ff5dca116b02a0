"""A read-only stand-in for the session controller: the state at the scrubber's event, never a write.

The courtroom's network views take a controller and follow its `state_changed`; in a replay they
take a `ReplaySource` instead, which moves through a finished log and refuses every write.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.core.lang import Msg
from app.core.state import EMPTY, SessionState
from app.ui.replay.timeline import Timeline


class ReplaySource(QObject):
    state_changed = Signal(object, object)  # (state after event k, event k or None at the start)
    rejected = Signal(object)  # every write is refused: a replay changes nothing
    closed = Signal()
    readonly = True

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._k = 0
        self._state = self._before = EMPTY

    @property
    def state(self) -> SessionState:
        return self._state

    @property
    def previous_state(self) -> SessionState:
        """The state one event earlier (before the event that made `state`)."""
        return self._before

    @property
    def path(self) -> Path | None:
        return self._timeline.path if self._timeline else None

    @property
    def timeline(self) -> Timeline | None:
        return self._timeline

    @property
    def position(self) -> int:
        """How many events the shown state folds (0: before the first)."""
        return self._k

    def open(self, timeline: Timeline, k: int | None = None) -> None:
        """Replay another log, at event k (the end when None)."""
        self._timeline = timeline
        self._k = -1
        self.seek(len(timeline) if k is None else k)

    def close(self) -> None:
        if self._timeline is not None:
            self._timeline, self._k, self._state, self._before = None, 0, EMPTY, EMPTY
            self.closed.emit()
            self.state_changed.emit(EMPTY, None)

    def seek(self, k: int) -> None:
        """Show the state folded from the first k events."""
        if self._timeline is None:
            return
        k = max(0, min(k, len(self._timeline)))
        if k == self._k:
            return
        self._k = k
        self._before = self._timeline.state_at(k - 1) if k else EMPTY
        self._state = self._timeline.state_at(k)  # one step on from the state before
        self.state_changed.emit(self._state, self._timeline.events[k - 1] if k else None)

    # --- what a controller can be asked, refused ------------------------------------------

    def _refuse(self, *_args) -> bool:
        from app.store.session import SessionBusy

        self.rejected.emit(SessionBusy(Msg.of("store.read_only", path=str(self.path or ""))))
        return False

    append = append_all = cast = reveal = annul = _refuse
