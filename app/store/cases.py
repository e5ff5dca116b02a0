"""The built-in cases (resources/cases) and a teacher's own case files."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from app import paths
from app.core.case import Case, load_case
from app.core.errors import DataError
from app.core.lang import Msg

SUFFIX = ".alqa-case.json"


@cache
def builtin_cases() -> tuple[Case, ...]:
    folder = paths.resources() / "cases"
    return tuple(load_case(p) for p in sorted(folder.glob(f"*{SUFFIX}")))


def find_case(ref: str, base: Path | None = None) -> Case:
    """A built-in case by id, or a case file by path (relative to `base`)."""
    for case in builtin_cases():
        if case.id == ref:
            return case
    path = Path(ref)
    if base is not None and not path.is_absolute():
        path = base / path
    if path.suffix == ".json" or path.exists():
        return load_case(path)
    known = ", ".join(c.id for c in builtin_cases())
    raise DataError(Msg.of("case.unknown", id=ref, known=known))
