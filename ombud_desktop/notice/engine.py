"""The OCR engine: Tesseract through tesserocr (its wheel bundles libtesseract) with the
English model from Debian's tesseract-ocr-eng, or the copy the installer ships.

Nothing is downloaded: the model is looked for in the app bundle, then in the places
Debian/Ubuntu, Fedora, Homebrew and the tesserocr default put it.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from ombud_desktop.notice.model import Box, Word

if TYPE_CHECKING:
    from PIL import Image

MODEL = "eng.traineddata"
_SEARCH = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)


_LAYOUTS = {"page": 3, "line": 7, "block": 6, "sparse": 11}  # Tesseract PSM numbers


class EngineMissing(RuntimeError):
    """The OCR library or its English model is not installed."""


def model_folder() -> Path:
    """The folder holding eng.traineddata (bundle first, then system places)."""
    candidates = []
    if os.environ.get("OMBUD_TESSDATA"):
        candidates.append(Path(os.environ["OMBUD_TESSDATA"]))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "tessdata")
    candidates.extend(Path(p) for p in _SEARCH)
    for folder in candidates:
        if (folder / MODEL).is_file():
            return folder
    raise EngineMissing(
        "The text-reading model (eng.traineddata) is not installed. On Debian or Ubuntu "
        "install the package tesseract-ocr-eng, or use the installer, which includes it."
    )


class Tesseract:
    """One Tesseract instance; `words(image)` is safe to call from one thread at a time."""

    def __init__(self) -> None:
        try:
            import tesserocr
        except ImportError as err:  # pragma: no cover - a broken install
            raise EngineMissing("The text-reading library (tesserocr) is not installed.") from err
        self._tesserocr = tesserocr
        self._lock = threading.Lock()
        self._api = tesserocr.PyTessBaseAPI(
            path=str(model_folder()),
            lang="eng",
            psm=tesserocr.PSM.AUTO,
            # Codes and dates are not words: no dictionary pulling them towards English.
            variables={"load_system_dawg": "0", "load_freq_dawg": "0"},
        )

    def words(
        self, image: Image.Image, layout: str = "page", offset: tuple[int, int] = (0, 0)
    ) -> list[Word]:
        """Every word on the (upright, straight) image with per-character confidences.

        `layout`: "page" finds blocks and columns, "sparse" any text anywhere, "line" reads
        the image as one line of text. Boxes are shifted by `offset` (a crop's corner)."""
        tesserocr = self._tesserocr
        level = tesserocr.RIL
        words: list[Word] = []
        dx, dy = offset
        with self._lock:
            self._api.SetPageSegMode(_LAYOUTS[layout])
            self._api.SetImage(image)
            self._api.Recognize()
            iterator = self._api.GetIterator()
            line = -1
            text, box = "", None
            confs: list[float] = []
            for symbol in tesserocr.iterate_level(iterator, level.SYMBOL):
                try:
                    char = symbol.GetUTF8Text(level.SYMBOL)
                except RuntimeError:  # an empty page: the iterator has no symbol
                    break
                bounds = symbol.BoundingBox(level.SYMBOL)
                if not char or bounds is None:
                    continue
                if symbol.IsAtBeginningOf(level.WORD) and text:
                    words.append(Word(text, box, tuple(confs), line))  # type: ignore[arg-type]
                    text, confs, box = "", [], None
                if symbol.IsAtBeginningOf(level.TEXTLINE):
                    line += 1
                left, top, right, bottom = bounds
                here = Box(left + dx, top + dy, right + dx, bottom + dy)
                box = here if box is None else box.union(here)
                conf = symbol.Confidence(level.SYMBOL)
                for _ in char:  # a ligature symbol is several characters
                    confs.append(conf)
                text += char
            if text and box is not None:
                words.append(Word(text, box, tuple(confs), line))
            self._api.Clear()
        return words

    def close(self) -> None:
        self._api.End()
