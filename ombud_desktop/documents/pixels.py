"""Decoded images made printable: 8 bits per sample, transparency on white paper, no
finer than the page prints. Large images are processed in horizontal strips, so beyond
the decoded picture itself only a strip and the (reduced) result are ever in memory: a
100-megapixel photo stays well under 1 GiB."""

from __future__ import annotations

from PIL import Image

PRINT_DPI = 300  # finer than any printer or fax the packet goes to
STRIP_PIXELS = 4_000_000  # pixels converted at a time
_SIXTEEN_BIT = ("I;16", "I;16L", "I;16B", "I;16N")
_WIDE = (*_SIXTEEN_BIT, "I", "F")


def reduction_factor(page_scale: float) -> int:
    """Integer factor by which the pixels may shrink and still print at PRINT_DPI when
    shown at `page_scale` points per pixel."""
    return max(1, int(72.0 / (page_scale * PRINT_DPI)))


def printable(image: Image.Image, factor: int = 1) -> Image.Image:
    """8-bit greyscale ("L") or RGB on white, shrunk by averaging factor x factor blocks
    (compositing before averaging, as paper would show it)."""
    width, height = image.size
    span = _brightest(image) if image.mode in _WIDE else 255.0
    rows = max(factor, STRIP_PIXELS // max(width, 1) // factor * factor)
    if rows >= height:
        return _reduced(_on_paper(_eight_bit(image, span)), factor)
    result: Image.Image | None = None
    for top in range(0, height, rows):
        strip = image.crop((0, top, width, min(height, top + rows)))
        done = _reduced(_on_paper(_eight_bit(strip, span)), factor)
        if result is None:
            size = (-(-width // factor), -(-height // factor))
            result = Image.new(done.mode, size)
        result.paste(done, (0, top // factor))
    assert result is not None
    return result


def _strips(image: Image.Image) -> list[tuple[int, int, int, int]]:
    rows = max(1, STRIP_PIXELS // max(image.size[0], 1))
    width, height = image.size
    return [(0, top, width, min(height, top + rows)) for top in range(0, height, rows)]


def _brightest(image: Image.Image) -> float:
    """The largest sample of a 16/32-bit greyscale image (the scale of its values: a
    scanner may use 12 of 16 bits, a float image 0..1)."""
    if image.mode in ("I;16", "I", "F"):
        high = float(image.getextrema()[1])  # type: ignore[arg-type]
    else:  # big-endian 16-bit has no getextrema: measure strip by strip
        high = max(float(image.crop(box).convert("I").getextrema()[1]) for box in _strips(image))  # type: ignore[arg-type]
    if image.mode == "F" and 0 < high <= 1.0:
        return 1.0
    return max(high, 255.0)


def _eight_bit(image: Image.Image, span: float) -> Image.Image:
    """16- and 32-bit greyscale scaled into 0-255 (convert("L") alone clips everything
    above 255 to white); other modes unchanged."""
    if image.mode not in _WIDE:
        return image
    if image.mode != "I;16" and image.mode in _SIXTEEN_BIT:
        image = image.convert("I")  # point() scales only I;16, I and F
    if span != 255.0:
        image = image.point(lambda value: value * (255.0 / span))
    return image.convert("L")


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in image.info


def _on_paper(image: Image.Image) -> Image.Image:
    """Greyscale stays greyscale ("L"), everything else RGB; transparent parts white."""
    if image.mode in ("1", "L"):
        return image.convert("L") if image.mode == "1" else image
    if _has_alpha(image):
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, "white")
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return image if image.mode == "RGB" else image.convert("RGB")


def _reduced(image: Image.Image, factor: int) -> Image.Image:
    return image.reduce(factor) if factor > 1 else image
