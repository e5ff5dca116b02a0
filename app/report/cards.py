"""Ballot cards: one card per panel member (and reserve) with their personal voter code, as a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from app import i18n
from app.core.errors import AlqaError
from app.core.lang import Msg
from app.core.state import SessionState
from app.store.files import replacing

COLUMNS, ROWS = 2, 4


class BallotCards:
    """Words of the printed cards; `BallotCards.tr("...")` gives lupdate the context."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("BallotCards", text)




def card_holders(state: SessionState) -> list[tuple[str, str]]:
    """(seat title, member) of everyone who may vote: the panel, then the reserves."""
    out = []
    for seat, member in state.panel().items():
        role, _, n = seat.partition("-")
        out.append(((BallotCards.tr("Judge {n}") if role == "judge" else BallotCards.tr("Juror {n}")).format(n=n), member))
    out += [(BallotCards.tr("Reserve {n}").format(n=i), m) for i, m in enumerate(state.people.reserves, 1)]
    return out


def _card(painter: QPainter, rect: QRectF, state: SessionState, seat: str, name: str, code: str) -> None:
    painter.setPen(QPen(Qt.GlobalColor.black, 4, Qt.PenStyle.DashLine))
    painter.drawRect(rect)
    inner = rect.adjusted(60, 50, -60, -50)
    lines = [(BallotCards.tr("Ballot card"), 14, True), (state.meta.case.title.pick(i18n.current()), 11, False),
             (seat, 16, True), (name, 16, False), (BallotCards.tr("Your voter code: {code}").format(code=code), 17, True),
             (BallotCards.tr("Keep this card to yourself. Type the code when the laptop comes to you."), 9, False)]
    y = inner.top()
    for text, size, bold in lines:
        font = QFont("DejaVu Sans", size)
        font.setBold(bold)
        painter.setFont(font)
        box = painter.boundingRect(QRectF(inner.left(), y, inner.width(), inner.height()),
                                   Qt.TextFlag.TextWordWrap, text)
        painter.drawText(QRectF(inner.left(), y, inner.width(), box.height()), Qt.TextFlag.TextWordWrap, text)
        y += box.height() + 25


def write_ballot_cards(path: Path, state: SessionState, codes: dict[str, str]) -> int:
    """Write the cards (atomically: the PDF appears whole or not at all); return the number of cards."""
    path = Path(path)
    holders = card_holders(state)
    try:
        with replacing(path) as tmp:
            writer = QPdfWriter(tmp)
            writer.setResolution(300)
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                             QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
            writer.setTitle(BallotCards.tr("Ballot cards"))
            painter = QPainter(writer)
            page = writer.pageLayout().paintRectPixels(300)
            width, height = page.width() / COLUMNS, page.height() / ROWS
            for i, (seat, member) in enumerate(holders):
                if i and i % (COLUMNS * ROWS) == 0:
                    writer.newPage()
                row, col = divmod(i % (COLUMNS * ROWS), COLUMNS)
                _card(painter, QRectF(col * width, row * height, width, height).adjusted(10, 10, -10, -10),
                      state, seat, state.people.names[member], codes[member])
            painter.end()
    except OSError as exc:
        raise AlqaError(Msg.of("store.cannot_write", path=str(path), reason=exc.strerror or str(exc))) from exc
    return len(holders)
