"""A teacher's own court model saves and loads the same way as the built-in ones."""

from __future__ import annotations

import json

import pytest

from app.core.errors import DataError
from app.store import library


def test_custom_model_saves_and_loads(tmp_path):
    base = library.find_model("kz-2010").to_dict()
    base.update(id="class-12", names={"en": "Our class court", "kk": "Сынып соты", "ru": "Суд нашего класса"})
    base["seats"] = {**base["seats"], "lay": 12, "lay_min": 12, "judges": 0}
    base["decision"] = {**base["decision"], "voters": ["juror"],
                        "stages": [{"from_minutes": 0, "against": {"kind": "at_least", "count": 8}, "favour": "rest"}]}
    base["sentencing"] = {"by": "judge"}
    model = library.CourtModel.from_dict(base)
    path = library.save_custom(model)
    assert path == tmp_path / "alqa-data" / "court_models" / "class-12.json"
    again = library.find_model("class-12")
    assert again.to_dict() == model.to_dict() and again.seats.lay == 12
    assert library.find_model(str(path)).id == "class-12"
    assert [m.id for m in library.custom_models()[0]] == ["class-12"]


@pytest.mark.parametrize("model_id", ["kz-2007", "Has Spaces", "../escape", ""])
def test_custom_model_ids_are_checked(model_id):
    data = library.find_model("ew").to_dict()
    data["id"] = model_id or "x"
    model = library.CourtModel.from_dict(data)
    if not model_id:
        object.__setattr__(model, "id", "")
    with pytest.raises(DataError) as info:
        library.save_custom(model)
    assert info.value.msg.key == "models.bad_custom_id"


def test_broken_custom_file_is_reported_and_left_alone(tmp_path):
    folder = library.custom_dir()
    folder.mkdir(parents=True)
    bad = folder / "broken.json"
    bad.write_text(json.dumps({"format": 1, "id": "broken", "seats": {"judges": 1, "lay": 0}}))
    before = bad.read_bytes()
    found, broken = library.custom_models()
    assert found == [] and broken[0][0] == bad and broken[0][1].key.startswith("model.")
    assert bad.read_bytes() == before
