"""A teacher's own cases: saved atomically beside the sessions, imported and exported safely."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.case import load_case
from app.core.errors import DataError
from app.store import cases

MINI = Path(__file__).parent.parent / "data" / "mini-case.alqa-case.json"


def mini(**changes) -> dict:
    data = json.loads(MINI.read_text(encoding="utf-8"))
    data.update(changes)
    return data


def listing() -> dict[str, bytes]:
    folder = cases.own_cases_dir()
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.exists() else {}


def test_own_case_saves_loads_and_deletes(tmp_path):
    path = cases.save_own_case(mini())
    assert path == tmp_path / "alqa-data" / "cases" / "mini.alqa-case.json"
    found, broken = cases.own_cases()
    assert [c.id for c in found] == ["mini"] and broken == []
    assert load_case(path).raw == mini()
    cases.delete_own_case("mini")
    assert cases.own_cases() == ([], [])


def test_built_in_ids_and_unsafe_ids_are_refused():
    for case_id, key in (("phone", "case.id_taken"), ("Has Space", "case.bad_id"), ("../x", "case.bad_id")):
        with pytest.raises(DataError) as info:
            cases.save_own_case(mini(id=case_id))
        assert info.value.msg.key == key
    assert listing() == {}


def test_an_invalid_case_is_not_written():
    with pytest.raises(DataError) as info:
        cases.save_own_case(mini(title={"en": ""}))
    assert info.value.msg.params["field"] == "title"
    assert listing() == {}


def test_editor_save_renames_and_guards_other_cases():
    cases.save_own_case(mini())
    cases.save_own_case(mini(id="other"))
    with pytest.raises(DataError) as info:
        cases.save_own_case(mini(id="other"), was="mini")
    assert info.value.msg.key == "case.id_in_use"
    cases.save_own_case(mini(id="renamed"), was="mini")
    assert sorted(listing()) == ["other.alqa-case.json", "renamed.alqa-case.json"]


def test_broken_own_files_are_reported_and_left_alone():
    folder = cases.own_cases_dir()
    folder.mkdir(parents=True)
    (folder / "bad.alqa-case.json").write_text("{ not json", encoding="utf-8")
    (folder / "clash.alqa-case.json").write_text(json.dumps(mini(id="phone")), encoding="utf-8")
    before = listing()
    found, broken = cases.own_cases()
    assert found == []
    assert sorted((p.name, m.key) for p, m in broken) == [("bad.alqa-case.json", "case.unreadable"),
                                                          ("clash.alqa-case.json", "case.id_taken")]
    assert listing() == before


def test_import_takes_a_free_id_and_never_replaces(tmp_path):
    first = cases.import_case(MINI)
    second = cases.import_case(MINI)
    assert (first.id, second.id) == ("mini", "mini-2")
    phone = cases.import_case(_write(tmp_path, cases.find_case("phone").to_dict()))
    assert phone.id == "phone-2"
    assert sorted(listing()) == ["mini-2.alqa-case.json", "mini.alqa-case.json", "phone-2.alqa-case.json"]


def _write(folder: Path, data: dict) -> Path:
    path = folder / "in.alqa-case.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(("content", "key"), [
    (b"{ broken", "case.not_json"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "case.not_json"),
    (b'{"format": 1, "name": "a court model"}', "case.not_a_case"),
    (b" " * 6_000_000, "case.too_large"),
])
def test_import_refuses_bad_files_and_changes_nothing(tmp_path, content, key):
    source = tmp_path / "input.alqa-case.json"
    source.write_bytes(content)
    with pytest.raises(DataError) as info:
        cases.import_case(source)
    assert info.value.msg.key == key
    assert source.read_bytes() == content
    assert listing() == {}


def test_export_writes_a_file_that_loads_back_equal(tmp_path):
    data = cases.find_case("night-assault").to_dict()
    target = tmp_path / "out" / "night.alqa-case.json"
    cases.export_case(data, target)
    assert load_case(target).raw == data
    assert [p.name for p in target.parent.iterdir()] == ["night.alqa-case.json"]  # no temporary left


def test_free_case_id():
    assert cases.free_case_id("phone") == "phone-2"
    assert cases.free_case_id("Мой случай!") == "case"
    cases.save_own_case(mini(id="phone-2"))
    assert cases.free_case_id("phone-2") == "phone-3"
