"""The session report as PDF and HTML, and the network picture, in every language (issue [6])."""

from __future__ import annotations

import base64
import html
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import i18n, paths
from app.report.exporting import export as export_session
from app.report.report import Report
from app.store.exports import ALL_FORMATS, load
from app.store.scenario import read_scenario, run, start

SCENARIOS = paths.resources() / "scenarios"
KAZAKH = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    run(SCENARIOS / "kz-2007-embezzlement.json", folder / "demo.alqa")
    return folder / "demo.alqa"


def flat(text: str) -> str:
    """Words as a reader sees them: ligatures (ﬂ) undone, every run of spaces one space."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def expected(session: Path, lang: str, names: bool = False) -> tuple[tuple[str, ...], str]:
    with i18n.speaking(lang):
        report = Report(load(session), names=names)
        return report.section_titles(), report.verdict_word("guilty")


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), flat(" ".join(page.extract_text() for page in reader.pages))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_pdf_holds_every_section_and_the_verdict(qapp, demo, tmp_path, lang):
    out = export_session(demo, "pdf", tmp_path / f"r-{lang}.pdf", lang=lang)[0]
    pages, text = pdf_text(out)
    titles, guilty = expected(demo, lang)
    assert pages >= 3
    for title in titles:
        assert flat(title) in text, title
    assert flat(guilty) in text
    if lang == "kk":
        assert "Debrief questions" not in text and len(KAZAKH & set(text)) >= 5
    if lang == "ru":
        assert "Debrief questions" not in text and "Вердикт" in text
    assert i18n.current() == "en"  # the export's language did not stick


class Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.h2: list[str] = []
        self._in_h2 = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_h2 = tag == "h2"

    def handle_endtag(self, tag):
        self._in_h2 = self._in_h2 and tag != "h2"

    def handle_data(self, data):
        if self._in_h2:
            self.h2.append(data)


@pytest.mark.parametrize("lang", ["kk", "en"])
def test_html_is_one_file_with_its_pictures_inline(qapp, demo, tmp_path, lang):
    out = export_session(demo, "html", tmp_path / "r.html", lang=lang)[0]
    text = out.read_text("utf-8")
    parser = Collect()
    parser.feed(text)
    parser.close()
    titles, _ = expected(demo, lang)
    assert parser.h2 == list(titles)
    images = [attrs["src"] for tag, attrs in parser.tags if tag == "img"]
    assert len(images) == 4  # the network and three charts
    for src in images:
        assert src.startswith("data:image/png;base64,")
        assert base64.b64decode(src.split(",", 1)[1])[:8] == b"\x89PNG\r\n\x1a\n"
    assert not [a for t, a in parser.tags if t in ("link", "script") or "http" in a.get("src", "")]
    assert f"lang='{lang}'" in text
    if lang == "en":  # the what-if page: the Lab's scenarios, the fit in words
        plain = html.unescape(text)
        assert "without the judges" in plain and "explains your class's stance changes" in plain


def names_of(session: Path) -> list[str]:
    return [n for n in load(session).state.people.names.values() if len(n) > 2]


def test_anonymised_report_and_pictures_hold_no_name(qapp, demo, tmp_path):
    written = [export_session(demo, fmt, tmp_path / f"r.{fmt}", lang="kk")[0] for fmt in ("pdf", "html", "svg")]
    _, pdf = pdf_text(written[0])
    words = [pdf, written[1].read_text("utf-8"), written[2].read_text("utf-8")]
    people = names_of(demo)
    assert people
    for name in people:  # whole names: the case's own characters may share a first name with a student
        assert not any(name in w or flat(name) in flat(w) for w in words), name


def test_names_on_request_with_a_warning(qapp, demo, tmp_path):
    out = export_session(demo, "pdf", tmp_path / "named.pdf", names=True, lang="en")[0]
    _, text = pdf_text(out)
    assert "real names" in text
    assert any(flat(name) in text for name in names_of(demo))
    _, anonymous = pdf_text(export_session(demo, "pdf", tmp_path / "anon.pdf", lang="en")[0])
    assert "real names" not in anonymous and "called by their seats" in anonymous


def test_network_pictures(qapp, demo, tmp_path):
    png = export_session(demo, "png", tmp_path / "n.png")[0]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = export_session(demo, "svg", tmp_path / "n.svg")[0]
    assert svg.read_text("utf-8").lstrip().startswith("<?xml") and "<svg" in svg.read_text("utf-8")
    assert {"pdf", "html", "png", "svg"} <= set(ALL_FORMATS)


def test_a_session_before_deliberation_still_reports(qapp, tmp_path):
    scenario = read_scenario(SCENARIOS / "ew-phone.json")
    live = start(scenario, tmp_path / "early.alqa")
    live.close()  # set up, nothing played
    out = export_session(tmp_path / "early.alqa", "pdf", tmp_path / "early.pdf", lang="ru")[0]
    pages, _ = pdf_text(out)
    assert pages >= 1
    page = export_session(tmp_path / "early.alqa", "html", tmp_path / "early.html", lang="en")[0].read_text("utf-8")
    assert "<img" not in page and "has not deliberated yet" in page


def test_unwritable_folder_leaves_nothing(qapp, demo, tmp_path):
    from app.core.errors import AlqaError

    blocker = tmp_path / "file"  # a file where a folder should be: fails even for root
    blocker.write_text("x")
    for fmt in ("pdf", "html", "png", "svg"):
        with pytest.raises(AlqaError):
            export_session(demo, fmt, blocker / f"r.{fmt}")
    assert [p.name for p in tmp_path.iterdir()] == ["file"]
