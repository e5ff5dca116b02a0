"""Errors that core raises: each carries a message key for the person who caused it."""

from __future__ import annotations

from app.core.lang import Msg


class AlqaError(Exception):
    """Something a person can fix; `msg` says what, in words app/i18n.py provides."""

    def __init__(self, msg: Msg):
        super().__init__(msg.key, dict(msg.params))
        self.msg = msg

    def __str__(self) -> str:  # for logs only; people see i18n.text(self.msg)
        return f"{self.msg.key} {dict(self.msg.params)}"


class DataError(AlqaError):
    """A file or value (court model, case, scenario) is not what Alqa expects."""


class RuleViolation(AlqaError):
    """An event that cannot happen in the session as it stands; nothing was changed."""


class NotUndoable(RuleViolation):
    """The event cannot be taken back (a cast ballot, a revealed tally)."""
