"""Whether a page image has colour a reader would see: the test that decides which fax
pages become grayscale images in the fax PDF."""

from __future__ import annotations

from PIL import Image

_SATURATION_LIMIT = 40  # 0-255: anti-aliasing noise stays below, any real colour is above


def has_colour(image: Image.Image) -> bool:
    saturation = image.convert("RGB").convert("HSV").getchannel("S").histogram()
    return any(saturation[_SATURATION_LIMIT + 1 :])
