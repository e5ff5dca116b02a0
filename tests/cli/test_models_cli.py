"""`alqa models list|show` in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
IDS = ["kz-2007", "kz-2010", "ru", "ru/district", "ew", "us-federal", "fr-assises", "fr-assises-appeal",
       "jp-saiban-in", "jp-saiban-in/uncontested"]


def alqa(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_list_names_every_model_and_variant():
    result = alqa("models", "list", "--lang", "en")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == IDS
    assert "Kazakhstan jury court, 2007 model" in lines[0]


def test_list_as_json_in_kazakh():
    result = alqa("models", "list", "--json", "--lang", "kk")
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows] == IDS
    assert rows[0]["name"] == "Алқабилер қатысатын сот (2007: 2 судья + 9 алқаби)"


def test_show_kz2007_in_kazakh_gives_the_rules_with_their_sources():
    result = alqa("models", "show", "kz-2007", "--lang", "kk")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.startswith("kz-2007: Алқабилер қатысатын сот (2007: 2 судья + 9 алқаби)")
    assert "Облыстық сотта 2 судья мен 9 алқаби отырады: барлығы 11 дауыс." in text
    assert "11 дауыстың кемінде 6-уы «иә» десе ғана айыптау кесімі шығады" in text
    assert "CPC RK 1997 art. 569(8)–(9)" in text
    assert "бірауызды" in text
    assert text.count("CPC RK 1997") >= 8


@pytest.mark.parametrize("model_id", IDS)
def test_show_json_has_description_rules_and_sources(model_id):
    result = alqa("models", "show", model_id, "--json", "--lang", "ru")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["id"] == model_id
    assert len(data["description"]) >= 8 and all(s.strip() for s in data["description"])
    assert all(r["text"] and r["source"] for r in data["rules"])


def test_show_marks_unverified_rules():
    text = alqa("models", "show", "ru", "--lang", "en").stdout
    guilt = text.index("at least half answering no")
    assert "Not confirmed in a source" in text[guilt:guilt + 400]
    assert "ru/district: Russian jury trial (district court, 6 jurors)" in text


def test_show_an_unknown_model_exits_1():
    result = alqa("models", "show", "ussr-1936")
    assert result.returncode == 1
    assert "There is no court model \"ussr-1936\"" in result.stderr and "Traceback" not in result.stderr
