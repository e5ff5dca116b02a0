"""The round-by-round network as an animation for a slide: an animated GIF or APNG.

Frames are QImages (one per round, drawn by the graph view); Pillow encodes them (Qt can read
GIF but not write it, and has no APNG writer). Files are written atomically.
"""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage

from app.core.errors import AlqaError
from app.core.lang import Msg
from app.store.files import replacing

FORMATS = {".gif": "GIF", ".png": "PNG", ".apng": "PNG"}


def _pil(image: QImage):
    from PIL import Image

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def write_animation(path: Path, frames: list[QImage], frame_ms: int = 1200) -> None:
    """Save the frames as an animation that loops; the format follows the file's extension."""
    path = Path(path)
    kind = FORMATS.get(path.suffix.lower())
    if kind is None or not frames:
        raise AlqaError(Msg.of("export.bad_animation", path=str(path)))
    images = [_pil(f) for f in frames]
    if kind == "GIF":  # GIF has no alpha: flatten on white, then a palette per frame
        from PIL import Image

        flat = []
        for im in images:
            canvas = Image.new("RGB", im.size, "white")
            canvas.paste(im, mask=im.split()[3])
            flat.append(canvas.convert("P", palette=Image.Palette.ADAPTIVE, colors=255))
        images = flat
    extra = {"default_image": False} if kind == "PNG" else {}
    try:
        with replacing(path) as tmp:
            images[0].save(tmp, format=kind, save_all=True, append_images=images[1:], duration=frame_ms, loop=0,
                           **extra)
    except OSError as exc:
        raise AlqaError(Msg.of("store.cannot_write", path=str(path), reason=exc.strerror or str(exc))) from exc
