"""Every export format in one call, for the CLI and the GUI: the data from app.store.exports,
the report and the network picture from app.report.report (they paint with Qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

from app.store.exports import REPORT_FORMATS, default_out, export_session, load


def export(session: Path, fmt: str, out: Path | None = None, *, names: bool = False, notes: bool = False,
           lang: str = "en") -> list[Path]:
    """Export a session file in any format of ALL_FORMATS; the paths written."""
    from app.texts import corpus

    corpus.install()  # the CSV codebook in the export's language (the store itself has no Qt)
    if fmt not in REPORT_FORMATS:
        return export_session(session, fmt, out, names=names, notes=notes, lang=lang)
    from app.report import report

    report.ensure_app()
    loaded = load(session)
    out = Path(out) if out else default_out(Path(session), fmt)
    if fmt == "pdf":
        return [report.write_pdf(loaded, out, lang=lang, names=names)]
    if fmt == "html":
        return [report.write_html(loaded, out, lang=lang, names=names)]
    return [report.write_picture(loaded, out, fmt, lang=lang, names=names)]
