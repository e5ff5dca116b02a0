"""Research corpora (`alqa export --corpus`) and the codebook in the export's language."""

from __future__ import annotations

import csv
import io
import re
import shutil
import sqlite3
import tracemalloc
import zipfile
from collections import defaultdict
from pathlib import Path

import pytest

from app import paths
from app.store import corpus as corpus_module
from app.store.corpus import export_corpus, read_sessions
from app.store.export_csv import CODEBOOK, TABLES, codebook
from app.store.exports import ExportError, export_session, load
from app.store.scenario import run

SCENARIOS = paths.resources() / "scenarios"
NAMES = ("ew-phone", "kz-2007-embezzlement")
KAZAKH = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


@pytest.fixture(scope="module")
def sessions(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("corpus") / "class"
    folder.mkdir()
    out = {}
    for name in NAMES:
        run(SCENARIOS / f"{name}.json", folder / f"{name}.alqa")
        out[name] = folder / f"{name}.alqa"
    return out


def copy_session(source: Path, target: Path, session_id: str) -> Path:
    """The same lesson under another session id (another class that played the same scenario)."""
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target)
    with conn:
        conn.execute("UPDATE meta SET value=? WHERE key='session_id'", (session_id,))
        conn.execute("UPDATE events SET payload=json_set(payload, '$.session_id', ?) WHERE seq=1", (session_id,))
    conn.close()
    return target


def read_table(raw: bytes) -> list[dict]:
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def corpus_tables(out: Path) -> dict[str, list[dict]]:
    if out.suffix == ".zip":
        with zipfile.ZipFile(out) as zf:
            return {name: read_table(zf.read(name)) for name in TABLES}
    return {name: read_table((out / name).read_bytes()) for name in TABLES}


def single_tables(session: Path, folder: Path) -> dict[str, list[dict]]:
    export_session(session, "csv", folder)
    return {name: read_table((folder / name).read_bytes()) for name in TABLES}


@pytest.mark.parametrize("target", ["corpus", "corpus.zip"])
def test_every_table_has_the_session_column_and_each_sessions_rows_match_its_own_export(sessions, tmp_path, target):
    result = export_corpus([sessions["ew-phone"].parent], tmp_path / target)
    assert result.sessions == 2 and result.skipped == []
    got = corpus_tables(tmp_path / target)
    by_session: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for name, rows in got.items():
        assert rows or name == "notes.csv", name  # the example lessons have no notes
        assert all(list(row) == ["session", *TABLES[name]] for row in rows)
        for row in rows:
            by_session[row.pop("session")][name].append(row)
    for i, name in enumerate(NAMES):
        session_id = load(sessions[name]).state.meta.session_id
        want = single_tables(sessions[name], tmp_path / f"single{i}")
        for table in TABLES:
            assert by_session[session_id][table] == want[table], (name, table)
    assert set(by_session) == {load(s).state.meta.session_id for s in sessions.values()}


def test_codebook_of_a_corpus_explains_the_session_column(sessions, tmp_path):
    export_corpus([sessions["ew-phone"]], tmp_path / "c")
    text = (tmp_path / "c" / "codebook.md").read_text("utf-8")
    assert text == CODEBOOK and "| session |" in text


def test_a_session_json_export_joins_the_corpus_with_the_same_rows(sessions, tmp_path):
    (tmp_path / "json").mkdir()
    export_session(sessions["kz-2007-embezzlement"], "json", tmp_path / "json" / "kz.json")
    export_corpus([tmp_path / "json"], tmp_path / "from-json")
    export_corpus([sessions["kz-2007-embezzlement"]], tmp_path / "from-file")
    assert corpus_tables(tmp_path / "from-json") == corpus_tables(tmp_path / "from-file")


def test_files_that_are_not_sessions_are_skipped_and_reported(sessions, tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(sessions["ew-phone"].parent, folder, ignore=shutil.ignore_patterns("*.lock", "*-wal", "*-shm"))
    (folder / "broken.alqa").write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    (folder / "foreign.json").write_text('{"hello": "world"}', "utf-8")
    newer = copy_session(sessions["ew-phone"], folder / "newer.alqa", "newer1")
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    conn.close()
    shutil.copyfile(sessions["ew-phone"], folder / "sub-copy.alqa")  # the same session again
    (folder / ".backups").mkdir()
    shutil.copyfile(sessions["ew-phone"], folder / ".backups" / "snapshot.alqa")  # hidden: not read at all
    heard, steps = [], []
    result = export_corpus([folder, tmp_path / "missing"], tmp_path / "out.zip", skip=heard.append,
                           progress=lambda done, total: steps.append((done, total)))
    assert result.sessions == 2
    skipped = {item.path.name: item.problem.key for item in result.skipped}
    assert skipped == {"broken.alqa": "store.damaged", "foreign.json": "corpus.not_a_session",
                       "newer.alqa": "store.newer_schema", "sub-copy.alqa": "corpus.duplicate",
                       "missing": "corpus.missing"}
    assert heard == result.skipped and all(item.msg.key == "corpus.skipped" for item in heard)
    assert steps == [(i, 6) for i in range(1, 7)]
    assert {r["session"] for r in corpus_tables(tmp_path / "out.zip")["participants.csv"]} == {
        load(s).state.meta.session_id for s in sessions.values()}


def test_no_readable_session_is_an_error_and_nothing_is_written(tmp_path):
    (tmp_path / "bad.alqa").write_text("hello")
    with pytest.raises(ExportError) as info:
        export_corpus([tmp_path / "bad.alqa"], tmp_path / "out")
    assert info.value.msg.key == "corpus.empty"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.alqa"]


@pytest.mark.parametrize("target", ["file/c", "file/c.zip", "file"])
def test_unwritable_output_is_an_error_and_nothing_is_left(sessions, tmp_path, target):
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError) as info:
        export_corpus([sessions["ew-phone"]], tmp_path / target)
    assert info.value.msg.key in ("export.cannot_write", "export.not_a_folder")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]
    assert (tmp_path / "file").read_text() == "x"


def test_a_failure_halfway_leaves_the_old_export_as_it_was(sessions, tmp_path, monkeypatch):
    out = tmp_path / "out"
    export_corpus([sessions["ew-phone"]], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real, calls = corpus_module.tables, []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(corpus_module, "tables", failing)
    with pytest.raises(ExportError) as info:
        export_corpus([sessions["ew-phone"].parent], out)
    assert info.value.msg.params["reason"] == "No space left on device"
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temporary folder left


def test_sessions_are_read_one_at_a_time(sessions, monkeypatch):
    """The reader is a generator: the next session is read only after the previous one was used."""
    order = []
    real = corpus_module.read_session

    def reading(path):
        order.append(("read", path.name))
        return real(path)

    monkeypatch.setattr(corpus_module, "read_session", reading)
    for path, _state in read_sessions([sessions[n] for n in NAMES], lambda _item: None):
        order.append(("used", path.name))
    assert order == [("read", "ew-phone.alqa"), ("used", "ew-phone.alqa"),
                     ("read", "kz-2007-embezzlement.alqa"), ("used", "kz-2007-embezzlement.alqa")]


def _peak(files: list[Path], out: Path) -> int:
    tracemalloc.start()
    try:
        export_corpus(files, out)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_number_of_sessions(sessions, tmp_path):
    (tmp_path / "many").mkdir()
    many = [copy_session(sessions["kz-2007-embezzlement"], tmp_path / "many" / f"s{i}.alqa", f"class{i}")
            for i in range(8)]
    _peak(many[:1], tmp_path / "warm")  # imports and caches out of the figure
    one, eight = _peak(many[:1], tmp_path / "one"), _peak(many, tmp_path / "eight")
    assert eight < one * 1.3, (one, eight)
    assert _held(many) * 7 / 8 > 0.3 * one  # the test can tell: holding all 8 would break the bound


def _held(files: list[Path]) -> int:
    """What keeping every session's state in memory would cost (the naive way)."""
    tracemalloc.start()
    try:
        held = [state for _, state in read_sessions(files, lambda _item: None)]
        size = tracemalloc.get_traced_memory()[0]
        del held
        return size
    finally:
        tracemalloc.stop()


# The codebook in the export's language. kk and ru need the "Codebook" translations in i18n/*.qm.

def _columns_by_table(text: str) -> dict[str, set[str]]:
    """Each '## heading' of a codebook -> the column names its table explains."""
    out: dict[str, set[str]] = {}
    for section in re.split(r"^## ", text, flags=re.M)[1:]:
        heading, _, body = section.partition("\n")
        cells = [line.split(" | ")[0].lstrip("| ") for line in body.splitlines() if line.startswith("| ")]
        out[heading.strip()] = {c for cell in cells[1:] for c in cell.split(", ")}  # cells[0]: the header row
    return out


@pytest.fixture
def translated():
    from app import i18n
    from app.store import export_csv
    from app.texts import corpus

    i18n.install("en")
    corpus.install()
    yield
    export_csv.translate_with(None)
    i18n.install("en")


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_the_codebook_explains_every_column_of_every_table(translated, lang):
    sections = _columns_by_table(codebook(lang))
    for name, columns in TABLES.items():
        assert sections[name] == set(columns), (lang, name)
    corpus_section = [cols for heading, cols in sections.items() if heading not in TABLES]
    assert corpus_section == [{"session"}], lang


def test_the_kazakh_codebook_is_in_kazakh(translated):
    text = codebook("kk")
    assert KAZAKH & set(text), "no Kazakh letters: are the Codebook translations in i18n/alqa_kk.qm?"
    assert text != CODEBOOK and "pseudonym (or member id" not in text


def test_the_russian_codebook_is_in_russian(translated):
    text = codebook("ru")
    assert re.search("[а-яё]{4}", text) and not KAZAKH & set(text)
    assert "who gave the stance" not in text


def test_a_csv_export_writes_the_codebook_in_its_language(translated, sessions, tmp_path):
    from app import i18n

    export_session(sessions["ew-phone"], "csv", tmp_path / "kk", lang="kk")
    assert (tmp_path / "kk" / "codebook.md").read_text("utf-8") == codebook("kk") != CODEBOOK
    assert i18n.current() == "en"  # the words changed for the export only
    export_corpus([sessions["ew-phone"]], tmp_path / "ru.zip", lang="ru")
    with zipfile.ZipFile(tmp_path / "ru.zip") as zf:
        assert zf.read("codebook.md").decode("utf-8") == codebook("ru") != CODEBOOK


def test_without_a_translator_every_codebook_is_english():
    assert codebook("kk") == codebook("ru") == CODEBOOK
