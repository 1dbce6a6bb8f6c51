"""Render the app icon from packaging/icons/ombud-desktop.svg into every size and format
the installers need: hicolor PNGs (Linux), .ico (Windows), .icns (macOS).

    python packaging/render_icons.py OUT_DIR

Qt's own SVG renderer (already a dependency) draws the PNGs, so no extra tool is needed on
any CI runner; Pillow packs .ico and .icns. The output is byte-identical between runs.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image

SVG = Path(__file__).resolve().parent / "icons" / "ombud-desktop.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(size: int) -> bytes:
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["render_icons", "-platform", "offscreen"])
    image = QImage(size, size, QImage.Format.Format_RGBA8888)  # bytes in R, G, B, A order
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    pixels = bytes(image.constBits())
    # Pillow writes the PNG: fixed compression settings, no metadata chunks.
    out = io.BytesIO()
    Image.frombytes("RGBA", (size, size), pixels).save(out, "PNG", optimize=True)
    return out.getvalue()


def render_all(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    images: dict[int, Image.Image] = {}
    for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES}):
        png = render_png(size)
        images[size] = Image.open(io.BytesIO(png))
        if size in PNG_SIZES:
            (out_dir / f"{size}.png").write_bytes(png)
    (out_dir / "ombud-desktop.svg").write_bytes(SVG.read_bytes())
    largest = images[max(ICO_SIZES)]
    largest.save(
        out_dir / "ombud-desktop.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES],
    )
    images[1024].save(out_dir / "ombud-desktop.icns", append_images=[images[s] for s in ICNS_SIZES])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: render_icons.py OUT_DIR")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    render_all(Path(sys.argv[1]))
