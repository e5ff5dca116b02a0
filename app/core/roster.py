"""The class roster: names typed, pasted or imported from a CSV file, with a report of what
was skipped or tidied on the way. The rules are in docs/formats/roster.md."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.core.errors import DataError
from app.core.lang import Msg
from app.core.rules import MAX_NAME

MAX_BYTES = 1_000_000  # a class list is a few kilobytes; anything this big is the wrong file
MIN_NAMES, MAX_NAMES = 3, 60
SEPARATORS = ("\t", ";", ",")  # on a tie the earlier wins: commas also occur inside names
KINDS = ("header", "empty", "duplicate", "too_long", "not_text", "changed", "check")

_OFFICE = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")  # zip (xlsx, docx, ods) and old OLE (xls, doc)
_BINARY = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!", b"\x7fELF")
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn"}  # control, zero-width, surrogate, private, unassigned
_LIST_NUMBER = re.compile(r"^\d{1,3}[.)]\s*(?=[^\W\d_])")  # "1. Әйгерім", "2)Нұрсұлтан"
_NAME_MARKS = set(" '’ʼ`-‐‑.?")  # besides letters, what a name (or a damaged one) may hold
_SHOWN = 40  # characters of a skipped value quoted in a note

# Header words, compared after _header_key(): case-folded, without spaces and punctuation.
_LAST = {"surname", "lastname", "familyname", "фамилия", "тегі", "тек"}
_FIRST = {"name", "firstname", "givenname", "forename", "имя", "аты", "есімі", "есім"}
_FULL = {
    "fullname", "names", "student", "students", "studentname", "pupil", "pupils", "pupilname",
    "nameandsurname", "surnameandname", "firstandlastname", "фио", "фамилияимя", "фамилияиимя",
    "имяфамилия", "имяифамилия", "фамилияимяотчество", "ученик", "ученица", "учащийся", "учащиеся",
    "студент", "студенты", "атыжөні", "тегіаты", "оқушы", "оқушылар", "оқушыныңатыжөні", "білімалушы",
}
_OTHER = {
    "№", "#", "no", "nr", "n", "num", "number", "пп", "№пп", "номер", "id", "class", "form", "group",
    "класс", "группа", "сынып", "топ", "email", "почта", "phone", "телефон", "gender", "sex", "пол",
    "жынысы", "dateofbirth", "birthday", "датарождения", "туғанкүні", "отчество", "әкесініңаты",
    "patronymic", "middlename", "grade", "оценка", "баға", "note", "notes", "comment", "примечание",
    "ескерту", "ескертпе",
}


@dataclass(frozen=True, slots=True)
class RosterNote:
    """Something the reader skipped or changed on a line of the source; `msg` says what.

    `kind` is one of KINDS: header (the header row, or a line above it), empty, duplicate,
    too_long, not_text (no letters, digits, a formula, unreadable characters), changed
    (tidied, or list numbers taken off) and check (kept, but a letter may have been lost)."""

    line: int
    kind: str
    msg: Msg


@dataclass(frozen=True, slots=True)
class RosterResult:
    """The names read, in order, and the report; `encoding` is "" for typed or pasted text."""

    names: tuple[str, ...]
    notes: tuple[RosterNote, ...]
    encoding: str
    separator: str | None
    header: bool


def _fail(key: str, **params: Any) -> DataError:
    return DataError(Msg.of(key, **params))


def read_roster_bytes(data: bytes) -> RosterResult:
    """The roster in a file's bytes; DataError if the file is not a roster."""
    text, encoding = decode(data)
    return _read(text, encoding)


def read_roster_text(text: str) -> RosterResult:
    """The roster typed or pasted by the teacher: one name a line, or cells copied from a table."""
    if len(text) > MAX_BYTES:
        raise _fail("roster.too_large", limit_mb=MAX_BYTES // 1_000_000)
    return _read(text, "")


def check_size(result: RosterResult) -> None:
    """Refuse a roster a session cannot use: fewer than 3 or more than 60 names."""
    count = len(result.names)
    if count < MIN_NAMES:
        raise _fail("roster.too_few", count=count, minimum=MIN_NAMES)
    if count > MAX_NAMES:
        raise _fail("roster.too_many", count=count, maximum=MAX_NAMES)


def decode(data: bytes) -> tuple[str, str]:
    """The text of a roster file and its encoding: a BOM decides, else valid UTF-8, else cp1251."""
    if len(data) > MAX_BYTES:
        raise _fail("roster.too_large", limit_mb=MAX_BYTES // 1_000_000)
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif data.startswith(_OFFICE):
        raise _fail("roster.spreadsheet_file")
    elif data.startswith(_BINARY) or b"\x00" in data:
        raise _fail("roster.not_a_roster")
    else:
        try:
            return _text_only(data.decode("utf-8")), "utf-8"
        except UnicodeDecodeError:
            encoding = "cp1251"  # what Excel writes as "CSV" on a Russian or Kazakh Windows
    try:
        return _text_only(data.decode(encoding)), encoding
    except UnicodeDecodeError as exc:
        raise _fail("roster.not_a_roster") from exc


def _text_only(text: str) -> str:
    """Refuse decoded bytes that are mostly control characters: binary data, not a list."""
    junk = sum(1 for ch in text if not ch.isspace() and unicodedata.category(ch) in _INVISIBLE)
    if junk > 0.1 * len(text) or "\x00" in text:
        raise _fail("roster.not_a_roster")
    return text


def clean_name(raw: str) -> str:
    """The name as Alqa keeps it: NFC, single spaces, no control or zero-width characters."""
    kept = "".join(" " if ch.isspace() else ch for ch in raw
                   if ch.isspace() or unicodedata.category(ch) not in _INVISIBLE)
    return unicodedata.normalize("NFC", " ".join(kept.split()))


def header_role(cell: str) -> str | None:
    """What a header cell names: "full", "first" or "last" name, "other" column, or None."""
    key = re.sub(r"[\s.,\-_:*/\\()]", "", clean_name(cell).casefold()).replace("ё", "е")
    for role, words in (("full", _FULL), ("last", _LAST), ("first", _FIRST), ("other", _OTHER)):
        if key in words:
            return role
    return None


def _lines(text: str) -> list[str]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def _blank(line: str) -> bool:
    """An empty line; ";;;" is one too (a spreadsheet's empty row)."""
    return not line.strip().strip(",;\t").strip()


def _cells(line: str, separator: str | None) -> list[str]:
    if separator is None:
        value = line.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':  # a one-column CSV quotes some names
            value = value[1:-1].replace('""', '"')
        return [value]
    return next(csv.reader([line], delimiter=separator), [])


def _separator(lines: Sequence[str]) -> str | None:
    """The separator most lines are split by (at least half of them); None for one name a line."""
    filled = [line for line in lines if line.strip()][:1000]
    best, best_share = None, 0.5
    for separator in SEPARATORS:
        split = sum(1 for line in filled if len(_cells(line, separator)) > 1)
        share = split / len(filled) if filled else 0
        if share >= best_share and (best is None or share > best_share):
            best, best_share = separator, share
    return best


def _header_at(rows: Sequence[tuple[int, list[str]]]) -> int | None:
    """Index of the header row among the first five filled rows (a title may stand above it)."""
    for index, (_, cells) in enumerate(rows[:5]):
        roles = [header_role(c) for c in cells if c.strip()]
        if any(r in ("full", "first", "last") for r in roles) or (index == 0 and roles and all(roles)):
            return index
    return None


def _columns_by_header(cells: Sequence[str]) -> tuple[int, ...] | None:
    """The name columns a header names; surname and name are joined as the list's language writes them."""
    roles = [header_role(c) for c in cells]
    last, first = (roles.index(r) if r in roles else None for r in ("last", "first"))
    if last is not None and first is not None:
        english = cells[last].isascii()  # "First Last" in English; "Тегі Аты", "Фамилия Имя" in kk/ru
        return (first, last) if english else (last, first)
    for role in ("full", "first", "last"):
        if role in roles:
            return (roles.index(role),)
    return None


def _name_like(cell: str) -> bool:
    value = clean_name(cell)
    return any(ch.isalpha() for ch in value) and all(ch.isalpha() or ch in _NAME_MARKS
                                                     or unicodedata.category(ch).startswith("M") for ch in value)


def _columns_by_data(rows: Sequence[list[str]]) -> tuple[int, ...]:
    """Without a header: the first column of names, joined with the next one if it holds names too
    ("Иванов;Пётр" is one person); a column of numbers, classes or M/F is passed over."""
    width = max((len(cells) for cells in rows), default=1)
    found = []
    for i in range(width):
        filled = [cells[i] for cells in rows if i < len(cells) and cells[i].strip()]
        names = [c for c in filled if _name_like(c)]
        if filled and len(names) >= 0.5 * len(filled) and sum(map(len, names)) >= 2 * len(names):
            found.append(i)
    if not found:
        lettered = [i for i in range(width) if any(any(ch.isalpha() for ch in cells[i])
                                                   for cells in rows if i < len(cells))]
        return (lettered[0] if lettered else 0,)
    return tuple(found[:2]) if len(found) > 1 and found[1] == found[0] + 1 else (found[0],)


def _read(text: str, encoding: str) -> RosterResult:
    lines = _lines(text)
    separator = _separator(lines)
    rows = [(no, _cells(line, separator)) for no, line in enumerate(lines, start=1) if not _blank(line)]
    if not rows:
        raise _fail("roster.empty")
    notes: list[RosterNote] = []
    header = _header_at(rows)
    columns = None
    if header is not None:
        for no, _ in rows[:header]:
            notes.append(RosterNote(no, "header", Msg.of("roster.before_header", line=no, value=_shown(lines[no - 1]))))
        no = rows[header][0]
        notes.append(RosterNote(no, "header", Msg.of("roster.header_row", line=no, value=_shown(lines[no - 1]))))
        columns = _columns_by_header(rows[header][1])
        rows = rows[header + 1:]
    columns = columns or _columns_by_data([cells for _, cells in rows])
    names = _take(rows, columns, lines, notes)
    _note_empty_lines(lines, notes)
    if not names:
        raise _fail("roster.no_names")
    notes.sort(key=lambda n: n.line)
    return RosterResult(tuple(names), tuple(notes), encoding, separator, header is not None)


def _take(rows, columns: tuple[int, ...], lines: Sequence[str], notes: list[RosterNote]) -> list[str]:
    """The names in `columns` of each row, noting every row skipped or changed."""
    names: list[str] = []
    seen: dict[str, int] = {}
    numbered: list[int] = []
    for no, cells in rows:
        raw = " ".join(cells[i].strip() for i in columns if i < len(cells) and cells[i].strip())
        name = clean_name(raw)
        bare = _LIST_NUMBER.sub("", name)
        note = _refusal(no, raw, bare, lines[no - 1], seen)
        if note is not None:
            notes.append(note)
            continue
        if bare != name:
            numbered.append(no)
        seen[bare.casefold()] = no
        names.append(bare)
        if "?" in bare:
            notes.append(RosterNote(no, "check", Msg.of("roster.lost_letter", line=no, name=bare)))
        elif name != unicodedata.normalize("NFC", raw):
            notes.append(RosterNote(no, "changed", Msg.of("roster.tidied", line=no, name=bare)))
    if numbered:
        notes.append(RosterNote(numbered[0], "changed", Msg.of("roster.numbers_removed", count=len(numbered))))
    return names


def _refusal(no: int, raw: str, name: str, line: str, seen: dict[str, int]) -> RosterNote | None:
    """The note for a row whose name cannot be taken, or None if it can."""
    if not raw and _shown(line):
        return RosterNote(no, "empty", Msg.of("roster.no_name_in_row", line=no, value=_shown(line)))
    if not name:  # nothing but control or zero-width characters, in the name cell or the row
        return RosterNote(no, "not_text", Msg.of("roster.unreadable", line=no))
    if not any(ch.isalpha() for ch in name) or name[0] in "=+@" or any(ch.isdigit() for ch in name):
        return RosterNote(no, "not_text", Msg.of("roster.not_a_name", line=no, value=_shown(name)))
    if len(name) > MAX_NAME:
        return RosterNote(no, "too_long", Msg.of("roster.too_long", line=no, limit=MAX_NAME, start=name[:_SHOWN]))
    if name.casefold() in seen:
        first = seen[name.casefold()]
        return RosterNote(no, "duplicate", Msg.of("roster.duplicate", line=no, first=first, name=name))
    return None


def _note_empty_lines(lines: Sequence[str], notes: list[RosterNote]) -> None:
    """One note for the empty lines between names; blank lines around the list are not news."""
    filled = [no for no, line in enumerate(lines, start=1) if not _blank(line)]
    if not filled:
        return
    empty = [no for no in range(filled[0], filled[-1]) if _blank(lines[no - 1])]
    if empty:
        notes.append(RosterNote(empty[0], "empty", Msg.of("roster.empty_lines", count=len(empty))))


def _shown(value: str) -> str:
    value = clean_name(value)
    return value if len(value) <= _SHOWN else value[:_SHOWN] + "…"
