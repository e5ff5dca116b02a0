"""A mock criminal case: what the class tries. Format: docs/formats/case.md."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import DataError
from app.core.lang import LANGS, LText, Msg, ltext

FORMAT_VERSION = 1
QUESTION_KINDS = ("act", "did", "guilt", "general", "leniency")
SIDES = ("prosecution", "defence")
LEANS = ("guilt", "innocence", "both")
MAX_CASE_BYTES = 5_000_000  # a case with its pictures inlined stays far below this


def _fail(key: str, **params: Any) -> DataError:
    return DataError(Msg.of(key, **params))


def _id(raw: Mapping, where: str, seen: set[str]) -> str:
    value = raw.get("id")
    if not isinstance(value, str) or not value.strip() or len(value) > 64:
        raise _fail("case.field_missing", field=f"{where}.id")
    if value in seen:
        raise _fail("case.duplicate_id", field=where, id=value)
    seen.add(value)
    return value


def _list(data: Mapping, key: str, minimum: int, maximum: int) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise _fail("case.field_missing", field=key)
    if not minimum <= len(value) <= maximum:
        raise _fail("case.count_out_of_range", field=key, minimum=minimum, maximum=maximum, count=len(value))
    for i, item in enumerate(value):
        if not isinstance(item, Mapping):
            raise _fail("case.field_missing", field=f"{key}.{i}")
    return value


@dataclass(frozen=True, slots=True)
class Charge:
    id: str
    text: LText
    article: LText


@dataclass(frozen=True, slots=True)
class Evidence:
    id: str
    title: LText
    text: LText
    leans: str  # which way it points: "guilt", "innocence" or "both"
    picture: str | None  # a data: URI or None


@dataclass(frozen=True, slots=True)
class Witness:
    id: str
    name: LText
    called_by: str
    statement: LText


@dataclass(frozen=True, slots=True)
class Question:
    """A question put to the panel: `yes` is always the answer against the accused,
    except for leniency, where `yes` favours them."""

    id: str
    charge: str
    kind: str
    text: LText


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    languages: tuple[str, ...]
    title: LText
    summary: LText
    defendant: LText
    victim: LText
    charges: tuple[Charge, ...]
    evidence: tuple[Evidence, ...]
    witnesses: tuple[Witness, ...]
    judge_charge: LText
    questions: tuple[Question, ...]
    raw: Mapping[str, Any]

    def questions_for(self, form: str, leniency: bool) -> tuple[Question, ...]:
        """The questions a court of this form puts, charge by charge, in the case's order."""
        kinds = ("act", "did", "guilt") if form == "three_main" else ("general",)
        if leniency:
            kinds = (*kinds, "leniency")
        return tuple(q for c in self.charges for q in self.questions if q.charge == c.id and q.kind in kinds)

    def to_dict(self) -> dict:
        return json.loads(json.dumps(self.raw))

    @classmethod
    def from_dict(cls, data: Any) -> Case:
        return _parse_case(data)


def _parse_case(data: Any) -> Case:
    if not isinstance(data, Mapping) or "format" not in data:
        raise _fail("case.not_a_case")
    version = data["format"]
    if not isinstance(version, int) or isinstance(version, bool):
        raise _fail("case.not_a_case")
    if version > FORMAT_VERSION:
        raise _fail("case.newer_format", version=version, supported=FORMAT_VERSION)
    languages = data.get("languages", list(LANGS))
    if not isinstance(languages, list) or not languages or any(lang not in LANGS for lang in languages):
        raise _fail("case.field_missing", field="languages")
    case_id = _id(data, "case", set())
    charges_seen: set[str] = set()
    charges = tuple(
        Charge(_id(c, f"charges.{i}", charges_seen), ltext(c.get("text"), f"charges.{i}.text"),
               ltext(c.get("article"), f"charges.{i}.article", required=False))
        for i, c in enumerate(_list(data, "charges", 1, 10))
    )
    seen: set[str] = set()
    evidence = []
    for i, e in enumerate(_list(data, "evidence", 0, 30)):
        leans = e.get("leans", "both")
        if leans not in LEANS:
            raise _fail("case.bad_choice", field=f"evidence.{i}.leans", value=str(leans), allowed=", ".join(LEANS))
        picture = e.get("picture")
        if picture is not None and not (isinstance(picture, str) and picture.startswith("data:image/")):
            raise _fail("case.bad_picture", field=f"evidence.{i}.picture")
        evidence.append(Evidence(_id(e, f"evidence.{i}", seen), ltext(e.get("title"), f"evidence.{i}.title"),
                                 ltext(e.get("text"), f"evidence.{i}.text"), leans, picture))
    witnesses = []
    for i, w in enumerate(_list(data, "witnesses", 0, 20)):
        side = w.get("called_by")
        if side not in SIDES:
            raise _fail("case.bad_choice", field=f"witnesses.{i}.called_by", value=str(side), allowed=", ".join(SIDES))
        witnesses.append(Witness(_id(w, f"witnesses.{i}", seen), ltext(w.get("name"), f"witnesses.{i}.name"),
                                 side, ltext(w.get("statement"), f"witnesses.{i}.statement")))
    questions = []
    for i, q in enumerate(_list(data, "questions", 1, 60)):
        kind = q.get("kind")
        if kind not in QUESTION_KINDS:
            raise _fail("case.bad_choice", field=f"questions.{i}.kind", value=str(kind),
                        allowed=", ".join(QUESTION_KINDS))
        if q.get("charge") not in charges_seen:
            raise _fail("case.unknown_charge", field=f"questions.{i}.charge", id=str(q.get("charge")))
        questions.append(Question(_id(q, f"questions.{i}", seen), q["charge"], kind,
                                  ltext(q.get("text"), f"questions.{i}.text")))
    case = Case(
        id=case_id,
        languages=tuple(languages),
        title=ltext(data.get("title"), "title"),
        summary=ltext(data.get("summary"), "summary"),
        defendant=ltext(data.get("defendant"), "defendant"),
        victim=ltext(data.get("victim"), "victim", required=False),
        charges=charges,
        evidence=tuple(evidence),
        witnesses=tuple(witnesses),
        judge_charge=ltext(data.get("judge_charge"), "judge_charge"),
        questions=tuple(questions),
        raw=data,
    )
    for form in ("three_main", "general"):
        if not case.questions_for(form, False):
            raise _fail("case.no_questions", form=form)
    return case


def load_case(path: Path) -> Case:
    """Read and check a case file; DataError says what is wrong, and nothing is changed."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_CASE_BYTES:
            raise _fail("case.too_large", path=str(path), limit_mb=MAX_CASE_BYTES // 1_000_000)
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail("case.unreadable", path=str(path), reason=type(exc).__name__) from exc
    return Case.from_dict(data)
