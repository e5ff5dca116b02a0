"""Undo appends a compensating event: the log is never rewritten."""

from __future__ import annotations

from app.core import events as ev
from app.core.errors import NotUndoable
from app.core.lang import Msg
from app.core.state import SessionState


def inverse(before: SessionState, event: ev.Event) -> ev.Event:
    """The event that takes `event` back, given the state just before it; NotUndoable if none.

    Ballots, stances, draws and verdicts are never undone: a vote can only be annulled whole.
    """
    if isinstance(event, ev.SeatAssigned):
        return ev.SeatVacated(event.seat)
    if isinstance(event, ev.SeatVacated):
        return ev.SeatAssigned(event.seat, before.people.seats[event.seat])
    if isinstance(event, ev.SeatsSwapped):
        return ev.SeatsSwapped(event.seat_a, event.seat_b)
    if isinstance(event, ev.ChallengeUsed):
        return ev.ChallengeWithdrawn(event.member_id)
    if isinstance(event, ev.ParticipantAdded):
        return ev.ParticipantRemoved(event.member_id)
    if isinstance(event, ev.ParticipantRenamed):
        return ev.ParticipantRenamed(event.member_id, before.people.names[event.member_id])
    if isinstance(event, ev.NoteAdded):
        return ev.NoteWithdrawn(len(before.notes) + 1)
    raise NotUndoable(Msg.of("undo.not_possible", event=type(event).__name__))
