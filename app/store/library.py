"""Court models: those that come with Alqa (variants included, "ru/district") and a teacher's
own, saved as files of the same shape in the data folder's court_models/."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from app import paths
from app.core.court import CourtModel, load_model
from app.core.errors import DataError
from app.core.lang import Msg
from app.store import places
from app.store.files import write_atomic

# The spec's order (docs/court-models.md); a model file not named here follows, by id.
ORDER = ("kz-2007", "kz-2010", "ru", "ew", "us-federal", "fr-assises", "fr-assises-appeal", "jp-saiban-in")


@cache
def _builtin() -> tuple[CourtModel, ...]:
    folder = paths.resources() / "court_models"
    models = [load_model(path) for path in sorted(folder.glob("*.json"))]
    rank = {model_id: i for i, model_id in enumerate(ORDER)}
    return tuple(sorted(models, key=lambda m: (rank.get(m.id, len(ORDER)), m.id)))


def builtin_models() -> list[CourtModel]:
    """Every built-in court model, without its variants, in the spec's order."""
    return list(_builtin())


def with_variants(models: list[CourtModel] | None = None) -> list[CourtModel]:
    """The models and, after each, its variants ("ru", then "ru/district")."""
    out = []
    for model in builtin_models() if models is None else models:
        out.append(model)
        out.extend(model.variant(v) for v in model.variants)
    return out


def model_ids() -> list[str]:
    return [m.id for m in with_variants()]


def custom_dir() -> Path:
    return places.data_dir() / "court_models"


def custom_models() -> tuple[list[CourtModel], list[tuple[Path, Msg]]]:
    """A teacher's own models, and the files that could not be read (with why; left as they are)."""
    found, broken = [], []
    for path in sorted(custom_dir().glob("*.json")):
        try:
            found.append(load_model(path))
        except DataError as exc:
            broken.append((path, exc.msg))
    return found, broken


def save_custom(model: CourtModel) -> Path:
    """Save a teacher's own model (checked again on the way out) as <id>.json, atomically."""
    CourtModel.from_dict(model.to_dict())
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,39}", model.id) or model.id in {m.id for m in _builtin()}:
        raise DataError(Msg.of("models.bad_custom_id", id=model.id))
    path = custom_dir() / f"{model.id}.json"
    write_atomic(path, json.dumps(model.to_dict(), ensure_ascii=False, indent=2))
    return path


def find_model(model_id: str) -> CourtModel:
    """The model with this id: built-in ("kz-2010", "ru/district"), a teacher's own, or a file path."""
    if model_id.endswith(".json"):
        return load_model(Path(model_id))
    base, _, variant = model_id.partition("/")
    for model in (*_builtin(), *custom_models()[0]):
        if model.id == base:
            if not variant:
                return model
            if variant in model.variants:
                return model.variant(variant)
    raise DataError(Msg.of("models.unknown", id=model_id, known=", ".join(model_ids())))
