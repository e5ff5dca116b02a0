"""Exports of a whole session for research and teaching: JSON, CSV tables, GraphML and GEXF.

Formats: docs/formats/session-json.md, docs/formats/csv-codebook.md. Anonymised by default:
every file of one export calls each person by the same pseudonym, given by seat ("Juror 3",
"Judge 1", "Prosecutor", "Witness 2", ...; anyone without a seat is "Member <roster no>"), and
free-text notes are left out unless asked for. Every file appears whole or not at all.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import AlqaError
from app.core.fold import fold
from app.core.lang import Msg
from app.core.state import SessionState, seat_role
from app.store.files import publish, staging, write_atomic
from app.store.session import SessionStore, Stamped

FORMATS = ("json", "csv", "graphml", "gexf")  # the data
REPORT_FORMATS = ("pdf", "html", "png", "svg")  # the report and its pictures (app/report)
ALL_FORMATS = FORMATS + REPORT_FORMATS
EXPORT_FORMAT = 1  # "format" of every exported file that has a header
LEFT_OUT = "…"  # what stands for a free-text note that was not exported

_SINGLE_SEATS = {"prosecutor": "Prosecutor", "defence": "Defence counsel", "defendant": "Defendant",
                 "victim": "Victim", "clerk": "Clerk"}


class ExportError(AlqaError):
    """An export or import could not be done; nothing half-written was left behind."""


def fail(key: str, **params: Any) -> ExportError:
    return ExportError(Msg.of(key, **params))


@dataclass(frozen=True)
class Loaded:
    """A session as an export reads it: its log, its state and the store's meta."""
    path: Path
    records: tuple[Stamped, ...]
    state: SessionState
    meta: dict[str, str]


def load(path: Path) -> Loaded:
    """Read a session file (read-only; SessionFileError if it is not one)."""
    collecting = gc.isenabled()
    gc.disable()  # a big log is many small objects that all live on: the collector only costs time
    try:
        with SessionStore.open(Path(path), readonly=True) as store:
            records = tuple(store.records())
            meta = dict(store.meta)
        return Loaded(Path(path), records, fold(r.event for r in records), meta)
    finally:
        if collecting:
            gc.enable()


def pseudonyms(state: SessionState) -> dict[str, str]:
    """Member id -> a stable pseudonym from the member's seat (roster number for the others)."""
    people = state.people
    out: dict[str, str] = {}
    witnesses = people.seated("witness")
    for seat, member in people.seats.items():
        role = seat_role(seat)
        rest = seat.partition("-")[2]
        if role in ("juror", "judge"):
            out[member] = f"{role.title()} {rest}"
        elif role == "witness":
            out[member] = f"Witness {list(witnesses).index(seat) + 1}"
        else:
            out[member] = _SINGLE_SEATS.get(role, role.title())
    for i, member in enumerate(people.reserves, 1):
        out.setdefault(member, f"Reserve {i}")
    for i, member in enumerate(people.names, 1):
        out.setdefault(member, f"Member {i}")
    seen: set[str] = set()
    for member, name in list(out.items()):  # a seat name given twice stays unique
        if name in seen:
            out[member] = f"{name} ({member})"
        seen.add(out[member])
    return out


@dataclass(frozen=True)
class Naming:
    """How one export calls people: pseudonyms (default) or their names, and their ids in tables."""
    state: SessionState
    names: bool = False

    def __post_init__(self):
        object.__setattr__(self, "_pseudo", pseudonyms(self.state))

    def label(self, member_id: str) -> str:
        """The member's identifier in tables and networks: the pseudonym, or the id with --names."""
        if not member_id:
            return ""
        return member_id if self.names else self._pseudo.get(member_id, f"Member {member_id}")

    def name(self, member_id: str) -> str:
        if self.names:
            return self.state.people.names.get(member_id, member_id)
        return self._pseudo.get(member_id, f"Member {member_id}")


def default_out(session: Path, fmt: str) -> Path:
    suffix = {"json": ".json", "csv": "-csv", "graphml": ".graphml", "gexf": ".gexf", "pdf": "-report.pdf",
              "html": "-report.html", "png": "-network.png", "svg": "-network.svg"}[fmt]
    return session.with_name(session.stem + suffix)


def write_file(path: Path, data: bytes) -> None:
    write_atomic(path, data)


def write_bundle(out: Path, files: dict[str, bytes]) -> list[Path]:
    """Several files as a zip (when `out` ends in .zip) or into a folder; all or none appear."""
    out = Path(out)
    if out.suffix.lower() != ".zip" and out.exists() and not out.is_dir():
        raise fail("export.not_a_folder", path=str(out))
    try:
        with staging(out) as tmp:
            for name, data in files.items():
                with open(tmp / name, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
            return publish(tmp, list(files), out)
    except OSError as exc:
        raise fail("export.cannot_write", path=str(out), reason=exc.strerror or str(exc)) from exc


def export_session(session: Path, fmt: str, out: Path | None = None, *, names: bool = False,
                   notes: bool = False, lang: str = "en") -> list[Path]:
    """Export a session file in one format; the paths written. `lang`: the language of the words
    an export holds (the codebook, the report); the data themselves are language-neutral."""
    if fmt not in FORMATS:  # the report's formats are app.report.exporting's (it paints with Qt)
        raise fail("export.bad_format", format=fmt, allowed=", ".join(ALL_FORMATS))
    loaded = load(session)
    out = Path(out) if out else default_out(Path(session), fmt)
    if fmt == "json":
        from app.store.export_json import session_json_bytes

        write_file(out, session_json_bytes(loaded, names=names, notes=notes))
        return [out]
    if fmt == "csv":
        from app.store.export_csv import csv_files

        return write_bundle(out, csv_files(loaded, names=names, notes=notes, lang=lang))
    from app.store.export_network import write_network

    return [write_network(loaded, fmt, out, names=names)]
