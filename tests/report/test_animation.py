"""The network animation: every round a frame, a GIF or an APNG that loads back with them all."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage

from app.core.errors import AlqaError
from app.report.animation import write_animation


def frames(n: int, size=(320, 200)) -> list[QImage]:
    out = []
    for i in range(n):
        image = QImage(*size, QImage.Format.Format_ARGB32)
        image.fill(QColor.fromHsv(i * 40 % 360, 200, 220))
        out.append(image)
    return out


@pytest.mark.parametrize("name", ["rounds.gif", "rounds.png"])
def test_animation_has_one_frame_per_round(qapp, tmp_path, name):
    path = tmp_path / name
    write_animation(path, frames(5), frame_ms=700)
    with Image.open(path) as image:
        assert image.n_frames == 5 and image.size == (320, 200)
        assert getattr(image, "is_animated", False)
        image.seek(3)
        colours = {image.convert("RGB").getpixel((10, 10))}
    assert len(colours) == 1
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left


def test_a_bad_name_or_no_frames_is_refused(qapp, tmp_path):
    with pytest.raises(AlqaError):
        write_animation(tmp_path / "x.bmp", frames(2))
    with pytest.raises(AlqaError):
        write_animation(tmp_path / "x.gif", [])
    assert list(tmp_path.iterdir()) == []
