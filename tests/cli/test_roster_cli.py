"""`alqa roster import`, through a subprocess as a teacher or a script would run it."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# A class list as Excel saves "CSV" on a Russian Windows: cp1251, semicolons, CRLF, a header row.
EXCEL_CP1251 = "\r\n".join([
    "№;Фамилия;Имя;Класс",
    "1;Иванов;Пётр;10А",
    "2;Сидорова;Анна-Мария;10А",
    ";;;",
    "3;O'Brien;Pat;10А",
    "4;12345;;10А",
    "5;ИВАНОВ;ПЁТР;10А",
    "6;Ёлкина;  Мария ;10Б",
    "",
]).encode("cp1251")


def alqa(*args: str, data: Path) -> subprocess.CompletedProcess:
    """Run alqa with its data folder (logs, settings) beside, not inside, the folder of the list."""
    env = {**os.environ, "ALQA_DATA_DIR": str(data / "alqa-data"), "QT_QPA_PLATFORM": "offscreen", "LANG": "en_XX.UTF-8"}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                          encoding="utf-8", timeout=120)


def no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_cp1251_semicolon_list_prints_names_then_the_report(tmp_path):
    file = tmp_path / "10a.csv"
    file.write_bytes(EXCEL_CP1251)
    before = digest(file)
    result = alqa("roster", "import", str(file), data=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Иванов Пётр", "Сидорова Анна-Мария", "O'Brien Pat", "Ёлкина Мария"]
    assert result.stderr.splitlines() == [
        "Line 1: read as the header row: №;Фамилия;Имя;Класс",
        "Empty lines skipped: 1.",
        "Line 6: skipped, not a name: 12345",
        "Line 7: skipped, the same name is on line 2: ИВАНОВ ПЁТР",
        "Names taken: 4. Encoding: cp1251. Separator: semicolon. Header row: yes.",
    ]
    assert digest(file) == before and sorted(p.name for p in tmp_path.iterdir()) == ["10a.csv", "alqa-data"]


def test_json_output_parses(tmp_path):
    file = tmp_path / "10a.csv"
    file.write_bytes(EXCEL_CP1251)
    result = alqa("roster", "import", str(file), "--json", data=tmp_path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["names"] == ["Иванов Пётр", "Сидорова Анна-Мария", "O'Brien Pat", "Ёлкина Мария"]
    assert [(n["line"], n["kind"]) for n in out["notes"]] == [(1, "header"), (4, "empty"), (6, "not_text"),
                                                              (7, "duplicate")]
    assert out["notes"][3]["text"] == "Line 7: skipped, the same name is on line 2: ИВАНОВ ПЁТР"
    assert (out["encoding"], out["separator"], out["header"], out["usable"]) == ("cp1251", ";", True, True)
    assert "Иванов" in result.stdout  # ensure_ascii=False: names stay readable


@pytest.mark.parametrize(("content", "words"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "not a class list"),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(64), "spreadsheet"),
])
def test_a_binary_file_is_refused_and_left_as_it_was(tmp_path, content, words):
    file = tmp_path / "class.csv"
    file.write_bytes(content)
    result = alqa("roster", "import", str(file), data=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert words in result.stderr and "class.csv" in result.stderr and "The file is unchanged." in result.stderr
    no_traceback(result)
    assert file.read_bytes() == content and sorted(p.name for p in tmp_path.iterdir()) == ["alqa-data", "class.csv"]
    assert {p.name for p in (tmp_path / "alqa-data").iterdir()} <= {"logs"}  # no session, no settings


def test_a_missing_file_exits_1(tmp_path):
    result = alqa("roster", "import", str(tmp_path / "nowhere.csv"), data=tmp_path)
    assert result.returncode == 1 and "nowhere.csv" in result.stderr and result.stdout == ""
    no_traceback(result)


def test_a_folder_instead_of_a_file_exits_1(tmp_path):
    result = alqa("roster", "import", str(tmp_path), data=tmp_path)
    assert result.returncode == 1 and "cannot be read" in result.stderr
    no_traceback(result)


def test_too_few_names_are_printed_but_the_roster_is_refused(tmp_path):
    file = tmp_path / "two.txt"
    file.write_text("Әйгерім\nНұрсұлтан\n", encoding="utf-8")
    result = alqa("roster", "import", str(file), data=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["Әйгерім", "Нұрсұлтан"]
    assert result.stderr.splitlines()[-1] == "Names found: 2. A session needs at least 3; add more names."
    as_json = alqa("roster", "import", str(file), "--json", data=tmp_path)
    assert as_json.returncode == 1 and json.loads(as_json.stdout)["usable"] is False


def test_a_file_of_only_numbers_is_refused(tmp_path):
    file = tmp_path / "numbers.csv"
    file.write_text("1;2\n3;4\n5;6\n", encoding="utf-8")
    result = alqa("roster", "import", str(file), "--json", data=tmp_path)
    assert result.returncode == 1 and result.stdout == "" and "No names were found" in result.stderr
    no_traceback(result)
