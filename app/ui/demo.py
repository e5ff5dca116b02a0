"""The demo session: the kz-2007 scenario's class, seated, at the start of the trial."""

from __future__ import annotations

import contextlib
from pathlib import Path

from app import paths
from app.store import places
from app.store.scenario import play, read_scenario, start
from app.store.sessions import delete

DEMO_SCENARIO = "kz-2007-embezzlement.json"


def demo_events(events: tuple[dict, ...]) -> tuple[dict, ...]:
    """The scenario's events up to the start of the trial: a seated class, nothing decided yet."""
    for i, event in enumerate(events):
        if event.get("type") == "PhaseStarted" and event.get("phase") == "trial":
            return events[: i + 1]
    return events


def make_demo(folder: Path | None = None) -> Path:
    """A fresh demo session file (the previous demo is replaced) in the sessions folder."""
    scenario = read_scenario(paths.resources() / "scenarios" / DEMO_SCENARIO)
    path = (folder or places.sessions_dir()) / "demo.alqa"
    if path.exists():
        with contextlib.suppress(Exception):
            delete(path)
        if path.exists():  # open in another window: show it there, read-only
            return path
    live = start(scenario, path)
    try:
        play(live, demo_events(scenario.events))
    finally:
        live.close()
    return path
