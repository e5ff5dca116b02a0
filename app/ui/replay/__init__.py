"""Replay a finished session, read-only: a scrubber over its events, the views following."""

from app.ui.replay.page import ReplayPage

__all__ = ["ReplayPage"]
