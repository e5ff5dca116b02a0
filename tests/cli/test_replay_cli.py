"""`alqa replay FILE` opens the window on the read-only replay; a broken file is explained, not raised."""

from __future__ import annotations

from test_cli import SCENARIOS, alqa, no_traceback


def test_replay_opens_the_window_on_the_replay(tmp_path):
    session = tmp_path / "kz.alqa"
    assert alqa("scenario", "run", str(SCENARIOS / "kz-2007-embezzlement.json"), "--out", str(session),
                data=tmp_path).returncode == 0
    before = session.read_bytes()
    result = alqa("--exit-when-shown", "replay", str(session), data=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "page: replay_page" in result.stdout
    assert session.read_bytes() == before  # nothing written


def test_a_broken_file_lands_on_home_with_no_traceback(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    result = alqa("--exit-when-shown", "replay", str(broken), data=tmp_path)
    assert result.returncode == 0
    assert "page: home" in result.stdout
    no_traceback(result)


def test_export_the_report_and_pictures_from_the_command_line(tmp_path):
    """The report's formats paint on an offscreen QApplication made before any translator."""
    from pypdf import PdfReader

    session = tmp_path / "kz.alqa"
    alqa("scenario", "run", str(SCENARIOS / "kz-2007-embezzlement.json"), "--out", str(session), data=tmp_path)
    for fmt, lang in (("pdf", "kk"), ("html", "ru"), ("png", "en"), ("svg", "en")):
        out = tmp_path / f"r.{fmt}"
        result = alqa("export", str(session), "--format", fmt, "--lang", lang, "--out", str(out), data=tmp_path)
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 1000
        no_traceback(result)
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    assert "Кесім" in text  # the verdict, in Kazakh
    assert "Вердикт" in (tmp_path / "r.html").read_text("utf-8")


def test_commands_of_a_module_that_registers_two_need_no_display(tmp_path):
    """`alqa import` (registered by export.py) is a command, not the window: it runs with no display."""
    import os
    import subprocess
    import sys

    session = tmp_path / "kz.alqa"
    alqa("scenario", "run", str(SCENARIOS / "kz-2007-embezzlement.json"), "--out", str(session), data=tmp_path)
    assert alqa("export", str(session), "--format", "json", "--out", str(tmp_path / "s.json"),
                data=tmp_path).returncode == 0
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["ALQA_DATA_DIR"] = str(tmp_path)
    result = subprocess.run([sys.executable, "-m", "app", "import", str(tmp_path / "s.json"), "--out",
                             str(tmp_path / "back.alqa")], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "back.alqa").exists()
