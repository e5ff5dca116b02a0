"""The built-in cases (resources/cases) and a teacher's own case files."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from app import paths
from app.core.case import MAX_CASE_BYTES, Case, load_case
from app.core.errors import DataError
from app.core.lang import Msg
from app.store import places
from app.store.files import write_atomic

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


# --- a teacher's own cases: <data folder>/cases/<id>.alqa-case.json --------------------------

OWN_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")  # safe as a file name on every system


def own_cases_dir() -> Path:
    return places.data_dir() / "cases"


def own_case_path(case_id: str) -> Path:
    return own_cases_dir() / f"{case_id}{SUFFIX}"


def own_cases() -> tuple[list[Case], list[tuple[Path, Msg]]]:
    """A teacher's own cases, and the files that could not be read (with why; left as they are)."""
    found, broken = [], []
    builtin = {c.id for c in builtin_cases()}
    for path in sorted(own_cases_dir().glob(f"*{SUFFIX}")):
        try:
            case = load_case(path)
        except DataError as exc:
            broken.append((path, exc.msg))
            continue
        if case.id in builtin:
            broken.append((path, Msg.of("case.id_taken", id=case.id)))
        else:
            found.append(case)
    return found, broken


def check_case_id(case_id: str, was: str | None = None) -> None:
    """Refuse an id that is no safe file name, belongs to a built-in case, or (when `was` is
    given: the id the case had when the editor opened it, "" for a new case) to another own case."""
    if not isinstance(case_id, str) or not OWN_ID.fullmatch(case_id):
        raise DataError(Msg.of("case.bad_id", id=str(case_id)))
    if case_id in {c.id for c in builtin_cases()}:
        raise DataError(Msg.of("case.id_taken", id=case_id))
    if was is not None and case_id != was and own_case_path(case_id).exists():
        raise DataError(Msg.of("case.id_in_use", id=case_id))


def free_case_id(base: str) -> str:
    """`base` made safe as an id, or `base-2`, `base-3`... when a built-in or own case has it."""
    stem = re.sub(r"[^a-z0-9_-]+", "-", str(base).lower()).strip("-_")[:56] or "case"
    taken = {c.id for c in builtin_cases()}

    def free(candidate: str) -> bool:
        return candidate not in taken and not own_case_path(candidate).exists()

    if free(stem):
        return stem
    stem = re.sub(r"-\d+$", "", stem) or stem
    n = 2
    while not free(f"{stem}-{n}"):
        n += 1
    return f"{stem}-{n}"


def _case_json(case_dict: dict) -> str:
    """The file text of a case, checked first: DataError names what is wrong."""
    Case.from_dict(case_dict)
    text = json.dumps(case_dict, ensure_ascii=False, indent=2) + "\n"
    if len(text.encode("utf-8")) > MAX_CASE_BYTES:
        raise DataError(Msg.of("case.save_too_large", limit_mb=MAX_CASE_BYTES // 1_000_000))
    return text


def save_own_case(case_dict: dict, *, was: str | None = None) -> Path:
    """Check and save an own case as <id>.alqa-case.json, atomically; a built-in id is refused.

    `was` is for the editor (see check_case_id): a case whose id changed is saved under the
    new id and its old file removed; without `was` a file of the same id is replaced."""
    text = _case_json(case_dict)
    case_id = case_dict["id"]
    check_case_id(case_id, was)
    path = own_case_path(case_id)
    write_atomic(path, text)
    if was and was != case_id:
        delete_own_case(was)
    return path


def delete_own_case(case_id: str) -> None:
    """Remove an own case's file (also one saved by hand under another name); a missing one is no error."""
    paths_ = [own_case_path(case_id)]
    if not paths_[0].exists():
        paths_ = [p for p in sorted(own_cases_dir().glob(f"*{SUFFIX}")) if _id_in(p) == case_id]
    for path in paths_:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise DataError(Msg.of("case.cannot_delete", path=str(path), reason=exc.strerror or str(exc))) from exc


def _id_in(path: Path) -> str | None:
    try:
        return load_case(path).id
    except DataError:
        return None


def export_case(case_dict: dict, path: Path) -> None:
    """Check a case and write it to `path` atomically (a crash leaves the old file or the new one)."""
    write_atomic(Path(path), _case_json(case_dict))


def import_case(path: Path) -> Case:
    """Copy a case file into the own cases; return it as saved.

    Import never replaces a case: when a built-in or own case already has the file's id, the
    copy gets a free one (`phone` -> `phone-2`). A broken, foreign or too large file raises
    DataError and nothing is written."""
    path = Path(path)
    try:
        case = load_case(path)
    except DataError as exc:
        if exc.msg.key == "case.unreadable" and exc.msg.params.get("reason") in ("UnicodeDecodeError",
                                                                                "JSONDecodeError"):
            raise DataError(Msg.of("case.not_json", name=path.name)) from exc
        if exc.msg.key in ("case.field_missing", "case.count_out_of_range") and _foreign(path):
            raise DataError(Msg.of("case.not_a_case")) from exc
        raise
    data = case.to_dict()
    data["id"] = free_case_id(case.id)
    save_own_case(data, was="")
    return Case.from_dict(data)


def _foreign(path: Path) -> bool:
    """A JSON file of another kind (a court model, a scenario): it has neither a title nor charges."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and not {"title", "charges"} & data.keys()
